#!/usr/bin/env bash
# Benchmarks (`make bench`, not part of `make test`): the packaged backend with the demo data plus seeded volumes,
# driven by wrk over loopback; each scenario also as a ratio to a trivial endpoint measured in the same run. Writes
# docs/benchmarks.md. Installs wrk from Debian when missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT=8091
API="http://127.0.0.1:$PORT"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
WORK=$(mktemp -d)
DURATION=${BENCH_SECONDS:-10}
WARMUP=${BENCH_WARMUP_SECONDS:-15}
CONNECTIONS=32
# The profile of backend/Dockerfile with a fixed heap: Serial GC, small thread stacks, C2 without the C1 tier,
# metaspace returned eagerly, glibc limited to two malloc arenas and trimmed, so the memory beside the heap stays small.
JVM_OPTS=${BENCH_JVM_OPTS:--XX:+UseSerialGC -Xmx64m -Xss256k -XX:-TieredCompilation -XX:MetaspaceReclaimPolicy=aggressive -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=2
REPORT="$ROOT/docs/benchmarks.md"

install_wrk
"$ROOT/scripts/postgres.sh" >/dev/null
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)

cleanup() { stop_detached bench-backend >/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
# shellcheck disable=SC2086
start_detached bench-backend java $JVM_OPTS -Dquarkus.profile=e2e -Dquarkus.http.port=$PORT \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/mitwirken_bench \
  -Dmitwirken.rate-limit.anonymous-writes=100000000 -Dquarkus.log.level=WARN \
  -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/mitwirken -jar "$JAR"
wait_for_url "$API/q/health/ready" 120 bench-backend
PID=$(cat "$RUN_DIR/bench-backend.pid")

echo "bench: seeding 10,000 comments, 10,000 survey responses, 5,000 map contributions (a few minutes)"
eval "$(node "$ROOT/scripts/bench/prepare.mjs" "$API" "$WORK")"

PEAK_RSS_KB=0
sample_rss() { local rss; rss=$(ps -o rss= -p "$PID" | tr -d ' '); [ "${rss:-0}" -gt "$PEAK_RSS_KB" ] && PEAK_RSS_KB=$rss; return 0; }

# The JIT compiles for minutes on two cores; measuring before it is done would measure the compiler. Every scenario
# runs once unmeasured, then the run waits until the JVM has compiled nothing new for a few seconds.
warm_up() {
  local name=$1 path=$2; shift 2
  env "$@" wrk -t2 -c$CONNECTIONS -d"${WARMUP}s" -s "$ROOT/scripts/bench/request.lua" "$API$path" >/dev/null
}
compiled() { jstat -compiler "$PID" | awk 'NR == 2 { print $1 }'; }
wait_for_jit() {
  local before after waited=0
  before=$(compiled)
  while [ "$waited" -lt 120 ]; do
    sleep 3; waited=$((waited + 3)); after=$(compiled)
    [ "$after" = "$before" ] && break
    before=$after
  done
  echo "bench: JIT quiet after ${waited} s ($(compiled) methods compiled)"
}

# scenario NAME PATH [env assignments for request.lua...]: warms up, measures, appends "name req/s p50 p99 non2xx".
scenario() {
  local name=$1 path=$2; shift 2
  env "$@" wrk -t2 -c$CONNECTIONS -d2s -s "$ROOT/scripts/bench/request.lua" "$API$path" >/dev/null
  env "$@" wrk -t2 -c$CONNECTIONS -d"${DURATION}s" --timeout 10s -s "$ROOT/scripts/bench/request.lua" "$API$path" > "$WORK/out" &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do sample_rss; sleep 1; done
  wait "$wrk_pid"
  read -r _ requests non2xx rps p50 p99 < <(grep '^RESULT' "$WORK/out")
  echo "$name $rps $p50 $p99 $non2xx $requests" | tee -a "$WORK/results"
}

all_scenarios() {
  local run=$1
  $run trivial /q/health/live
  $run formats-cached /api/v1/formats "BENCH_IF_NONE_MATCH=$FORMATS_ETAG"
  $run formats /api/v1/formats
  $run fields-of-action /api/v1/fields-of-action
  $run interview-notes /api/v1/interview-notes
  $run comment-post /api/v1/comments BENCH_METHOD=POST "BENCH_BODY=$WORK/comment.json"
  $run comment-list "/api/v1/comments?targetType=FORMAT&targetId=$FORMAT_ID"
  $run geojson "/api/v1/map-contributions?format=$MAP_FORMAT" "BENCH_ACCEPT=application/geo+json"
  $run ballot-post "/api/v1/votings/$ROUND_ID/ballots" BENCH_METHOD=POST "BENCH_BODY=$WORK/ballot.json"
  $run survey-submit /api/v1/surveys/insek-befragung-2024/responses BENCH_METHOD=POST "BENCH_BODY=$WORK/survey.json"
  $run survey-results /api/v1/surveys/insek-befragung-2024/results
}

echo "bench: warming up (${WARMUP} s per scenario)"
all_scenarios warm_up
wait_for_jit
# As pgbench does before each run: vacuum and checkpoint, so that no measured scenario pays for the dead rows and
# dirty pages the warm-up's writes left behind (autovacuum or a checkpoint would start in the middle of one).
as_postgres psql -qd mitwirken_bench -c "VACUUM (ANALYZE)" -c "CHECKPOINT"
: > "$WORK/results"
all_scenarios scenario

read -r _ ballots_grown _ comments_grown < <(node "$ROOT/scripts/bench/exact.mjs" "$API" "$ROUND_ID" "$FORMAT_ID" 2000 2>/dev/null || echo "ballots ? comments ?")
RESPONSES=$(curl -fsS "$API/api/v1/surveys/insek-befragung-2024" | node -pe 'JSON.parse(require("fs").readFileSync(0)).responseCount')
COMMENTS=$(curl -fsS "$API/api/v1/comments?targetType=FORMAT&targetId=$FORMAT_ID&size=1" | node -pe 'JSON.parse(require("fs").readFileSync(0)).total')
# Made afresh (no-cache passes the brief cache by): the time to aggregate every response, median of five.
SINGLE_RESULTS_MS=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -H 'Cache-Control: no-cache' -w '%{time_total}\n' \
  "$API/api/v1/surveys/insek-befragung-2024/results"; done | sort -n | sed -n 3p | awk '{ printf "%.1f", $1 * 1000 }')

stop_detached bench-backend >/dev/null
echo "bench: Lighthouse on the home page"
read -r LIGHTHOUSE_PERFORMANCE LIGHTHOUSE_ACCESSIBILITY < <("$ROOT/scripts/lighthouse.sh" "$WORK/lighthouse.json" | tail -1)

node "$ROOT/scripts/bench/report.mjs" "$WORK/results" "$REPORT" "$PEAK_RSS_KB" "$ballots_grown" "$comments_grown" \
  "$RESPONSES" "$COMMENTS" "$SINGLE_RESULTS_MS" "$CONNECTIONS" "$DURATION" "$JVM_OPTS" "$WARMUP" \
  "$LIGHTHOUSE_PERFORMANCE" "$LIGHTHOUSE_ACCESSIBILITY"
echo "bench: results in $REPORT"
