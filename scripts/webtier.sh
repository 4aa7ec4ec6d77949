#!/usr/bin/env bash
# The web tier as shipped: Debian's nginx runs frontend/deploy/nginx.conf.template (rendered by scripts/nginx.sh as the
# image renders it) in front of the packaged backend (profile e2e, database mitwirken_webtier) and the built SPA, on
# loopback. Each check states a promise of docs/security.md ("Web tier"); the script exits non-zero when one is broken.
# Requests come from other loopback addresses (curl --interface): 127.0.0.2 and 127.0.0.3 stand for proxies nginx
# trusts (an ingress), 127.0.0.4 and 127.0.0.5 for clients it does not. Run with `make test-webtier`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

BACKEND_PORT=${WEBTIER_BACKEND_PORT:-8094}
PORT=${WEBTIER_PORT:-8095}
API="http://127.0.0.1:$BACKEND_PORT"
WEB="http://127.0.0.1:$PORT"
DB=mitwirken_webtier
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
NGINX_DIR="$RUN_DIR/webtier-nginx"
NGINX_LOG="$RUN_DIR/webtier-nginx.log"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
WORK=$(mktemp -d)
FAILURES=0

PROXY=127.0.0.2 INNER_PROXY=127.0.0.3 STRANGER=127.0.0.4 NEWCOMER=127.0.0.5
CLIENT_A=203.0.113.7 CLIENT_B=203.0.113.8 SPOOF_1=198.51.100.1 SPOOF_2=198.51.100.2 SPOOF_3=203.0.113.9
SPOOF_4=203.0.113.10
AGENT="WebtierProbe/$RANDOM$RANDOM"
QUERY_MARK="probe$RANDOM$RANDOM"
TILE_ORIGIN=https://tiles.webtier.example
HSTS_VALUE="max-age=31536000"
WRITES_ALLOWED=3

check() { if [ "$2" = true ]; then echo "  PASS  $1"; else echo "  FAIL  $1"; FAILURES=$((FAILURES + 1)); fi; }
holds() { if "$@"; then echo true; else echo false; fi; }

for port in "$BACKEND_PORT" "$PORT"; do
  if curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/"; then
    echo "webtier: port $port is taken; set WEBTIER_BACKEND_PORT / WEBTIER_PORT" >&2
    exit 1
  fi
done

"$ROOT/scripts/postgres.sh" >/dev/null
"$ROOT/scripts/nginx.sh"
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
[ -d "$ROOT/frontend/node_modules" ] || (cd "$ROOT/frontend" && npm ci --no-audit --no-fund)

