#!/bin/sh
# bench/pgbench/run.sh [SECONDS] [CLIENTS]: concurrent work against a throwaway
# cluster: CLIENTS clients (8) for SECONDS (60) mixing stance_at, stance_history,
# dyad_years over a decade, and add_claim inserts.  Fails if any transaction
# failed or any insert is missing afterwards; prints the throughput.  A bench,
# not a test: the numbers depend on the machine.
set -eu
cd "$(dirname "$0")/../.."
secs=${1:-60} clients=${2:-8}
tools/setup-deps
make -s && make -s install >/dev/null
exec pg_virtualenv -t -v 15 sh -c '
set -eu
secs=$1 clients=$2
out=$(mktemp "${TMPDIR:-/tmp}/bilateral-pgbench.XXXXXX")
trap '"'"'rm -f "$out"'"'"' EXIT
createdb bench_pgbench
psql -X -q -o /dev/null -v ON_ERROR_STOP=1 -d bench_pgbench \
  -c "CREATE EXTENSION bilateral" \
  -c "SELECT bilateral.add_source('"'"'pgbench_study'"'"', '"'"'pgbench'"'"', NULL, DATE '"'"'2020-01-01'"'"', '"'"'en'"'"')"
nproc=$(nproc); mem=$(free -g | awk "/Mem:/ {print \$2}")
echo "machine: $nproc cores, ${mem} GiB, $(sed -n "s/^model name\t: //p" /proc/cpuinfo | head -1); $(psql -X -qtA -d bench_pgbench -c "SELECT version()" | cut -d, -f1)"
pgbench -n -c "$clients" -j "$clients" -T "$secs" \
  -f bench/pgbench/stance_at.sql@4 -f bench/pgbench/stance_history.sql@2 \
  -f bench/pgbench/dyad_years.sql@1 -f bench/pgbench/add_claim.sql@3 bench_pgbench > "$out" 2>&1 || { cat "$out"; exit 1; }
cat "$out"
inserts=$(awk "/^SQL script 4:/ {s=1} s && /- [0-9]+ transactions/ {print \$2; exit}" "$out")
failed=$(sed -n "s/^number of failed transactions: \([0-9]*\).*/\1/p" "$out")
present=$(psql -X -qtA -d bench_pgbench -c "SELECT count(*) FROM bilateral.position_claim WHERE source_key = '"'"'pgbench_study'"'"'")
echo "add_claim transactions counted: $inserts, claims present afterwards: $present, failed transactions: ${failed:-0}"
# -T stops counting when time runs out: each client may commit one last insert
# that pgbench does not count, so present is between counted and counted + clients
if [ "${failed:-0}" = 0 ] && [ "$present" -ge "$inserts" ] && [ "$present" -le $((inserts + clients)) ]; then
  echo "concurrency: 1 passed, 0 failed"
else
  echo "concurrency: 0 passed, 1 failed"; exit 1
fi
' sh "$secs" "$clients"
