#!/usr/bin/env bash
# `make backup`: a consistent dump of the Mitwirken database – every table, documents included (their bytes live in
# the database) – in pg_dump's custom format. pg_dump reads everything in one snapshot, so the dump is consistent
# while the application keeps writing, and it blocks no writer. Written under a temporary name and renamed when
# complete and readable, so a file named *.dump is always a whole backup.
#   scripts/backup.sh                 → $BACKUP_DIR/<db>-<UTC timestamp>.dump (BACKUP_DIR defaults to ./backups)
# Connection: MITWIRKEN_DB_HOST (localhost), MITWIRKEN_DB_PORT (5432), MITWIRKEN_DB_NAME (mitwirken, the database of
# `make run`), MITWIRKEN_DB_USER / MITWIRKEN_DB_PASSWORD (mitwirken / mitwirken). Prints the file's path last.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

use_database_from_environment
BACKUP_DIR=${BACKUP_DIR:-$ROOT/backups}

command -v pg_dump >/dev/null || { echo "backup: pg_dump is missing (apt-get install postgresql-client)" >&2; exit 1; }
mkdir -p "$BACKUP_DIR"
file="$BACKUP_DIR/$DB-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

started=$(date +%s.%N)
pg_dump --host="$HOST" --port="$PORT" --dbname="$DB" --format=custom --compress=6 --file="$partial"
# A dump pg_restore cannot list is no backup.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$file"
took=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

size=$(psql --host="$HOST" --port="$PORT" --dbname="$DB" -qAtc "select pg_size_pretty(pg_database_size(current_database()))")
migration=$(psql --host="$HOST" --port="$PORT" --dbname="$DB" -qAtc \
  "select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1" 2>/dev/null || echo unknown)
echo "backup: $DB on $HOST:$PORT (database $size, schema version $migration) in ${took}s," \
  "$(du -h "$file" | cut -f1) written" >&2
echo "$file"
