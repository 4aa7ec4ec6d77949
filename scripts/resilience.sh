#!/usr/bin/env bash
# Fault drills against the packaged backend (`make resilience`, run by CI after `make test`). Each drill states the
# promise it checks and prints PASS/FAIL lines; the script exits non-zero when a promise is broken. Every wait is
# bounded.
#
# The drills run on a PostgreSQL cluster (scripts/drill-postgres.sh, port 5434) and a Keycloak (port 8181, instance
# "drills" of scripts/keycloak.sh) of their own, which they stop, crash and kill; the system cluster on 5432 and the
# Keycloak on 8180 that `make run` and the e2e tests use are never touched, so this may run beside other tests.
# Needs root or sudo only where PostgreSQL runs as its own user (root: the cluster runs as postgres).
#
#   1  Keycloak stopped while a token is in use: public reads, anonymous writes and the valid token keep working,
#      new logins fail at once, unknown or forged tokens get 401/503 fast; after a restart logins work again.
#   2  PostgreSQL crashed (immediate shutdown) under mixed writes: comments, ballots, survey responses, map
#      contributions; every acknowledged write is stored once, nothing half-stored, only 503 + Retry-After while
#      down, ready again without a restart.
#   3  The same with SIGKILL of the postmaster.
#   4  A slow database: 503 within the statement budget, health stays fast.
#   5  Backup under write load and restore into an empty database: every write acknowledged before the backup
#      started is in the restored database, none twice; a backend on it answers ready; the restore time is printed.
#   6  SIGTERM with reads and writes in flight: they complete; writes that arrive meanwhile complete or are refused;
#      nothing half-stored.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT=${MITWIRKEN_DRILL_PORT:-8090}
RESTORED_PORT=${MITWIRKEN_DRILL_RESTORED_PORT:-8091}
export MITWIRKEN_DRILL_PG_PORT=${MITWIRKEN_DRILL_PG_PORT:-5434}
KEYCLOAK_PORT=${MITWIRKEN_DRILL_KEYCLOAK_PORT:-8181}
KEYCLOAK="http://localhost:$KEYCLOAK_PORT"
API="http://127.0.0.1:$PORT"
DB=mitwirken_resilience
RESTORED_DB=mitwirken_restored
DB_USER=${MITWIRKEN_DB_USER:-mitwirken}
DB_PASSWORD=${MITWIRKEN_DB_PASSWORD:-mitwirken}
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
NODE_DIR="$ROOT/scripts/resilience"
WORK=$(mktemp -d)
FAILURES=0
# MITWIRKEN_DRILLS=2,6 runs only those drills (all by default).
only() { [[ ",${MITWIRKEN_DRILLS:-1,2,3,4,5,6}," == *",$1,"* ]]; }

ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || "$ROOT/scripts/postgres.sh" >/dev/null
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)

