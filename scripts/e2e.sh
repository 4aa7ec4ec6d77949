#!/usr/bin/env bash
# End-to-end tests: the packaged backend (profile e2e, fresh database with demo data), the built SPA and the real
# Keycloak, which sends its mails to the local mail catcher, driven by Debian's Chromium. Starts what it needs and
# stops what it started.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BACKEND_PORT=8082
SECOND_BACKEND_PORT=8083
SPA_PORT=4173
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"

"$ROOT/scripts/postgres.sh"
"$ROOT/scripts/mail.sh"
"$ROOT/scripts/keycloak.sh"
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)

# Production refuses to start with development secrets, naming each variable to set.
refusal=$(env -u MITWIRKEN_RATE_LIMIT_SECRET -u MITWIRKEN_INTEGRITY_SECRET -u MITWIRKEN_DB_PASSWORD \
  -u MITWIRKEN_KEYCLOAK_CLIENT_SECRET timeout 90 java -Dquarkus.http.port=8099 -Dquarkus.flyway.migrate-at-start=false \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:9/none -jar "$JAR" 2>&1) && started=true || started=false
for variable in MITWIRKEN_RATE_LIMIT_SECRET MITWIRKEN_INTEGRITY_SECRET MITWIRKEN_DB_PASSWORD MITWIRKEN_KEYCLOAK_CLIENT_SECRET; do
  if [ "$started" = true ] || ! grep -q "$variable" <<<"$refusal"; then
    echo "FAIL: the production profile started with development secrets or did not name $variable:" >&2
    tail -20 <<<"$refusal" >&2
    exit 1
  fi
done
echo "PASS: production refuses development secrets, naming each variable"

cleanup() {
  stop_detached e2e-spa >/dev/null
  stop_detached e2e-backend-2 >/dev/null
  stop_detached e2e-backend >/dev/null
}
trap cleanup EXIT

start_detached e2e-backend java -Dquarkus.profile=e2e -jar "$JAR"
wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 120 e2e-backend
# A second instance on the same database shows that live results and limits hold across instances.
start_detached e2e-backend-2 java -Dquarkus.profile=e2e -Dquarkus.http.port=$SECOND_BACKEND_PORT \
  -Dquarkus.flyway.clean-at-start=false -Dmitwirken.demo-data.enabled=false -jar "$JAR"
wait_for_url "http://localhost:$SECOND_BACKEND_PORT/q/health/ready" 120 e2e-backend-2

(cd "$ROOT/frontend" && npm run -s build >/dev/null)
start_detached e2e-spa env MITWIRKEN_API_URL="http://localhost:$BACKEND_PORT" \
  "$ROOT/frontend/node_modules/.bin/vite" preview "$ROOT/frontend" --port "$SPA_PORT" --strictPort
wait_for_url "http://localhost:$SPA_PORT/" 60 e2e-spa

cd "$ROOT/frontend"
E2E_BASE_URL="http://localhost:$SPA_PORT" E2E_SECOND_API="http://localhost:$SECOND_BACKEND_PORT" \
  E2E_MAIL_URL="http://127.0.0.1:${MITWIRKEN_MAIL_WEB_PORT:-1080}" npx vitest run --config vitest.e2e.config.ts "$@"
