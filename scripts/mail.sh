#!/usr/bin/env bash
# Installs (once, pinned by tools/mail/package-lock.json) and starts MailDev, the local mail catcher that receives every
# mail Keycloak sends in development and tests: SMTP on port 1025, web page and REST API (/api/email) on port 1080,
# both bound to 127.0.0.1 only. No relay is configured, so no mail ever leaves this machine. `mail.sh stop` stops it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# The realm file sends to localhost:1025; a different SMTP port needs the realm's smtpServer changed as well.
SMTP_PORT=${MITWIRKEN_MAIL_SMTP_PORT:-1025}
WEB_PORT=${MITWIRKEN_MAIL_WEB_PORT:-1080}
TOOL_DIR="$ROOT/tools/mail"
WEB_URL="http://127.0.0.1:$WEB_PORT"

if [ "${1:-start}" = stop ]; then
  stop_detached mail
  exit 0
fi

if curl -fsS -o /dev/null "$WEB_URL/api/healthz" 2>/dev/null; then
  echo "mail: already running (SMTP on port $SMTP_PORT, web page http://localhost:$WEB_PORT)"
  exit 0
fi

# npm ci only when the packages are missing or were installed from another lock file.
lock_hash=$(sha256sum "$TOOL_DIR/package-lock.json" | cut -d' ' -f1)
stamp="$TOOL_DIR/node_modules/.installed-lock.sha256"
if [ ! -f "$TOOL_DIR/node_modules/maildev/package.json" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  echo "mail: installing MailDev (tools/mail/package-lock.json)"
  # Two of its transitive packages declare node >= 22 but are not used on MailDev's paths; it runs on Node 20.
  (cd "$TOOL_DIR" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" >"$stamp"
fi

# Never relay: MAILDEV_* variables from the caller's environment (MAILDEV_OUTGOING_HOST, MAILDEV_AUTO_RELAY, …) are
# dropped, and the committed config file is named explicitly so no .maildevrc.json of a parent folder is picked up.
# Mails are kept in memory; MailDev's raw copies go to .run/mail (TMPDIR), emptied at each start.
unset_maildev=()
for variable in $(compgen -e | grep '^MAILDEV_' || true); do unset_maildev+=(-u "$variable"); done
rm -rf "$RUN_DIR/mail"
mkdir -p "$RUN_DIR/mail"

echo "mail: starting MailDev (SMTP localhost:$SMTP_PORT, web page http://localhost:$WEB_PORT)"
start_detached mail env ${unset_maildev[@]+"${unset_maildev[@]}"} TMPDIR="$RUN_DIR/mail" \
  node "$TOOL_DIR/node_modules/maildev/dist/bin/maildev.js" --config "$TOOL_DIR/maildev.json" \
  --ip 127.0.0.1 --smtp "$SMTP_PORT" --web-ip 127.0.0.1 --web "$WEB_PORT"
wait_for_url "$WEB_URL/api/healthz" 30 mail || { tail -20 "$RUN_DIR/mail.log" >&2; exit 1; }
# The web page is served to browsers (Accept: text/html); anything else gets the API's 404 at "/".
curl -fsS -o /dev/null -H 'Accept: text/html' "$WEB_URL/" || { echo "mail: web page does not answer" >&2; exit 1; }
echo "mail: ready at http://localhost:$WEB_PORT"
