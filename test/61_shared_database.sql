-- pgTAP: a shared database against a careless or hostile colleague.  Two ordinary roles, alice and
-- bob, and a group role, team (alice and carol): each reproduction of the adversarial run gives the
-- right answer or a clean error.  docs/security.md.
BEGIN;
SELECT plan(49);

-- the roles are made here unless they exist: on a Citus cluster tools/test-citus.sh makes them first
-- (a role made inside a transaction cannot connect to the workers before it commits)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_alice') THEN CREATE ROLE bl_alice NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_bob') THEN CREATE ROLE bl_bob NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_carol') THEN CREATE ROLE bl_carol NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_team') THEN CREATE ROLE bl_team NOLOGIN; END IF; END $$;
GRANT bl_team TO bl_alice, bl_carol;

-- alice's study
SET ROLE bl_alice;
SELECT bilateral.add_source('alice_study', 'Alice''s study', 'Alice', '2019-05-01', 'en');
SELECT bilateral.add_claim('alice_study', 'JPN->RUS:peace_treaty:+2:2018-11/2019-01', 'Alice''s words.') AS alice_claim \gset
SELECT bilateral.add_event('alice_study', 'alice_summit', 'A summit', 'summit', '2018-11-14', ARRAY['JPN', 'RUS'], 'They met.') AS alice_event \gset
RESET ROLE;

-- rows: bob can neither rewrite nor delete alice's rows
SET ROLE bl_bob;
SELECT is_empty($$UPDATE bilateral.position_claim SET quote = 'bob was here', "position" = 'JPN->RUS:peace_treaty:-3:2018-11/2019-01'
                  WHERE source_key = 'alice_study' RETURNING claim_id$$, 'bob cannot rewrite alice''s claim');
SELECT throws_ok($$DELETE FROM bilateral.position_claim WHERE source_key = 'alice_study'$$, '42501', NULL,
                 'bob holds no DELETE privilege');
SELECT throws_ok(format($$SELECT bilateral.delete_row('position_claim', '%s')$$, :alice_claim), '42501', NULL,
                 'bob cannot delete alice''s claim through delete_row');
SELECT throws_ok($$SELECT bilateral.delete_source('alice_study', cascade => true)$$, '42501', NULL,
                 'bob cannot delete alice''s source');
SELECT throws_ok($$UPDATE bilateral.position_claim SET owner = 'bl_bob' WHERE source_key = 'alice_study'$$, '42501', NULL,
                 'nobody writes the owner column');
RESET ROLE;
SELECT is((SELECT quote FROM bilateral.position_claim WHERE claim_id = :alice_claim), 'Alice''s words.', 'alice''s claim is intact');
SELECT is((SELECT owner::text FROM bilateral.position_claim WHERE claim_id = :alice_claim), 'bl_alice', 'and owned by alice');

-- every table alike: alice's rows are out of bob's sight and reach
SET ROLE bl_alice;
SELECT bilateral.add_actor('ZZC', 'Alice''s second polity');
SELECT bilateral.add_issue('alice_issue', 'An issue of alice''s');
SELECT bilateral.add_treaty('2001-01-01:JPN+ZZC:alice_pact', 'Alice''s pact', in_force_from => '2001-01-01');
SELECT bilateral.add_treaty_mention('alice_study', '2001-01-01:JPN+ZZC:alice_pact', 'Alice''s treaty words.');
SELECT bilateral.add_indicator('alice_study', 'trade_share', 'JPN', 'ZZC', 2001, 1.5, 'percent', 'Alice''s figure.');
SELECT bilateral.add_office_term('alice_study', 'A. Person', 'President', 'ZZC', '2001', NULL, 'Alice''s term.');
SELECT bilateral.add_erratum('alice_study', 'Alice''s words.', 'A correction of alice''s.');
SELECT bilateral.add_document('alice_study', 'Alice''s text.', 'en');
SELECT bilateral.set_coverage('alice_study', 'JPN', 'ZZC', 2001, 2002);
SELECT bilateral.add_prospective_claim('alice_study', 'JPN->ZZC:alice_issue:+1:2020/..', 'forecast', 'Alice''s forecast.');
INSERT INTO bilateral.actor_era (actor, name_en) VALUES ('ZZC', 'Alice era');
INSERT INTO bilateral.actor_code_era (actor, system, code) VALUES ('ZZC', 'iso3', 'ZZC');
INSERT INTO bilateral.system_membership (actor, system, member_from) VALUES ('ZZC', 'cow', '2001-01-01');
RESET ROLE;
CREATE TEMP TABLE alice_rows (table_name text, n bigint);
DO $$
DECLARE t text; n bigint;
BEGIN
    FOR t IN SELECT table_name FROM bilateral.editable_tables() LOOP
        EXECUTE format('SELECT count(*) FROM bilateral.%I WHERE owner = %L', t, 'bl_alice') INTO n;
        INSERT INTO alice_rows VALUES (t, n);
    END LOOP;
