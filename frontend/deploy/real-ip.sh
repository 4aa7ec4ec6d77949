#!/bin/sh
# Writes the nginx include that names the proxies whose X-Forwarded-For is believed: one set_real_ip_from per entry
# of TRUSTED_PROXIES (addresses or CIDR ranges, separated by commas or spaces; empty: none, the peer is the client).
# Runs at container start from /docker-entrypoint.d (output /etc/nginx/mitwirken/real-ip.conf); scripts/nginx.sh
# runs it for the tests with the output file as $1.
set -euf
out=${1:-/etc/nginx/mitwirken/real-ip.conf}
trap 'rm -f "$out.tmp"' EXIT
mkdir -p "$(dirname "$out")"
{
  echo "# Written from TRUSTED_PROXIES=\"${TRUSTED_PROXIES:-}\" by real-ip.sh; do not edit."
  for proxy in $(printf '%s' "${TRUSTED_PROXIES:-}" | tr ',' ' '); do
    case "$proxy" in
      0.0.0.0/0|::/0|0/0)
        echo "real-ip.sh: TRUSTED_PROXIES must not trust everyone ($proxy): anyone could choose their address" >&2
        exit 1 ;;
      *[!0-9a-fA-F.:/]*|'')
        echo "real-ip.sh: not an address or CIDR range in TRUSTED_PROXIES: $proxy" >&2
        exit 1 ;;
    esac
    echo "set_real_ip_from $proxy;"
  done
} > "$out.tmp"
mv "$out.tmp" "$out"
