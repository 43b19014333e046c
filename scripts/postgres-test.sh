#!/usr/bin/env bash
# A private, throw-away PostgreSQL for tests and benchmarks: its own data folder in a temporary directory, listening
# only on 127.0.0.1 on a free port, trust authentication (loopback only, never for a real server).
#   scripts/postgres-test.sh start      installs PostgreSQL if missing, starts an instance, prints on stdout:
#                                         EXHIBITION_TEST_PG=<connection string>
#                                         EXHIBITION_TEST_PG_DIR=<folder>
#   scripts/postgres-test.sh stop DIR   stops that instance and removes its folder
set -euo pipefail

command="${1:-}"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

install_if_missing() {
  if bin_dir >/dev/null; then return 0; fi
  echo "Installing PostgreSQL (Debian package postgresql)" >&2
  local sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 20000-60000 -n 1
}

start() {
  install_if_missing
  local bin dir port
  bin=$(bin_dir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/exhibition-pg.XXXXXX")
  chmod 755 "$dir"
  mkdir "$dir/data" "$dir/socket"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$dir"
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/socket -c fsync=on -c max_connections=200" \
        start >/dev/null 2>&1; then
      echo "EXHIBITION_TEST_PG=Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      echo "EXHIBITION_TEST_PG_DIR=$dir"
      return 0
    fi
  done
  cat "$dir/server.log" >&2 || true
  rm -rf "$dir"
  echo "PostgreSQL could not be started" >&2
  exit 1
}

stop() {
  local dir="${1:?usage: postgres-test.sh stop DIR}" bin
  case "$dir" in */exhibition-pg.*) ;; *) echo "not a test instance folder: $dir" >&2; exit 2 ;; esac
  bin=$(bin_dir)
  [ -d "$dir/data" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "$command" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
