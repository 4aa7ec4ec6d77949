#!/usr/bin/env bash
# `make restore FILE=…`: brings a dump of scripts/backup.sh back into an EMPTY database, in one transaction (a failed
# restore leaves the database as empty as it was), owned by the Mitwirken role, and refreshes the planner statistics.
# It refuses a database that already has tables: restoring over live data would mix two states. --force (make:
# FORCE=1) first drops everything in the schema public of the target – only for a database you mean to replace.
# Stop the backends that use the target first; start them afterwards (a newer version migrates the restored schema
# forward on start: the dump carries flyway_schema_history; migrations only go forward).
#   scripts/restore.sh [--force] FILE
# Target: MITWIRKEN_DB_HOST (localhost), MITWIRKEN_DB_PORT (5432), MITWIRKEN_DB_NAME (mitwirken, the database of
# `make run`), MITWIRKEN_DB_USER / MITWIRKEN_DB_PASSWORD (mitwirken / mitwirken). The database must exist (create it
# empty with: createdb -O mitwirken NAME).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

FORCE=${FORCE:-}
if [ "${1:-}" = --force ]; then FORCE=1; shift; fi
FILE=${1:-}
use_database_from_environment

fail() { echo "restore: $*" >&2; exit 1; }
[ -n "$FILE" ] || { echo "usage: $0 [--force] FILE   (make restore FILE=backups/<file>.dump [FORCE=1] [DB=name])" >&2; exit 2; }
[ -r "$FILE" ] || fail "cannot read $FILE"
pg_restore --list "$FILE" >/dev/null 2>&1 || fail "$FILE is not a dump pg_restore can read (made by scripts/backup.sh?)"
q() { psql --host="$HOST" --port="$PORT" --dbname="$DB" -v ON_ERROR_STOP=1 -qAtc "$1"; }

q "select 1" >/dev/null 2>&1 || fail "cannot connect to database $DB on $HOST:$PORT as $PGUSER; if it does not" \
  "exist, create it empty first: createdb -h $HOST -p $PORT -O $PGUSER $DB (as a PostgreSQL superuser)"
relations=$(q "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
  and n.nspname not like 'pg_temp%' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')")
if [ "$relations" != 0 ]; then
  if [ -z "$FORCE" ]; then
    version=$(q "select version from flyway_schema_history where success and version is not null
      order by installed_rank desc limit 1" 2>/dev/null || echo "unknown")
    fail "database $DB on $HOST:$PORT is not empty ($relations tables, views or sequences; schema version" \
      "${version:-unknown}). Restore into an empty database (createdb -O $PGUSER NAME, then MITWIRKEN_DB_NAME=NAME or" \
      "make restore DB=NAME), or replace everything in $DB with --force (make restore FORCE=1)."
  fi
  echo "restore: --force: dropping everything in schema public of $DB ($relations relations)" >&2
  q "set client_min_messages to warning; drop schema public cascade; create schema public;" >/dev/null
  left=$(q "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
    and n.nspname not like 'pg_temp%' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')")
  [ "$left" = 0 ] || fail "$DB still has $left relations outside schema public; drop them or use an empty database"
fi

started=$(date +%s.%N)
pg_restore --host="$HOST" --port="$PORT" --dbname="$DB" --no-owner --no-privileges --single-transaction \
  --exit-on-error "$FILE"
q "set client_min_messages to error; analyze" >/dev/null
took=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
size=$(q "select pg_size_pretty(pg_database_size(current_database()))")
version=$(q "select version from flyway_schema_history where success and version is not null
  order by installed_rank desc limit 1" 2>/dev/null || echo "unknown")
echo "restore: $FILE into $DB on $HOST:$PORT in ${took}s (database now $size, schema version ${version:-unknown});" \
  "start the backend on it: a newer version migrates it forward" >&2
echo "restore-seconds=$took"
