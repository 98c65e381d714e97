-- pgTAP: no one else's rows (issue #22, items 3 to 6): a cascade deletes only the caller's rows,
-- delete_row works on every table it accepts.  docs/security.md.
BEGIN;
SELECT plan(8);

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
-- the ids first, then one delete_row() each (on a Citus cluster a query over the claims that called
-- it would run on a shard)
DO $$
DECLARE id bigint;
BEGIN
  FOREACH id IN ARRAY (SELECT array_agg(claim_id) FROM bilateral.position_claim WHERE source_key = 'team_src' AND owner = 'bl_bob') LOOP
    PERFORM bilateral.delete_row('position_claim', id::text);
  END LOOP;
  FOREACH id IN ARRAY (SELECT array_agg(event_id) FROM bilateral.event WHERE source_key = 'team_src' AND owner = 'bl_bob') LOOP
    PERFORM bilateral.delete_row('event', id::text);
  END LOOP;
END $$;
RESET ROLE;
SET ROLE bl_alice;
SELECT lives_ok($$SELECT bilateral.delete_source('team_src', cascade => true)$$, 'once bob has deleted his rows, alice''s cascade deletes hers and the source');
SELECT is((SELECT count(*)::int FROM bilateral.source WHERE source_key = 'team_src'), 0, 'the source is gone');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'team_src'), 0, 'with every row under it');

-- item 6: delete_row works on every table it accepts: alice adds a row to each, and deletes each
-- by the primary key the catalogue gives (children first)
SET ROLE bl_alice;
SELECT bilateral.add_source('alice_all', 'Alice''s study', 'Alice', '2019-05-01', 'en');
SELECT bilateral.add_actor('ZZD', 'Alice''s polity');
SELECT bilateral.add_issue('alice_issue6', 'An issue of alice''s');
SELECT bilateral.add_actor_name('ZZD', 'en', 'Alicia', source_key => 'alice_all');
SELECT bilateral.add_treaty('2001-01-01:JPN+ZZD:alice_pact6', 'Alice''s pact', in_force_from => '2001-01-01');
SELECT bilateral.add_treaty_mention('alice_all', '2001-01-01:JPN+ZZD:alice_pact6', 'Alice''s treaty words.');
SELECT bilateral.add_claim('alice_all', 'JPN->ZZD:alice_issue6:+2:2018-11/2019-01', 'Alice''s words.');
SELECT bilateral.add_event('alice_all', 'alice_summit6', 'A summit', 'summit', '2018-11-14', ARRAY['JPN', 'ZZD'], 'They met.');
SELECT bilateral.add_indicator('alice_all', 'trade_share', 'JPN', 'ZZD', 2001, 1.5, 'percent', 'Alice''s figure.');
SELECT bilateral.add_office_term('alice_all', 'A. Person', 'President', 'ZZD', '2001', NULL, 'Alice''s term.');
SELECT bilateral.add_erratum('alice_all', 'Alice''s words.', 'A correction of alice''s.');
SELECT bilateral.add_document('alice_all', 'Alice''s text.', 'en');
SELECT bilateral.set_coverage('alice_all', 'JPN', 'ZZD', 2001, 2002);
SELECT bilateral.add_prospective_claim('alice_all', 'JPN->ZZD:alice_issue6:+1:2020/..', 'forecast', 'Alice''s forecast.');
INSERT INTO bilateral.actor_era (actor, name_en) VALUES ('ZZD', 'Alice era');
INSERT INTO bilateral.actor_code_era (actor, system, code) VALUES ('ZZD', 'iso3', 'ZZD');
INSERT INTO bilateral.system_membership (actor, system, member_from) VALUES ('ZZD', 'cow', '2001-01-01');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.editable_tables() t
            WHERE NOT EXISTS (SELECT 1 FROM (SELECT 1) x WHERE
                  (xpath('//c/text()', query_to_xml(format('SELECT count(*) AS c FROM bilateral.%I WHERE owner = %L', t.table_name, 'bl_alice'), false, false, '')))[1]::text::int > 0)),
          0, 'alice has a row in every table delete_row accepts');
CREATE TEMP TABLE delete_failures (table_name text, err text);
GRANT ALL ON delete_failures TO PUBLIC;
SET ROLE bl_alice;
DO $$
DECLARE
    t text; keys text[]; r record; k text[];
BEGIN
    FOREACH t IN ARRAY ARRAY['prospective_claim', 'source_coverage', 'erratum', 'office_term', 'indicator', 'position_claim', 'event', 'treaty_mention',
                             'treaty_name', 'treaty', 'system_membership', 'actor_code_era', 'actor_era',
                             'actor_name', 'issue', 'actor', 'document', 'source'] LOOP
        SELECT array_agg(format('x.%I::text', a.attname) ORDER BY k.n) INTO keys
          FROM pg_index i, unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n), pg_attribute a
         WHERE i.indrelid = ('bilateral.' || t)::regclass AND i.indisprimary
           AND a.attrelid = i.indrelid AND a.attnum = k.attnum
           -- on a distributed install the claims' key holds the distribution column too, which
           -- delete_row() finds itself (docs/scale.md)
           AND NOT (t = 'position_claim' AND a.attname = 'dyad');
        FOR r IN EXECUTE format('SELECT ARRAY[%s] AS k FROM bilateral.%I x WHERE x.owner = %L', array_to_string(keys, ', '), t, 'bl_alice') LOOP
            BEGIN
                PERFORM bilateral.delete_row(t, VARIADIC r.k);
            EXCEPTION WHEN OTHERS THEN
                INSERT INTO delete_failures VALUES (t, SQLSTATE || ': ' || SQLERRM);
            END;
        END LOOP;
    END LOOP;
END $$;
RESET ROLE;
SELECT is_empty('SELECT * FROM delete_failures', 'delete_row deletes alice''s row in every table, treaty and treaty_name included');

SELECT * FROM finish();
ROLLBACK;
