#!/usr/bin/env bash
# Two Corkboard nodes on one PostgreSQL database behind HAProxy, and the proof that they act as one
# board: what one node changes the other shows at once (search, cached listings, the category
# tree), the maintenance timers run once in the cluster, and a session survives the death (kill -9)
# of the node that served it, as do the timers. Run as root (it creates and drops a database as the
# postgres user) from the project folder after ./mvnw -Pha package -DskipTests.
#
#   docker/two-nodes.sh            prove, then stop everything and drop the database
#   KEEP=1 docker/two-nodes.sh     prove, then leave the nodes and the balancer running (stop: Ctrl-C)
#
# Settings (environment): BALANCER_PORT (7080), NODE_OFFSETS ("1000 1100": HTTP 9080, 9180;
# management 10990, 11090; JGroups 8600, 8700), CLUSTER_DB (corkboard_cluster), DB_USER/DB_PASSWORD
# (corkboard/corkboard), CLUSTER_NAME (corkboard-<pid>: a cluster of its own).
set -euo pipefail

cd "$(dirname "$0")/.."
WILDFLY=$(ls -d "$PWD"/target/wildfly-* | head -1)
WAR=$PWD/target/corkboard.war
WORK=$PWD/target/cluster
BALANCER_PORT=${BALANCER_PORT:-7080}
read -r -a OFFSETS <<<"${NODE_OFFSETS:-1000 1100}"
CLUSTER_DB=${CLUSTER_DB:-corkboard_cluster}
DB_USER=${DB_USER:-corkboard}
DB_PASSWORD=${DB_PASSWORD:-corkboard}
CLUSTER_NAME=${CLUSTER_NAME:-corkboard-$$}
BALANCER=http://localhost:$BALANCER_PORT
START=$(date +%s.%N)

step() { printf '[%6.1f s] %s\n' "$(echo "$(date +%s.%N) - $START" | bc)" "$*"; }
fail() { step "FAILED: $*"; exit 1; }

[[ -f $WAR ]] || fail "$WAR is missing: run ./mvnw -Pha package -DskipTests first"
grep -q TCPPING "$WILDFLY/standalone/configuration/standalone-full-ha.xml" \
  || fail "standalone-full-ha.xml is not configured: run ./mvnw -Pha package -DskipTests first"
command -v haproxy >/dev/null || fail "haproxy is missing: apt-get install -y haproxy"

PIDS=()
cleanup() {
  local status=$?
  local servers=()
  for pidfile in "$WORK"/node*/server.pid; do
    [[ -f $pidfile ]] && servers+=("$(cat "$pidfile")")
  done
  for pid in "${PIDS[@]}" "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  # A server that has not stopped within 30 s (a failed deployment can hold its shutdown) is killed.
  for _ in {1..30}; do
    local alive=0
    for pid in "${servers[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 1
  done
  for pid in "${servers[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $CLUSTER_DB'" >/dev/null 2>&1 || true
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -c \"$1\""; }
db() { PGPASSWORD=$DB_PASSWORD psql -h localhost -U "$DB_USER" -d "$CLUSTER_DB" -tA -c "$1"; }

# 1. A database of its own, empty.
psql_admin "DROP DATABASE IF EXISTS $CLUSTER_DB"
psql_admin "CREATE DATABASE $CLUSTER_DB OWNER $DB_USER"
step "database $CLUSTER_DB created"

# 2. The nodes: one server installation, a base folder (configuration, deployments, data, logs) each.
MEMBERS=""
for offset in "${OFFSETS[@]}"; do MEMBERS+="${MEMBERS:+,}127.0.0.1[$((7600 + offset))]"; done
CLUSTER_PASSWORD=$(head -c 18 /dev/urandom | base64)
rm -rf "$WORK" && mkdir -p "$WORK"