pg() { "$ROOT/scripts/drill-postgres.sh" "$@"; }
keycloak() { MITWIRKEN_KEYCLOAK_INSTANCE=drills MITWIRKEN_KEYCLOAK_PORT=$KEYCLOAK_PORT "$ROOT/scripts/keycloak.sh" "$@"; }
sql() { PGPASSWORD=$DB_PASSWORD psql -h localhost -p "$MITWIRKEN_DRILL_PG_PORT" -U "$DB_USER" -d "${2:-$DB}" -qAtc "$1"; }
check() { if [ "$2" = true ]; then echo "  PASS  $1"; else echo "  FAIL  $1"; FAILURES=$((FAILURES + 1)); fi; }
status_and_time() { curl -s -o /dev/null -m 20 -w '%{http_code} %{time_total}\n' "$@" || true; }
seconds_below() { awk -v t="$1" -v limit="$2" 'BEGIN { exit !(t < limit) }'; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
is() { if eval "$1"; then echo true; else echo false; fi; }

# The packaged backend in the e2e profile (demo data with open rounds and surveys) on a drill database. Survey
# responses are written out of their sealed pool one by one and every second, so a drill can find each one.
start_backend() {
  local name=$1 port=$2 db=$3; shift 3
  start_detached "$name" java -Dquarkus.profile=e2e -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$MITWIRKEN_DRILL_PG_PORT/$db" \
    -Dmitwirken.rate-limit.anonymous-writes=1000000 \
    -Dmitwirken.survey.mix-batch=1 -Dmitwirken.survey.mix-every=1s \
    -Dquarkus.oidc.auth-server-url="$KEYCLOAK/realms/mitwirken" -Dmitwirken.accounts.keycloak-url="$KEYCLOAK" \
    "$@" -jar "$JAR"
  wait_for_url "http://127.0.0.1:$port/q/health/ready" 180 "$name"
}
# Again on a database that already holds data: no wipe, no demo data.
start_backend_keeping_data() { start_backend "$@" -Dquarkus.flyway.clean-at-start=false -Dmitwirken.demo-data.enabled=false; }

# Every drill write in a database as "kind TAB key" (the keys of scripts/resilience/writes.mjs).
stored_writes() {
  PGPASSWORD=$DB_PASSWORD psql -h localhost -p "$MITWIRKEN_DRILL_PG_PORT" -U "$DB_USER" -d "$1" -qAt -F $'\t' -c "
    select 'comment', text from comment where text like 'drill-%'
    union all select 'map', title from map_contribution where title like 'drill-%'
    union all select 'survey', text_value from survey_answer where text_value like 'drill-%'
    union all select 'ballot', participant from ballot where participant like 'device:%'"
}

# Survey responses wait sealed in a pool until written out; the drills look for them once the pool is empty.
pool_drained() {
  local db=$1 left
  for _ in $(seq 1 60); do
    left=$(sql "select count(*) from survey_response_pool" "$db" || echo unknown)
    [ "$left" = 0 ] && break
    sleep 0.5
  done
  check "sealed survey responses written out of their pool ($left left)" "$(is '[ "$left" = 0 ]')"
}

# Nothing half-stored: a drill survey response has all its answer rows (10 rows for 6 questions, as writes.mjs
# answers), a drill ballot all its dots (3 items, 5 dots), a map contribution its text and point; no response
# without answers at all.
nothing_half_stored() {
  local db=$1 surveys empty ballots maps
  surveys=$(sql "select count(*) from (select a.response_id from survey_answer a where a.response_id in
    (select response_id from survey_answer where text_value like 'drill-%') group by a.response_id
    having count(*) <> 10 or count(distinct a.question_id) <> 6) incomplete" "$db" || echo error)
  empty=$(sql "select count(*) from survey_response r
    where not exists (select 1 from survey_answer a where a.response_id = r.id)" "$db" || echo error)
  ballots=$(sql "select count(*) from ballot where participant like 'device:%' and (cardinality(item_ids) <> 3
    or cardinality(dots) <> 3 or (select sum(d) from unnest(dots) d) <> 5)" "$db" || echo error)
  maps=$(sql "select count(*) from map_contribution where title like 'drill-%'
    and (text <> title or longitude is null or latitude is null)" "$db" || echo error)
  check "nothing half-stored ($surveys survey responses with answers missing, $empty without any, $ballots ballots \
with dots missing, $maps map contributions incomplete)" "$(is '[ "$surveys$empty$ballots$maps" = 0000 ]')"
}

check_writes() { node "$NODE_DIR/checkWrites.mjs" "$@" || FAILURES=$((FAILURES + 1)); }

cleanup() {
  stop_detached resilience-backend >/dev/null
  stop_detached resilience-restored >/dev/null
  keycloak stop >/dev/null 2>&1 || true
  pg restart-after-crash >/dev/null 2>&1 || true
  pg stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

pg start
KEYCLOAK_STARTING=
if only 1; then (keycloak >"$WORK/keycloak.out" 2>&1) & KEYCLOAK_STARTING=$!; fi
start_backend resilience-backend "$PORT" "$DB"
[ -z "$KEYCLOAK_STARTING" ] || wait "$KEYCLOAK_STARTING" || { cat "$WORK/keycloak.out" >&2; echo "resilience: the drill Keycloak did not start" >&2; exit 1; }
FORMAT_ID=$(curl -fsS "$API/api/v1/formats/begehungen-ortsbezirke-2024" | node -pe 'JSON.parse(require("fs").readFileSync(0)).id')
# Catalogue reads are answered from the cache without a query, so the drills hold up comments, which are not.
COMMENTS="$API/api/v1/comments?targetType=FORMAT&targetId=$FORMAT_ID"
ANONYMOUS_COMMENT=(-X POST -H 'Content-Type: application/json'
  -d "{\"targetType\":\"FORMAT\",\"targetId\":\"$FORMAT_ID\",\"text\":\"Ohne Keycloak\",\"pseudonym\":\"Gast\"}"
  "$API/api/v1/comments")

if only 1; then
  echo "Drill 1: Keycloak stopped after the backend started, with a valid token in use"
  TOKEN=$(node "$NODE_DIR/login.mjs" "$KEYCLOAK" admin) || TOKEN=none
  read -r code _ < <(status_and_time -H "Authorization: Bearer $TOKEN" "$API/api/v1/statistics")
  check "the admin logs in and the token is accepted (got $code)" "$(is '[ "$code" = 200 ]')"
  keycloak stop >/dev/null
  read -r code _ < <(status_and_time "$API/api/v1/formats")
  check "public reads answer 200 (got $code)" "$(is '[ "$code" = 200 ]')"
  read -r code _ < <(status_and_time "$COMMENTS")
  check "public comment lists answer 200 (got $code)" "$(is '[ "$code" = 200 ]')"
  read -r code _ < <(status_and_time "${ANONYMOUS_COMMENT[@]}")
  check "anonymous comments are taken (got $code)" "$(is '[ "$code" = 201 ]')"
  read -r code took < <(status_and_time -H "Authorization: Bearer $TOKEN" "$API/api/v1/statistics")
  check "the still-valid token keeps working: its keys are cached (got $code in ${took}s)" \
    "$(is '[ "$code" = 200 ] && seconds_below "$took" 2')"
  started=$(date +%s.%N)
  login=0; node "$NODE_DIR/login.mjs" "$KEYCLOAK" citizen >/dev/null 2>"$WORK/login.err" || login=$?
  took=$(seconds_since "$started")
  check "a new login fails cleanly: Keycloak unreachable, told within ${took}s ($(cat "$WORK/login.err"))" \
    "$(is '[ "$login" = 2 ] && seconds_below "$took" 5')"
  read -r code took < <(status_and_time -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln' "$API/api/v1/statistics")
  check "a malformed token gets 401/503 fast (got $code in ${took}s)" \
    "$(is '{ [ "$code" = 401 ] || [ "$code" = 503 ]; } && seconds_below "$took" 2')"
  FORGED=$(node "$NODE_DIR/forgedToken.mjs" "$KEYCLOAK/realms/mitwirken")
  read -r code took < <(status_and_time -H "Authorization: Bearer $FORGED" "$API/api/v1/statistics")
  check "a token signed with a key the realm never published gets 401/503 fast, no hang, no 500 (got $code in ${took}s)" \
    "$(is '{ [ "$code" = 401 ] || [ "$code" = 503 ]; } && seconds_below "$took" 2')"
  started=$(date +%s.%N)
  keycloak >/dev/null || true
  NEW_TOKEN=$(node "$NODE_DIR/login.mjs" "$KEYCLOAK" admin) || NEW_TOKEN=none
  read -r code _ < <(status_and_time -H "Authorization: Bearer $NEW_TOKEN" "$API/api/v1/statistics")
  check "Keycloak restarted ($(seconds_since "$started")s): logins work again and their tokens are accepted (got $code)" \
    "$(is '[ "$code" = 200 ]')"
fi

# PostgreSQL goes away under a load of mixed writes: crash = immediate shutdown, kill = SIGKILL of the postmaster.
crash_drill() {
  local how=$1 back ready_after=none code took
  node "$NODE_DIR/writeLoad.mjs" "$API" 16 "$WORK/$how.json" "drill-$how" &
  local load=$!
  sleep 5
  pg "$how"
  sleep 1
  read -r code took < <(status_and_time "$API/q/health/ready")
  check "readiness says 503 while the database is down (got $code in ${took}s)" \
    "$(is '[ "$code" = 503 ] && seconds_below "$took" 5')"
  sleep 3
  pg restart-after-crash
  back=$(date +%s.%N)
  for _ in $(seq 1 100); do
    if curl -fsS -o /dev/null -m 1 "$API/q/health/ready" 2>/dev/null; then ready_after=$(seconds_since "$back"); break; fi
    sleep 0.1
  done
  check "ready again ${ready_after}s after the database is back, without a restart" \
    "$(is '[ "$ready_after" != none ] && seconds_below "$ready_after" 10')"
  wait "$load"
  pool_drained "$DB"
  stored_writes "$DB" > "$WORK/stored.tsv"
  check_writes "$WORK/$how.json" "$WORK/stored.tsv" --expect-refusals --in-doubt-commits
  nothing_half_stored "$DB"
}

if only 2; then
  echo "Drill 2: PostgreSQL crashed (immediate shutdown) under comments, ballots, survey responses and map contributions"
  crash_drill crash
fi
if only 3; then
  echo "Drill 3: PostgreSQL's postmaster killed (SIGKILL) under the same writes"
  crash_drill kill
fi

if only 4; then
  echo "Drill 4: a slow database"
  sql "begin; lock table comment in access exclusive mode; select pg_sleep(9); commit;" >/dev/null &
  LOCK=$!
  sleep 1
  read -r code took < <(status_and_time "$COMMENTS")
  check "a request that would wait ends with 503 within the 5 s budget (got $code in ${took}s)" \
    "$(is '[ "$code" = 503 ] && seconds_below "$took" 7')"
  read -r code took < <(status_and_time "$API/q/health/live")
  check "liveness stays fast (got $code in ${took}s)" "$(is '[ "$code" = 200 ] && seconds_below "$took" 1')"
  read -r code took < <(status_and_time "$API/q/health/ready")
  check "readiness stays fast (got $code in ${took}s)" "$(is '[ "$code" = 200 ] && seconds_below "$took" 1')"
  wait "$LOCK"
fi

if only 5; then
  echo "Drill 5: backup under write load, restored into an empty database"
  node "$NODE_DIR/writeLoad.mjs" "$API" 12 "$WORK/backup-load.json" drill-backup &
  LOAD=$!
  sleep 4
  BACKUP_STARTED=$(date +%s%3N)
  backup=$(MITWIRKEN_DB_PORT=$MITWIRKEN_DRILL_PG_PORT MITWIRKEN_DB_NAME=$DB BACKUP_DIR="$WORK/backups" \
    "$ROOT/scripts/backup.sh" 2>"$WORK/backup.err") || backup=none
  BACKUP_ENDED=$(date +%s%3N)
  wait "$LOAD"
  during=$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1]));
    console.log(r.acknowledged.filter((w) => w.at >= +process.argv[2] && w.at <= +process.argv[3]).length)' \
    "$WORK/backup-load.json" "$BACKUP_STARTED" "$BACKUP_ENDED")
  check "make backup wrote a dump while writes were acknowledged ($during during the dump; $(cat "$WORK/backup.err"))" \
    "$(is '[ -s "$backup" ] && [ "$during" -gt 0 ]')"
  pg create-empty "$RESTORED_DB"
  restore_out=$(MITWIRKEN_DB_PORT=$MITWIRKEN_DRILL_PG_PORT MITWIRKEN_DB_NAME=$RESTORED_DB \
    "$ROOT/scripts/restore.sh" "$backup" 2>"$WORK/restore.err") || restore_out=failed
  restore_seconds=${restore_out#restore-seconds=}
  check "make restore brought it back into an empty database ($(tail -1 "$WORK/restore.err"))" \
    "$(is '[ "$restore_out" != failed ]')"
  refused=0
  MITWIRKEN_DB_PORT=$MITWIRKEN_DRILL_PG_PORT MITWIRKEN_DB_NAME=$RESTORED_DB \
    "$ROOT/scripts/restore.sh" "$backup" >/dev/null 2>"$WORK/restore-again.err" || refused=$?
  check "a restore into a database that has tables is refused with a clear message ($(head -c 120 "$WORK/restore-again.err")…)" \
    "$(is '[ "$refused" = 1 ] && grep -q "is not empty" "$WORK/restore-again.err"')"
  started=$(date +%s.%N)
  ready=true; start_backend_keeping_data resilience-restored "$RESTORED_PORT" "$RESTORED_DB" || ready=false
  check "a backend started on the restored database answers ready ($(seconds_since "$started")s)" "$ready"
  pool_drained "$RESTORED_DB"
  stored_writes "$RESTORED_DB" > "$WORK/restored.tsv"
  check_writes "$WORK/backup-load.json" "$WORK/restored.tsv" --before "$BACKUP_STARTED" --refusals any --label restored
  nothing_half_stored "$RESTORED_DB"
  documents="select count(*) || ' ' || coalesce(md5(string_agg(md5(data), ',' order by document_id)), '')
    from document_content"
  source_documents=$(sql "$documents" || echo error); restored_documents=$(sql "$documents" "$RESTORED_DB" || echo error)
  check "documents restored byte for byte (${source_documents%% *} documents)" \
    "$(is '[ "$source_documents" = "$restored_documents" ] && [ "${source_documents%% *}" -gt 0 ]')"
  stop_detached resilience-restored >/dev/null
  echo "  restore time: ${restore_seconds}s for a database of $(sql "select pg_size_pretty(pg_database_size('$RESTORED_DB'))")" \
    "from a dump of $(du -h "$backup" | cut -f1) (PostgreSQL $(sql "show server_version"), $(nproc) cores)"
fi

if only 6; then
  echo "Drill 6: SIGTERM with reads and writes in flight"
  node "$NODE_DIR/writeLoad.mjs" "$API" 10 "$WORK/shutdown-load.json" drill-shutdown &
  LOAD=$!
  sleep 2
  sql "begin; lock table comment, ballot, survey_response_pool, map_contribution in access exclusive mode;
    select pg_sleep(3); commit;" >/dev/null &
  LOCK=$!
  sleep 0.5
  node "$NODE_DIR/inFlight.mjs" "$API" "$COMMENTS" 5 "$WORK/inflight.json" "$WORK/inflight.sent" &
  FLIGHT=$!
  for _ in $(seq 1 100); do [ -f "$WORK/inflight.sent" ] && break; sleep 0.1; done
  kill -TERM "$(cat "$RUN_DIR/resilience-backend.pid")"
  wait "$FLIGHT" || true
  wait "$LOAD" || true
  wait "$LOCK" || true
  reads=$(node -pe 'JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1])).reads)' "$WORK/inflight.json" 2>/dev/null || echo none)
  check "every read in flight finished with 200 ($reads)" \
    "$(is '[ "$(node -pe "JSON.parse(process.argv[1]).every((s) => s === 200)" "$reads" 2>/dev/null)" = true ]')"
  for _ in $(seq 1 40); do kill -0 "$(cat "$RUN_DIR/resilience-backend.pid")" 2>/dev/null || break; sleep 1; done
  check "the backend then stopped" "$(is '! kill -0 "$(cat "$RUN_DIR/resilience-backend.pid")" 2>/dev/null')"
  # Sealed survey responses of the last moment are written out by the next instance.
  start_backend_keeping_data resilience-backend "$PORT" "$DB" || check "the backend starts again" false
  pool_drained "$DB"
  stored_writes "$DB" > "$WORK/stored.tsv"
  check_writes "$WORK/inflight.json" "$WORK/stored.tsv" --all-acknowledged --label "in flight"
  check_writes "$WORK/shutdown-load.json" "$WORK/stored.tsv" --refusals shutdown --label "arriving meanwhile"
  nothing_half_stored "$DB"
fi

if [ "$FAILURES" -gt 0 ]; then
  echo "resilience: $FAILURES promise(s) broken; logs: $RUN_DIR/resilience-backend.log," \
    "$RUN_DIR/resilience-restored.log, $RUN_DIR/keycloak-drills.log" >&2
  exit 1
fi
echo "resilience: all drills passed"
