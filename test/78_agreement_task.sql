-- pgTAP: agreement(task_key) (issue #24 item 3): one row per field and measure of a closed task,
-- equal to the aggregates of the C core over the task's (unit, coder, value) rows; the unitizing
-- row over the characters each coder coded; refused while the task is open.  docs/coding.md.
BEGIN;
SELECT plan(12);
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['bl_ag_pi', 'bl_ag_alice', 'bl_ag_bob', 'bl_ag_carol'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF;
    END LOOP;
END $$;
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE s text; m text;
BEGIN EXECUTE q; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT; RETURN s || ' ' || m; END $f$;

SET ROLE bl_ag_pi;
SELECT bilateral.add_source('ag_src', 'Study', 'PI', '2019-05-01', 'en');
SELECT bilateral.add_document('ag_src', repeat('Tokyo insists on the islands. ', 4), 'en');   -- 120 characters
SELECT bilateral.create_coding_task('ag3', '{bl_ag_alice,bl_ag_bob,bl_ag_carol}', '{ag_src}', '{stance,voice}');
SELECT bilateral.create_coding_task('ag2', '{bl_ag_alice,bl_ag_bob}', '{ag_src}', '{stance,issue}');
RESET ROLE;
-- three units: [0,30) [30,60) [60,90); bob skips the third, carol codes the first a little shorter
SET ROLE bl_ag_alice;
SELECT bilateral.add_coding('ag3', 'ag_src', 0, 30, 'JPN->RUS:territorial_dispute:-2:2016/..', 'state');
SELECT bilateral.add_coding('ag3', 'ag_src', 30, 60, 'JPN->RUS:territorial_dispute:+1:2016/..', 'state');
SELECT bilateral.add_coding('ag3', 'ag_src', 60, 90, 'JPN->RUS:territorial_dispute:0:2016/..', 'elite');
SELECT bilateral.add_coding('ag2', 'ag_src', 0, 30, 'JPN->RUS:territorial_dispute:-2:2016/..', 'state');
SELECT bilateral.add_coding('ag2', 'ag_src', 30, 60, 'JPN->RUS:peace_treaty:+1:2016/..', 'state');
SELECT bilateral.add_coding('ag2', 'ag_src', 60, 90, 'JPN->RUS:economic_cooperation:+2:2016/..', 'state');
RESET ROLE;
SET ROLE bl_ag_bob;
SELECT bilateral.add_coding('ag3', 'ag_src', 0, 30, 'JPN->RUS:territorial_dispute:-2:2016/..', 'state');
SELECT bilateral.add_coding('ag3', 'ag_src', 30, 60, 'JPN->RUS:territorial_dispute:+1:2016/..', 'elite');
SELECT bilateral.add_coding('ag2', 'ag_src', 0, 30, 'JPN->RUS:territorial_dispute:-1:2016/..', 'state');
SELECT bilateral.add_coding('ag2', 'ag_src', 30, 60, 'JPN->RUS:peace_treaty:+1:2016/..', 'state');
SELECT bilateral.add_coding('ag2', 'ag_src', 60, 90, 'JPN->RUS:territorial_dispute:+2:2016/..', 'state');
RESET ROLE;
SET ROLE bl_ag_carol;
SELECT bilateral.add_coding('ag3', 'ag_src', 5, 30, 'JPN->RUS:territorial_dispute:-1:2016/..', 'state');
SELECT bilateral.add_coding('ag3', 'ag_src', 30, 60, 'JPN->RUS:territorial_dispute:+1:2016/..', 'state');
SELECT bilateral.add_coding('ag3', 'ag_src', 60, 90, 'JPN->RUS:territorial_dispute:0:2016/..', 'elite');
SELECT matches(pg_temp.err($$SELECT * FROM bilateral.agreement('ag3')$$), '^55000 coding task "ag3" is still open',
               'an open task is not measured (a coder would see only their own codings)');
RESET ROLE;
SELECT matches(pg_temp.err($$SELECT * FROM bilateral.agreement('no_such_task')$$), '^22023 unknown coding task', 'an unknown task: 22023');

SET ROLE bl_ag_pi;
SELECT bilateral.close_task('ag3');
SELECT bilateral.close_task('ag2');
-- the reference: the same rows written out, through the aggregates
CREATE TEMP TABLE ref3 (unit text, coder text, stance double precision, voice text);
INSERT INTO ref3 VALUES ('a', 'alice', -2, 'state'), ('a', 'bob', -2, 'state'), ('a', 'carol', -1, 'state'),
                        ('b', 'alice', 1, 'state'), ('b', 'bob', 1, 'elite'), ('b', 'carol', 1, 'state'),
                        ('c', 'alice', 0, 'elite'), ('c', 'carol', 0, 'elite');
SELECT is(ARRAY(SELECT concat_ws(' ', field, measure, n_units, n_coders) FROM bilateral.agreement('ag3')),
          ARRAY['stance percent_agreement 3 3', 'stance krippendorff_alpha 3 3', 'stance fleiss_kappa 3 3', 'stance gwet_ac1 3 3',
                'voice percent_agreement 3 3', 'voice krippendorff_alpha 3 3', 'voice fleiss_kappa 3 3', 'voice gwet_ac1 3 3',
                'span unitizing_alpha 3 3'],
          'three coders: the many-coder measures per field, then unitizing; units and coders counted');
SELECT is((SELECT round(value::numeric, 6) FROM bilateral.agreement('ag3') WHERE field = 'stance' AND measure = 'krippendorff_alpha'),
          (SELECT round(bilateral.krippendorff_alpha(unit, coder, stance, 'interval')::numeric, 6) FROM ref3),
          'stance: Krippendorff''s alpha at the interval level, as over the rows written out');
SELECT is((SELECT round(value::numeric, 6) FROM bilateral.agreement('ag3') WHERE field = 'voice' AND measure = 'krippendorff_alpha'),
          (SELECT round(bilateral.krippendorff_alpha(unit, coder, CASE voice WHEN 'state' THEN 1 ELSE 2 END, 'nominal')::numeric, 6) FROM ref3),
          'voice: nominal alpha');
SELECT is((SELECT array_agg(round(value::numeric, 6) ORDER BY measure) FROM bilateral.agreement('ag3') WHERE field = 'voice' AND measure <> 'krippendorff_alpha'),
          (SELECT ARRAY[round(bilateral.fleiss_kappa(unit, coder, voice)::numeric, 6), round(bilateral.gwet_ac1(unit, coder, voice)::numeric, 6),
                        round(bilateral.percent_agreement(unit, coder, voice)::numeric, 6)] FROM ref3),
          'voice: Fleiss'' kappa, Gwet''s AC1, percent agreement');
SELECT ok((SELECT interval_low <= value AND value <= interval_high FROM bilateral.agreement('ag3') WHERE field = 'stance' AND measure = 'krippendorff_alpha'),
          'alpha carries its bootstrap interval, around it');
SELECT is((SELECT round(value::numeric, 6) FROM bilateral.agreement('ag3') WHERE field = 'span'),
          (SELECT round(bilateral.unitizing_alpha('ag_src', coder, s, e, 120)::numeric, 6)
             FROM (VALUES ('alice', 0, 90), ('bob', 0, 60), ('carol', 5, 90)) x(coder, s, e)),
          'unitizing: alpha over the characters each coder coded (adjoining spans merged)');
SELECT is(ARRAY(SELECT concat_ws(' ', field, measure) FROM bilateral.agreement('ag2') WHERE measure IN ('cohen_kappa', 'weighted_kappa_quadratic')),
          ARRAY['issue cohen_kappa', 'stance cohen_kappa', 'stance weighted_kappa_quadratic'],
          'two coders: Cohen''s kappa for every field, weighted kappa for stance');
SELECT is((SELECT round(value::numeric, 6) FROM bilateral.agreement('ag2') WHERE field = 'stance' AND measure = 'weighted_kappa_quadratic'),
          (SELECT round(bilateral.weighted_kappa(u, c, v, 'quadratic')::numeric, 6)
             FROM (VALUES ('a', 'alice', -2), ('a', 'bob', -1), ('b', 'alice', 1), ('b', 'bob', 1), ('c', 'alice', 2), ('c', 'bob', 2)) x(u, c, v)),
          'stance: quadratic weighted kappa, as over the rows written out');
SELECT is((SELECT round(value::numeric, 6) FROM bilateral.agreement('ag2') WHERE field = 'issue' AND measure = 'cohen_kappa'),
          (SELECT round(bilateral.cohen_kappa(u, c, v)::numeric, 6)
             FROM (VALUES ('a', 'alice', 'territorial_dispute'), ('a', 'bob', 'territorial_dispute'), ('b', 'alice', 'peace_treaty'),
                          ('b', 'bob', 'peace_treaty'), ('c', 'alice', 'economic_cooperation'), ('c', 'bob', 'territorial_dispute')) x(u, c, v)),
          'issue: Cohen''s kappa');
RESET ROLE;
SET ROLE bl_ag_alice;
SELECT is((SELECT count(*)::int FROM bilateral.agreement('ag3')), 9, 'a coder of the closed task measures it too');
RESET ROLE;
SELECT * FROM finish();
ROLLBACK;
