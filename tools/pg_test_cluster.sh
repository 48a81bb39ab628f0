#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for the team-workspace tests (issue 18).
#
#   eval "$(tools/pg_test_cluster.sh start)"   # prints export lines: FLEETROI_TEST_PG, ...
#   tools/pg_test_cluster.sh stop DIR          # DIR = $FLEETROI_TEST_PG_DIR
#   tools/pg_test_cluster.sh halt DIR [fast|immediate]   # stop the server, keep the cluster
#   tools/pg_test_cluster.sh resume DIR        # start it again on the same port
#
# halt/resume are for the fault tests that stop a server under a client (test_team_server_faults
# starts a cluster of its own for that, never the shared one).
#
# The server refuses to run as root (TOOLCHAIN.md): as root the cluster belongs to the
# postgres user, in a temporary directory it owns. It listens on 127.0.0.1 and on a Unix
# socket in that directory only, with trust authentication for local test roles: "fleetroi"
# (superuser, creates one database per test) and "fleetroi_viewer" (may only read).
# fsync is off: the cluster is thrown away afterwards, the tests kill clients (which does not
# depend on fsync; only an OS crash would), and with it each CREATE/DROP DATABASE waits for a
# checkpoint (a minute for one suite); FLEETROI_PG_FSYNC=on for benchmarks. Any
# failure exits non-zero with the server's log, so a CI run cannot skip the PostgreSQL half
# silently.
set -euo pipefail

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

run_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_server() {
  local dir=$1
  if ! run_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "$(cat "$dir/server.options")" start > /dev/null; then
    echo "pg_test_cluster: the server did not start:" >&2
    cat "$dir/server.log" >&2
    exit 1
  fi
}

start() {
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "pg_test_cluster: PostgreSQL server binaries not found (install postgresql-15)" >&2
    exit 1
  fi
  local dir port
  dir=$(mktemp -d /tmp/fleetroi-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  # A free port: ask the kernel for one.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  run_pg "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  echo "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=${FLEETROI_PG_FSYNC:-off}" \
    > "$dir/server.options"
  start_server "$dir"
  run_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE fleetroi LOGIN SUPERUSER" \
    -c "CREATE ROLE fleetroi_viewer LOGIN" > /dev/null
  echo "export FLEETROI_TEST_PG=postgresql://fleetroi@127.0.0.1:$port/postgres"
  echo "export FLEETROI_TEST_PG_DIR=$dir"
  echo "export FLEETROI_TEST_PG_BIN=$PG_BIN"
}

stop() {
  local dir=${1:?usage: pg_test_cluster.sh stop DIR}
  [ -d "$dir/data" ] && run_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
  rm -rf "$dir"
}

halt() {
  local dir=${1:?usage: pg_test_cluster.sh halt DIR [fast|immediate]}
  run_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m "${2:-fast}" -w -t 60 stop > /dev/null
}

resume() {
  local dir=${1:?usage: pg_test_cluster.sh resume DIR}
  start_server "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  halt) shift; halt "$@" ;;
  resume) shift; resume "$@" ;;
  *) echo "usage: $0 start | stop DIR | halt DIR [fast|immediate] | resume DIR" >&2; exit 2 ;;
esac
