#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster and provisions the role and databases Mitwirken uses. Idempotent.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB_USER=${MITWIRKEN_DB_USER:-mitwirken}
DB_PASSWORD=${MITWIRKEN_DB_PASSWORD:-mitwirken}
DATABASES=(mitwirken mitwirken_test mitwirken_e2e mitwirken_resilience mitwirken_bench mitwirken_webtier mitwirken_conformance)

if ! command -v pg_ctlcluster >/dev/null; then
  echo "postgres: installing PostgreSQL from Debian" >&2
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  echo "postgres: no cluster found; create one with pg_createcluster" >&2
  exit 1
fi
read -r version name <<<"$cluster"
if ! pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$name" start
fi

for _ in $(seq 1 30); do
  as_postgres psql -qtAc "select 1" >/dev/null 2>&1 && break
  sleep 1
done

as_postgres psql -v ON_ERROR_STOP=1 -qtA <<SQL >/dev/null
do \$\$
begin
  if not exists (select from pg_roles where rolname = '${DB_USER}') then
    create role ${DB_USER} login password '${DB_PASSWORD}';
  end if;
end
\$\$;
SQL

for db in "${DATABASES[@]}"; do
  if [ "$(as_postgres psql -qtAc "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    as_postgres psql -v ON_ERROR_STOP=1 -qc "create database $db owner ${DB_USER} encoding 'UTF8' template template0" >/dev/null
  fi
done
echo "postgres: cluster $version/$name on port 5432 with databases ${DATABASES[*]}"
