#!/bin/sh
# tools/test/clients.sh [DBNAME]: bilateral as its clients reach it, in a cluster that already
# has the extension in DBNAME (default bilateral_tap).  Runs inside pg_virtualenv (PGHOST,
# PGPORT, PGUSER, PGPASSWORD of a superuser), called by tools/test/in-cluster.sh after pg_prove:
#
#   test/clients/psycopg2_views.py  Python's psycopg2: the flat views' Python types, the query
#                                   functions with Python parameters, COPY binary round trips
#   test/clients/iso_codes.py       the actors' ISO 3166 codes against Debian's iso-codes JSON
#   test/clients/odbc.sh            ODBC (psqlODBC + unixODBC isql), as BI tools connect, the
#                                   plain views included
#   test/clients/pyodbc_types.py    ODBC from a Unicode application (pyodbc), with docs/clients.md's
#                                   connection string and DSN: the SQL types of text columns
#   test/clients/plain_views.py     the views for every client: built-in scalar types only, no
#                                   reserved-word column names, comments, grants, agreement
#   test/clients/psycopg3_types.py  psycopg 3 with clients/python/bilateral_psycopg.py: loaders and
#                                   dumpers, text and binary, COPY binary, every shipped value
#   test/clients/pandas_sqlalchemy.py  pandas over SQLAlchemy + psycopg2, warnings as errors
#   test/clients/r_rpostgresql.R    R: RPostgreSQL, DBI, dplyr, dbplyr, no warning allowed
#   test/clients/node/recipe.js     Node: pg from npm (npm ci into test/clients/node), run with
#                                   TZ=Asia/Tokyo and TZ=America/Los_Angeles
#
# The recipes run twice: as the superuser, and as an ordinary login role with a password over
# TCP, a researcher's path (psycopg2 then also checks that the shipped rows are read-only to
# it).  Each program prints TAP; this script ends with "clients: N passed, M failed" and exits
# non-zero on any failure.  Needs the packages of tools/setup-deps (python3-psycopg2,
# python3-psycopg, python3-pandas, python3-sqlalchemy, r-cran-rpostgresql, r-cran-dbplyr,
# nodejs and npm, odbc-postgresql, unixodbc, python3-pyodbc, iso-codes) and the npm registry for `npm ci`.
set -u
. "$(dirname "$0")/../lib.sh"
cd "$here"
db=${1:-bilateral_tap}
py=${PYTHON:-/usr/bin/python3}      # Debian's python3, which has python3-psycopg2
tcp_host=${CLIENTS_TCP_HOST:-localhost}
role=bilateral_client_reader
make_tmpdir

psql_su() { psql_do "$db" "$@"; }
at_exit 'psql_su -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1'