END $$;
GRANT SELECT ON alice_rows TO PUBLIC;
SELECT is_empty($$SELECT table_name FROM alice_rows WHERE n = 0$$, 'alice has rows in every table');
CREATE FUNCTION pg_temp.rows_of_alice(t text, touch boolean) RETURNS bigint LANGUAGE plpgsql AS $f$
DECLARE n bigint; c name;
BEGIN
    IF touch THEN   -- set a column the role may update to itself
        SELECT a.attname INTO c FROM pg_attribute a
         WHERE a.attrelid = ('bilateral.' || t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
           AND has_column_privilege(('bilateral.' || t)::regclass, a.attnum, 'UPDATE') ORDER BY a.attnum LIMIT 1;
        EXECUTE format('WITH u AS (UPDATE bilateral.%I SET %I = %I WHERE owner = %L RETURNING 1) SELECT count(*) FROM u', t, c, c, 'bl_alice') INTO n;
    ELSE
        EXECUTE format('SELECT count(*) FROM bilateral.%I WHERE owner = %L', t, 'bl_alice') INTO n;
    END IF;
    RETURN n;
END $f$;
SET ROLE bl_bob;
SELECT is_empty($$SELECT table_name FROM alice_rows WHERE pg_temp.rows_of_alice(table_name, false) > 0$$,
                'bob sees none of alice''s rows, in any table');
SELECT is_empty($$SELECT table_name FROM alice_rows WHERE pg_temp.rows_of_alice(table_name, true) > 0$$,
                'bob updates none of alice''s rows, in any table');
RESET ROLE;

-- sources: nobody speaks for a shipped source or for another user's source
SET ROLE bl_bob;
SELECT throws_ok($$SELECT bilateral.add_claim('pajon_ifri_2017', 'JPN->RUS:peace_treaty:-3:2017/2017', 'Bob''s words.')$$,
                 '42501', NULL, 'bob cannot add a claim under a shipped source');
SELECT throws_ok($$SELECT bilateral.add_event('pajon_ifri_2017', 'bob_event', 'Fake', 'summit', '2017', ARRAY['JPN', 'RUS'], 'q')$$,
                 '42501', NULL, 'bob cannot add an event under a shipped source');
SELECT throws_ok($$SELECT bilateral.add_erratum('pajon_ifri_2017', 'q', 'a correction')$$,
                 '42501', NULL, 'bob cannot add an erratum under a shipped source');
SELECT throws_ok($$SELECT bilateral.add_claim('alice_study', 'JPN->RUS:peace_treaty:-3:2019/2019', 'Bob''s words.')$$,
                 '23503', 'unknown source: "alice_study"', 'bob cannot add a claim under alice''s source (for bob it does not exist)');
SELECT throws_ok(format($$INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en%s)
                   VALUES ('JPN->RUS:peace_treaty:-3:2019/2019', 'alice_study', 'q', 'en', 's'%s)$$,
                        CASE WHEN bilateral.is_distributed() THEN ', dyad' ELSE '' END,   -- the distribution column
                        CASE WHEN bilateral.is_distributed() THEN ', ''JPN+RUS''' ELSE '' END),
                 '42501', NULL, 'nor by a plain INSERT');
