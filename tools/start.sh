#!/bin/sh
# tools/start.sh: sets everything up and runs the main job: installs the
# packages, builds and installs bilateral, starts a PostgreSQL 15 cluster in
# .pg/ under the project folder (port 5499, or $BILATERAL_PORT), creates the
# database "bilateral" with the extension, runs the tour (docs/tour.sql) and
# leaves the server running.  A second run reuses the cluster.
set -eu
. "$(dirname "$0")/lib.sh"
cd "$here"
top=$here
tools/setup-deps
bin=$(pg_bin)
port=${BILATERAL_PORT:-5499}
data=$top/.pg/data
sock=$top/.pg/run

make -s
make -s install >/dev/null

# the server refuses to run as root: as_pg (tools/lib.sh) runs it as postgres when we are root
as_owner() { as_pg "$@"; }
if [ ! -f "$data/PG_VERSION" ]; then
  echo "== creating a cluster in $data"
  mkdir -p "$data" "$sock"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$top/.pg"
  as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$data/postgresql.conf" <<CONF
port = $port
listen_addresses = 'localhost'
unix_socket_directories = '$sock'
CONF
fi
if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  echo "== starting the server on port $port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$top/.pg/server.log" -w start >/dev/null
fi

psql_su() { psql -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres "$@"; }
psql_su -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'researcher'" | grep -q 1 ||
  psql_su -d postgres -c "CREATE ROLE researcher LOGIN PASSWORD 'researcher'"
psql_su -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'bilateral'" | grep -q 1 ||
  psql_su -d postgres -c "CREATE DATABASE bilateral OWNER researcher"
# a new build of the same version is picked up by reconnecting; a new version by UPDATE
psql_su -d bilateral -c "CREATE EXTENSION IF NOT EXISTS bilateral CASCADE" -c "ALTER EXTENSION bilateral UPDATE"

echo "== the tour (docs/tour.sql), as the ordinary role researcher over TCP"
PGPASSWORD=researcher psql -X -v ON_ERROR_STOP=1 -h localhost -p "$port" -U researcher -d bilateral -f docs/tour.sql

cat <<INFO

== the server is running; connect with
  psql:    PGPASSWORD=researcher psql -h localhost -p $port -U researcher -d bilateral
  Python:  psycopg2.connect(host='localhost', port=$port, user='researcher', password='researcher', dbname='bilateral')
  ODBC/BI: Driver=PostgreSQL Unicode; Server=localhost; Port=$port; Database=bilateral; Uid=researcher; Pwd=researcher
  JDBC:    jdbc:postgresql://localhost:$port/bilateral  (user researcher, password researcher)
  stop:    runuser -u postgres -- $bin/pg_ctl -D $data stop
INFO