# run_tap LABEL COMMAND...: runs a TAP program, shows its output, adds up its tests; a missing
# or wrong plan, or a non-zero exit with no failed test, counts as one more failure
run_tap() {
  label=$1
  shift
  echo "-- $label"
  "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  cat "$tmp/out"
  [ -s "$tmp/err" ] && sed 's/^/# stderr: /' "$tmp/err"
  p=$(grep -c '^ok ' "$tmp/out")
  f=$(grep -c '^not ok ' "$tmp/out")
  plan=$(sed -n 's/^1\.\.\([0-9][0-9]*\)$/\1/p' "$tmp/out" | tail -1)
  if [ -z "$plan" ] || [ "$plan" != $((p + f)) ]; then
    echo "not ok - $label: planned ${plan:-nothing}, ran $((p + f)) (exit status $rc)"
    f=$((f + 1))
  elif [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    echo "not ok - $label: exit status $rc"
    f=1
  fi
  tap_pass=$((tap_pass + p))
  tap_fail=$((tap_fail + f))
}

echo "== clients: psycopg2, psycopg 3, pandas, R, Node, ISO 3166 codes, ODBC (database $db)"

# node-postgres from the committed package-lock.json, into test/clients/node/node_modules
node_ready=no
if command -v npm >/dev/null 2>&1 && (cd test/clients/node && npm ci --no-audit --no-fund --silent) >"$tmp/npm" 2>&1; then
  node_ready=yes
else
  echo "not ok - npm ci in test/clients/node (nodejs and npm, and the npm registry)"
  sed 's/^/# /' "$tmp/npm" 2>/dev/null
  tap_fail=$((tap_fail + 1))
fi

# recipes LABEL: every recipe with the current libpq environment
recipes() {
  run_tap "psycopg 3 with bilateral_psycopg as $1" "$py" test/clients/psycopg3_types.py "$db"
  run_tap "pandas over SQLAlchemy as $1" "$py" test/clients/pandas_sqlalchemy.py "$db"
  run_tap "typed pandas frames (bilateral_pandas) as $1" "$py" test/clients/pandas_typed.py "$db"
  run_tap "R (RPostgreSQL, DBI, dplyr, dbplyr) as $1" Rscript --vanilla test/clients/r_rpostgresql.R "$db"
  if [ "$node_ready" = yes ]; then
    run_tap "Node (pg), TZ=Asia/Tokyo, as $1" env TZ=Asia/Tokyo node test/clients/node/recipe.js "$db"
    run_tap "Node (pg), TZ=America/Los_Angeles, as $1" env TZ=America/Los_Angeles node test/clients/node/recipe.js "$db"
  fi
}

run_tap "psycopg2 as ${PGUSER:-$(id -un)}" "$py" test/clients/psycopg2_views.py "$db"
run_tap "the views for every client" "$py" test/clients/plain_views.py "$db"
run_tap "the schema for BI tools, bilateral_bi" "$py" test/clients/bi_schema.py "$db"
recipes "${PGUSER:-$(id -un)}"
run_tap "ISO 3166 (iso-codes JSON) against bilateral.actors" "$py" test/clients/iso_codes.py "$db"

# an ordinary role with a password, over TCP: what tools/start.sh gives a researcher
pw=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
if psql_su -c "DROP ROLE IF EXISTS $role" -c "CREATE ROLE $role LOGIN PASSWORD '$pw' NOSUPERUSER NOCREATEDB NOCREATEROLE" >"$tmp/role" 2>&1; then
  echo "-- ordinary role $role, password authentication over TCP ($tcp_host:${PGPORT:-5432})"
  run_tap "psycopg2 as $role" env PGHOST="$tcp_host" PGUSER="$role" PGPASSWORD="$pw" \
    "$py" test/clients/psycopg2_views.py "$db" --reader
  run_tap "ODBC as $role" env PGHOST="$tcp_host" PGUSER="$role" PGPASSWORD="$pw" \
    sh test/clients/odbc.sh "$db"
  run_tap "pyodbc (Unicode and ANSI drivers) as $role" env PGHOST="$tcp_host" PGUSER="$role" PGPASSWORD="$pw" \
    "$py" test/clients/pyodbc_types.py "$db"
  run_tap "LibreOffice Base and Calc (headless, Python-UNO) as $role" env PGHOST="$tcp_host" PGUSER="$role" PGPASSWORD="$pw" \
    timeout 400 "$py" tools/test/libreoffice.py "$db"
  # (assignments before a function call do not reliably end with it in sh: set and restore)
  saved="${PGHOST-}|${PGUSER-}|${PGPASSWORD-}"
  export PGHOST="$tcp_host" PGUSER="$role" PGPASSWORD="$pw"
  recipes "$role"
  PGHOST=${saved%%|*}
  PGUSER=$(echo "$saved" | cut -d'|' -f2)
  PGPASSWORD=${saved##*|}
else
  echo "not ok - creating the login role $role"
  sed 's/^/# /' "$tmp/role"
  tap_fail=$((tap_fail + 1))
fi

tap_summary clients
