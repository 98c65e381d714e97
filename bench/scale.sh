#!/bin/sh
# bench/scale.sh: planner estimates, bulk import and load figures on a skewed million claims, both
# models side by side in one run (docs/benchmark.md, "Planner estimates, import and scale").
#
#   PG_CONFIG=... PGHOST=... PGPORT=... PGUSER=postgres bench/scale.sh
#
# Runs against the server the environment names (a private one: it installs the build with
# tools/devdb into PG_CONFIG's directories and makes the database bilateral_bench_scale at the
# version being written).  About 8 minutes on 2 cores; 3 GB of disk (the tables, two CSV files
# of 1M rows in BENCH_DIR, default /tmp/bilateral-bench-scale, which the server must be able to
# write).  Writes bench/results-scale.md; bench/results.md includes it.
set -eu
cd "$(dirname "$0")/.."
db=${BENCH_DB:-bilateral_bench_scale}
dir=${BENCH_DIR:-/tmp/bilateral-bench-scale}
started=$(date +%s)
mkdir -p "$dir" && chmod 777 "$dir"
tools/devdb "$db" >/dev/null
p() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
p -f bench/scale/setup.sql
echo "== load 1M"; p -v n=1000000 -v tag=1M -f bench/scale/load.sql >/dev/null
echo "== import"; p -v tag=1M -v dir="$dir" -f bench/scale/import.sql
echo "== estimates"; p -c "SET scale.tag = '1M'" -f bench/scale/estimates.sql
elapsed=$(( $(date +%s) - started ))
{
  echo "# Planner estimates, bulk import and load: bilateral_position vs plain SQL + btree_gist"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/scale.sh\` in $((elapsed / 60)) min $((elapsed % 60)) s on $(nproc) cores,"
  echo "$(psql -X -At -d "$db" -c 'SELECT version()' | cut -d, -f1), shared_buffers $(psql -X -At -d "$db" -c 'SHOW shared_buffers')."
  echo "The machine is shared with other work: absolute times are noisy, ratios in one run less so."
  echo
  p -At -f bench/scale/report.sql
} > bench/results-scale.md
rm -f "$dir"/*.csv
echo "== done in $((elapsed / 60)) min $((elapsed % 60)) s; written to bench/results-scale.md"
