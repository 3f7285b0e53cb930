#!/usr/bin/env bash
# Two Backprop Lab instances behind HAProxy, both on one PostgreSQL, all on this machine.
#
#   deploy/run-local.sh start              create the database if missing, start both instances together
#                                          (Flyway migrates under PostgreSQL's advisory lock), then HAProxy;
#                                          returns once the proxy sees both instances ready
#   deploy/run-local.sh stop               stop HAProxy (soft stop), then both instances gracefully
#   deploy/run-local.sh stop-instance a|b  stop one instance gracefully: readiness 503 first, then it drains
#   deploy/run-local.sh start-instance a|b start one instance again
#   deploy/run-local.sh status             what runs, and what HAProxy thinks of each instance
#   deploy/run-local.sh drop-db            drop the database (after stop)
#
# Settings (environment; defaults in brackets): BPL_JAR [target/backprop-lab.jar], BPL_RUN_DIR
# [/tmp/backprop-lab-proxy: pids, logs, each instance's data folder], BPL_BIND [127.0.0.1],
# BPL_PROXY_PORT [8080], BPL_PORT_A [8081], BPL_PORT_B [8082], BPL_STATS_PORT [8089],
# BPL_PG_HOST [127.0.0.1], BPL_PG_PORT [5432], BPL_PG_USER [postgres], BPL_PG_PASSWORD [none],
# BPL_DB [backproplab], BPL_JAVA_OPTS [-Xmx512m], BPL_START_TIMEOUT [180] seconds.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
export BPL_JAR=${BPL_JAR:-$ROOT/target/backprop-lab.jar}
export BPL_RUN_DIR=${BPL_RUN_DIR:-/tmp/backprop-lab-proxy}
export BPL_BIND=${BPL_BIND:-127.0.0.1}
export BPL_PROXY_PORT=${BPL_PROXY_PORT:-8080}
export BPL_PORT_A=${BPL_PORT_A:-8081}
export BPL_PORT_B=${BPL_PORT_B:-8082}
export BPL_STATS_PORT=${BPL_STATS_PORT:-8089}
export BPL_PG_HOST=${BPL_PG_HOST:-127.0.0.1}
export BPL_PG_PORT=${BPL_PG_PORT:-5432}
export BPL_PG_USER=${BPL_PG_USER:-postgres}
export BPL_PG_PASSWORD=${BPL_PG_PASSWORD:-}
export BPL_DB=${BPL_DB:-backproplab}
BPL_JAVA_OPTS=${BPL_JAVA_OPTS:--Xmx512m}
BPL_START_TIMEOUT=${BPL_START_TIMEOUT:-180}
HAPROXY=${HAPROXY:-$(command -v haproxy || echo /usr/sbin/haproxy)}

say() { echo "run-local: $*"; }
die() { echo "run-local: $*" >&2; exit 1; }

