#!/bin/sh
# Checks that docker/entrypoint.sh maps every property of the README's configuration table
# ("| `corkboard.…` |" rows; a cell's ".user" means the previous property's sibling) to its
# environment variable: the name in capitals with '.' and '-' as '_'. Exits 1 naming the missing.
set -eu
cd "$(dirname "$0")/.."

properties=$(sed -n '/^| Property |/,/^$/p' README.md \
  | cut -d '|' -f 2 \
  | grep -o '`[a-z0-9.-]*`' | tr -d '`' \
  | awk '/^corkboard\./ { print; parent = $0; sub(/\.[^.]*$/, "", parent); next }
         /^\./ { print parent $0 }')

missing=0 count=0
for property in $properties; do
  count=$((count + 1))
  variable=$(printf '%s' "$property" | tr 'a-z.-' 'A-Z__')
  if ! grep -q "^  $variable=$property \\\\\$" docker/entrypoint.sh; then
    echo "docker/entrypoint.sh does not map $variable to $property" >&2
    missing=$((missing + 1))
  fi
done
if [ "$count" -eq 0 ]; then
  echo "no corkboard.* property found in the README's configuration table" >&2
  exit 1
fi
[ "$missing" -eq 0 ] || exit 1
echo "docker/entrypoint.sh maps all $count properties of the README's configuration table"
