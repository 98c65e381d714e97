#!/bin/sh
# tools/test/citus.sh: bilateral on a three-node Citus cluster (tools/citus-cluster) against one
# server.  Starts a throwaway cluster (coordinator and two workers, ports CITUS_PORT.. (default
# 5561..5563), data in a temporary folder), and on the coordinator's server a second database
# without citus: the single-node install.  Loads the shipped data plus N generated claims
# (CITUS_TEST_CLAIMS, default 50000) into both, then checks: every query function answers the
# same on both (test/citus/queries.sql), an ordinary role's writes through the functions and their
# errors are the same (test/citus/writes.sql), a one-dyad stance_at reads one shard, the panel's steps
# run over connections rather than by local execution (src/citus.c), distribute()
# is idempotent and refuses (55000) without citus; then the whole suite on the distributed install
# (tools/test/citus-suite.sh).  Builds Citus from the vendored tarball when
# the PostgreSQL of PG_CONFIG lacks it (tools/citus-build).  Run as root or as postgres.
set -eu
. "$(dirname "$0")/../lib.sh"
bin=$(pg_bin)
n=${CITUS_TEST_CLAIMS:-50000}
export CITUS_PORT=${CITUS_PORT:-5561}
make_tmpdir
out=$tmp
export CITUS_CLUSTER_DIR=${CITUS_CLUSTER_DIR:-$tmp/cluster}
export CITUS_DB=bilateral_dist
single=bilateral_single
# the installed default: the last release, or the preview of unreleased work (tools/release --preview)
default=$(default_version "$("$PG_CONFIG" --sharedir)/extension/bilateral.control")
status=0
# the cluster stopped and its folder removed (at_exit runs the last registered first)
at_exit '"$here/tools/citus-cluster" destroy >/dev/null 2>&1'
# what this test writes into PostgreSQL's extension directory goes with it: its test release
extension_file "bilateral--$default--citus_test.sql"
test_release=$ext_file

# without Citus and without its vendored source nothing can be built: skipped, as the quote check
# is (failed under CI=true)
if ! "$here/tools/citus-build" >"$out/build.log" 2>&1; then
  if grep -q "no citus-" "$out/build.log"; then
    skip_or_fail "Citus is not installed and its vendored source is not there ($(cat "$out/build.log"))"
    exit
  fi
  cat "$out/build.log"; exit 1
fi
"$here/tools/citus-cluster" start
q() { # q DB SQL...: psql on the coordinator's server
  d=$1; shift
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$CITUS_PORT" -U postgres -d "$d" "$@"
}

echo "== the single-node install: database $single on the coordinator's server, without citus"
q postgres -c "DROP DATABASE IF EXISTS $single" -c "CREATE DATABASE $single"
ver=$(q "$CITUS_DB" -Atc "SELECT extversion FROM pg_extension WHERE extname = 'bilateral'")
q "$single" -c "CREATE EXTENSION bilateral VERSION '$default'"
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
q "$CITUS_DB" -c "DROP ROLE IF EXISTS bl_citus_tester" -c "CREATE ROLE bl_citus_tester LOGIN" \
  -c "DROP ROLE IF EXISTS bl_citus_reader" -c "CREATE ROLE bl_citus_reader LOGIN" >/dev/null 2>&1 || true

echo "== every query function: the same answers"
# one server and the cluster side by side (145 s and 358 s one after the other on 2 cores)
q "$single" -f "$here/test/citus/queries.sql" > "$out/single.txt" 2>&1 &
single_pid=$!
q "$CITUS_DB" -f "$here/test/citus/queries.sql" > "$out/dist.txt" 2>&1 || status=1
wait $single_pid || status=1
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

