#!/bin/sh
# bench/citus.sh [CLAIMS]: bilateral on the local three-node Citus cluster against one server, on
# the same machine (not a test: it prints ratios).  CLAIMS generated claims (default 10,000,000;
# test/citus/generate.sql) are loaded into a distributed database (coordinator and two workers,
# tools/citus-cluster, ports CITUS_PORT.. default 5571..) and into a database without citus on the
# coordinator's server; then, on each: the load, 200 one-dyad stance_at lookups, 20 one-dyad
# stance_history calls and the full dyad-year panel (dyad_years(1855, 2021)), with the peak memory of
# the backend that ran it.  Prints each time and the ratio distributed / single.  One machine shares
# its cores and disk among the three nodes, so the ratios show Citus's overhead here, not the
# speed-up of a real cluster (docs/scale.md).
set -eu
. "$(dirname "$0")/../tools/lib.sh"
n=${1:-10000000}
bin=$(pg_bin)
export CITUS_PORT=${CITUS_PORT:-5571}
make_tmpdir
export CITUS_CLUSTER_DIR=${CITUS_CLUSTER_DIR:-$tmp/cluster}
export CITUS_DB=bench_dist
at_exit '"$here/tools/citus-cluster" destroy >/dev/null 2>&1'
"$here/tools/citus-cluster" start >/dev/null
q() { d=$1; shift; "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$CITUS_PORT" -U postgres -d "$d" "$@"; }
q postgres -c "DROP DATABASE IF EXISTS bench_single" -c "CREATE DATABASE bench_single"
ver=$(q bench_dist -Atc "SELECT extversion FROM pg_extension WHERE extname = 'bilateral'")
q bench_single -c "CREATE EXTENSION bilateral VERSION '$(default_version)'"
[ "$ver" = "$(q bench_single -Atc "SELECT extversion FROM pg_extension WHERE extname = 'bilateral'")" ] \
  || q bench_single -c "ALTER EXTENSION bilateral UPDATE TO '$ver'"

ms() { # ms DB SQL: wall milliseconds of one psql run
  s=$(date +%s%N); printf '%s\n' "$2" | q "$1" -f - >/dev/null || { echo "bench: failed on $1" >&2; exit 1; }; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
}
lookups="DO \$\$ DECLARE r record; BEGIN
  FOR k IN 0..199 LOOP
    PERFORM * FROM bilateral.stance_at((ARRAY['JPN','USA','KOR','DEU','FRA','GBR','AUS','CAN'])[1 + k % 8],
                                       (ARRAY['RUS','CHN','PRK','UKR','IND','MNG','VNM','TWN'])[1 + (k / 8) % 8],
                                       (SELECT issue FROM bilateral.issue ORDER BY issue OFFSET k % 14 LIMIT 1),
                                       DATE '1900-01-01' + k * 150);
  END LOOP; END \$\$"
histories="DO \$\$ BEGIN
  FOR k IN 0..19 LOOP
    PERFORM * FROM bilateral.stance_history((ARRAY['JPN','USA','KOR','DEU'])[1 + k % 4], (ARRAY['RUS','CHN','PRK','UKR','IND'])[1 + k % 5],
                                            (SELECT issue FROM bilateral.issue ORDER BY issue OFFSET k % 14 LIMIT 1));
  END LOOP; END \$\$"
panel="SELECT count(*) FROM bilateral.dyad_years(1855, 2021)"
# the whole panel passes Citus's guard on intermediate results (1 GB) at this size (docs/scale.md)
panel_dist="SET citus.max_intermediate_result_size = -1; $panel"

printf '%-28s %12s %12s %8s\n' "$n claims" "single ms" "3 nodes ms" ratio
row() { printf '%-28s %12s %12s %8s\n' "$1" "$2" "$3" "$(echo "scale=2; $3 / $2" | bc)"; }
gen="\\set n $n
\\i $here/test/citus/generate.sql"
ls=$(ms bench_single "$(printf '%s\n%s' "$gen" "INSERT INTO bilateral.position_claim (claim_id, position, source_key, quote, quote_lang, statement_en, voice, shipped) SELECT claim_id, position, 'generated_claims', quote, 'en', quote, voice, false FROM gen; ANALYZE;")")
ld=$(ms bench_dist "$(printf '%s\n%s' "$gen" "INSERT INTO bilateral.position_claim (claim_id, position, source_key, quote, quote_lang, statement_en, voice, shipped, dyad) SELECT claim_id, position, 'generated_claims', quote, 'en', quote, voice, false, bilateral.dyad_key(position) FROM gen; ANALYZE;")")
row "load (generate + insert)" "$ls" "$ld"
row "200 one-dyad stance_at" "$(ms bench_single "$lookups")" "$(ms bench_dist "$lookups")"
row "20 one-dyad stance_history" "$(ms bench_single "$histories")" "$(ms bench_dist "$histories")"
# the panel, and the peak memory of the backend that ran it (getrusage's maximum resident size, which
# log_statement_stats reports): on the cluster, the coordinator's (src/citus.c, docs/scale.md)
peak() { # peak DB SQL: "MS KB"
  s=$(date +%s%N)
  kb=$(printf 'SET log_statement_stats = on;\nSET client_min_messages = log;\n%s\n' "$2" | q "$1" -f - 2>&1 >/dev/null \
       | sed -n 's/^!\t*\([0-9]*\) kB max resident size/\1/p' | sort -n | tail -1)
  e=$(date +%s%N)
  [ -n "$kb" ] || { echo "bench: the panel failed on $1" >&2; exit 1; }
  echo "$(( (e - s) / 1000000 )) $kb"
}
set -- $(peak bench_single "$panel") $(peak bench_dist "$panel_dist")
row "dyad_years(1855, 2021)" "$1" "$3"
row "  its backend's peak, MB" "$(( $2 / 1024 ))" "$(( $4 / 1024 ))"
