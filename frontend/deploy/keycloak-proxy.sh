#!/bin/sh
# Writes the nginx include that forwards /auth/ to Keycloak when KEYCLOAK_UPSTREAM names it (e.g.
# http://keycloak:8080, Keycloak started with --http-relative-path=/auth): login pages then share the app's origin and
# TLS. Empty: no such location (Keycloak has an address of its own, as with `make run` and in Kubernetes).
# Runs at container start from /docker-entrypoint.d; scripts/nginx.sh runs it for the tests with the output as $1.
set -euf
out=${1:-/etc/nginx/mitwirken/keycloak.conf}
mkdir -p "$(dirname "$out")"
if [ -z "${KEYCLOAK_UPSTREAM:-}" ]; then
  echo "# KEYCLOAK_UPSTREAM is empty: Keycloak is not proxied here." > "$out"
  exit 0
fi
case "$KEYCLOAK_UPSTREAM" in
  http://*|https://*) ;;
  *) echo "keycloak-proxy.sh: KEYCLOAK_UPSTREAM must be an http(s) URL: $KEYCLOAK_UPSTREAM" >&2; exit 1 ;;
esac
cat > "$out" <<CONF
# Written from KEYCLOAK_UPSTREAM by keycloak-proxy.sh; do not edit.
location /auth/ {
    # Keycloak sends its own Content-Security-Policy for its pages; an add_header here keeps the app's from being
    # inherited on top of it.
    add_header X-Content-Type-Options nosniff always;
    add_header Strict-Transport-Security \$mitwirken_hsts always;
    proxy_pass ${KEYCLOAK_UPSTREAM};
    proxy_http_version 1.1;
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$remote_addr;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_set_header X-Forwarded-Host \$host;
    proxy_buffer_size 16k;
    proxy_buffers 8 16k;
}
CONF
