#!/bin/sh
# tools/test/in-cluster.sh [--quick]: the tests that need a server.  Runs inside a throwaway
# cluster (pg_virtualenv sets PGHOST, PGPORT, PGUSER, PGPASSWORD), with bilateral installed.
#
#   --quick   (make check) pg_regress and every pgTAP file but the slow ones (SLOW_TAP, tools/lib.sh)
#   (default) (tools/test.sh) pg_regress, every pgTAP file, then clients, quotes, data, upgrades,
#             dumps, a race between two roles, uninstall
#
# pgTAP runs PROVE_JOBS files at a time (default 3), in one database, the slow files first so
# that they start at once; each file is one transaction that ends with ROLLBACK and makes roles
# of its own names, so they do not meet.  The files of SERIAL (none today) run alone after.
# Each part runs even if one before failed; the exit status is 1 if any failed.
set -u
. "$(dirname "$0")/../lib.sh"
cd "$here"
quick=no
[ "${1:-}" = --quick ] && quick=yes
SLOW=$SLOW_TAP
SERIAL=""
jobs=${PROVE_JOBS:-3}
status=0

echo "== pg_regress"
make -s installcheck || { status=1; head -300 regression.diffs 2>/dev/null; }

echo "== pgTAP ($jobs at a time$([ $quick = yes ] && echo "; without the slow files: $SLOW"))"
fresh_db bilateral_tap
psql_do bilateral_tap -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION bilateral' || status=1
first="" rest="" alone=""
for name in $SLOW; do
  [ $quick = yes ] || first="$first test/$name.sql"
done
for f in test/*.sql; do
  name=$(basename "$f" .sql)
  case " $SLOW " in *" $name "*) continue ;; esac
  case " $SERIAL " in *" $name "*) alone="$alone $f"; continue ;; esac
  rest="$rest $f"
done
# shellcheck disable=SC2086
pg_prove -j "$jobs" -d bilateral_tap $first $rest || status=1
if [ -n "$alone" ]; then
  # shellcheck disable=SC2086
  pg_prove -d bilateral_tap $alone || status=1
fi
[ $quick = yes ] && exit $status

echo "== clients (psycopg2, ODBC, ISO 3166)"
tools/test/clients.sh bilateral_tap || status=1

echo "== every quote is in its document (needs the documents: ../shared/seeds beside the project)"
seeds=${BILATERAL_SEEDS:-../shared/seeds}
if [ -d "$seeds" ]; then
  tools/test/quotes --seeds "$seeds" --db "dbname=bilateral_tap" || status=1
else
  skip_or_fail "no $seeds (set BILATERAL_SEEDS to the folder of the documents)" || status=1
fi

echo "== the shipped rows are data/, the released scripts what the tools make of it"
tools/test-data.sh || status=1

echo "== upgrades"
tools/test-upgrade.sh || status=1

echo "== dumps"
tools/test/dump.sh || status=1

echo "== a race between two roles, then a dump that must restore"
tools/test/race.sh || status=1

echo "== uninstall"
tools/test/uninstall.sh || status=1
exit $status
