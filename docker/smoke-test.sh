#!/usr/bin/env bash
# The images, built and run: builds Corkboard's, PostgreSQL's and GreenMail's images, starts the
# three containers, registers a person through the pages, opens the link of the verification mail,
# signs in and posts a listing; then stops and starts Corkboard's container and finds the listing
# again. Prints each step's time and the total; exits 1 on any failure and removes its containers
# and volumes either way. Needs root, podman, a JDK 17 (java runs docker/SmokeJourney.java) and curl.
#
#   docker/smoke-test.sh
#
# The containers share the host's network (no port publishing needed); the ports are chosen so
# that they miss a development server and the test servers on the same machine:
#   SMOKE_PORT_OFFSET=20000       WildFly's port offset: HTTP 28080, management 29990
#   SMOKE_POSTGRES_PORT=55432     PostgreSQL
#   SMOKE_SMTP_PORT=23025         GreenMail's SMTP
#   SMOKE_MAIL_API_PORT=28025     GreenMail's REST API, where the mail is read
# Other settings:
#   BASE_IMAGE=localhost/debian:bookworm   any Debian bookworm image; the default is made by
#                                 docker/base-image.sh when missing (no registry needed)
#   SMOKE_MEMORY=1536m            Corkboard's memory limit (the heap is 75 % of it)
#   SMOKE_RUNTIME=/usr/sbin/runc  the OCI runtime podman uses (crun refuses hybrid cgroups)
#   SMOKE_M2=$HOME/.m2            Maven's folder, lent read-only to the image's build (the build's
#                                 own downloads are thrown away); none: the build downloads all
#   SMOKE_NICE=15                 niceness of the image builds, so other work keeps its pace
#   SMOKE_KEEP=1                  leaves the containers of a failed run for a look (podman ps)
set -euo pipefail
cd "$(dirname "$0")/.."

offset=${SMOKE_PORT_OFFSET:-20000}
http_port=$((8080 + offset))
postgres_port=${SMOKE_POSTGRES_PORT:-55432}
smtp_port=${SMOKE_SMTP_PORT:-23025}
mail_api_port=${SMOKE_MAIL_API_PORT:-28025}
base_image=${BASE_IMAGE:-localhost/debian:bookworm}
memory=${SMOKE_MEMORY:-1536m}
m2=${SMOKE_M2:-$HOME/.m2}
niceness=${SMOKE_NICE:-15}
runtime=${SMOKE_RUNTIME:-}
if [ -z "$runtime" ] && [ -x /usr/sbin/runc ]; then
  runtime=/usr/sbin/runc
fi

podman() {
  command podman ${runtime:+--runtime "$runtime"} "$@"
}

run_id=$$
board=corkboard-smoke-$run_id
postgres=corkboard-smoke-postgres-$run_id
mail=corkboard-smoke-mail-$run_id
data=corkboard-smoke-data-$run_id
state=$(mktemp)
board_url=http://localhost:$http_port
mail_api_url=http://127.0.0.1:$mail_api_port

started=$(date +%s%N)
step_started=$started

cleanup() {
  status=$?
  if [ "$status" -ne 0 ] && podman container exists "$board"; then
    echo "--- the last lines of Corkboard's log ---" >&2
    podman logs --tail 60 "$board" >&2 || true
    echo "--- Corkboard's warnings and errors ---" >&2
    podman logs "$board" 2>&1 | grep -E ' (WARN|ERROR) ' | cut -c 1-400 >&2 || true
    echo "--- GreenMail's log ---" >&2
    podman logs --tail 20 "$mail" >&2 || true
  fi
  if [ "$status" -ne 0 ] && [ -n "${SMOKE_KEEP:-}" ]; then
    echo "kept: containers $board $postgres $mail, volume $data" >&2
  else
    podman rm --force --volumes --time 10 "$board" "$postgres" "$mail" >/dev/null 2>&1 || true
    podman volume rm --force "$data" >/dev/null 2>&1 || true
  fi
  rm -f "$state"
  if [ "$status" -ne 0 ]; then
    echo "SMOKE TEST FAILED" >&2
  fi
}
trap cleanup EXIT

seconds_since() {
  awk -v now="$(date +%s%N)" -v then="$1" 'BEGIN { printf "%6.1f s", (now - then) / 1e9 }'
}

# Ends a step: prints its name and time, and starts the next one's clock.
done_step() {
  printf '%-34s %s\n' "$1" "$(seconds_since "$step_started")"
  step_started=$(date +%s%N)
}

