#!/bin/sh
# bench/state_panel.sh DBNAME: the full directed COW dyad-year panel 1816-2016 (about 1.9 million
# dyad-years) by bilateral.dyad_years(..., all_dyads => true) and by plain SQL from the same
# catalogue, side by side in one session (bench/state_panel.sql); writes bench/state_panel_results.md.
# Runs against the server libpq's environment points at (PGHOST, PGPORT, PGUSER), in a database
# with the extension at 1.4 or later (tools/devdb DBNAME makes one).  Target: ratio <= 0.5.
# Not part of the test suite; a few minutes on 2 cores (the plain way takes most of it).
set -eu
cd "$(dirname "$0")/.."
db=${1:?usage: bench/state_panel.sh DBNAME}
out=$(psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f bench/state_panel.sql 2>&1)
echo "$out"
{
  echo "# Benchmark: the full directed COW dyad-year panel 1816-2016"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M') UTC by \`bench/state_panel.sh\` (what is measured: [docs/benchmark.md](../docs/benchmark.md#the-state-system-panel))."
  echo
  echo "- CPU: $(nproc) cores; memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "- server: $(psql -X -Atd "$db" -c 'SELECT version()')"
  echo "- bilateral $(psql -X -Atd "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'bilateral'"), catalogue: $(psql -X -Atd "$db" -c "SELECT count(*) FROM bilateral.system_membership WHERE system = 'cow'") COW spells"
  echo "- settings for both: jit = off, max_parallel_workers_per_gather = 0; best of 3 (extension) and 2 (plain), alternating"
  echo
  echo '```'
  echo "$out" | sed -n '/answers/,$p'
  echo '```'
} > bench/state_panel_results.md
echo "wrote bench/state_panel_results.md"
