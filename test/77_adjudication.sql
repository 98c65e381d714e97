-- pgTAP: adjudication that keeps its trail (issue #24 item 4).  adjudicate() turns the codings of
-- a unit of a closed task into the claim that stands, recording who adjudicated, by which rule and
-- whose value stood for each field; every coder's value stays queryable beside it
-- (adjudication_trail), and the claim's provenance leads back to its codings.  docs/coding.md.
BEGIN;
SELECT plan(60);
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

-- several claims from one unit (adjudicate_claim(), #25): a sentence that says two things (both
-- directions of a dyad), each claim from the codings that say it, with the adjudicator's own value
-- where no coder gave the right one, and a claim no coder made (a baseline)
SET ROLE bl_adj_pi;
SELECT bilateral.add_source('adjm_src', 'A study', 'PI', '2019-05-01', 'en');
SELECT bilateral.add_document('adjm_src', 'Russia and the West are hostile to each other. Talks go on. Japan waits.', NULL);
SELECT bilateral.create_coding_task('adjm', '{bl_adj_alice,bl_adj_bob}', '{adjm_src}', '{actor,counterpart,stance,voice}');
RESET ROLE;
SET ROLE bl_adj_alice;
SELECT bilateral.add_coding('adjm', 'adjm_src', 0, 46, 'RUS->WST:diplomatic_relations:-2:2014/2017', 'state') AS a1 \gset
SELECT bilateral.add_coding('adjm', 'adjm_src', 0, 46, 'WST->RUS:diplomatic_relations:-2:2014/2017', 'state') AS a2 \gset
SELECT bilateral.add_coding('adjm', 'adjm_src', 47, 59, 'RUS->JPN:peace_treaty:1:2019/2019', 'state') AS a3 \gset
SELECT bilateral.add_coding('adjm', 'adjm_src', 20, 46, 'RUS->JPN:diplomatic_relations:0:2014/2017', 'state') AS a4 \gset
SELECT bilateral.add_coding('adjm', 'adjm_src', 60, 72, 'JPN->RUS:peace_treaty:0:2019/2019', 'state') AS a5 \gset
RESET ROLE;
SET ROLE bl_adj_bob;
SELECT bilateral.add_coding('adjm', 'adjm_src', 0, 19, 'RUS->USA:diplomatic_relations:-2:2014/2017', 'author_assessment') AS b1 \gset
SELECT bilateral.add_coding('adjm', 'adjm_src', 0, 46, 'USA->RUS:diplomatic_relations:-2:2014/2017', 'state') AS b2 \gset
SELECT bilateral.add_coding('adjm', 'adjm_src', 47, 59, 'RUS->JPN:peace_treaty:1:2019/2019', 'state') AS b3 \gset
RESET ROLE;
SET ROLE bl_adj_pi;
SELECT bilateral.close_task('adjm');
RESET ROLE;
SET ROLE bl_adj_alice;
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s, %s]::bigint[])', 'adjm', 'adjm_src:0-46', :a1, :b1)),
               '^42501 only the owner', 'adjudicate_claim(): a coder does not adjudicate');
RESET ROLE;
SET ROLE bl_adj_eve;
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s, %s]::bigint[])', 'adjm', 'adjm_src:0-46', :a1, :b1)),
               '^42501 only the owner', 'nor does a role outside the task');
RESET ROLE;
SET ROLE bl_adj_pi;
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s, %s]::bigint[])', 'adjm', 'adjm_src:0-46', :a1, :a3)),
               format('^22023 coding %s is not in unit "adjm_src:0-46"', :a3), 'a coding of another unit is refused, named');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s, %s]::bigint[])', 'adjm', 'adjm_src:0-46', :a1, :b1)),
               '^22023 no majority for counterpart among codings', 'a tie among the codings given is no majority');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s, %s]::bigint[], set_values => %L)', 'adjm', 'adjm_src:0-46', :a1, :b1, '{"counterpart": "WST", "voice": "state"}')),
               '^22023 a value set by the adjudicator needs a note', 'a value no coder gave needs its reason');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s]::bigint[], set_values => %L, note => %L)', 'adjm', 'adjm_src:0-46', :a1, '{"dyad": "WST"}', 'x')),
               '^22023 invalid set_values', 'set_values names fields');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s]::bigint[], quote_from => %s)', 'adjm', 'adjm_src:0-46', :a1, :a3)),
               '^22023 coding \d+ \(quote_from\) is not in unit', 'quote_from is a coding of the unit');
