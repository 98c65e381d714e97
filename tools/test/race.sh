#!/bin/sh
# Nothing lost to a race: alice adds a claim naming bob's actor and issue in an
# open transaction while bob deletes them.  With the claim's references as
# foreign keys, bob's delete waits for alice and then fails (23503) instead of
# leaving an orphan, and a pg_dump of the result restores every user claim.
# (Before 1.3 the checks were triggers: both committed, and pg_restore then
# failed on position_claim, restoring none.)  Runs inside a cluster.
set -eu
. "$(dirname "$0")/../lib.sh"
cd "$here"
make_tmpdir
db=race_src
dropdb --if-exists race_dst 2>/dev/null || true
fresh_db "$db"
psql_do "$db" -o /dev/null <<'SQL'
CREATE EXTENSION bilateral;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'race_alice') THEN CREATE ROLE race_alice; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'race_bob') THEN CREATE ROLE race_bob; END IF;
END $$;
SET ROLE race_bob;
SELECT bilateral.add_actor('ZZB', 'Bob''s polity');
SELECT bilateral.add_issue('bob_issue', 'An issue of bob''s');
RESET ROLE;
SET ROLE race_alice;
SELECT bilateral.add_source('alice_study', 'Alice''s study', 'Alice', '2019-05-01', 'en');
SELECT bilateral.add_claim('alice_study', format('JPN->RUS:peace_treaty:%s:2019/2019', n)::bilateral.bilateral_position, 'Words ' || n) FROM generate_series(-3, 3) n;
RESET ROLE;
SQL

# alice (who opted in to bob's catalogue rows): a claim naming bob's actor and
# issue, committed 3 seconds later
psql_do "$db" -o /dev/null -c "SET ROLE race_alice" -c "SET bilateral.include_owners = race_bob" -c "BEGIN" \
  -c "SELECT bilateral.add_claim('alice_study', 'ZZB->RUS:bob_issue:+1:2019/2019', 'Alice names bob''s actor.')" \
  -c "SELECT pg_sleep(3)" -c "COMMIT" &
alice=$!
sleep 1
# bob, meanwhile: delete the issue and the actor
out=$(psql -X -q -v VERBOSITY=verbose -d "$db" -c "SET ROLE race_bob" -c "SELECT bilateral.delete_row('issue', 'bob_issue')" 2>&1 || true)
wait $alice
case $out in
  *"ERROR:  23503:"*) ok "bob's delete of the issue waited for alice and failed (23503)" ;;
  *) notok "bob's delete of the issue: $out" ;;
esac
out=$(psql -X -q -v VERBOSITY=verbose -d "$db" -c "SET ROLE race_bob" -c "SELECT bilateral.delete_row('actor', 'ZZB')" 2>&1 || true)
case $out in
  *"ERROR:  23503:"*) ok "bob's delete of the actor fails (23503)" ;;
  *) notok "bob's delete of the actor: $out" ;;
esac
want=$(psql_val "$db" "SELECT count(*) FROM bilateral.position_claim WHERE NOT shipped")
[ "$want" = 8 ] && ok "alice's 8 claims are there" || notok "alice has $want claims, want 8"

pg_dump -Fc -f "$tmp/race.dump" "$db"
createdb race_dst
if pg_restore --exit-on-error -d race_dst "$tmp/race.dump" 2>"$tmp/race.err"; then
  ok "the dump restores"
else
  notok "the dump does not restore: $(head -3 "$tmp/race.err")"
fi
got=$(psql_val race_dst "SELECT count(*) || '/' || count(*) FILTER (WHERE owner = 'race_alice') FROM bilateral.position_claim WHERE NOT shipped")
[ "$got" = "8/8" ] && ok "every user claim comes back, with its owner" || notok "restored user claims/owned by alice: $got, want 8/8"
tap_summary race
