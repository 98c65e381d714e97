-- pgTAP: no one else's rows (issue #22, items 3 to 6): a cascade deletes only the caller's rows,
-- delete_row works on every table it accepts.  docs/security.md.
BEGIN;
SELECT plan(6);

DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_alice') THEN CREATE ROLE bl_alice NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_bob') THEN CREATE ROLE bl_bob NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_team') THEN CREATE ROLE bl_team NOLOGIN; END IF; END $$;
GRANT bl_team TO bl_alice, bl_bob;

-- item 3: a team's source; bob (a member) records a claim, an event and an alias under it as bob
SET ROLE bl_team;
SELECT bilateral.add_source('team_src', 'The team''s study', 'Team', '2019-05-01', 'en');
RESET ROLE;
SET ROLE bl_bob;
SELECT bilateral.add_claim('team_src', 'JPN->RUS:peace_treaty:+2:2018-11/2019-01', 'Bob''s words.');
SELECT bilateral.add_event('team_src', 'bob_summit', 'A summit', 'summit', '2018-11-14', ARRAY['JPN', 'RUS'], 'They met.');
SELECT bilateral.add_actor_name('JPN', 'en', 'Bobland', source_key => 'team_src');
RESET ROLE;
SET ROLE bl_alice;
SELECT bilateral.add_claim('team_src', 'JPN->RUS:peace_treaty:+1:2018-11/2019-01', 'Alice''s words.');
SELECT throws_ok($$SELECT bilateral.delete_source('team_src', cascade => true)$$, '42501',
                 'source "team_src" holds rows of other roles',
                 'alice''s cascade stops at bob''s rows under the team''s source');
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'team_src'), 1,
          'and deletes nothing, not even her own claim (nothing half-done)');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'team_src' AND owner = 'bl_bob')
        + (SELECT count(*)::int FROM bilateral.event WHERE source_key = 'team_src' AND owner = 'bl_bob')
        + (SELECT count(*)::int FROM bilateral.actor_name WHERE source_key = 'team_src' AND owner = 'bl_bob'), 3,
          'bob''s claim, event and alias are there');
SET ROLE bl_bob;
SELECT bilateral.delete_row('actor_name', 'JPN', 'en', 'Bobland');
DO $$ BEGIN
  PERFORM bilateral.delete_row('position_claim', claim_id::text) FROM bilateral.position_claim WHERE source_key = 'team_src' AND owner = 'bl_bob';
  PERFORM bilateral.delete_row('event', event_id::text) FROM bilateral.event WHERE source_key = 'team_src' AND owner = 'bl_bob';
END $$;
RESET ROLE;
SET ROLE bl_alice;
SELECT lives_ok($$SELECT bilateral.delete_source('team_src', cascade => true)$$, 'once bob has deleted his rows, alice''s cascade deletes hers and the source');
SELECT is((SELECT count(*)::int FROM bilateral.source WHERE source_key = 'team_src'), 0, 'the source is gone');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'team_src'), 0, 'with every row under it');

SELECT * FROM finish();
ROLLBACK;