echo "== the panel's steps over connections, not by Citus's local execution (src/citus.c)"
# local execution keeps a copy of every row a step returns until the step ends: the whole panel
panel="SELECT count(*) || ' ' || md5(string_agg(d::text, '|' ORDER BY d::text)) FROM bilateral.dyad_years(1990, 2000) d"
logged() { q "$CITUS_DB" -At -c "SET citus.log_local_commands = on" -c "SET client_min_messages = log" "$@" 2>&1; }
r=$(logged -c "$panel")
n_local=$(echo "$r" | grep -c 'executing the command locally' || true)
[ "$n_local" = 0 ] && ok "dyad_years() runs no step locally" || notok "dyad_years() ran $n_local steps locally"
want=$(q "$single" -Atc "$panel")
got=$(echo "$r" | grep -v '^NOTICE:' | tail -1)
[ "$got" = "$want" ] && ok "dyad_years() over connections: the single server's answer ($want)" || notok "dyad_years(): $got, single server $want"
# after a step run locally in the transaction Citus refuses the switch: the panel runs locally, same answer
r=$(logged -c "BEGIN" -c "SELECT count(*) FROM bilateral.actor" -c "$panel" -c "SHOW citus.enable_local_execution" -c "COMMIT")
n_local=$(echo "$r" | grep -c 'executing the command locally' || true)
got=$(echo "$r" | grep -v '^NOTICE:' | sed -n 2p)
[ "$n_local" -gt 1 ] && [ "$got" = "$want" ] && ok "after a local step in the transaction: the panel runs locally ($n_local steps), same answer" \
  || notok "after a local step in the transaction: $n_local local steps, $got"
[ "$(echo "$r" | grep -v '^NOTICE:' | sed -n 3p)" = on ] && ok "citus.enable_local_execution is on after it" || notok "citus.enable_local_execution after the panel: $r"
# a transaction that begins with SET LOCAL citus.enable_local_execution = off (docs/scale.md): no step
# runs locally, the catalogue read before the panel included
r=$(logged -c "BEGIN" -c "SET LOCAL citus.enable_local_execution = off" -c "SELECT count(*) FROM bilateral.actor" -c "$panel" -c "COMMIT")
n_local=$(echo "$r" | grep -c 'executing the command locally' || true)
got=$(echo "$r" | grep -v '^NOTICE:' | sed -n 2p)
[ "$n_local" = 0 ] && [ "$got" = "$want" ] && ok "SET LOCAL citus.enable_local_execution = off first: no step locally, same answer" \
  || notok "SET LOCAL citus.enable_local_execution = off first: $n_local local steps, $got"
# and within a transaction, what follows the panel still runs, with the setting as it was
r=$(q "$CITUS_DB" -At -c "BEGIN" -c "$panel" -c "SHOW citus.enable_local_execution" -c "SELECT count(*) FROM bilateral.actor" -c "COMMIT" 2>&1)
[ "$(echo "$r" | sed -n 1p)" = "$want" ] && [ "$(echo "$r" | sed -n 2p)" = on ] \
  && [ "$(echo "$r" | sed -n 3p)" = "$(q "$single" -Atc 'SELECT count(*) FROM bilateral.actor')" ] \
  && ok "in a transaction: the panel, then the setting as it was, then a read of a reference table" \
  || notok "in a transaction after the panel: $r"