start_node() { # name offset
  local base=$WORK/$1
  mkdir -p "$base/deployments"
  cp -r "$WILDFLY/standalone/configuration" "$base/"
  # The deployment overlay's content (the distributable web.xml) lives in the content repository.
  mkdir -p "$base/data" && cp -r "$WILDFLY/standalone/data/content" "$base/data/"
  cp "$WAR" "$base/deployments/"
  # In the background, standalone.sh writes the server's own process id (what kill -9 must hit).
  LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$base/server.pid JAVA_OPTS="-Xms256m -Xmx768m" nice -n 15 "$WILDFLY/bin/standalone.sh" -c standalone-full-ha.xml \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$2" \
    -Djboss.node.name="$1" -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 \
    -Dcorkboard.cluster.name="$CLUSTER_NAME" -Dcorkboard.cluster.members="$MEMBERS" \
    -Dcorkboard.cluster.password="$CLUSTER_PASSWORD" \
    -Dcorkboard.db=postgresql -Dcorkboard.postgresql.url="jdbc:postgresql://localhost:5432/$CLUSTER_DB" \
    -Dcorkboard.postgresql.user="$DB_USER" -Dcorkboard.postgresql.password="$DB_PASSWORD" \
    -Dcorkboard.demo=true -Dcorkboard.demo.force=true -Dcorkboard.mail.transport=outbox \
    -Dcorkboard.proxy.trusted=true >"$base/console.log" 2>&1 &
  PIDS+=($!)
}

wait_for() { # url seconds [pid that must stay alive]
  local deadline=$((SECONDS + $2))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$1") == 200 ]]; do
    ((SECONDS < deadline)) || return 1
    [[ -z ${3:-} ]] || kill -0 "$3" 2>/dev/null || return 1
    sleep 1
  done
}

NODES=()
i=1
for offset in "${OFFSETS[@]}"; do
  node=node$i
  start_node "$node" "$offset"
  # One after the other: the first migrates the empty database and loads the demo data alone.
  wait_for "http://127.0.0.1:$((8080 + offset))/" 300 "${PIDS[-1]}" || fail "$node did not serve (see $WORK/$node/console.log)"
  step "$node serves on port $((8080 + offset))"
  NODES+=("$node:$((8080 + offset))")
  i=$((i + 1))
done

# The members' view: both nodes in one session cluster and one message cluster.
grep -q "WFLYCLJG0033.*(${#OFFSETS[@]})" "$WORK/node$((i - 1))/log/server.log" \
  || fail "the nodes did not form one cluster (see $WORK/*/log/server.log)"
step "nodes joined one cluster of ${#OFFSETS[@]}"

# 3. The balancer: a session sticks to the node that began it (HAProxy's own cookie), and moves on
# to another node when that one is down.
{
  cat <<CFG
global
  maxconn 1000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout check 5s
  # A request that finds its node gone (refused, or the connection dropped before any answer) is
  # sent to another node instead of answering 502.
  option redispatch
  retries 2
  retry-on conn-failure empty-response
frontend corkboard
  bind 127.0.0.1:$BALANCER_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  cookie CORKBOARD_NODE insert indirect nocache httponly
  option httpchk GET /favicon.svg
  http-response set-header X-Corkboard-Node %s
CFG
  for node in "${NODES[@]}"; do
    echo "  server ${node%%:*} 127.0.0.1:${node##*:} check inter 1s fall 2 rise 2 cookie ${node%%:*}"
  done
} >"$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
wait_for "$BALANCER/" 30 || fail "HAProxy did not answer on $BALANCER"
step "HAProxy balances on $BALANCER"

# 4. Sign in through the balancer, as the demo administrator.
JAR=$WORK/cookies.txt
page() { curl -s -b "$JAR" -c "$JAR" -D "$WORK/headers.txt" -o "$WORK/page.html" -w '%{http_code}' "$@"; }
served_by() { grep -i '^X-Corkboard-Node:' "$WORK/headers.txt" | tr -d '\r' | awk '{print $2}'; }
hidden() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" "$WORK/page.html" | head -1 | sed 's/.*value="//;s/"$//'; }
location() { grep -i '^Location:' "$WORK/headers.txt" | tr -d '\r' | awk '{print $2}'; }
port_of() { for node in "${NODES[@]}"; do if [[ ${node%%:*} == "$1" ]]; then echo "${node##*:}"; fi; done; }

