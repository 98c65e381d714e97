#!/bin/sh
# tools/test-citus.sh: bilateral on a three-node Citus cluster (tools/citus-cluster) against one
# server.  Starts a throwaway cluster (coordinator and two workers, ports CITUS_PORT.. (default
# 5561..5563), data in a temporary folder), and on the coordinator's server a second database
# without citus: the single-node install.  Loads the shipped data plus N generated claims
# (CITUS_TEST_CLAIMS, default 200000) into both, then checks: every query function answers the
# same on both (test/citus/queries.sql), an ordinary role's writes through the functions and their
# errors are the same (test/citus/writes.sql), a one-dyad stance_at reads one shard, distribute()
# is idempotent and refuses (55000) without citus.  Builds Citus from the vendored tarball when
# the PostgreSQL of PG_CONFIG lacks it (tools/citus-build).  Run as root or as postgres.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
bin=$("$PG_CONFIG" --bindir)
n=${CITUS_TEST_CLAIMS:-200000}
export CITUS_PORT=${CITUS_PORT:-5561}
export CITUS_CLUSTER_DIR=${CITUS_CLUSTER_DIR:-$(mktemp -d /tmp/bilateral-citus.XXXXXX)}
export CITUS_DB=bilateral_dist
single=bilateral_single
out=$(mktemp -d)
status=0
cleanup() { "$here/tools/citus-cluster" destroy >/dev/null 2>&1 || true; rm -rf "$out"; }
trap cleanup EXIT

# without Citus and without its vendored source nothing can be built: say so, as the quote check does
if ! "$here/tools/citus-build" >"$out/build.log" 2>&1; then
  if grep -q "no citus-" "$out/build.log"; then
    echo "skipped: Citus is not installed and its vendored source is not there ($(cat "$out/build.log"))"
    exit 0
  fi
  cat "$out/build.log"; exit 1
fi
"$here/tools/citus-cluster" start
q() { # q DB SQL...: psql on the coordinator's server
  d=$1; shift
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$CITUS_PORT" -U postgres -d "$d" "$@"
}
ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; status=1; }

echo "== the single-node install: database $single on the coordinator's server, without citus"
q postgres -c "DROP DATABASE IF EXISTS $single" -c "CREATE DATABASE $single"
ver=$(q "$CITUS_DB" -Atc "SELECT extversion FROM pg_extension WHERE extname = 'bilateral'")
q "$single" -c "CREATE EXTENSION bilateral VERSION '$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$here/bilateral.control")'"
[ "$ver" = "$(q "$single" -Atc "SELECT extversion FROM pg_extension WHERE extname = 'bilateral'")" ] \
  || q "$single" -c "ALTER EXTENSION bilateral UPDATE TO '$ver'"

echo "== distribute(): idempotent; refused without citus"
r=$(q "$CITUS_DB" -Atc 'SELECT bilateral.distribute()')
[ "$r" = "already distributed" ] && ok "a second distribute() changes nothing" || notok "a second distribute() said: $r"
r=$(q "$single" -Atc "DO \$\$ BEGIN PERFORM bilateral.distribute(); EXCEPTION WHEN OTHERS THEN RAISE NOTICE '%', SQLSTATE; END \$\$" 2>&1 || true)
case "$r" in *55000*) ok "distribute() without citus: 55000" ;; *) notok "distribute() without citus: $r" ;; esac
r=$(q "$CITUS_DB" -Atc "SELECT count(*) FROM pg_dist_partition WHERE logicalrelid::text LIKE 'bilateral.%' AND partmethod = 'h'")
[ "$r" = 1 ] && ok "position_claim is hash-distributed" || notok "hash-distributed tables: $r"

echo "== $n generated claims in both"
for d in "$single" "$CITUS_DB"; do
  cols='claim_id, position, source_key, quote, quote_lang, statement_en, voice, shipped'
  vals="claim_id, position, 'generated_claims', quote, 'en', quote, voice, false"
  if [ "$d" = "$CITUS_DB" ]; then cols="$cols, dyad"; vals="$vals, bilateral.dyad_key(position)"; fi
  q "$d" -v n="$n" -f "$here/test/citus/generate.sql" \
    -c "INSERT INTO bilateral.position_claim ($cols) SELECT $vals FROM gen" -c 'ANALYZE' >/dev/null
done
# roles are made where citus is, so that it makes them on the workers too
q "$CITUS_DB" -c "DROP ROLE IF EXISTS bl_citus_tester" -c "CREATE ROLE bl_citus_tester LOGIN" >/dev/null 2>&1 || true

echo "== every query function: the same answers"
q "$single" -f "$here/test/citus/queries.sql" > "$out/single.txt" 2>&1 || status=1
q "$CITUS_DB" -f "$here/test/citus/queries.sql" > "$out/dist.txt" 2>&1 || status=1
lines=$(wc -l < "$out/single.txt")
if cmp -s "$out/single.txt" "$out/dist.txt" && [ "$lines" -gt 100 ]; then
  ok "queries: $lines lines of answers equal"
else
  notok "queries differ"; diff "$out/single.txt" "$out/dist.txt" | head -40
fi

echo "== an ordinary role's writes through the coordinator"
q "$single" -f "$here/test/citus/writes.sql" > "$out/wsingle.txt" 2>&1 || status=1
q "$CITUS_DB" -f "$here/test/citus/writes.sql" > "$out/wdist.txt" 2>&1 || status=1
if cmp -s "$out/wsingle.txt" "$out/wdist.txt" && grep -q 'unknown actor: 23503' "$out/wdist.txt"; then
  ok "writes: the same results and errors"
else
  notok "writes differ"; diff "$out/wsingle.txt" "$out/wdist.txt" | head -40; head -20 "$out/wdist.txt"
fi

echo "== a one-dyad stance_at reads one shard"
plan=$(q "$CITUS_DB" -Atc "EXPLAIN (COSTS OFF) SELECT c.claim_id FROM bilateral.position_claim c
   WHERE c.dyad = bilateral.dyad_key('JPN', 'RUS')
     AND c.position OPERATOR(bilateral.&&) bilateral.probe('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01', DATE '2016-06-01')")
echo "$plan" | sed 's/^/    /'
echo "$plan" | grep -q 'Task Count: 1$' && ok "EXPLAIN: one task" || notok "EXPLAIN does not show one task"
shards=$(q "$CITUS_DB" -c "SET citus.log_remote_commands = on" -c "SET client_min_messages = log" \
           -c "SELECT count(*) FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01')" 2>&1 \
         | grep -o 'position_claim_[0-9]*' | sort -u | wc -l)
[ "$shards" = 1 ] && ok "stance_at('JPN', 'RUS', ...) sent to 1 shard" || notok "stance_at touched $shards shards"
all=$(q "$CITUS_DB" -Atc "SELECT count(*) FROM pg_dist_shard WHERE logicalrelid = 'bilateral.position_claim'::regclass")
fan=$(q "$CITUS_DB" -c "SET citus.log_remote_commands = on" -c "SET client_min_messages = log" \
           -c "SELECT count(*) FROM bilateral.conflicting_claims()" 2>&1 \
         | grep -o 'position_claim_[0-9]*' | sort -u | wc -l)
[ "$fan" = "$all" ] && ok "conflicting_claims() runs on all $all shards" || notok "conflicting_claims() touched $fan of $all shards"

[ $status = 0 ] && echo "citus: all checks passed" || echo "citus: FAILED"
exit $status
