#!/bin/sh
# Creates the cluster, its role and database on the first start, then runs PostgreSQL in the
# foreground (SIGTERM from podman/docker stop is a clean "smart" shutdown).
set -eu

: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ]; then
    echo "POSTGRES_PASSWORD is required to create the database" >&2
    exit 1
  fi
  password_file=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" >"$password_file"
  initdb --username=postgres --pwfile="$password_file" --auth-local=peer --auth-host=scram-sha-256 \
         --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$password_file"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"

  # A server on the Unix socket only, so nobody connects before the database exists.
  pg_ctl -w -o "-c listen_addresses=''" start >/dev/null
  psql -v ON_ERROR_STOP=1 -q --username=postgres --dbname=postgres \
       --set=user="$POSTGRES_USER" --set=password="$POSTGRES_PASSWORD" --set=db="$POSTGRES_DB" <<'SQL'
SELECT CASE WHEN :'user' = 'postgres' THEN format('ALTER ROLE postgres PASSWORD %L', :'password')
            ELSE format('CREATE ROLE %I LOGIN PASSWORD %L', :'user', :'password') END \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
  pg_ctl -w -m fast stop >/dev/null
  echo "created database $POSTGRES_DB owned by $POSTGRES_USER"
fi

exec postgres -c listen_addresses='*' -c port="$PGPORT" "$@"