SELECT throws_ok($$SELECT bilateral.add_actor_name('JPN', 'en', 'Nipponia', source_key => 'pajon_ifri_2017')$$,
                 '42501', NULL, 'bob cannot cite a shipped source for his alias');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'pajon_ifri_2017' AND NOT shipped), 0,
          'no user row under the shipped source');

-- the catalogue: bob's additions change only bob's answers
SET ROLE bl_bob;
SELECT bilateral.add_actor_name('CHN', 'es', 'Japón');
SELECT bilateral.add_actor_name('CHN', 'en', 'Nippon');
INSERT INTO bilateral.actor_code_era (actor, system, code, valid_from, valid_to) VALUES ('RUS', 'iso3', 'XXX', '2000-01-01', '2020-12-31');
INSERT INTO bilateral.system_membership (actor, system, member_from) VALUES ('AFG', 'gw', '1700-01-01');
SELECT bilateral.add_treaty('2000-01-01:JPN+RUS:bob_pact', 'Bob''s pact', in_force_from => '2000-01-01');
SELECT throws_ok($$SELECT bilateral.actor_code('Japón')$$, '22023', 'ambiguous actor: "Japón"', 'bob''s own alias makes "Japón" ambiguous for bob');
RESET ROLE;
SET ROLE bl_alice;
SELECT is(bilateral.actor_code('Japón'), 'JPN', 'for alice "Japón" is still Japan');
SELECT ok((SELECT count(*) FROM bilateral.stance_at('Japón', 'Россия', 'territorial_dispute', '2016-06-01')) > 0,
          'the documented stance_at(''Japón'', ''Россия'', ...) still answers alice');
SELECT throws_ok($$SELECT bilateral.actor_code('Nippon')$$, '22023', NULL, '"Nippon" is not CHN for alice');
SELECT is(bilateral.code_at('iso3', 'RUS', '2010-01-01'), 'RUS', 'bob''s code era does not change alice''s code_at');
SELECT is(bilateral.in_system('gw', 'AFG', '1800-01-01'), false, 'bob''s membership does not change alice''s in_system');
SELECT is((SELECT count(*)::int FROM bilateral.treaties_in_force('JPN', 'RUS', '2010-01-01') WHERE name_en = 'Bob''s pact'), 0,
          'bob''s treaty is not in force for alice');
SELECT is((SELECT treaties_in_force FROM bilateral.dyad_years(2010, 2010) WHERE ccode1 = 740 AND ccode2 = 365 AND issue IS NULL),
          (SELECT count(*)::int FROM bilateral.treaties_in_force('JPN', 'RUS', '2010-06-01')),
          'nor in alice''s panel');
-- unless alice opts in
SET LOCAL bilateral.include_owners = 'bl_bob';
SELECT is((SELECT count(*)::int FROM bilateral.treaties_in_force('JPN', 'RUS', '2010-01-01') WHERE name_en = 'Bob''s pact'), 1,
          'with bilateral.include_owners = bl_bob alice sees bob''s treaty');
SET LOCAL bilateral.include_owners = '*';
SELECT is(bilateral.code_at('iso3', 'RUS', '2010-01-01'), 'XXX', 'and with * every role''s rows');
SET LOCAL bilateral.include_owners = '';
RESET ROLE;

-- locks and ids: nothing an ordinary role holds blocks the readers or pre-claims ids
SET ROLE bl_bob;
SELECT throws_ok($$LOCK TABLE bilateral.position_claim IN ACCESS EXCLUSIVE MODE$$, '42501', NULL,
                 'bob cannot lock the claims against every reader');
SELECT throws_ok($$LOCK TABLE bilateral.source IN SHARE ROW EXCLUSIVE MODE$$, '42501', NULL,
                 'nor the sources');
SELECT throws_ok($$INSERT INTO bilateral.position_claim (claim_id, "position", source_key, quote, quote_lang, statement_en)
                   VALUES (9999999, 'JPN->RUS:peace_treaty:0:2019/2019', 'alice_study', 'q', 'en', 's')$$, '42501', NULL,
                 'bob cannot choose a claim id (the next ids stay everyone''s)');
