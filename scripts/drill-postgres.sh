#!/usr/bin/env bash
# A PostgreSQL cluster of its own for the fault and restore drills (`make resilience`), on port 5434 by default: the
# drills stop, crash and kill it without touching the system cluster on 5432 that `make run` and `make test` use. It is
# a plain initdb directory (not registered with Debian's pg_lsclusters, so no other script picks it up by mistake),
# run as the postgres user when called as root, else as the calling user. Idempotent.
#   drill-postgres.sh start              create if missing, start, provision the role and the drill databases
#   drill-postgres.sh stop               fast shutdown (what a service manager does)
#   drill-postgres.sh crash              immediate shutdown: no checkpoint, crash recovery on the next start
#   drill-postgres.sh kill               SIGKILL of the postmaster, then waits (bounded) until its children are gone
#   drill-postgres.sh restart-after-crash start again after crash or kill
#   drill-postgres.sh create-empty DB    drops DB if it exists and creates it empty, owned by the Mitwirken role
#   drill-postgres.sh psql ARGS...       psql as superuser
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT=${MITWIRKEN_DRILL_PG_PORT:-5434}
DB_USER=${MITWIRKEN_DB_USER:-mitwirken}
DB_PASSWORD=${MITWIRKEN_DB_PASSWORD:-mitwirken}
DATABASES=(mitwirken_resilience)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PG_BIN/initdb" ] || { echo "drill-postgres: no PostgreSQL server binaries; run scripts/postgres.sh first" >&2; exit 1; }
PG_VERSION=$(basename "$(dirname "$PG_BIN")")
CLUSTER_NAME=mitwirken-drills

if [ "$(id -u)" -eq 0 ]; then
  BASE=${MITWIRKEN_DRILL_PG_DIR:-/var/lib/postgresql/mitwirken-drills}
  as_owner() { runuser -u postgres -- "$@"; }
else
  BASE=${MITWIRKEN_DRILL_PG_DIR:-$CACHE_DIR/postgres-drills}
  as_owner() { "$@"; }
fi
DATA="$BASE/$PG_VERSION"
LOG="$BASE/postgresql.log"
SOCKET_DIR="$BASE"

superuser_psql() { as_owner "$PG_BIN/psql" -h "$SOCKET_DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
running() { as_owner "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }
postmaster_pid() { as_owner head -1 "$DATA/postmaster.pid" 2>/dev/null || true; }
children_left() { pgrep -f "^postgres: $CLUSTER_NAME:" >/dev/null 2>&1; }

init_cluster() {
  [ -f "$DATA/PG_VERSION" ] && return 0
  echo "drill-postgres: creating a cluster in $DATA (port $PORT)"
  if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres -m 700 "$BASE"; else install -d -m 700 "$BASE"; fi
  as_owner "$PG_BIN/initdb" -D "$DATA" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  # The socket lives in the cluster's own directory (mode 700), so local trust reaches only its owner.
  as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<CONF
port = $PORT
listen_addresses = 'localhost'
unix_socket_directories = '$SOCKET_DIR'
cluster_name = '$CLUSTER_NAME'
shared_buffers = 64MB
max_connections = 60
CONF
}

start_cluster() {
  running && return 0
  as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 120 start >/dev/null
}

provision() {
  superuser_psql <<SQL >/dev/null
do \$\$
begin
  if not exists (select from pg_roles where rolname = '${DB_USER}') then
    create role ${DB_USER} login password '${DB_PASSWORD}';
  end if;
end
\$\$;
SQL
  for db in "${DATABASES[@]}"; do
    if [ "$(superuser_psql -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
      superuser_psql -c "create database $db owner ${DB_USER} encoding 'UTF8' template template0" >/dev/null
    fi
  done
}

case "${1:-start}" in
  start)
    init_cluster
    start_cluster 2> >(grep -v "another server might be running" >&2)
    provision
    echo "drill-postgres: cluster $CLUSTER_NAME (PostgreSQL $PG_VERSION) on port $PORT, data in $DATA"
    ;;
  stop)
    running && as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null
    true
    ;;
  crash)
    as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null
    ;;
  kill)
    pid=$(postmaster_pid)
    [ -n "$pid" ] || { echo "drill-postgres: not running" >&2; exit 1; }
    kill -KILL "$pid"
    # Orphaned backends notice the postmaster's death and exit; a new postmaster refuses to start beside them.
    for _ in $(seq 1 300); do { kill -0 "$pid" 2>/dev/null || children_left; } || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null || children_left; then echo "drill-postgres: backends of the killed postmaster still run" >&2; exit 1; fi
    ;;
  restart-after-crash)
    start_cluster 2> >(grep -v "another server might be running" >&2)
    ;;
  create-empty)
    db=${2:?database name}
    superuser_psql -c "drop database if exists $db with (force)" >/dev/null
    superuser_psql -c "create database $db owner ${DB_USER} encoding 'UTF8' template template0" >/dev/null
    ;;
  psql)
    shift
    superuser_psql "$@"
    ;;
  *)
    echo "usage: $0 start|stop|crash|kill|restart-after-crash|create-empty DB|psql ARGS" >&2
    exit 2
    ;;
esac
