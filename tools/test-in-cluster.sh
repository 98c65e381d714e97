#!/bin/sh
# Runs inside pg_virtualenv (PGHOST, PGPORT, PGUSER set to a fresh cluster):
# pg_regress, pgTAP, clients, quotes, data, upgrades, dumps, uninstall.  Each part runs even if one before failed.
set -u
cd "$(dirname "$0")/.."
status=0

echo "== pg_regress"
make -s installcheck || { status=1; head -300 regression.diffs 2>/dev/null; }

echo "== pgTAP"
dropdb --if-exists bilateral_tap 2>/dev/null
createdb bilateral_tap
psql -q -X -v ON_ERROR_STOP=1 -d bilateral_tap -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION bilateral' || status=1
pg_prove -d bilateral_tap test/*.sql || status=1

echo "== clients (psycopg2, ODBC, ISO 3166)"
tools/test-clients.sh bilateral_tap || status=1

echo "== docs that run: every code block of README.md and docs/*.md (tools/test/docs.sh)"
tools/test/docs.sh || status=1

echo "== every quote is in its document (needs the documents: ../shared/seeds beside the project)"
seeds=${BILATERAL_SEEDS:-../shared/seeds}
if [ -d "$seeds" ]; then
  tools/check_quotes --seeds "$seeds" --db "dbname=bilateral_tap" || status=1
else
  echo "skipped: no $seeds (set BILATERAL_SEEDS to the folder of the documents)"
fi

echo "== the shipped rows are data/, the released scripts what the tools make of it"
tools/test-data.sh || status=1

echo "== upgrades"
tools/test-upgrade.sh || status=1

echo "== dumps"
tools/test-dump.sh || status=1

echo "== a race between two roles, then a dump that must restore"
tools/test-race.sh || status=1

echo "== uninstall"
tools/test-uninstall.sh || status=1
exit $status