[[ $BPL_DB =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "BPL_DB must be a plain lower-case name, not '$BPL_DB'"

psql_admin() {
  PGPASSWORD=$BPL_PG_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "$BPL_PG_HOST" -p "$BPL_PG_PORT" \
    -U "$BPL_PG_USER" -d postgres "$@"
}

port_of() { case $1 in a) echo "$BPL_PORT_A" ;; b) echo "$BPL_PORT_B" ;; *) die "no instance '$1' (a or b)" ;; esac; }
pid_of() { cat "$BPL_RUN_DIR/$1.pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; }

create_db() {
  if [[ $(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$BPL_DB'") != 1 ]]; then
    psql_admin -c "CREATE DATABASE \"$BPL_DB\""
    say "created database $BPL_DB"
  fi
}

start_instance() {
  local name=$1 port
  port=$(port_of "$name")
  alive "$name" && die "instance $name already runs (pid $(pid_of "$name"))"
  mkdir -p "$BPL_RUN_DIR/$name"
  # The database and the drain delay come from deploy/backprop-lab.properties; the port and the
  # data folder (H2 is not used, but the folder is created on start) differ per instance.
  # shellcheck disable=SC2086
  nohup java $BPL_JAVA_OPTS -jar "$BPL_JAR" --server.port="$port" --backproplab.data-dir="$BPL_RUN_DIR/$name/data" \
    --spring.config.additional-location="file:$HERE/backprop-lab.properties" \
    >"$BPL_RUN_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$BPL_RUN_DIR/$name.pid"
  say "instance $name starting on port $port (pid $!, log $BPL_RUN_DIR/$name.log)"
}

wait_ready() {
  local name=$1 port deadline
  port=$(port_of "$name")
  deadline=$((SECONDS + BPL_START_TIMEOUT))
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; do
    if ! alive "$name"; then
      tail -n 30 "$BPL_RUN_DIR/$name.log" >&2 || true
      die "instance $name stopped while starting (log above)"
    fi
    ((SECONDS < deadline)) || die "instance $name not ready after ${BPL_START_TIMEOUT}s"
    sleep 1
  done
  say "instance $name ready"
}

# Graceful: SIGTERM turns readiness to 503, the instance keeps serving for backproplab.drain-delay
# while HAProxy takes it out, then Tomcat lets the requests in flight finish.
stop_instance() {
  local name=$1 pid deadline
  pid=$(pid_of "$name")
  if ! alive "$name"; then
    rm -f "$BPL_RUN_DIR/$name.pid"
    return 0
  fi
  kill -TERM "$pid"
  deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      say "instance $name still runs after 60 s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 0.2
  done
  rm -f "$BPL_RUN_DIR/$name.pid"
  say "instance $name stopped"
}

start_proxy() {
  alive haproxy && die "HAProxy already runs (pid $(pid_of haproxy))"
  "$HAPROXY" -q -c -f "$HERE/haproxy.cfg" || die "HAProxy rejects deploy/haproxy.cfg"
  nohup "$HAPROXY" -db -f "$HERE/haproxy.cfg" >"$BPL_RUN_DIR/haproxy.log" 2>&1 </dev/null &
  echo $! >"$BPL_RUN_DIR/haproxy.pid"
  local deadline=$((SECONDS + 30))
  until [[ $(proxy_stats | awk -F, '$1 == "app" && ($2 == "a" || $2 == "b") && $18 == "UP"' | wc -l) == 2 ]]; do
    alive haproxy || { cat "$BPL_RUN_DIR/haproxy.log" >&2; die "HAProxy stopped (log above)"; }
    ((SECONDS < deadline)) || die "HAProxy does not see both instances up after 30 s"
    sleep 0.5
  done
  say "HAProxy on http://$BPL_BIND:$BPL_PROXY_PORT/ (statistics: http://$BPL_BIND:$BPL_STATS_PORT/)"
}

stop_proxy() {
  local pid
  pid=$(pid_of haproxy)
  if alive haproxy; then
    kill -USR1 "$pid" # soft stop: stop listening, let open connections finish
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -TERM "$pid" 2>/dev/null || true
    say "HAProxy stopped"
  fi
  rm -f "$BPL_RUN_DIR/haproxy.pid"
}

proxy_stats() { curl -fsS "http://$BPL_BIND:$BPL_STATS_PORT/;csv" 2>/dev/null || true; }

case ${1:-} in
  start)
    [[ -f $BPL_JAR ]] || die "no $BPL_JAR: build it first (./mvnw -DskipTests clean package)"
    [[ -x $HAPROXY ]] || die "HAProxy is not installed (Debian: apt-get install haproxy)"
    command -v psql >/dev/null || die "psql is not installed (Debian: apt-get install postgresql-client)"
    mkdir -p "$BPL_RUN_DIR"
    create_db
    # Both at once, as after a deployment: Flyway's advisory lock lets one migrate while the other waits.
    start_instance a
    start_instance b
    wait_ready a
    wait_ready b
    start_proxy
    ;;
  stop)
    stop_proxy
    stop_instance a &
    stop_instance b &
    wait
    ;;
  stop-instance) stop_instance "${2:?which instance: a or b}" ;;
  start-instance)
    start_instance "${2:?which instance: a or b}"
    wait_ready "$2"
    ;;
  status)
    for name in a b haproxy; do
      if alive "$name"; then say "$name runs (pid $(pid_of "$name"))"; else say "$name is not running"; fi
    done
    proxy_stats | awk -F, '$1 == "app" { printf "run-local: HAProxy: %s %s, %s requests\n", $2, $18, $49 }'
    ;;
  drop-db)
    alive a || alive b && die "stop the instances first"
    psql_admin -c "DROP DATABASE IF EXISTS \"$BPL_DB\" WITH (FORCE)"
    say "dropped database $BPL_DB"
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
