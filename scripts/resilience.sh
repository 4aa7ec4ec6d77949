#!/usr/bin/env bash
# Fault drills against the packaged backend, on loopback only, every wait bounded. Each drill states the promise it
# checks; the script exits non-zero when one is broken. Run with `make resilience` (needs root or sudo for
# restarting PostgreSQL). Keycloak is "stopped" by pointing the backend at a port where nothing listens.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT=8090
API="http://127.0.0.1:$PORT"
DB=mitwirken_resilience
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
WORK=$(mktemp -d)
FAILURES=0

"$ROOT/scripts/postgres.sh" >/dev/null
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
read -r PG_VERSION PG_NAME < <(pg_lsclusters --no-header | awk 'NR==1 {print $1, $2}')
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
sql() { PGPASSWORD=${MITWIRKEN_DB_PASSWORD:-mitwirken} psql -h localhost -U "${MITWIRKEN_DB_USER:-mitwirken}" -d "$DB" -qAtc "$1"; }
check() { if [ "$2" = true ]; then echo "  PASS  $1"; else echo "  FAIL  $1"; FAILURES=$((FAILURES + 1)); fi; }
status_and_time() { curl -s -o /dev/null -m 20 -w '%{http_code} %{time_total}\n' "$@" || true; }
seconds_below() { awk -v t="$1" -v limit="$2" 'BEGIN { exit !(t < limit) }'; }

