#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's postgresql package: initdb into DIR
# as an unprivileged user, a unix socket in DIR, a free port, no TCP. Never a server that must
# already exist.
#   tests/postgresql/server.sh start DIR   initdb (once) and start; prints the base URI
#   tests/postgresql/server.sh uri DIR     the base URI: postgresql://postgres@/?host=DIR&port=N
#   tests/postgresql/server.sh createdb DIR NAME   a new empty database; prints its URI
#   tests/postgresql/server.sh stop DIR    stop the server and remove DIR
# initdb refuses to run as root: as root the server runs as the package's 'postgres' user.
set -euo pipefail

command=${1:?usage: server.sh start|uri|createdb|stop DIR}
dir=${2:?usage: server.sh start|uri|createdb|stop DIR}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "server.sh: no PostgreSQL server installed (scripts/deps.sh test installs it)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

uri() {
  echo "postgresql://postgres@/${1:-postgres}?host=$dir&port=$(cat "$dir/port")"
}

psql_admin() {
  "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "$(uri postgres)" "$@"
}

case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$dir"
        chmod 0755 "$dir"
      fi
      as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # A free port: the socket lives in $dir, so the port only has to be free for this host's
    # socket names; pick one at random and let pg_ctl report a clash.
    for attempt in 1 2 3 4 5; do
      port=$(( 20000 + RANDOM % 20000 ))
      if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
           -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c max_pred_locks_per_transaction=256" \
           start >/dev/null; then
        echo "$port" >"$dir/port"
        uri postgres
        exit 0
      fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
  uri)
    uri postgres
    ;;
  createdb)
    name=${3:?usage: server.sh createdb DIR NAME}
    psql_admin -c "CREATE DATABASE \"$name\" TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
    uri "$name"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "server.sh: unknown command '$command' (start, uri, createdb, stop)" >&2
    exit 2
    ;;
esac
