#!/usr/bin/env bash
# Lighthouse (12.2.3, Debian's Chromium) on the SPA's home page, served as in production (built, vite preview) by the
# packaged backend with the demo data and Keycloak. Prints "performance accessibility" as scores of 0 to 100.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BACKEND_PORT=8082
SPA_PORT=4173
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
REPORT=${1:-$RUN_DIR/lighthouse.json}

"$ROOT/scripts/postgres.sh" >/dev/null
"$ROOT/scripts/keycloak.sh" >/dev/null
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
cleanup() {
  stop_detached lighthouse-spa >/dev/null
  stop_detached lighthouse-backend >/dev/null
}
trap cleanup EXIT

start_detached lighthouse-backend java -Dquarkus.profile=e2e -jar "$JAR"
wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 120 lighthouse-backend
(cd "$ROOT/frontend" && npm run -s build >/dev/null)
start_detached lighthouse-spa env MITWIRKEN_API_URL="http://localhost:$BACKEND_PORT" \
  "$ROOT/frontend/node_modules/.bin/vite" preview "$ROOT/frontend" --port "$SPA_PORT" --strictPort
wait_for_url "http://localhost:$SPA_PORT/" 60 lighthouse-spa

CHROME_PATH=$(command -v chromium) npx -y lighthouse@12.2.3 "http://localhost:$SPA_PORT/" --quiet \
  --only-categories=performance,accessibility --output=json --output-path="$REPORT" \
  --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking" >/dev/null
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(Math.round(r.categories.performance.score * 100), Math.round(r.categories.accessibility.score * 100));' "$REPORT"
