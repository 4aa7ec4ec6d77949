#!/usr/bin/env bash
# Debian's nginx for tests of the web tier. Idempotent.
#   scripts/nginx.sh             installs the package if missing; its system service is neither started nor enabled
#   scripts/nginx.sh render DIR  renders the shipped template into DIR as the frontend image does at start and checks
#                                it with `nginx -t`; start it with: nginx -p DIR/ -c DIR/nginx.conf -e stderr
# render reads NGINX_LISTEN, SPA_ROOT, BACKEND_URL, KEYCLOAK_URL, TILE_ORIGIN, HSTS and TRUSTED_PROXIES (defaults as
# in frontend/Dockerfile, but listening on 127.0.0.1:8095 and serving frontend/dist). nginx writes its logs to its
# stdout and stderr, as in the image.
set -euo pipefail
source "$(dirname "$0")/lib.sh"


install_nginx() {
  if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then return 0; fi
  echo "nginx: installing nginx from Debian" >&2
  # The package would start its service on port 80: keep invoke-rc.d from starting anything while it installs.
  local policy=/usr/sbin/policy-rc.d added=false
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod 755 "$policy"
    added=true
  fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null || { [ "$added" = false ] || as_root rm -f "$policy"; exit 1; }
  [ "$added" = false ] || as_root rm -f "$policy"
  if [ -d /run/systemd/system ]; then as_root systemctl disable --now nginx >/dev/null 2>&1 || true; fi
}

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

render() {
  local dir=$1
  mkdir -p "$dir/conf.d" "$dir/mitwirken" "$dir/tmp"
  export NGINX_LISTEN=${NGINX_LISTEN:-127.0.0.1:8095} SPA_ROOT=${SPA_ROOT:-$ROOT/frontend/dist}
  export BACKEND_URL=${BACKEND_URL:-http://127.0.0.1:8080} KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
  export TILE_ORIGIN=${TILE_ORIGIN:-https://tile.openstreetmap.org} HSTS=${HSTS:-} TRUSTED_PROXIES=${TRUSTED_PROXIES:-}
  # As the official image: envsubst with the variables named, so nginx's own $variables stay as they are.
  envsubst "$(printf '${%s} ' NGINX_LISTEN SPA_ROOT BACKEND_URL KEYCLOAK_URL TILE_ORIGIN HSTS)" \
    < "${NGINX_TEMPLATE:-$ROOT/frontend/deploy/nginx.conf.template}" > "$dir/conf.d/default.conf"
  cp "$ROOT/frontend/deploy/security-headers.conf" "$dir/mitwirken/security-headers.conf"
  sh "$ROOT/frontend/deploy/real-ip.sh" "$dir/mitwirken/real-ip.conf"
  sh "$ROOT/frontend/deploy/keycloak-proxy.sh" "$dir/mitwirken/keycloak.conf"
  # The image's main configuration, with this directory for pid and temporary files.
  local user=""
  [ "$(id -u)" -ne 0 ] || user="user nobody nogroup;"
  cat > "$dir/nginx.conf" <<CONF
# Rendered by scripts/nginx.sh; nginx.conf of the nginx image, with paths under $dir.
$user
worker_processes 1;
pid $dir/nginx.pid;
error_log /dev/stderr notice;
daemon off;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    # The image logs every request in this format unless a server says otherwise.
    log_format main '\$remote_addr - \$remote_user [\$time_local] "\$request" \$status \$body_bytes_sent '
                    '"\$http_referer" "\$http_user_agent" "\$http_x_forwarded_for"';
    access_log /dev/stdout main;
    sendfile on;
    keepalive_timeout 65;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    include conf.d/*.conf;
}
CONF
  "$(nginx_bin)" -t -q -p "$dir/" -c "$dir/nginx.conf" -e stderr
}

install_nginx
case "${1:-install}" in
  install) ;;
  render) render "$(mkdir -p "${2:?render needs a directory}" && cd "$2" && pwd)" ;;
  *) echo "usage: $0 [install | render DIR]" >&2; exit 2 ;;
esac
