#!/usr/bin/env bash
# Installs (once, cached) and starts Keycloak with the realm "mitwirken" on port 8180; `keycloak.sh stop` stops it.
# MITWIRKEN_KEYCLOAK_INSTANCE=NAME (with MITWIRKEN_KEYCLOAK_PORT) runs a separate Keycloak with its own data, pid and
# log (.run/keycloak-NAME.*), as the fault drills do, so stopping it never disturbs the one `make run` and e2e use.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

VERSION=26.5.6
PORT=${MITWIRKEN_KEYCLOAK_PORT:-8180}
INSTANCE=${MITWIRKEN_KEYCLOAK_INSTANCE:-}
NAME=keycloak${INSTANCE:+-$INSTANCE}
HOME_DIR="$CACHE_DIR/keycloak-$VERSION${INSTANCE:+-$INSTANCE}"
REALM_FILE="$ROOT/keycloak/mitwirken-realm.json"
# Demo users and the local SPA addresses exist only here, for development and tests; production imports the realm alone.
OVERLAY_FILE="$ROOT/keycloak/development-overlay.json"
REALM_URL="http://localhost:$PORT/realms/mitwirken/.well-known/openid-configuration"

if [ "${1:-start}" = stop ]; then
  stop_detached "$NAME"
  exit 0
fi

if curl -fsS -o /dev/null "$REALM_URL" 2>/dev/null; then
  echo "$NAME: already running on port $PORT"
  exit 0
fi

# Keycloak needs Java 21 or newer; the backend stays on the default JDK 17.
find_jdk() {
  local candidate version
  for candidate in ${KEYCLOAK_JAVA_HOME:-} ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}
JDK=$(find_jdk) || { echo "keycloak: needs a JDK 21 or newer (none under /usr/lib/jvm); install e.g. openjdk-21-jdk" >&2; exit 1; }

if [ ! -x "$HOME_DIR/bin/kc.sh" ]; then
  archive="$CACHE_DIR/keycloak-quarkus-dist-$VERSION.tar.gz"
  if [ ! -f "$archive" ]; then
    echo "keycloak: downloading $VERSION from Maven Central"
    (cd "$CACHE_DIR" && "$ROOT/backend/mvnw" -q -B -f "$ROOT/backend/pom.xml" dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:tar.gz" -DoutputDirectory="$CACHE_DIR")
  fi
  unpack=$(mktemp -d "$CACHE_DIR/unpack.XXXXXX")
  tar -xzf "$archive" -C "$unpack"
  rm -rf "$HOME_DIR" && mv "$unpack/keycloak-$VERSION" "$HOME_DIR" && rm -rf "$unpack"
fi

# A changed realm file means a fresh realm: the dev database keeps the imported realm otherwise.
mkdir -p "$HOME_DIR/data/import"
realm_hash=$(cat "$REALM_FILE" "$OVERLAY_FILE" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$HOME_DIR/data/realm.sha256" 2>/dev/null)" != "$realm_hash" ]; then
  rm -rf "$HOME_DIR/data/h2"
  node - "$REALM_FILE" "$OVERLAY_FILE" > "$HOME_DIR/data/import/mitwirken-realm.json" <<'NODE'
const fs = require('fs');
const [realm, overlay] = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
realm.users = [...(realm.users ?? []), ...overlay.users];
// A client the realm has gains the overlay's redirect URIs; one it lacks (the example apps) is added whole.
for (const extra of overlay.clients) {
  const client = realm.clients.find((c) => c.clientId === extra.clientId);
  if (client) {
    client.redirectUris = [...new Set([...(client.redirectUris ?? []), ...extra.redirectUris])];
  } else {
    realm.clients.push(extra);
  }
}
process.stdout.write(JSON.stringify(realm, null, 2));
NODE
  echo "$realm_hash" > "$HOME_DIR/data/realm.sha256"
fi

echo "$NAME: starting on port $PORT with $JDK (the first start takes about a minute)"
start_detached "$NAME" env JAVA_HOME="$JDK" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  MITWIRKEN_KEYCLOAK_CLIENT_SECRET="${MITWIRKEN_KEYCLOAK_CLIENT_SECRET:-dev-only-account-sync-secret}" \
  JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" \
  "$HOME_DIR/bin/kc.sh" start-dev --http-port "$PORT" --import-realm
wait_for_url "$REALM_URL" 240 "$NAME" || { tail -30 "$RUN_DIR/$NAME.log" >&2; exit 1; }
echo "$NAME: ready at http://localhost:$PORT (realm mitwirken)"