[[ $(page "$BALANCER/account/sign-in") == 200 ]] || fail "no sign-in page"
status=$(page -H "Origin: $BALANCER" --data-urlencode "signIn=signIn" --data-urlencode "identifier=admin" \
  --data-urlencode "password=admin-corkboard-dev" --data-urlencode "submit=" \
  --data-urlencode "jakarta.faces.ViewState=$(hidden jakarta.faces.ViewState)" "$BALANCER/account/sign-in")
[[ $status == 302 || $status == 303 ]] || fail "sign-in answered $status"
signed_in() { [[ $(page "$BALANCER/account/profile") == 200 ]] && grep -q 'Sign out' "$WORK/page.html"; }
signed_in || fail "not signed in after signing in"
SERVER=$(served_by)
OTHER=$(for node in "${NODES[@]}"; do if [[ ${node%%:*} != "$SERVER" ]]; then echo "${node%%:*}"; fi; done | head -1)
OTHER_URL=http://127.0.0.1:$(port_of "$OTHER")
step "signed in through the balancer; served by $SERVER"

# 5. Post a listing (on the node this session sticks to); the other node finds it at once: its
# search index is fed by the listing-changes topic, which the clustered brokers deliver to both.
WORD=cluster$RANDOM$RANDOM
post_listing() { # title, then the edit page's address
  page "$2" >/dev/null
  page -H "Origin: $BALANCER" --data-urlencode listing=listing --data-urlencode type=FOR_SALE \
    --data-urlencode "title=$1" --data-urlencode categoryId=5 \
    --data-urlencode "description=A solid oak desk ($WORD), to be collected at the front desk." \
    --data-urlencode priceMode=FIXED --data-urlencode priceAmount=80 --data-urlencode priceCurrency=EUR \
    --data-urlencode condition=GOOD --data-urlencode siteId=1 --data-urlencode city= \
    --data-urlencode postalCode= --data-urlencode publish= \
    --data-urlencode "corkboard.formToken=$(hidden corkboard.formToken)" \
    --data-urlencode "jakarta.faces.ViewState=$(hidden jakarta.faces.ViewState)" "$2"
}
status=$(post_listing "Oak desk $WORD" "$BALANCER/listing/edit")
LISTING=$(location | sed 's#^https\?://[^/]*##')
[[ $status == 302 && $LISTING == /listings/* ]] || fail "posting answered $status"
LISTING_ID=$(echo "$LISTING" | cut -d/ -f3)
step "listing $LISTING_ID posted on $(served_by)"
for ((tries = 1; ; tries++)); do
  # Read whole before grep: grep -q stops early, and curl's broken pipe would fail the pipeline.
  found=$(curl -s "$OTHER_URL/search?q=$WORD")
  grep -q "href=\"/listings/$LISTING_ID/" <<<"$found" && break
  ((tries < 100)) || fail "$OTHER did not find listing $LISTING_ID in its search within 10 s"
  sleep 0.1
done
step "$OTHER finds it in its search"
shown=$(curl -s "$OTHER_URL$LISTING")
grep -q "Oak desk $WORD" <<<"$shown" || fail "$OTHER does not show listing $LISTING_ID"

# 6. What a node keeps is told of the other's changes: the listing, now in the other node's cache
# (it has just shown it), is renamed on this node, and the other shows the new title at once; a
# category renamed here is renamed there at once (not when its copy of the tree is a minute old).
wait_shown() { # url text what (a listing's address follows its title: redirects are followed)
  for ((tries = 1; ; tries++)); do
    found=$(curl -sL "$1")
    grep -q "$2" <<<"$found" && return 0
    ((tries < 50)) || fail "$3 not shown by $OTHER within 5 s"
    sleep 0.1
  done
}
status=$(post_listing "Walnut desk $WORD" "$BALANCER/listing/edit?id=$LISTING_ID")
[[ $status == 302 ]] || fail "saving the listing's new title answered $status"
wait_shown "$OTHER_URL$LISTING" "Walnut desk $WORD" "the listing's new title"
step "$OTHER shows the listing's new title, changed on $(served_by)"
[[ $(page "$BALANCER/admin/categories/edit?id=5") == 200 ]] || fail "no category page for the administrator"
CATEGORY="Desks $WORD"
status=$(page -H "Origin: $BALANCER" --data-urlencode category=category --data-urlencode "name=$CATEGORY" \
  --data-urlencode rename= --data-urlencode "corkboard.formToken=$(hidden corkboard.formToken)" \
  --data-urlencode "jakarta.faces.ViewState=$(hidden jakarta.faces.ViewState)" "$BALANCER/admin/categories/edit?id=5")
[[ $status == 302 || $status == 303 || $status == 200 ]] || fail "renaming the category answered $status"
wait_shown "$OTHER_URL$LISTING" "$CATEGORY" "the category's new name"
step "$OTHER shows the category's new name, changed on $(served_by)"

# 7. The maintenance timers run once in the cluster, not once a node: with each node logging every
# run of the listing expiry (due once a minute), no minute has a run on both nodes.
expiry_runs() { # node [since HH:MM]: the minutes of its runs after the given one
  grep -h "Listings: [0-9]* expired" "$WORK/$1/log/server.log" \
    | awk -v since="${2:-}" '{ m = substr($2, 1, 5); if (m > since) print m }'
}
for node in "${NODES[@]}"; do
  "$WILDFLY/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + ${node##*:} - 8080))" \
    "/subsystem=logging/logger=org.corkboard.listing.boundary.ListingExpiryTimer:add(level=DEBUG)" >/dev/null \
    || fail "could not log the expiry timer's runs on ${node%%:*}"
done
SINCE=$(date +%H:%M)
step "watching the expiry timer's runs for three minutes"
sleep $((180 - 10#$(date +%S)))
runs=$(for node in "${NODES[@]}"; do expiry_runs "${node%%:*}" "$SINCE"; done)
minutes=$(sort -u <<<"$runs" | grep -c .)
((minutes >= 2)) || fail "the expiry timer ran in $minutes minutes of three"
twice=$(sort <<<"$runs" | uniq -d | tr '\n' ' ')
[[ -z $twice ]] || fail "the expiry timer ran on both nodes in minute(s) $twice"
for node in "${NODES[@]}"; do
  step "expiry runs on ${node%%:*}: $(expiry_runs "${node%%:*}" "$SINCE" | tr '\n' ' ')"
done
step "the expiry timer ran once a minute in the cluster, never on both nodes"

# 8. Kill the node that served the session; the same browser goes on, on the other node, still
# signed in.
kill -9 "$(cat "$WORK/$SERVER/server.pid")"
step "$SERVER killed (kill -9)"
signed_in || fail "signed out after $SERVER died (page answered by $(served_by))"
[[ $(served_by) != "$SERVER" ]] || fail "still served by the dead $SERVER"
step "still signed in, now served by $(served_by)"
[[ $(page "$BALANCER/listing/edit?id=$LISTING_ID") == 200 ]] && grep -q "Walnut desk $WORD" "$WORK/page.html" \
  || fail "the listing's owner cannot edit it after the failover"
step "the listing's edit page opens for its owner, on $(served_by)"

# The timers go on without the dead node: the survivor runs the expiry in the next minutes.
SURVIVOR=$(served_by)
KILLED_AT=$(date +%H:%M)
for ((tries = 1; ; tries++)); do
  [[ -n $(expiry_runs "$SURVIVOR" "$KILLED_AT") ]] && break
  ((tries < 150)) || fail "$SURVIVOR did not run the expiry timer within 150 s of $SERVER's death"
  sleep 1
done
step "$SURVIVOR runs the expiry timer now: $(expiry_runs "$SURVIVOR" "$KILLED_AT" | head -1)"

step "all proved"
if [[ ${KEEP:-0} == 1 ]]; then
  step "running on $BALANCER until Ctrl-C"
  wait
fi
