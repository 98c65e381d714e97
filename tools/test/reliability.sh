#!/bin/sh
# tools/test/reliability.sh: the published reliability figures are what SQL computes from the
# stored codings (docs/reliability/figures.sql: the extension's agreement aggregates over the second
# coding and the first, as shipped now and as it stood then).  Runs inside a cluster (PGHOST etc.
# set, e.g. by pg_virtualenv), with the extension installed; prints TAP.
set -eu
. "$(dirname "$0")/../lib.sh"
cd "$here"
make_tmpdir
db=bilateral_reliability
fresh_db "$db"
psql_do "$db" -c "CREATE EXTENSION bilateral"
status=0
for before in 0 1; do
  page=docs/reliability/figures.md
  [ $before = 1 ] && page=docs/reliability/figures_before_adjudication.md
  if ! (cd docs/reliability && psql -X -q -At -v before=$before -d "$db" -f figures.sql) > "$tmp/figures.md" 2> "$tmp/err"; then
    notok "docs/reliability/figures.sql (before=$before) failed"; cat "$tmp/err"; status=1; continue
  fi
  if diff -u "$page" "$tmp/figures.md" > "$tmp/diff"; then
    ok "$page is what docs/reliability/figures.sql computes in the database"
  else
    notok "$page differs from what docs/reliability/figures.sql computes"; cat "$tmp/diff"; status=1
  fi
done
# the provenance page shows the figures after adjudication, as computed
table=$(sed -n '1,/^$/p' docs/reliability/figures.md | sed '/^$/d')
if python3 -c 'import sys; sys.exit(0 if sys.argv[1] in open("docs/provenance.md", encoding="utf-8").read() else 1)' "$table"; then
  ok "docs/provenance.md shows the figures of docs/reliability/figures.md"
else
  notok "docs/provenance.md does not show the figures of docs/reliability/figures.md"; status=1
fi
exit $status
