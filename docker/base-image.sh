#!/bin/sh
# Makes a local Debian base image for machines that reach a Debian mirror but no container
# registry: debootstrap writes a minimal bookworm into a folder and podman imports it as
# localhost/debian:bookworm (the default name). Nothing happens when the image exists already.
#
#   sudo docker/base-image.sh                      # localhost/debian:bookworm
#   sudo docker/base-image.sh localhost/debian:bookworm http://MIRROR/debian
#
# Then build on it (see the README, "Containers"):
#   podman build --format docker --build-arg BASE_IMAGE=localhost/debian:bookworm ...
#
# Needs root and the Debian packages debootstrap and podman. DEBIAN_MIRROR (or the second
# argument) chooses the mirror; the default is the first one apt on this machine uses, and its
# security archive (DEBIAN_SECURITY_MIRROR) goes into the image's apt sources too.
set -eu

image=${1:-localhost/debian:bookworm}
suite=${DEBIAN_SUITE:-bookworm}

if podman image exists "$image"; then
  echo "$image exists already"
  exit 0
fi

# The mirror apt uses here (deb822 sources first, then sources.list).
default_mirror() {
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{ print $2 }'
    grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{ print $2 }'
  } | grep -v -e security -e '^$' | head -n 1
}
# The security archive apt uses here, if any.
security_mirror() {
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{ print $2 }'
    grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{ print $2 }'
  } | grep security | head -n 1
}
mirror=${2:-${DEBIAN_MIRROR:-$(default_mirror)}}
if [ -z "$mirror" ]; then
  echo "no Debian mirror found in apt's sources: give one as DEBIAN_MIRROR" >&2
  exit 1
fi
security=${DEBIAN_SECURITY_MIRROR:-$(security_mirror)}

root=$(mktemp -d "${TMPDIR:-/var/tmp}/corkboard-rootfs.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM

echo "debootstrap $suite from $mirror"
debootstrap --variant=minbase "$suite" "$root" "$mirror"

# Keep the image small and apt usable inside it: the same sources with updates and security,
# no cached package lists (a Dockerfile runs apt-get update first anyway).
{ echo "deb $mirror $suite main"
  echo "deb $mirror $suite-updates main"
  if [ -n "$security" ]; then echo "deb $security $suite-security main"; fi
} >"$root/etc/apt/sources.list"
# apt in a container: no documentation or recommended packages unless asked for.
cat >"$root/etc/apt/apt.conf.d/90container" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
EOF
cat >"$root/etc/dpkg/dpkg.cfg.d/90container" <<'EOF'
path-exclude /usr/share/doc/*
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb \
       "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/*
# Java's packages link their manual pages there and fail without the folder.
mkdir -p "$root/usr/share/man/man1"

tar --numeric-owner -C "$root" -c . \
  | podman import --quiet --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' - "$image"
echo "made $image"
