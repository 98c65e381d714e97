#!/bin/sh
# Runs inside pg_virtualenv (PGHOST, PGPORT, PGUSER set to a fresh cluster).
set -eu
status=0
make -s installcheck || { status=1; cat regression.diffs 2>/dev/null | head -200; }

createdb bilateral_tap
psql -q -X -v ON_ERROR_STOP=1 -d bilateral_tap \
  -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION bilateral CASCADE'
pg_prove -d bilateral_tap test/*.sql || status=1
exit $status
