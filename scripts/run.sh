#!/usr/bin/env bash
# `make run`: brings up PostgreSQL, the mail catcher, Keycloak, the API in Quarkus dev mode and the SPA dev server,
# with demo data.
# Running it again leaves what already runs alone.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

"$ROOT/scripts/postgres.sh"
"$ROOT/scripts/mail.sh"
"$ROOT/scripts/keycloak.sh"

if curl -fsS -o /dev/null http://localhost:8080/q/health/ready 2>/dev/null; then
  echo "backend: already running on port 8080"
else
  echo "backend: starting Quarkus dev mode (the first build downloads dependencies)"
  start_detached backend bash -c "cd '$ROOT/backend' && exec ./mvnw -B quarkus:dev -Dquarkus.console.enabled=false"
  wait_for_url http://localhost:8080/q/health/ready 600 backend || { tail -40 "$RUN_DIR/backend.log" >&2; exit 1; }
fi

if curl -fsS -o /dev/null http://localhost:5173/ 2>/dev/null; then
  echo "spa: already running on port 5173"
else
  (cd "$ROOT/frontend" && [ -d node_modules ] || npm ci --no-audit --no-fund)
  start_detached spa bash -c "cd '$ROOT/frontend' && exec node_modules/.bin/vite --port 5173 --strictPort"
  wait_for_url http://localhost:5173/ 60 spa || { tail -20 "$RUN_DIR/spa.log" >&2; exit 1; }
fi

cat <<INFO

Mitwirken is running with the Kaiserslautern INSEK demo data:
  Web app                http://localhost:5173
  REST API               http://localhost:8080/api/v1   (contract: http://localhost:8080/api/v1/openapi)
  Swagger UI             http://localhost:8080/q/swagger-ui
  Keycloak               http://localhost:8180           (admin console: admin / admin)
  Mail catcher           http://localhost:1080           (every mail Keycloak sends, e.g. to verify an address)
  PostgreSQL             localhost:5432, database mitwirken (mitwirken / mitwirken)

Demo accounts in the realm "mitwirken" (development only):
  admin / admin          role admin: creates and publishes formats under /verwaltung
  moderator / moderator  role moderator
  citizen / citizen      no role

Logs in .run/; stop everything with: make stop
INFO
