#!/usr/bin/env bash
# A quick A/B of write throughput for one packaged app: `scripts/bench/quick.sh path/to/quarkus-run.jar`. Starts it
# as `make bench` does (same JVM options, database mitwirken_bench, wiped at start) on port 8093, warms up 30 s and
# measures 10 s of comment-post and ballot-post at 32 connections. Run it for two jars in turn, twice each: two cores
# make single runs noisy. Not a replacement for `make bench`, which waits for the JIT and records docs/benchmarks.md.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
JAR=${1:?usage: $0 path/to/quarkus-run.jar}
API=http://127.0.0.1:8093
WORK=$(mktemp -d)
export MALLOC_ARENA_MAX=2
install_wrk
"$ROOT/scripts/postgres.sh" >/dev/null
start_detached quick-bench java -XX:+UseSerialGC -Xmx64m -Xss256k -XX:-TieredCompilation \
  -XX:MetaspaceReclaimPolicy=aggressive -XX:TrimNativeHeapInterval=2000 -Dquarkus.profile=e2e -Dquarkus.http.port=8093 \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/mitwirken_bench \
  -Dmitwirken.rate-limit.anonymous-writes=100000000 -Dquarkus.log.level=WARN \
  -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/mitwirken -jar "$JAR"
trap 'stop_detached quick-bench >/dev/null; rm -rf "$WORK"' EXIT
wait_for_url "$API/q/health/ready" 120 quick-bench
field() { node -pe "const v = JSON.parse(require('fs').readFileSync(0)); $1"; }
FORMAT=$(curl -fsS "$API/api/v1/formats/begehungen-ortsbezirke-2024" | field 'v.id')
ROUND=$(curl -fsS "$API/api/v1/votings?format=buergerbeteiligung-13-11-2024" | field 'v[0].id')
ITEM=$(curl -fsS "$API/api/v1/votings/$ROUND" | field 'v.items[0].id')
echo "{\"targetType\":\"FORMAT\",\"targetId\":\"$FORMAT\",\"text\":\"Mehr Bänke am Stiftsplatz.\",\"pseudonym\":\"Gast\"}" \
  > "$WORK/comment.json"
echo "{\"dots\":[{\"item\":\"$ITEM\",\"dots\":1}]}" > "$WORK/ballot.json"
for phase in warm-up measured; do
  seconds=30; [ "$phase" = measured ] && seconds=10
  for scenario in "comment-post /api/v1/comments comment.json" "ballot-post /api/v1/votings/$ROUND/ballots ballot.json"; do
    read -r name path body <<<"$scenario"
    BENCH_METHOD=POST BENCH_BODY="$WORK/$body" wrk -t2 -c32 -d${seconds}s -s "$ROOT/scripts/bench/request.lua" "$API$path" \
      | awk -v phase="$phase" -v name="$name" '/^RESULT/ { printf "%s %s: %s req/s, p50 %s ms, p99 %s ms, non-2xx %s\n", phase, name, $4, $5, $6, $3 }'
  done
done
