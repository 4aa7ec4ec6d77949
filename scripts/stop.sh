#!/usr/bin/env bash
# `make stop`: stops what `make run` started. PostgreSQL is a system service and keeps running.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

for name in spa backend e2e-spa e2e-backend e2e-backend-2 webtier-nginx webtier-backend; do
  stop_detached "$name"
done
"$ROOT/scripts/keycloak.sh" stop
"$ROOT/scripts/mail.sh" stop