-- claim 1: RUS->WST from alice's a1 and bob's b1, the counterpart and the voice alice's, bob's span
SELECT bilateral.adjudicate_claim('adjm', 'adjm_src:0-46', ARRAY[:a1, :b1]::bigint[], picks => '{"counterpart": "bl_adj_alice", "voice": "bl_adj_alice"}',
                                  quote_from => :b1) AS m1 \gset
SELECT is((SELECT concat_ws(' | ', "position", voice, owner, locator, quote) FROM bilateral.position_claim WHERE claim_id = :m1),
          'RUS->WST:diplomatic_relations:-2:2014/2017 | state | bl_adj_pi | char=0,19 | Russia and the West',
          'a claim from some of the unit''s codings, its span the coding quote_from');
SELECT is(ARRAY(SELECT concat_ws(' ', field, value, rule, stood::text) FROM bilateral.adjudication WHERE claim_id = :m1 AND field IN ('actor', 'counterpart') ORDER BY field),
          ARRAY['actor RUS majority {bl_adj_alice,bl_adj_bob}', 'counterpart WST pick {bl_adj_alice}'],
          'its trail: the majority among its codings, the pick');
SELECT is((SELECT coding_ids FROM bilateral.adjudication WHERE claim_id = :m1 AND field = 'actor'), ARRAY[:a1, :b1]::bigint[],
          'its codings, and only those, are its provenance');
-- claim 2: WST->RUS from a2 and b2, the actor the adjudicator's own (bob read USA)
SELECT bilateral.adjudicate_claim('adjm', 'adjm_src:0-46', ARRAY[:b2, :a2]::bigint[], set_values => '{"actor": "WST"}',
                                  note => 'the West is a collective (codebook)') AS m2 \gset
SELECT is((SELECT concat_ws(' | ', "position", voice, locator) FROM bilateral.position_claim WHERE claim_id = :m2),
          'WST->RUS:diplomatic_relations:-2:2014/2017 | state | char=0,46', 'a second claim from the same unit, spanning its codings');
SELECT is((SELECT concat_ws(' ', value, rule, stood::text, note) FROM bilateral.adjudication WHERE claim_id = :m2 AND field = 'actor'),
          'WST set {} the West is a collective (codebook)', 'a set value: rule set, no coder''s value stood, with its reason');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s]::bigint[], quote_span => int4range(47, 59))', 'adjm', 'adjm_src:0-46', :a1)),
               '^22023 invalid quote_span: \[47,59\) \(unit "adjm_src:0-46" spans 0-46\)', 'quote_span overlaps the unit');
-- claim 3: the baseline neither coder made
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate_claim('adjm', 'adjm_src:0-46', '{}', set_values => '{"actor": "RUS"}', note => 'x')$$),
               '^22023 a claim from no coding needs every field set: counterpart, issue', 'a claim from no coding sets every field');
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate_claim('adjm', 'adjm_src:0-46', '{}',
                  set_values => '{"actor": "RUS", "counterpart": "WST", "issue": "diplomatic_relations", "stance": -2, "valid_from": "2013", "valid_to": "2013", "voice": "state"}')$$),
               '^22023 a value set by the adjudicator needs a note', 'and says why');
SELECT bilateral.adjudicate_claim('adjm', 'adjm_src:0-46', '{}',
         set_values => '{"actor": "RUS", "counterpart": "WST", "issue": "diplomatic_relations", "stance": -2, "valid_from": "2013", "valid_to": "2013", "voice": "state"}',
         note => 'baseline: hostility before the crisis') AS m3 \gset
SELECT is((SELECT concat_ws(' | ', "position", locator) FROM bilateral.position_claim WHERE claim_id = :m3),
          'RUS->WST:diplomatic_relations:-2:2013/2013 | char=0,46', 'a claim no coder made, spanning the unit');
