# Shared helpers for the scripts in this folder (sourced, not run).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR="$ROOT/.run"
CACHE_DIR=${MITWIRKEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mitwirken}
mkdir -p "$RUN_DIR" "$CACHE_DIR"

# Waits until a URL answers 2xx; fails after the given seconds, or at once when the process NAME has died.
wait_for_url() {
  local url=$1 seconds=$2 what=$3 pidfile="$RUN_DIR/$3.pid"
  for _ in $(seq 1 "$seconds"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "$what exited before it answered at $url; see $RUN_DIR/$what.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "$what did not come up at $url within ${seconds}s" >&2
  return 1
}

# Starts a command detached from this shell, logging to .run/NAME.log and remembering its pid in .run/NAME.pid.
start_detached() {
  local name=$1; shift
  setsid "$@" >"$RUN_DIR/$name.log" 2>&1 < /dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

# Stops what start_detached started (the whole process group), if it still runs.
stop_detached() {
  local name=$1 pidfile="$RUN_DIR/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    echo "stopped $name"
  fi
  rm -f "$pidfile"
}

# The database the backup and restore scripts work on, as MITWIRKEN_DB_* name it; libpq reads PGUSER and PGPASSWORD.
use_database_from_environment() {
  HOST=${MITWIRKEN_DB_HOST:-localhost}
  PORT=${MITWIRKEN_DB_PORT:-5432}
  DB=${MITWIRKEN_DB_NAME:-mitwirken}
  export PGUSER=${MITWIRKEN_DB_USER:-mitwirken}
  export PGPASSWORD=${MITWIRKEN_DB_PASSWORD:-mitwirken}
  export PGCONNECT_TIMEOUT=10
}

# Runs a command as root: directly when we are root (CI containers), else through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

# The load generator of the benchmarks, from Debian.
install_wrk() {
  command -v wrk >/dev/null || { as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
}
