#!/bin/sh
# tools/test/in-cluster.sh [--quick | --sql]: the tests that need a server.  Runs inside a throwaway
# cluster (pg_virtualenv sets PGHOST, PGPORT, PGUSER, PGPASSWORD), with bilateral installed.
#
#   --quick   (make check) pg_regress and every pgTAP file but the slow ones (SLOW_TAP, tools/lib.sh)
#   --sql     pg_regress and every pgTAP file
#   (default) (tools/test.sh) pg_regress, every pgTAP file, then clients, quotes, data, upgrades,
#             dumps, a race between two roles, uninstall
#
# pgTAP runs in two lanes at once, each in a database of its own (copies of one): the files that
# take exclusive locks on the extension's tables (ALTER TABLE, LOCK TABLE, TRUNCATE, ...: found by
# grep; two of them in one database deadlock, and they hold up every other file) one after the
# other; every other file PROVE_JOBS at a time (default 3), the slow ones first so that they start
# at once.  Each file is one transaction that ends with ROLLBACK and makes roles of its own names.
# Each part runs even if one before failed; the exit status is 1 if any failed.
set -u
. "$(dirname "$0")/../lib.sh"
cd "$here"
quick=no sql_only=no
case "${1:-}" in
  --quick) quick=yes ;;
  --sql) sql_only=yes ;;
  "") ;;
  *) echo "usage: $0 [--quick | --sql]" >&2; exit 2 ;;
esac
SLOW=$SLOW_TAP
jobs=${PROVE_JOBS:-3}
status=0

section "pg_regress"
make -s installcheck || { status=1; head -300 regression.diffs 2>/dev/null; }

section "pgTAP ($jobs at a time$([ $quick = yes ] && echo "; without the slow files: $SLOW"))"
make_tmpdir
fresh_db bilateral_tap
psql_do bilateral_tap -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION bilateral' || status=1
dropdb --if-exists bilateral_tap_locks 2>/dev/null
createdb -T bilateral_tap bilateral_tap_locks || status=1
first="" rest="" locking=""
locks='^[[:space:]]*(ALTER TABLE|LOCK TABLE|TRUNCATE|DROP TABLE|CREATE (UNIQUE )?INDEX|REINDEX|CLUSTER|ALTER EXTENSION)'
for f in test/*.sql; do
  name=$(basename "$f" .sql)
  case " $SLOW " in *" $name "*) [ $quick = yes ] && continue ;; esac
  if grep -qiE "$locks" "$f"; then
    locking="$locking $f"
  else
    case " $SLOW " in *" $name "*) first="$first $f" ;; *) rest="$rest $f" ;; esac
  fi
done
lane=""
if [ -n "$locking" ]; then
  # shellcheck disable=SC2086
  pg_prove -d bilateral_tap_locks $locking > "$tmp/locking.out" 2>&1 &
  lane=$!
fi
# shellcheck disable=SC2086
pg_prove -j "$jobs" -d bilateral_tap $first $rest || status=1
if [ -n "$lane" ]; then
  wait $lane || status=1
  echo "-- the files that lock the extension's tables, one after the other, in database bilateral_tap_locks"
  cat "$tmp/locking.out"
fi
if [ $quick = yes ] || [ $sql_only = yes ]; then
  section_times
  exit $status
fi

section "clients (psycopg2, ODBC, ISO 3166)"
tools/test/clients.sh bilateral_tap || status=1

section "docs that run: every code block of README.md and docs/*.md (tools/test/docs.sh)"
tools/test/docs.sh || status=1

section "every quote is in its document (needs the documents: ../shared/seeds beside the project)"
seeds=${BILATERAL_SEEDS:-../shared/seeds}
if [ -d "$seeds" ]; then
  tools/test/quotes --seeds "$seeds" --db "dbname=bilateral_tap" || status=1
else
  skip_or_fail "no $seeds (set BILATERAL_SEEDS to the folder of the documents)" || status=1
fi

section "the SQL source tree and the scripts made from it"
tools/test/sqltree.sh || status=1

section "the library on every older schema: right answers or one clear error"
tools/test/library-schema.sh || status=1

section "the shipped rows are data/, the released scripts what the tools make of it"
tools/test/data.sh || status=1

section "the published reliability figures are what SQL computes from the stored codings (docs/reliability/figures.sql)"
tools/test/reliability.sh || status=1

section "upgrades"
tools/test/upgrade.sh || status=1

section "dumps"
tools/test/dump.sh || status=1

section "a race between two roles, then a dump that must restore"
tools/test/race.sh || status=1

section "uninstall"
tools/test/uninstall.sh || status=1
section_times
exit $status