SELECT bilateral.adjudicate_claim('adjm', 'adjm_src:0-46', '{}',
         set_values => '{"actor": "WST", "counterpart": "RUS", "issue": "diplomatic_relations", "stance": "-02", "valid_from": "2013", "valid_to": "2013", "voice": "state"}',
         quote_span => int4range(24, 46), note => 'baseline, the other side') AS m4 \gset
SELECT is((SELECT concat_ws(' | ', locator, quote) FROM bilateral.position_claim WHERE claim_id = :m4),
          'char=24,46 | hostile to each other.', 'quote_span: the adjudicator''s own excerpt');
SELECT is((SELECT count(*)::int FROM bilateral.adjudication WHERE claim_id = :m3 AND rule = 'set' AND coding_ids = '{}'), 7,
          'its trail: every field set, from no coding');
SELECT is((SELECT value FROM bilateral.adjudication WHERE claim_id = :m4 AND field = 'stance'), '-2',
          'a value set is recorded as coding_values writes it');
SELECT is((SELECT count(*)::int FROM bilateral.adjudication WHERE task_key = 'adjm' AND unit = 'adjm_src:0-46'), 28,
          'four claims of one unit, seven fields each');
SELECT is(ARRAY(SELECT concat_ws(' ', claim_id = :m1, coder, value, adjudicated_value, stood) FROM bilateral.adjudication_trail
                 WHERE task_key = 'adjm' AND field = 'counterpart' AND claim_id IN (:m1, :m2, :m3) ORDER BY claim_id, coder),
          ARRAY['t bl_adj_alice WST WST t', 't bl_adj_bob USA WST f', 'f bl_adj_alice RUS RUS t', 'f bl_adj_bob RUS RUS t'],
          'adjudication_trail: each claim''s coders'' values beside the value that stood');
-- a unit is adjudicated whole or claim by claim
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adjm', 'adjm_src:0-46')$$), '^23505 unit "adjm_src:0-46" of task "adjm" is adjudicated already',
               'adjudicate() refuses a unit that has claims');
SELECT ok(bilateral.adjudicate('adjm', 'adjm_src:47-59') IS NOT NULL, 'adjudicate() takes another unit whole');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s]::bigint[])', 'adjm', 'adjm_src:47-59', :a3)),
               '^23505 unit "adjm_src:47-59" of task "adjm" is adjudicated whole already', 'and adjudicate_claim() refuses it then');
-- a coding the adjudicator drops, with its reason (dismiss_coding())
RESET ROLE;
SET ROLE bl_adj_alice;
SELECT matches(pg_temp.err(format('SELECT bilateral.dismiss_coding(%L, %s, %L)', 'adjm', :a4, 'x')), '^42501 only the owner',
               'dismiss_coding(): a coder does not dismiss');
RESET ROLE;
SET ROLE bl_adj_pi;
SELECT matches(pg_temp.err(format('SELECT bilateral.dismiss_coding(%L, %s, %L)', 'adjm', :a4, ' ')), '^22023 a dismissed coding needs its reason',
               'a dismissal needs its reason');
SELECT matches(pg_temp.err(format('SELECT bilateral.dismiss_coding(%L, %s, %L)', 'adjm', 999999999, 'x')), '^22023 coding 999999999 is not in task "adjm"',
               'a coding not of the task is refused');
SELECT matches(pg_temp.err(format('SELECT bilateral.dismiss_coding(%L, %s, %L)', 'adjm', :b1, 'x')), format('^23505 coding %s is taken by claim %s', :b1, :m1),
               'a coding a claim came from is not dismissed');
SELECT is(bilateral.dismiss_coding('adjm', :a4, 'no stance toward Japan in the sentence'), 'adjm_src:0-46', 'dismiss_coding() records the drop, returns the unit');
SELECT is((SELECT concat_ws(' ', unit, adjudicator, reason) FROM bilateral.coding_dismissal WHERE task_key = 'adjm' AND coding_id = :a4),
          'adjm_src:0-46 bl_adj_pi no stance toward Japan in the sentence', 'coding_dismissal: the coding, who dropped it, why');