cleanup() {
  stop_detached webtier-nginx >/dev/null
  stop_detached webtier-backend >/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

# The backend believes X-Forwarded-For from nginx on 127.0.0.1 only, as MITWIRKEN_BEHIND_PROXY and
# MITWIRKEN_TRUSTED_PROXIES make it do in the images; Keycloak and the account sync point nowhere.
start_detached webtier-backend java -Dquarkus.profile=e2e -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$BACKEND_PORT" -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:5432/$DB" \
  -Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/mitwirken -Dmitwirken.accounts.sync-every=off \
  -Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true \
  -Dquarkus.http.proxy.trusted-proxies=127.0.0.1 -Dmitwirken.rate-limit.anonymous-writes=$WRITES_ALLOWED -jar "$JAR"
# The SPA is built while the backend starts.
(cd "$ROOT/frontend" && npm run -s build >"$RUN_DIR/webtier-build.log" 2>&1) || { cat "$RUN_DIR/webtier-build.log" >&2; exit 1; }

# Renders the template with this trust list and HSTS value and (re)starts nginx with it. A restart, not a reload:
# after a reload the old worker still takes connections for a moment.
nginx_with() {
  TRUSTED_PROXIES=$1 HSTS=$2 NGINX_LISTEN="127.0.0.1:$PORT" SPA_ROOT="$ROOT/frontend/dist" BACKEND_URL="$API" \
    KEYCLOAK_URL=http://localhost:8180 TILE_ORIGIN=$TILE_ORIGIN "$ROOT/scripts/nginx.sh" render "$NGINX_DIR"
  stop_detached webtier-nginx >/dev/null
  # Appends to the log of the earlier run: the log check reads both.
  setsid "$NGINX" -p "$NGINX_DIR/" -c "$NGINX_DIR/nginx.conf" -e stderr >>"$NGINX_LOG" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/webtier-nginx.pid"
  wait_for_url "$WEB/" 20 webtier-nginx
}
: >"$NGINX_LOG"
nginx_with "$PROXY,$INNER_PROXY/32" "$HSTS_VALUE"
wait_for_url "$API/q/health/ready" 120 webtier-backend

# fetch URL [curl options]: status into $status; headers and body into $WORK/headers and $WORK/body.
fetch() {
  local url=$1; shift
  status=$(curl -s -m 10 --interface "$PROXY" -A "$AGENT" -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' "$@" \
    "$url" || true)
}
header() { grep -i "^$1:" "$WORK/headers" | head -1 | cut -d: -f2- | sed 's/^ *//; s/\r$//'; }
header_count() { grep -ci "^$1:" "$WORK/headers" || true; }

# What is wrong with the security headers of the last answer, or nothing. KIND: page, framed-page or api.
header_faults() {
  local kind=$1 csp img faults=() ancestors="'none'" frame_options=DENY
  csp=$(header Content-Security-Policy)
  [ "$(header_count Content-Security-Policy)" = 1 ] || faults+=("$(header_count Content-Security-Policy) CSP headers")
  case "$kind" in
    page | framed-page)
      [ "$kind" = page ] || { ancestors="'self'"; frame_options=SAMEORIGIN; }
      [[ "$csp" == *"frame-ancestors $ancestors"* ]] || faults+=("no frame-ancestors $ancestors")
      [[ "$csp" == *"script-src 'self';"* && "$csp" == *"object-src 'none'"* ]] || faults+=("scripts or objects allowed")
      img=$(tr ';' '\n' <<<"$csp" | sed 's/^ *//' | grep '^img-src ' || true)
      [[ " $img " == *" $TILE_ORIGIN "* ]] || faults+=("img-src without the tile origin")
      if [[ " $img " == *" https: "* || " $img " == *" http: "* || " $img " == *" * "* ]]; then
        faults+=("img-src open to any host: $img")
      fi ;;
    api)
      [[ "$csp" == "default-src 'none';"*"frame-ancestors 'none'"* ]] || faults+=("API CSP is \"$csp\"") ;;
  esac
  [ "$(header X-Frame-Options)" = "$frame_options" ] || faults+=("X-Frame-Options \"$(header X-Frame-Options)\"")
  [ "$(header X-Content-Type-Options)" = nosniff ] || faults+=("no X-Content-Type-Options: nosniff")
  [ "$(header Referrer-Policy)" = no-referrer ] || faults+=("no Referrer-Policy: no-referrer")
  [ "$(header Strict-Transport-Security)" = "$HSTS_VALUE" ] || faults+=("HSTS \"$(header Strict-Transport-Security)\"")
  [ ${#faults[@]} = 0 ] || printf '%s; ' "${faults[@]}" | sed 's/; $//'
}
check_headers() {
  local what=$1 kind=$2 faults
  faults=$(header_faults "$kind")
  check "security headers on $what${faults:+ ($faults)}" "$(holds [ -z "$faults" ])"
}

INDEX="$ROOT/frontend/dist/index.html"
ASSET=$(grep -o '/assets/[^"]*\.js' "$INDEX" | head -1)
FORMAT=begehungen-ortsbezirke-2024
MISSING=/assets/missing-$RANDOM.js

echo "Security headers on every kind of answer (nginx trusting $PROXY and $INNER_PROXY, HSTS configured)"
fetch "$WEB/?q=$QUERY_MARK"; check_headers "the home page ($status)" page
fetch "$WEB/formate/$FORMAT/karte?q=$QUERY_MARK"; check_headers "a deep link ($status)" page
fetch "$WEB$ASSET"; check_headers "an asset ($status)" page
fetch "$WEB$MISSING"; check_headers "a missing asset ($status)" page
fetch "$WEB/silent-check-sso.html"; check_headers "the silent login check, framed by the app only ($status)" framed-page
fetch "$WEB/api/v1/formats?q=$QUERY_MARK"; check_headers "an API answer ($status)" api
fetch "$WEB/api/v1/no-such-thing"; check_headers "an API 404 ($status)" api
fetch "$WEB/" -X TRACE; check_headers "the TRACE refusal ($status)" page

echo "The SPA's routes and caching"
for path in / "/formate/$FORMAT" "/formate/$FORMAT/karte" /umfragen/buergerbefragung/ergebnisse \
  /verwaltung/formate/neu /datenschutz; do
  fetch "$WEB$path?q=$QUERY_MARK"
  check "$path answers index.html with 200, no-cache (got $status, $(header Cache-Control))" \
    "$([ "$status" = 200 ] && cmp -s "$WORK/body" "$INDEX" && [ "$(header Cache-Control)" = no-cache ] && echo true || echo false)"
done
fetch "$WEB$ASSET"
check "$ASSET is cached for good (got $status, $(header Cache-Control))" \
  "$([ "$status" = 200 ] && [[ "$(header Cache-Control)" == *max-age=31536000*immutable* ]] && echo true || echo false)"
fetch "$WEB$MISSING"
check "a missing asset is a 404 that is not cached and not index.html (got $status, $(header Cache-Control))" \
  "$([ "$status" = 404 ] && [[ "$(header Cache-Control)" != *immutable* ]] && ! cmp -s "$WORK/body" "$INDEX" && echo true || echo false)"
fetch "$WEB/api/v1/no-such-thing"
check "an unknown API path is the backend's problem, not index.html (got $status, $(header Content-Type))" \
  "$([ "$status" = 404 ] && [[ "$(header Content-Type)" == application/problem+json* ]] && echo true || echo false)"
fetch "$WEB/" -X TRACE
check "TRACE answers 405 (got $status)" "$(holds [ "$status" = 405 ])"

echo "The real client address"
fetch "$WEB/api/v1/formats/$FORMAT"
FORMAT_ID=$(node -pe 'JSON.parse(require("fs").readFileSync(process.argv[1])).id' "$WORK/body" 2>/dev/null || true)
check "the API answers through nginx (format $FORMAT: $status, id ${FORMAT_ID:-none})" \
  "$([ "$status" = 200 ] && [ -n "$FORMAT_ID" ] && echo true || echo false)"
# comment FROM FORWARDED_FOR: posts an anonymous comment from that loopback address; prints the status.
comment() {
  curl -s -m 10 -o /dev/null -w '%{http_code}' --interface "$1" -A "$AGENT" -H "X-Forwarded-For: $2" \
    -H 'Content-Type: application/json' -X POST "$WEB/api/v1/comments" \
    -d "{\"targetType\":\"FORMAT\",\"targetId\":\"$FORMAT_ID\",\"text\":\"Webtier $RANDOM\",\"pseudonym\":\"Gast\"}" || true
}
codes() { local from=$1 forwarded=$2 n=$3; for _ in $(seq 1 "$n"); do printf '%s ' "$(comment "$from" "$forwarded")"; done; }
a=$(codes "$PROXY" "$CLIENT_A" $((WRITES_ALLOWED + 1)))
check "client A through a trusted proxy: $WRITES_ALLOWED writes, then 429 (got $a)" \
  "$(holds [ "$a" = "$(printf '201 %.0s' $(seq 1 "$WRITES_ALLOWED"))429 " ])"
b=$(codes "$PROXY" "$CLIENT_B" 1)
check "client B through the same proxy has an allowance of its own (got $b)" "$(holds [ "$b" = "201 " ])"
# Through two trusted proxies: the rightmost address that is not a trusted proxy is the client.
b=$(codes "$PROXY" "$CLIENT_B, $INNER_PROXY" $((WRITES_ALLOWED)))
check "client B through two trusted proxies is still client B: its limit ends there (got $b)" \
  "$(holds [ "$b" = "$(printf '201 %.0s' $(seq 2 "$WRITES_ALLOWED"))429 " ])"
s=$(codes "$STRANGER" "$SPOOF_1" "$WRITES_ALLOWED")$(codes "$STRANGER" "$SPOOF_2" 1)
check "an untrusted sender cannot choose its address: two spoofed addresses share one limit (got $s)" \
  "$(holds [ "$s" = "$(printf '201 %.0s' $(seq 1 "$WRITES_ALLOWED"))429 " ])"

echo "As compose ships it: no proxy trusted, no HSTS"
nginx_with "" ""
fetch "$WEB/"
check "no HSTS header while HSTS is empty (got \"$(header Strict-Transport-Security)\")" \
  "$(holds [ -z "$(header Strict-Transport-Security)" ])"
s=$(codes "$NEWCOMER" "$SPOOF_3" "$WRITES_ALLOWED")$(codes "$NEWCOMER" "$SPOOF_4" 1)
check "X-Forwarded-For from a sender nobody trusts is not believed (got $s)" \
  "$(holds [ "$s" = "$(printf '201 %.0s' $(seq 1 "$WRITES_ALLOWED"))429 " ])"

echo "Logs"
stop_detached webtier-nginx >/dev/null
# Both logs go to nginx's stdout and stderr, as in the image; error lines start with the date in nginx's own format.
grep -E '^[0-9]{4}/[0-9]{2}/[0-9]{2} ' "$NGINX_LOG" >"$WORK/error.log" || true
grep -vE '^[0-9]{4}/[0-9]{2}/[0-9]{2} ' "$NGINX_LOG" >"$WORK/access.log" || true
requests=$(grep -cE "^[0-9T:+-]+ (GET|POST|TRACE) /[^ ?]* [0-9]{3} [0-9]+ [0-9.]+$" "$WORK/access.log" || true)
others=$(grep -cvE "^[0-9T:+-]+ (GET|POST|TRACE) /[^ ?]* [0-9]{3} [0-9]+ [0-9.]+$" "$WORK/access.log" || true)
check "the access log has a line of time, method, path, status, size and duration per request ($requests such, $others other)" \
  "$([ "$requests" -ge 30 ] && [ "$others" = 0 ] && echo true || echo false)"
for log in access error; do
  leaks=()
  for secret in "$PROXY" "$INNER_PROXY" "$STRANGER" "$NEWCOMER" "$CLIENT_A" "$CLIENT_B" "$SPOOF_1" "$SPOOF_2" "$SPOOF_3" \
    "$SPOOF_4" "$AGENT" "$QUERY_MARK" "client:"; do
    if grep -qF "$secret" "$WORK/$log.log"; then leaks+=("$secret"); fi
  done
  check "nginx's $log log holds no client address, user agent or query string${leaks[*]:+ (found ${leaks[*]})}" \
    "$(holds [ ${#leaks[@]} = 0 ])"
done
leaks=()
for secret in "$PROXY" "$STRANGER" "$NEWCOMER" "$CLIENT_A" "$CLIENT_B" "$SPOOF_1" "$SPOOF_3" "$AGENT" "$QUERY_MARK"; do
  if grep -qF "$secret" "$RUN_DIR/webtier-backend.log"; then leaks+=("$secret"); fi
done
check "the backend's log neither${leaks[*]:+ (found ${leaks[*]})}" "$(holds [ ${#leaks[@]} = 0 ])"

if [ "$FAILURES" -gt 0 ]; then
  echo "webtier: $FAILURES promise(s) broken; logs: $NGINX_LOG, $RUN_DIR/webtier-backend.log" >&2
  exit 1
fi
echo "webtier: all promises kept"
