#!/bin/sh
# bench/scale.sh: planner estimates, bulk import, and 10 million claims, both models side by side
# in one run (docs/benchmark.md, "Planner estimates, import and scale").
#
#   PG_CONFIG=... PGHOST=... PGPORT=... PGUSER=postgres bench/scale.sh
#
# Runs against the server the environment names (a private one: it installs the build with
# tools/devdb into PG_CONFIG's directories and makes the database bilateral_bench_scale at the
# version being written).  Stages, in one session each, all in one database:
#   1. a skewed million claims in both models (load.sql), import_claims() of 1M rows against COPY
#      (import.sql), the planner's estimates over a hard query set and the join plans
#      (estimates.sql): about 8 minutes on 2 cores;
#   2. bench/run.sh's tiling set at 1M (100 actors, 990,000 rows) and at 10M (317 actors,
#      10,017,200 rows) in both models: load, index builds, sizes (tiling.sql), then 20,000 warm
#      lookups at both sizes side by side (lookups.sql): about 20 minutes on 2 cores, most of it
#      the plain model's btree_gist builds.  SCALE_10M=0 skips this stage.
# Disk: about 1 GB for stage 1 (tables, two CSV files of 1M rows in BENCH_DIR, default a new
# temporary folder removed at the end, which the server must be able to write), about 6 GB at the peak of
# stage 2 plus sorts that spill: leave 10 GB free (the report gives the measured figures).  The
# server settings are the caller's: docs/benchmark.md gives those of the published run.  The database stays for a look afterwards
# (dropdb bilateral_bench_scale frees the disk).  Writes bench/results-scale.md; bench/results.md
# includes it.
set -eu
cd "$(dirname "$0")/.."
db=${BENCH_DB:-bilateral_bench_scale}
if [ -n "${BENCH_DIR:-}" ]; then
  dir=$BENCH_DIR
else
  dir=$(mktemp -d "${TMPDIR:-/tmp}/bilateral-bench-scale.XXXXXX")
  trap 'rm -rf "$dir"' EXIT
fi
with_10m=${SCALE_10M:-1}
started=$(date +%s)
mark=$started
mkdir -p "$dir" && chmod 777 "$dir"
tools/devdb "$db" >/dev/null
p() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
# stage NAME: records the seconds since the last mark as the stage's wall time
stage() {
  now=$(date +%s)
  p -c "INSERT INTO scale.fact VALUES ('run', 'stage', '$1', $((now - mark)))"
  echo "   $1: $((now - mark)) s"
  mark=$now
}
p -f bench/scale/setup.sql
p -c "INSERT INTO scale.fact SELECT 'run', 'disk', 'temp_bytes_before', temp_bytes FROM pg_stat_database WHERE datname = current_database()"
echo "== load 1M (skewed)"; p -v n=1000000 -v tag=1M -f bench/scale/load.sql >/dev/null; stage 'load, skewed 1M'
echo "== import"; p -v tag=1M -v dir="$dir" -f bench/scale/import.sql; stage 'import, 1M'
p -c "INSERT INTO scale.fact VALUES ('run', 'disk', 'csv_mb', $(du -sm "$dir" | cut -f1))"
echo "== estimates"; p -c "SET scale.tag = '1M'" -f bench/scale/estimates.sql; stage 'estimates and plans'
if [ "$with_10m" != 0 ]; then
  echo "== tiling set 1M"; p -v tag='tile 1M' -v sfx=1m -v actors=100 -v plain_builds=3 -f bench/scale/tiling.sql; stage 'tiling 1M: generate, load, 3+3 index builds'
  echo "== tiling set 10M"; p -v tag='tile 10M' -v sfx=10m -v actors=317 -v plain_builds=1 -f bench/scale/tiling.sql; stage 'tiling 10M: generate, load, 1+3 index builds'
  p -c "INSERT INTO scale.fact SELECT 'run', 'disk', 'database_mb', pg_database_size(current_database()) / 1048576.0
        UNION ALL SELECT 'run', 'disk', 'wal_mb', sum(size) / 1048576.0 FROM pg_ls_waldir()"
  echo "== lookups at 1M and 10M"; p -f bench/scale/lookups.sql; stage 'lookups 1M and 10M'
fi
p -c "INSERT INTO scale.fact SELECT 'run', 'disk', 'temp_bytes_after', temp_bytes FROM pg_stat_database WHERE datname = current_database()"
elapsed=$(( $(date +%s) - started ))
{
  echo "# Planner estimates, bulk import and scale: bilateral_position vs plain SQL + btree_gist"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/scale.sh\` in $((elapsed / 60)) min $((elapsed % 60)) s on $(nproc) cores, $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo),"
  echo "$(psql -X -At -d "$db" -c 'SELECT version()' | cut -d, -f1), bilateral $(psql -X -At -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'bilateral'") (the version being written)."
  echo "Server settings: $(psql -X -At -F ' = ' -d "$db" -c "SELECT name, current_setting(name) FROM pg_settings
    WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size', 'jit', 'max_parallel_workers_per_gather',
                   'fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'autovacuum') ORDER BY name" | sed 's/^/`/; s/$/`/' | paste -sd ',' - | sed 's/,/, /g')."
  echo "The machine is shared with other work: absolute times are noisy, ratios in one run less so."
  echo
  p -At -f bench/scale/report.sql
} > bench/results-scale.md
rm -f "$dir"/*.csv
echo "== done in $((elapsed / 60)) min $((elapsed % 60)) s; written to bench/results-scale.md"