SELECT matches(pg_temp.err(format('SELECT bilateral.dismiss_coding(%L, %s, %L)', 'adjm', :a4, 'x')), '^23505 coding \d+ is dismissed already',
               'a coding is dismissed once');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s]::bigint[])', 'adjm', 'adjm_src:0-46', :a4)),
               '^22023 coding \d+ is dismissed', 'no claim takes a dismissed coding');
SELECT bilateral.dismiss_coding('adjm', :a5, 'a wait is no stance');
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adjm', 'adjm_src:60-72')$$), '^23505 unit "adjm_src:60-72" of task "adjm" has dismissed codings',
               'adjudicate() takes no unit with a dismissed coding');
RESET ROLE;
SET ROLE bl_adj_bob;
SELECT is((SELECT count(*)::int FROM bilateral.adjudication WHERE task_key = 'adjm'), 35, 'a coder reads every claim''s trail');
SELECT is((SELECT count(*)::int FROM bilateral.coding_dismissal WHERE task_key = 'adjm'), 2, 'and every dismissal');
RESET ROLE;
SET ROLE bl_adj_eve;
SELECT is((SELECT count(*)::int FROM bilateral.coding_dismissal), 0, 'a role outside the task reads none');
RESET ROLE;

-- a claim whose excerpt joins two passages the coders quoted apart (two units): it takes the codings
-- of the neighbouring unit that its quote_span covers whole, and that unit is then adjudicated
SET ROLE bl_adj_pi;
SELECT bilateral.add_source('adjx_src', 'A note', 'PI', '2019-12-01', 'en');
SELECT bilateral.add_document('adjx_src', 'Talks stalled in 2019. Both sides waited.', NULL);
SELECT bilateral.create_coding_task('adjx', '{bl_adj_alice,bl_adj_bob}', '{adjx_src}', '{stance}');
RESET ROLE;
SET ROLE bl_adj_alice;
SELECT bilateral.add_coding('adjx', 'adjx_src', 0, 22, 'RUS->JPN:peace_treaty:-1:2019/2019', 'state') AS x1 \gset
RESET ROLE;
SET ROLE bl_adj_bob;
SELECT bilateral.add_coding('adjx', 'adjx_src', 23, 41, 'RUS->JPN:peace_treaty:-1:2019/2019', 'state') AS x2 \gset
RESET ROLE;
SET ROLE bl_adj_pi;
SELECT bilateral.close_task('adjx');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s, %s]::bigint[])', 'adjx', 'adjx_src:0-22', :x1, :x2)),
               format('^22023 coding %s is not in unit "adjx_src:0-22"', :x2), 'a coding of a neighbouring unit needs a quote_span that covers it');
SELECT matches(pg_temp.err(format('SELECT bilateral.adjudicate_claim(%L, %L, ARRAY[%s, %s]::bigint[], quote_span => int4range(0, 30))', 'adjx', 'adjx_src:0-22', :x1, :x2)),
               format('^22023 coding %s is not in unit', :x2), 'covers it whole');
SELECT bilateral.adjudicate_claim('adjx', 'adjx_src:0-22', ARRAY[:x1, :x2]::bigint[], quote_span => int4range(0, 41)) AS mx \gset
SELECT is((SELECT concat_ws(' | ', "position", locator, quote) FROM bilateral.position_claim WHERE claim_id = :mx),
          'RUS->JPN:peace_treaty:-1:2019/2019 | char=0,41 | Talks stalled in 2019. Both sides waited.',
          'one claim from the codings of two units, quoting both passages');
SELECT is((SELECT concat_ws(' ', unit, coding_ids::text, stood::text) FROM bilateral.adjudication WHERE claim_id = :mx AND field = 'stance'),
          format('adjx_src:0-22 {%s,%s} {bl_adj_alice,bl_adj_bob}', :x1, :x2), 'its trail: the unit named, both codings');
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('adjx', 'adjx_src:23-41')$$), '^23505 unit "adjx_src:23-41" of task "adjx" is adjudicated already',
               'the neighbouring unit, whose coding the claim took, is adjudicated');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
