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

# the blind second coding of the whole corpus (#25): coding tasks made in the database from the
# codings (release 1.11's claims, the blind coder's files, the adjudicated claims), their agreement
# before adjudication (figures.md) and each coding's with the adjudicated one (figures_after.md)
seeds=${BILATERAL_SEEDS:-../shared/seeds}
if [ -d "$seeds" ]; then
  b=docs/reliability/blind
  python3 - "$tmp/second.csv" $b/second/*/claims.csv <<'PY'
import csv, os, sys
w = csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8"))
w.writerow(["source_key", "quote", "position", "voice", "modality"])
for p in sys.argv[2:]:
    for r in csv.DictReader(open(p, encoding="utf-8", newline="")):
        w.writerow([os.path.basename(os.path.dirname(p)), r["quote"], r["position"], r["voice"], r["modality"]])
PY
  roles="blind_pi blind_first blind_second blind_final"
  for r in $roles; do
    psql_do postgres -c "DROP ROLE IF EXISTS $r" -c "CREATE ROLE $r" >/dev/null
  done
  bdb=bilateral_reliability_blind
  fresh_db "$bdb"
  psql_do "$bdb" -c "CREATE EXTENSION bilateral"
  # task PREFIX CODER=CSV CODER=CSV: one coding task over the four documents (sources PREFIX<key>)
  task() {
    t=$1 prefix=$2; shift 2
    tools/coding-task-sql --seeds "$seeds" --task "$t" --owner blind_pi --prefix "$prefix" "$@" > "$tmp/load.sql" 2>> "$tmp/err" \
      && psql -X -q -d "$bdb" -f "$tmp/load.sql" > /dev/null 2>> "$tmp/err"
  }
  : > "$tmp/err"
  # the West (WST, new in 1.13) is in the catalogue from 1.13; before, the owner adds it as its own
  psql -X -q -At -d "$bdb" -c "SELECT 1 FROM bilateral.actor WHERE actor = 'WST'" | grep -q 1 || \
    psql -X -q -d "$bdb" -c "SET ROLE blind_pi" -c "SELECT bilateral.add_actor('WST', 'the West', kind => 'group')" > /dev/null
  if ! task blind_2026 r_ blind_first=$b/first_coding.csv blind_second="$tmp/second.csv" \
     || ! task blind_2026_first r1_ blind_first=$b/first_coding.csv blind_final=$b/adjudication/final_coding.csv \
     || ! task blind_2026_second r2_ blind_second="$tmp/second.csv" blind_final=$b/adjudication/final_coding.csv; then
    notok "the blind coding tasks could not be loaded"; cat "$tmp/err"; status=1
  else
    # the provenance page shows the matched units before adjudication and the agreement after it
    for blk in "$(sed -n '/^| field | matched on/,$p' $b/figures.md)" "$(sed -n '1,/^$/p' $b/figures_after.md | sed '/^$/d')"; do
      if python3 -c 'import sys; sys.exit(0 if sys.argv[1] in open("docs/provenance.md", encoding="utf-8").read() else 1)' "$blk"; then
        ok "docs/provenance.md shows $(echo "$blk" | head -1 | cut -c1-60)..."
      else
        notok "docs/provenance.md does not show the table of $b that begins $(echo "$blk" | head -1)"; status=1
      fi
    done
    for f in figures figures_after; do
      if ! psql -X -q -At -d "$bdb" -v task=blind_2026 -v task1=blind_2026_first -v task2=blind_2026_second \
             -c "SET ROLE blind_pi" -f $b/$f.sql > "$tmp/$f.md" 2> "$tmp/err"; then
        notok "$b/$f.sql failed"; cat "$tmp/err"; status=1
      elif diff -u $b/$f.md "$tmp/$f.md" > "$tmp/diff"; then
        ok "$b/$f.md is what $b/$f.sql computes from the coding tasks in the database"
      else
        notok "$b/$f.md differs from what $b/$f.sql computes"; cat "$tmp/diff"; status=1
      fi
    done
  fi
  dropdb --if-exists "$bdb" 2>/dev/null || true
  for r in $roles; do psql_do postgres -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1 || true; done
else
  skip_or_fail "no $seeds: the blind coding's figures need the documents (set BILATERAL_SEEDS)" || status=1
fi
exit $status
