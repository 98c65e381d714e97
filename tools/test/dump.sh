#!/bin/sh
# Users' rows survive pg_dump/pg_restore (custom and plain formats) and
# extension upgrades; shipped rows are never doubled.  Runs inside a cluster.
set -eu
. "$(dirname "$0")/../lib.sh"
cd "$here"
make_tmpdir
check() {  # check NAME DB SQL EXPECTED
  got=$(psql_val "$2" "$3")
  if [ "$got" = "$4" ]; then ok "$1"; else notok "$1: got '$got', want '$4'"; fi
}
add_user_rows() {
  psql_do "$1" -o /dev/null <<'SQL'
SELECT bilateral.add_actor('ZZA', 'Test polity');
SELECT bilateral.add_issue('fisheries', 'Fishing rights around the islands');
SELECT bilateral.add_source('my_study', 'My study', 'Me', '2019-05-01', 'en', published_precision => 'month');
SELECT bilateral.add_claim('my_study', 'JPN->RUS:fisheries:+1:2018-11/2019-01', 'They agreed on fishing quotas.');
SELECT bilateral.add_claim('my_study', 'ZZA->RUS:peace_treaty:-1:2019/..', 'Another quote.');
SELECT bilateral.add_event('my_study', 'summit_x', 'A summit', 'summit', '2016-12-15', ARRAY['JPN', 'RUS'], 'They met.');
SQL
}
counts="SELECT (SELECT count(*) FROM bilateral.source WHERE NOT shipped) || '/' || (SELECT count(*) FROM bilateral.position_claim WHERE NOT shipped)
  || '/' || (SELECT count(*) FROM bilateral.event WHERE NOT shipped) || '/' || (SELECT count(*) FROM bilateral.actor WHERE NOT shipped)
  || '/' || (SELECT count(*) FROM bilateral.issue WHERE NOT shipped)"
shipped="SELECT (SELECT count(*) FROM bilateral.position_claim WHERE shipped) || '/' || (SELECT count(*) FROM bilateral.source WHERE shipped)
  || '/' || (SELECT count(*) FROM bilateral.actor WHERE shipped)"

for db in dump_c dump_p up_src; do dropdb --if-exists "$db" 2>/dev/null; done
fresh_db dump_src
psql_do dump_src -c "CREATE EXTENSION bilateral"
want_shipped=$(psql_val dump_src "$shipped")
add_user_rows dump_src
want_ids=$(psql_val dump_src "SELECT string_agg(claim_id::text, ',' ORDER BY claim_id) FROM bilateral.position_claim WHERE NOT shipped")

# custom format, restored into a new database
pg_dump -Fc -f "$tmp/dump.c" dump_src
createdb dump_c
pg_restore --exit-on-error -d dump_c "$tmp/dump.c"
check "custom dump: users' rows come back exactly once" dump_c "$counts" "1/2/1/1/1"
check "custom dump: shipped rows are not doubled" dump_c "$shipped" "$want_shipped"
check "custom dump: claim ids kept" dump_c "SELECT string_agg(claim_id::text, ',' ORDER BY claim_id) FROM bilateral.position_claim WHERE NOT shipped" "$want_ids"
check "custom dump: the identity sequence goes on after the users' ids" dump_c \
  "SELECT bilateral.add_claim('my_study', 'JPN->RUS:fisheries:0:2020/..', 'q') > max(claim_id) FROM bilateral.position_claim WHERE claim_id < 2000000 AND NOT shipped AND quote <> 'q'" "t"

# plain format, replayed by psql
pg_dump -Fp -f "$tmp/dump.sql" dump_src
createdb dump_p
psql_do dump_p -f "$tmp/dump.sql" >/dev/null
check "plain dump: users' rows come back exactly once" dump_p "$counts" "1/2/1/1/1"
check "plain dump: shipped rows are not doubled" dump_p "$shipped" "$want_shipped"
check "plain dump: a restored user claim still reads" dump_p \
  "SELECT stance_label FROM bilateral.stance_at('JPN', 'RUS', 'fisheries', '2018-12-01')" "pragmatic"

# users' rows survive an upgrade from every older version
default=$(default_version)
for v in $(released_versions); do
  [ "$v" = "$default" ] && continue
  fresh_db up_src
  psql_do up_src -c "CREATE EXTENSION bilateral VERSION '$v'"
  add_user_rows up_src
  # once in a full run of session 6 the update from 1.10 met "deadlock detected" (40P01) with
  # another backend of this cluster, not this script's (unexplained; see the closing note of that
  # session): a deadlock is retried once, as a DBA would, and said so
  if ! psql_do up_src -c "ALTER EXTENSION bilateral UPDATE" 2> "$tmp/update.err"; then
    cat "$tmp/update.err"
    if grep -q "deadlock detected" "$tmp/update.err"; then
      echo "# upgrade from $v: deadlock, retried once"
      psql_do up_src -c "ALTER EXTENSION bilateral UPDATE"
    else
      exit 1
    fi
  fi
  check "upgrade from $v: users' rows kept" up_src "$counts" "1/2/1/1/1"
  check "upgrade from $v: shipped rows as in a fresh install" up_src "$shipped" "$want_shipped"
  # from 1.3 every user row has an owner: rows added before belong to the role that ran the update
  check "upgrade from $v: users' earlier rows are owned by the role that updated" up_src \
    "SELECT count(*) FILTER (WHERE owner IS DISTINCT FROM current_user) FROM bilateral.position_claim WHERE NOT shipped" "0"
done
tap_summary dumps
