#!/usr/bin/env bash
# The contract as third-party developers meet it: clients generated from openapi.yaml by openapi-generator (Java
# okhttp-gson and TypeScript typescript-fetch) are compiled and run against the packaged backend (profile e2e, a
# fresh database of its own with the demo data) and the real Keycloak. The generator must not warn about the
# contract. Starts what it needs and stops what it started.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT=8096
API="http://localhost:$PORT"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"

"$ROOT/scripts/postgres.sh"
"$ROOT/scripts/keycloak.sh"
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)

trap 'stop_detached conformance-backend >/dev/null' EXIT
# The example apps of keycloak/development-overlay.json are registered; webhooks may go to the suite's local receiver.
start_detached conformance-backend env MITWIRKEN_APP_CLIENTS=example-city-app \
  MITWIRKEN_WEBHOOKS_ALLOW_LOCAL_TARGETS=true MITWIRKEN_OUTBOX_DRAIN_EVERY=1s \
  java -Dquarkus.profile=e2e -Dquarkus.http.port=$PORT \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/mitwirken_conformance -jar "$JAR"
wait_for_url "$API/q/health/ready" 120 conformance-backend

cd "$ROOT/conformance"
log=$(mktemp)
status=0
"$ROOT/backend/mvnw" -B test -Dmitwirken.url="$API" > "$log" 2>&1 || status=$?
grep -E "Tests run|FAIL|ERROR|WARN|expected|broke the contract" "$log" || true
[ "$status" -eq 0 ] || { echo "FAIL: the generated Java client's journeys (log: $log)" >&2; exit 1; }
# openapi-generator names each doubt it has about a contract in a warning; only its notice about 3.1 being new is
# not about ours.
warnings=$(grep -E "^\[WARN(ING)?\]" "$log" | grep -v "OpenAPI 3.1 support is still in beta" || true)
if [ -n "$warnings" ]; then
  echo "FAIL: openapi-generator warns about the contract:" >&2
  echo "$warnings" >&2
  exit 1
fi
echo "PASS: openapi-generator reads the contract without warnings; the Java journeys pass"

"$ROOT/frontend/node_modules/.bin/tsc" -p src/test/ts/tsconfig.json
MITWIRKEN_URL="$API" MITWIRKEN_KEYCLOAK="http://localhost:8180" node target/ts-journey/src/test/ts/journey.js
echo "PASS: the generated TypeScript client's journeys"