echo "== ALTER EXTENSION bilateral UPDATE on a distributed install"
# 1.5 (the first release that distribute() knows) distributed, then updated to the newest release:
# its shipped rows must equal data/, on the coordinator and the same on one server updated alike
first=1.5
"$here/tools/citus-cluster" dropdb bl_update >/dev/null
CITUS_DB=bl_update CITUS_BILATERAL_VERSION=$first "$here/tools/citus-cluster" start >/dev/null
q postgres -c "DROP DATABASE IF EXISTS bl_update_single" -c "CREATE DATABASE bl_update_single"
q bl_update_single -c "CREATE EXTENSION bilateral VERSION '$first'"
if [ "$default" != "$first" ]; then
  for d in bl_update bl_update_single; do q "$d" -c "ALTER EXTENSION bilateral UPDATE" || status=1; done
  # the tables a version adds are the coordinator's own until distribute() runs again (docs/scale.md)
  q bl_update -Atc "SELECT bilateral.distribute()" >/dev/null || status=1
  r=$(q bl_update -Atc "SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_class c
                         WHERE c.relnamespace = 'bilateral'::regnamespace AND c.relkind = 'r'
                           AND c.relname <> 'owner_pin'
                           AND NOT EXISTS (SELECT 1 FROM pg_dist_partition d WHERE d.logicalrelid = c.oid)")
  [ -z "$r" ] && ok "bl_update: after the update, distribute() makes the new tables reference tables" ||
    notok "bl_update: tables left on the coordinator alone after distribute(): $r"
  # and sends the policies the update made on the coordinator alone to the shards
  r=$(q bl_update -Atc "SELECT count(*) FILTER (WHERE result = '1') || ' of ' || count(*)
                          FROM run_command_on_placements('bilateral.position_claim',
                               \$\$SELECT count(*) FROM pg_policy WHERE polrelid = '%s'::regclass AND polname = 'insert_own'
                                   AND pg_get_expr(polwithcheck, polrelid) LIKE '%%check_span%%'\$\$)")
  case "$r" in "0 of "*|"") notok "bl_update: the shards' insert policies after distribute(): $r" ;;
    *) n1=${r%% of *}; n2=${r##* of }
       [ "$n1" = "$n2" ] && ok "bl_update: every shard of the claims has the new insert policy ($r)" ||
         notok "bl_update: the shards' insert policies after distribute(): $r with check_span()" ;; esac
fi
for d in bl_update bl_update_single; do
  if "$here/tools/datapkg" compare --db "host=127.0.0.1 port=$CITUS_PORT user=postgres dbname=$d" "$here/data" > "$out/compare.txt" 2>&1; then
    ok "$d: $first updated to $default holds exactly the rows of data/"
  else
    notok "$d: $first updated to $default differs from data/"; head -20 "$out/compare.txt"
  fi
done
r=$(q bl_update -Atc "SELECT string_agg(DISTINCT result, ',') FROM run_command_on_workers(\$\$SELECT extversion FROM pg_extension WHERE extname = 'bilateral'\$\$)")
[ "$r" = "$default" ] && ok "the workers are at $default too" || notok "the workers are at $r"
# a release that adds, changes and removes shipped claims (what tools/release writes,
# installed as a version of its own for the test): the same rows on the cluster and on one server
mkdir -p "$out/edited"
cp "$here"/data/* "$out/edited/"
python3 - "$out/edited" <<'PY'
import csv, io, sys
d = sys.argv[1]
def edit(name, fn):
    with open("%s/%s.csv" % (d, name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows = fn(rows)
    out = io.StringIO(); csv.writer(out, lineterminator="\n").writerows(rows)
    open("%s/%s.csv" % (d, name), "w", encoding="utf-8", newline="").write(out.getvalue())
def claims(rows):
    h = rows[0]; i = {c: k for k, c in enumerate(h)}
    new = list(rows[1]); new[i["claim_id"]] = "999001"; new[i["position"]] = "KOR->PRK:peace_treaty:-2:2001/2003"
    new[i["quote"]] = "It's a \"quoted\", multi-line\nvalue $1 with a backslash \\ ."
    rows[2][i["quote"]] = rows[2][i["quote"]] + " (edited)"
    return rows[:1] + rows[1:2] + rows[2:-1] + [new]    # the last claim removed, one added, one changed
edit("position_claim", claims)
PY
"$here/tools/datapkg" fmt "$out/edited" >/dev/null 2>&1 || true
"$here/tools/datapkg" diff --distributable "$here/data" "$out/edited" > "$test_release"
grep -q insert_shipped "$test_release" || notok "the test release does not insert through insert_shipped()"
for d in bl_update bl_update_single; do
  if q "$d" -c "ALTER EXTENSION bilateral UPDATE TO 'citus_test'" > "$out/update.txt" 2>&1 \
     && "$here/tools/datapkg" compare --db "host=127.0.0.1 port=$CITUS_PORT user=postgres dbname=$d" "$out/edited" > "$out/compare.txt" 2>&1; then
    ok "$d: a release that adds, changes and removes claims updates it to exactly its rows"
  else
    notok "$d: the test release did not give its rows"; head -20 "$out/update.txt" "$out/compare.txt"
  fi
done
rm -f "$test_release"
n=$(q bl_update -Atc "SELECT count(*) FROM bilateral.position_claim WHERE claim_id = 999001 AND dyad = 'KOR+PRK'")
[ "$n" = 1 ] && ok "the added claim is on its dyad's shard, once" || notok "the added claim: $n rows"
r=$(q bl_update -Atc "SELECT count(*) FILTER (WHERE success AND result = '1') FROM run_command_on_workers(\$\$SELECT count(*) FROM pg_extension WHERE extname = 'bilateral' AND extversion = 'citus_test'\$\$)")
[ "$r" = 2 ] && ok "the two workers were updated with it" || notok "workers at the test release: $r of 2"
"$here/tools/citus-cluster" dropdb bl_update >/dev/null
q postgres -c "DROP DATABASE IF EXISTS bl_update_single"

echo "== the whole suite (pgTAP and pg_regress) on the distributed install"
"$here/tools/test/citus-suite.sh" || status=1

tap_summary citus || status=1
[ $status = 0 ] && echo "citus: all checks passed" || echo "citus: FAILED"
exit $status