# Waits until the container's own health check passes (at most $2 seconds).
await_healthy() {
  local container=$1 patience=$2
  local deadline=$((SECONDS + patience))
  until podman healthcheck run "$container" >/dev/null 2>&1; do
    if [ "$(podman inspect --format '{{.State.Running}}' "$container")" != true ]; then
      echo "$container stopped:" >&2
      podman logs --tail 40 "$container" >&2
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$container not healthy after $patience s" >&2
      return 1
    fi
    sleep 1
  done
}

# The ports must be free: a server already there would answer in place of the containers.
for port in "$http_port" $((9990 + offset)) "$postgres_port" "$smtp_port" "$mail_api_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; choose others (see the top of $0)" >&2
    exit 1
  fi
done

echo "Corkboard's container smoke test (board on $board_url)"
docker/check-entrypoint.sh

if [ "$base_image" = localhost/debian:bookworm ] && ! podman image exists "$base_image"; then
  nice -n "$niceness" docker/base-image.sh "$base_image" >/dev/null
  done_step "base image (debootstrap)"
fi

build() {
  nice -n "$niceness" podman build --quiet --format docker --build-arg BASE_IMAGE="$base_image" "$@" \
    2> >(grep -v '^debconf: delaying package configuration' >&2) >/dev/null
}
maven_cache=()
if [ "$m2" != none ] && [ -d "$m2" ]; then
  maven_cache=(--volume "$m2:/root/.m2:O")
  # GreenMail's jar is fetched there by the host's Maven, which knows this machine's proxies
  # and certificates, so that the image's build finds it.
  greenmail=$(sed -n 's/^ARG GREENMAIL_VERSION=//p' docker/greenmail/Dockerfile)
  if [ ! -f "$m2/repository/com/icegreen/greenmail-standalone/$greenmail/greenmail-standalone-$greenmail.jar" ]; then
    nice -n "$niceness" ./mvnw -q -B dependency:get -Dtransitive=false \
      -Dartifact="com.icegreen:greenmail-standalone:$greenmail"
  fi
fi
build "${maven_cache[@]}" -f docker/Dockerfile -t localhost/corkboard:smoke .
done_step "build image corkboard"
build -t localhost/corkboard-postgres:smoke docker/postgres
build "${maven_cache[@]}" -f docker/greenmail/Dockerfile -t localhost/corkboard-greenmail:smoke .
done_step "build images postgres, greenmail"

# The health checks are run by this script: podman runs them on a timer only under systemd, and
# says so on every start without it.
start() {
  podman run --detach --network host --health-interval disable "$@" \
    2> >(grep -v 'unable to get systemd connection' >&2) >/dev/null
}
start --name "$postgres" \
  --env PGPORT="$postgres_port" --env POSTGRES_DB=corkboard --env POSTGRES_USER=corkboard \
  --env POSTGRES_PASSWORD=smoke-test \
  localhost/corkboard-postgres:smoke
start --name "$mail" \
  --env GREENMAIL_API_PORT="$mail_api_port" \
  --env GREENMAIL_OPTS="-Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$smtp_port -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$mail_api_port" \
  localhost/corkboard-greenmail:smoke
await_healthy "$postgres" 60
await_healthy "$mail" 60
done_step "start postgres, greenmail"

start --name "$board" --memory "$memory" \
  --volume "$data:/opt/wildfly/standalone/data" \
  --env WILDFLY_PORT_OFFSET="$offset" \
  --env CORKBOARD_DB=postgresql \
  --env CORKBOARD_POSTGRESQL_URL="jdbc:postgresql://127.0.0.1:$postgres_port/corkboard" \
  --env CORKBOARD_POSTGRESQL_USER=corkboard --env CORKBOARD_POSTGRESQL_PASSWORD=smoke-test \
  --env CORKBOARD_SMTP_HOST=127.0.0.1 --env CORKBOARD_SMTP_PORT="$smtp_port" \
  --env CORKBOARD_MAIL_FROM='Corkboard smoke test <corkboard@smoke.example>' \
  --env CORKBOARD_BASE_URL="$board_url" \
  localhost/corkboard:smoke
await_healthy "$board" 300
if [ "$(podman exec "$board" id -u)" = 0 ]; then
  echo "WildFly runs as root in $board" >&2
  exit 1
fi
done_step "start corkboard (empty database)"

java docker/SmokeJourney.java post "$board_url" "$mail_api_url" "$state"
done_step "register, verify, sign in, post"

podman stop --time 60 "$board" 2> >(grep -v 'unable to get systemd connection' >&2) >/dev/null
done_step "stop corkboard"
podman start "$board" 2> >(grep -v 'unable to get systemd connection' >&2) >/dev/null
await_healthy "$board" 300
done_step "start corkboard again"

java docker/SmokeJourney.java find "$board_url" "$mail_api_url" "$state"
done_step "sign in, find the listing again"

printf '%-34s %s\n' "total" "$(seconds_since "$started")"