SELECT throws_ok($$SELECT nextval(pg_get_serial_sequence('bilateral.position_claim', 'claim_id'))$$, '42501', NULL,
                 'nor burn ids from the sequence');
-- (one dyad's: on a distributed install Citus locks rows of one shard only)
SELECT is_empty($$SELECT claim_id FROM bilateral.position_claim WHERE shipped AND dyad = 'JPN+RUS' FOR UPDATE$$,
                'nor lock shipped rows (the update policy leaves none to lock)');
RESET ROLE;

-- groups: rows added under SET ROLE team are shared by its members
SET ROLE bl_team;
SELECT bilateral.add_source('team_study', 'The team''s study', 'Team', '2020-01-01', 'en');
SELECT bilateral.add_claim('team_study', 'RUS->JPN:energy:+1:2019/2020', 'The team''s words.') AS team_claim \gset
RESET ROLE;
SET ROLE bl_carol;
SELECT ok((SELECT count(*) FROM bilateral.stance_at('RUS', 'JPN', 'energy', '2019-06-01') WHERE source_key = 'team_study') = 1,
          'carol, a member of team, sees the team''s claim');
SELECT lives_ok($$UPDATE bilateral.position_claim SET statement_en = 'Carol edited.' WHERE source_key = 'team_study'$$,
                'carol edits it');
SELECT lives_ok(format($$SELECT bilateral.delete_row('position_claim', '%s')$$, :team_claim), 'and deletes it');
RESET ROLE;
SET ROLE bl_bob;
SELECT is((SELECT count(*)::int FROM bilateral.sources WHERE source_key = 'team_study'), 0, 'bob, not a member, does not see the team''s source');
RESET ROLE;

-- deleting: what others still name is kept; shipped rows are read-only
SET ROLE bl_alice;
SELECT throws_ok($$SELECT bilateral.delete_row('position_claim', '100001')$$, '42501', NULL, 'shipped claims cannot be deleted');
SELECT throws_ok($$SELECT bilateral.delete_row('actor', 'JPN')$$, '42501', NULL, 'shipped actors cannot be deleted');
SELECT throws_ok($$SELECT bilateral.delete_row('position_claim', '1', '2')$$, '22023', NULL, 'a key of the wrong length is refused');
SELECT throws_ok($$SELECT bilateral.delete_row('pg_authid', 'x')$$, '22023', NULL, 'only the extension''s tables');
SELECT bilateral.add_actor('ZZA', 'Alice''s polity');
SELECT bilateral.add_claim('alice_study', 'ZZA->RUS:peace_treaty:+1:2019/2019', 'Alice''s other words.') AS alice_zza \gset
SELECT throws_ok($$SELECT bilateral.delete_row('actor', 'ZZA')$$, '23503', NULL, 'an actor a claim names is kept');
SELECT lives_ok(format($$SELECT bilateral.delete_row('position_claim', '%s')$$, :alice_zza), 'alice deletes that claim');
SELECT bilateral.add_event('alice_study', 'zza_visit', 'A visit', 'visit', '2019-03-01', ARRAY['ZZA', 'RUS'], 'They visited.') AS zza_event \gset
SELECT throws_ok($$SELECT bilateral.delete_row('actor', 'ZZA')$$, '23503', NULL, 'an actor an event names is kept');
SELECT lives_ok(format($$SELECT bilateral.delete_row('event', '%s')$$, :zza_event), 'alice deletes the event');
SELECT lives_ok($$SELECT bilateral.delete_row('actor_name', 'ZZA', 'en', 'Alice''s polity')$$, 'then its name');
SELECT lives_ok($$SELECT bilateral.delete_row('actor', 'ZZA')$$, 'then the actor');
SELECT throws_ok($$SELECT bilateral.delete_source('alice_study')$$, '23503', NULL, 'a source with rows is kept without cascade');
SELECT lives_ok($$SELECT bilateral.delete_source('alice_study', cascade => true)$$, 'with cascade everything under it goes');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'alice_study')
          + (SELECT count(*)::int FROM bilateral.event WHERE source_key = 'alice_study'), 0, 'nothing is left under it');

SELECT * FROM finish();
ROLLBACK;
