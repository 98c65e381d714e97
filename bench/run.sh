#!/bin/sh
# bench/run.sh: the benchmark, in one command (docs/benchmark.md says what it measures).
#
#   sudo bench/run.sh        # or, as root, bench/run.sh; about 9 minutes on 2 cores
#
# Builds and installs bilateral (skip with BENCH_NO_BUILD=1), starts a throwaway PostgreSQL 15
# cluster in a temporary directory (run as the postgres user when we are root, since the server
# refuses root; unix socket only, so it does not clash with any other server), and measures the
# same synthetic data twice, side by side in the same run:
#   ext    bilateral.bilateral_position with its default GiST index (sorted build);
#   plain  (actor char(3), counterpart char(3), issue text, stance smallint, valid daterange)
#          with a btree_gist GiST index on (actor, counterpart, issue, valid).
# Sets: 100 actors x 99 counterparts x 10 issues x 10 periods = 990,000 rows ("1M") and the same
# generator with 32 actors = 99,200 rows ("100k").  Prints the machine, the figures and the
# ratios extension / plain, and writes them to bench/results.md with the date.  The cluster is
# removed at the end.  Not part of the test suite.
#
# The SQL: bench/bench.sql runs, in one session, setup.sql (helpers, generator, timer), size.sql
# for each size (generate, load, index builds, sizes, probes), lookups.sql (both sizes side by
# side) and panel.sql (dyad-year panel, 1M set); report.sql turns the figures into markdown;
# analysis.md (the causes of what the figures show) is appended to the results.
#
# Environment: BENCH_NO_BUILD=1 (use the installed build), BENCH_PORT (default 5497),
# BENCH_SHARED_BUFFERS (default 2GB), BENCH_KEEP=1 (keep the cluster's directory).
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
bin=/usr/lib/postgresql/15/bin
export PG_CONFIG=$bin/pg_config
port=${BENCH_PORT:-5497}
shared_buffers=${BENCH_SHARED_BUFFERS:-2GB}
started=$(date +%s)

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  echo "== build and install bilateral"
  make -s
  make -s install >/dev/null
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bilateral-bench.XXXXXX")
[ "$(id -u)" = 0 ] && chown postgres: "$tmp"
cleanup() {
  as_owner "$bin/pg_ctl" -D "$tmp/data" -m fast -w stop >/dev/null 2>&1 || true
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "cluster kept in $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== throwaway cluster in $tmp"
as_owner "$bin/initdb" -D "$tmp/data" -U postgres --auth-local=trust -E UTF8 --locale=C.UTF-8 \
  >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log"; exit 1; }
# The same settings for both models.  Durability is off (a throwaway cluster; no disk noise),
# autovacuum is off (the script runs VACUUM ANALYZE itself), JIT and parallel query are off (so
# that timings measure the work, not compilation or worker start-up, on a small machine).
cat >> "$tmp/data/postgresql.conf" <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$tmp'
shared_buffers = '$shared_buffers'
work_mem = '64MB'
maintenance_work_mem = '1GB'
effective_cache_size = '8GB'
max_wal_size = '8GB'
checkpoint_timeout = '30min'
wal_level = minimal
max_wal_senders = 0
fsync = off
synchronous_commit = off
full_page_writes = off
autovacuum = off
jit = off
max_parallel_workers_per_gather = 0
max_parallel_maintenance_workers = 0
datestyle = 'iso, ymd'
CONF
as_owner "$bin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w start >/dev/null

psql_b() { psql -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p "$port" -U postgres -d postgres "$@"; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
[ -n "$cpu" ] || cpu=$(uname -m)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME" || uname -s)
pgversion=$(psql_b -At -c 'SELECT version()')
extversion=$(awk -F"'" '/default_version/ { print $2 }' bilateral.control)
machine=$(cat <<M
- CPU: $cpu, $(nproc) cores available (\`nproc\`)
- memory: $mem
- system: $os, Linux $(uname -r)
- server: $pgversion
- bilateral $extversion (\`bilateral.so\` sha256 $(sha256sum "$($PG_CONFIG --pkglibdir)/bilateral.so" | cut -c1-16)…), btree_gist from the server's contrib
M
)
echo "== machine"
echo "$machine"

so=$($PG_CONFIG --pkglibdir)/bilateral.so
so_before=$(sha256sum "$so" | cut -c1-16)
psql_b -f bench/bench.sql
so_after=$(sha256sum "$so" | cut -c1-16)
if [ "$so_before" != "$so_after" ]; then
  echo "warning: $so changed during the run (someone ran make install); the measuring session kept the library it loaded first" >&2
fi

settings=$(psql_b -At -F ' = ' -c "SELECT name, current_setting(name) FROM pg_settings
  WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size', 'jit',
                 'max_parallel_workers_per_gather', 'fsync', 'synchronous_commit', 'autovacuum')
  ORDER BY name" | sed 's/^/`/; s/$/`/' | paste -sd ',' - | sed 's/,/, /g')
body=$(psql_b -At -f bench/report.sql)
elapsed=$(( $(date +%s) - started ))

cat > bench/results.md <<MD
# Benchmark results: bilateral_position vs plain SQL + btree_gist

Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh\` in $((elapsed / 60)) min $((elapsed % 60)) s
(what is measured and how to read it: [docs/benchmark.md](../docs/benchmark.md)).

## Machine

$machine

Server settings, identical for both models: $settings
(plus \`enable_memoize = off\` for the lookups: every probe is distinct, so a cache cannot hit).

## Data

The same generator feeds both models, in the same row order: every directed dyad of N actors
(codes \`AAA\`, \`AAB\`, …), the first 10 issue codes of the shipped codebook (12.4 characters on
average), 10 consecutive periods per dyad-issue tiling 1855..2021, the inner bounds at year,
month or day precision drawn at random, a random stance −3..+3.

- **1M set**: 100 actors × 99 counterparts × 10 issues × 10 periods = **990,000 rows** (the issue's
  "1,000,000" is this: 100 actors have 9,900 directed dyads, not 10,000).
- **100k set**: the same generator with 32 actors: 32 × 31 × 10 × 10 = **99,200 rows**.

The extension stores \`bilateral.make_position(actor, counterpart, issue, stance, from, to)\` with
the bounds as partial dates (\`1871\`, \`1871-06\`, \`1871-06-15\`); the plain model stores the widest
reading as \`daterange\` [first day of the start, last day of the end + 1). The run checks that the
two tables hold the same facts, that both lookups return the same 20,000 rows and both panels
the same answer, and that every lookup plan scans its GiST index.

$body

$(cat bench/analysis.md)

$( [ -f bench/results-scale.md ] && printf '%s\n\n' '---' && sed 's/^#/##/' bench/results-scale.md )
MD

echo
cat bench/results.md
echo
echo "== done in $((elapsed / 60)) min $((elapsed % 60)) s; written to bench/results.md"