start_backend() {
  start_detached resilience-backend java -Dquarkus.profile=e2e -Dquarkus.http.port=$PORT \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:5432/$DB" \
    -Dmitwirken.rate-limit.anonymous-writes=1000000 \
    -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/mitwirken -jar "$JAR"
  wait_for_url "$API/q/health/ready" 120 resilience-backend
}
cleanup() {
  as_root pg_ctlcluster "$PG_VERSION" "$PG_NAME" start >/dev/null 2>&1 || true
  stop_detached resilience-backend >/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

start_backend
FORMAT_ID=$(curl -fsS "$API/api/v1/formats/begehungen-ortsbezirke-2024" | node -pe 'JSON.parse(require("fs").readFileSync(0)).id')

echo "Drill 1: Keycloak stopped"
read -r code _ < <(status_and_time "$API/api/v1/formats")
check "public reads answer 200 (got $code)" "$([ "$code" = 200 ] && echo true || echo false)"
read -r code _ < <(status_and_time -X POST -H 'Content-Type: application/json' \
  -d "{\"targetType\":\"FORMAT\",\"targetId\":\"$FORMAT_ID\",\"text\":\"Ohne Keycloak\",\"pseudonym\":\"Gast\"}" "$API/api/v1/comments")
check "anonymous comments are taken (got $code)" "$([ "$code" = 201 ] && echo true || echo false)"
read -r code took < <(status_and_time -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln' "$API/api/v1/statistics")
check "admin calls fail fast with 401/503 (got $code in ${took}s)" \
  "$( { [ "$code" = 503 ] || [ "$code" = 401 ]; } && seconds_below "$took" 2 && echo true || echo false)"

echo "Drill 2: PostgreSQL restarted during a write load"
node "$ROOT/scripts/resilience/writeLoad.mjs" "$API" "$FORMAT_ID" 25 "$WORK/writes.json" &
LOAD=$!
sleep 5
as_root pg_ctlcluster "$PG_VERSION" "$PG_NAME" stop -m fast
sleep 1
read -r code took < <(status_and_time "$API/q/health/ready")
check "readiness says 503 while the database is down (got $code in ${took}s)" "$([ "$code" = 503 ] && echo true || echo false)"
sleep 4
as_root pg_ctlcluster "$PG_VERSION" "$PG_NAME" start
back=$(date +%s.%N)
ready_after=none
for _ in $(seq 1 100); do
  if curl -fsS -o /dev/null -m 1 "$API/q/health/ready" 2>/dev/null; then
    ready_after=$(awk -v a="$back" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'); break
  fi
  sleep 0.1
done
check "ready again ${ready_after}s after the database is back, without a restart" \
  "$([ "$ready_after" != none ] && seconds_below "$ready_after" 10 && echo true || echo false)"
wait "$LOAD"
node - "$WORK/writes.json" > "$WORK/writes.check" <<'NODE'
const report = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const bad = report.refusals.filter((r) => r.status !== 503 || !r.retryAfter || !String(r.contentType).includes('problem+json') || r.stackTrace);
console.log(report.acknowledged.length, report.refusals.length, bad.length, JSON.stringify(bad.slice(0, 3)));
NODE
read -r acked refused bad sample < "$WORK/writes.check"
check "while down only 503 + Retry-After problems without stack traces ($refused refused, $bad otherwise: $sample)" \
  "$([ "$bad" = 0 ] && [ "$refused" -gt 0 ] && echo true || echo false)"
node -e 'for (const t of JSON.parse(require("fs").readFileSync(process.argv[1])).acknowledged) console.log(t)' "$WORK/writes.json" | sort > "$WORK/acked.txt"
sql "select text from comment where text like 'resilience-%' order by text" | sort > "$WORK/stored.txt"
lost=$(comm -23 "$WORK/acked.txt" <(sort -u "$WORK/stored.txt") | wc -l)
duplicates=$(uniq -d "$WORK/stored.txt" | wc -l)
check "no acknowledged write lost ($acked acknowledged, $lost missing)" "$([ "$lost" = 0 ] && [ "$acked" -gt 0 ] && echo true || echo false)"
check "no duplicates ($duplicates)" "$([ "$duplicates" = 0 ] && echo true || echo false)"

# Catalogue reads are answered from the cache without a query, so the drills hold up comments, which are not.
COMMENTS="$API/api/v1/comments?targetType=FORMAT&targetId=$FORMAT_ID"

echo "Drill 3: a slow database"
sql "begin; lock table comment in access exclusive mode; select pg_sleep(9); commit;" >/dev/null &
LOCK=$!
sleep 1
read -r code took < <(status_and_time "$COMMENTS")
check "a request that would wait ends with 503 within the 5 s budget (got $code in ${took}s)" \
  "$([ "$code" = 503 ] && seconds_below "$took" 7 && echo true || echo false)"
read -r code took < <(status_and_time "$API/q/health/live")
check "liveness stays fast (got $code in ${took}s)" "$([ "$code" = 200 ] && seconds_below "$took" 1 && echo true || echo false)"
read -r code took < <(status_and_time "$API/q/health/ready")
check "readiness stays fast (got $code in ${took}s)" "$([ "$code" = 200 ] && seconds_below "$took" 1 && echo true || echo false)"
wait "$LOCK"

echo "Drill 4: SIGTERM with requests in flight"
sql "begin; lock table comment in access exclusive mode; select pg_sleep(3); commit;" >/dev/null &
LOCK=$!
sleep 0.5
node "$ROOT/scripts/resilience/inFlight.mjs" "$COMMENTS" 10 "$WORK/inflight.json" &
FLIGHT=$!
sleep 1
kill -TERM "$(cat "$RUN_DIR/resilience-backend.pid")"
wait "$FLIGHT" || true
wait "$LOCK" || true
results=$(cat "$WORK/inflight.json")
check "every in-flight request finished with 200 ($results)" \
  "$([ "$(node -pe "JSON.parse('$results').every((s) => s === 200)")" = true ] && echo true || echo false)"
for _ in $(seq 1 30); do kill -0 "$(cat "$RUN_DIR/resilience-backend.pid")" 2>/dev/null || break; sleep 1; done
check "the backend then stopped" "$(kill -0 "$(cat "$RUN_DIR/resilience-backend.pid")" 2>/dev/null && echo false || echo true)"

if [ "$FAILURES" -gt 0 ]; then
  echo "resilience: $FAILURES promise(s) broken; backend log: $RUN_DIR/resilience-backend.log" >&2
  exit 1
fi
echo "resilience: all drills passed"
