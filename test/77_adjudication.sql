-- pgTAP: adjudication that keeps its trail (issue #24 item 4).  adjudicate() turns the codings of
-- a unit of a closed task into the claim that stands, recording who adjudicated, by which rule and
-- whose value stood for each field; every coder's value stays queryable beside it
-- (adjudication_trail), and the claim's provenance leads back to its codings.  docs/coding.md.
BEGIN;
SELECT plan(19);
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['bl_adj_pi', 'bl_adj_alice', 'bl_adj_bob', 'bl_adj_carol', 'bl_adj_eve'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF;
    END LOOP;
END $$;
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE s text; m text;
BEGIN EXECUTE q; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT; RETURN s || ' ' || m; END $f$;

SET ROLE bl_adj_pi;
SELECT bilateral.add_source('adj_src', 'Исследование', 'PI', '2019-05-01', 'ru');
SELECT bilateral.add_document('adj_src', 'Токио настаивает на возвращении островов. Москва предлагает совместную деятельность.', NULL);
SELECT bilateral.create_coding_task('adj', '{bl_adj_alice,bl_adj_bob,bl_adj_carol}', '{adj_src}', '{stance,voice}');
RESET ROLE;
-- unit 1 ([0,41), 'Токио ... островов.'): stance -2 from alice and carol, -1 from bob; voice state twice
SET ROLE bl_adj_alice;
SELECT bilateral.add_coding('adj', 'adj_src', 0, 41, 'JPN->RUS:territorial_dispute:-2:2016/..', 'state');
SELECT bilateral.add_coding('adj', 'adj_src', 42, 84, 'RUS->JPN:economic_cooperation:+2:2016/..', 'state');
RESET ROLE;
SET ROLE bl_adj_bob;
SELECT bilateral.add_coding('adj', 'adj_src', 0, 41, 'JPN->RUS:territorial_dispute:-1:2016/..', 'state');
SELECT bilateral.add_coding('adj', 'adj_src', 42, 84, 'RUS->JPN:economic_cooperation:+1:2016/..', 'state');
RESET ROLE;
SET ROLE bl_adj_carol;
SELECT bilateral.add_coding('adj', 'adj_src', 6, 41, 'JPN->RUS:territorial_dispute:-2:2016/..', 'elite');
RESET ROLE;

SET ROLE bl_adj_pi;
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adj', 'adj_src:0-41')$$), '^55000 coding task "adj" is open',
               'an open task is not adjudicated');
SELECT bilateral.close_task('adj');
SELECT is(ARRAY(SELECT DISTINCT unit FROM bilateral.coding_units WHERE task_key = 'adj' ORDER BY 1),
          ARRAY['adj_src:0-41', 'adj_src:42-84'], 'two units');
RESET ROLE;
SET ROLE bl_adj_alice;
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adj', 'adj_src:0-41')$$), '^42501 ', 'a coder does not adjudicate');
RESET ROLE;
SET ROLE bl_adj_pi;
SELECT bilateral.adjudicate('adj', 'adj_src:0-41', note => 'first pass') AS c1 \gset
SELECT is((SELECT concat_ws(' | ', "position", voice, owner, locator, quote) FROM bilateral.position_claim WHERE claim_id = :c1),
          'JPN->RUS:territorial_dispute:-2:2016/.. | state | bl_adj_pi | char=0,41 | Токио настаивает на возвращении островов.',
          'the claim that stands: each field''s majority, the unit''s span and text, the adjudicator''s');
SELECT is((SELECT concat_ws(' ', value, rule, stood::text, adjudicator) FROM bilateral.adjudication WHERE task_key = 'adj' AND unit = 'adj_src:0-41' AND field = 'stance'),
          '-2 majority {bl_adj_alice,bl_adj_carol} bl_adj_pi', 'the trail: the value, the rule, whose value stood, who adjudicated');
SELECT is((SELECT concat_ws(' ', value, stood::text) FROM bilateral.adjudication WHERE task_key = 'adj' AND unit = 'adj_src:0-41' AND field = 'voice'),
          'state {bl_adj_alice,bl_adj_bob}', 'each field on its own: voice by alice and bob');
SELECT is((SELECT count(*)::int FROM bilateral.adjudication WHERE task_key = 'adj' AND unit = 'adj_src:0-41'), 7,
          'every field of the claim has its trail, measured or not');
SELECT is(ARRAY(SELECT concat_ws(' ', coder, value, adjudicated_value, stood) FROM bilateral.adjudication_trail
                 WHERE task_key = 'adj' AND unit = 'adj_src:0-41' AND field = 'stance' ORDER BY coder),
          ARRAY['bl_adj_alice -2 -2 t', 'bl_adj_bob -1 -2 f', 'bl_adj_carol -2 -2 t'],
          'every coder''s value beside the value that stood');
SELECT is((SELECT array_agg(c.coder::text ORDER BY c.coder) FROM bilateral.adjudication a, unnest(a.coding_ids) i, bilateral.coding c
            WHERE a.claim_id = :c1 AND a.field = 'actor' AND c.coding_id = i),
          ARRAY['bl_adj_alice', 'bl_adj_bob', 'bl_adj_carol'], 'the claim''s provenance leads back to its codings');
SELECT is((SELECT count(*)::int FROM bilateral.adjudication WHERE claim_id = :c1 AND note = 'first pass'), 7, 'with the note');
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adj', 'adj_src:0-41')$$), '^23505 ', 'a unit is adjudicated once');
-- unit 2: alice +2, bob +1, nobody else: a tie, which a pick settles
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adj', 'adj_src:42-84')$$), '^22023 no majority for stance',
               'a tie is no majority: 22023');
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adj', 'adj_src:42-84', 'pick', '{"stance": "bl_adj_bob"}')$$),
               '^22023 no pick for field', 'rule pick needs a coder for every field');
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adj', 'adj_src:42-84', picks => '{"stance": "bl_adj_carol"}')$$),
               '^22023 coder "bl_adj_carol" did not code unit', 'a pick names a coder of the unit');
SELECT bilateral.adjudicate('adj', 'adj_src:42-84', picks => '{"stance": "bl_adj_bob"}') AS c2 \gset
SELECT is((SELECT "position"::text FROM bilateral.position_claim WHERE claim_id = :c2), 'RUS->JPN:economic_cooperation:+1:2016/..',
          'picks settle a field by a coder''s value');
SELECT is((SELECT string_agg(field || ' ' || rule, ', ' ORDER BY field) FROM bilateral.adjudication WHERE claim_id = :c2 AND field IN ('stance', 'voice')),
          'stance pick, voice majority', 'and the trail says which rule decided which field');
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adj', 'adj_src:1-2')$$), '^P0002 no unit', 'an unknown unit: P0002');
RESET ROLE;
SET ROLE bl_adj_bob;
SELECT is((SELECT count(*)::int FROM bilateral.adjudication_trail WHERE task_key = 'adj'), 35,
          'a coder reads the whole trail: 5 codings, 7 fields each');
RESET ROLE;
SET ROLE bl_adj_eve;
SELECT is((SELECT count(*)::int FROM bilateral.adjudication), 0, 'a role outside the task reads no trail');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
