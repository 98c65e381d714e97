-- pgTAP: coding tasks with blind coders (issue #24 item 2).  While a task is open a coder reads
-- only their own codings, whatever the way in: the table, the views, the functions, EXPLAIN
-- ANALYZE's row counts, the planner's estimates and pg_stats, errors; the task's owner sees counts,
-- not values; close_task() opens every coding to the task's coders and owner, nobody else; the
-- units are the overlapping spans of a source.  docs/coding.md.
BEGIN;
SELECT plan(36);
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['bl_ct_pi', 'bl_ct_alice', 'bl_ct_bob', 'bl_ct_eve', 'bl_ct_grp', 'bl_ct_pim'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF;
    END LOOP;
END $$;
GRANT bl_ct_grp TO bl_ct_eve;
GRANT bl_ct_pi TO bl_ct_pim;
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE s text; m text;
BEGIN EXECUTE q; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT; RETURN s || ' ' || m; END $f$;
-- the row counts EXPLAIN ANALYZE shows (actual rows and rows removed, every node), timings left out
CREATE FUNCTION pg_temp.counts(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE j json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF, FORMAT JSON) ' || q INTO j;
    RETURN (SELECT string_agg(m[1] || '=' || m[2], ' ' ORDER BY n)
              FROM regexp_matches(j::text, '"(Actual Rows|Rows Removed by Filter|Rows Removed by Index Recheck|Plan Rows)": (\d+)', 'g')
                   WITH ORDINALITY x(m, n));
END $f$;
GRANT EXECUTE ON FUNCTION pg_temp.counts(text) TO PUBLIC;

SET ROLE bl_ct_pi;
SELECT bilateral.add_source('ct_src', 'A study', 'PI', '2019-05-01', 'en');
SELECT bilateral.add_source('ct_bare', 'No text', 'PI', '2019-05-01', 'en');
SELECT bilateral.add_document('ct_src', repeat('Japan and Russia talk about the islands. ', 5), 'en');
-- who may code blind
RESET ROLE;
SELECT matches(pg_temp.err(format($$SELECT bilateral.create_coding_task('ct_su', ARRAY[%L]::regrole[], '{ct_src}', '{stance}')$$, current_user)),
               '^42501 ', 'a superuser (who reads every row) cannot be a coder');
SET ROLE bl_ct_pi;
SELECT matches(pg_temp.err($$SELECT bilateral.create_coding_task('ct_x', '{bl_ct_alice,bl_ct_grp,bl_ct_eve}', '{ct_src}', '{stance}')$$),
               '^42501 coders are members of one another', 'nor a coder who is a member of another coder''s role');
SELECT matches(pg_temp.err($$SELECT bilateral.create_coding_task('ct_x', '{bl_ct_alice,bl_ct_pim}', '{ct_src}', '{stance}')$$),
               '^42501 coder "bl_ct_pim" and the task''s owner', 'nor a member of the owner''s role (who could close the task)');
SELECT matches(pg_temp.err($$SELECT bilateral.create_coding_task('ct_x', '{bl_ct_alice}', '{pajon_ifri_2017}', '{stance}')$$),
               '^42501 source "pajon_ifri_2017" is not yours', 'a task codes the owner''s own sources');
SELECT matches(pg_temp.err($$SELECT bilateral.create_coding_task('ct_x', '{bl_ct_alice}', '{ct_bare}', '{stance}')$$),
               '^23503 source "ct_bare" has no document', 'with documents');
SELECT matches(pg_temp.err($$SELECT bilateral.create_coding_task('ct_x', '{bl_ct_alice}', '{ct_src}', '{mood}')$$),
               '^22023 invalid fields', 'and known fields');
SELECT is(bilateral.create_coding_task('ct', '{bl_ct_alice,bl_ct_bob}', '{ct_src}', '{stance,voice,issue}'), 'ct',
          'create_coding_task() opens a task');
SELECT is((SELECT coders::text || ' ' || source_chars::text || ' ' || owner FROM bilateral.coding_task WHERE task_key = 'ct'),
          '{bl_ct_alice,bl_ct_bob} {205} bl_ct_pi', 'its coders, its documents'' lengths, its owner');
RESET ROLE;

-- alice codes [0,10) and [30,35); bob [5,12) and [20,30): units [0,12), [20,30), [30,35)
SET ROLE bl_ct_alice;
SELECT bilateral.add_coding('ct', 'ct_src', 0, 10, 'JPN->RUS:territorial_dispute:-2:2016/..', 'state') AS a1 \gset
SELECT bilateral.add_coding('ct', 'ct_src', 30, 35, 'RUS->JPN:territorial_dispute:-1:2016/..', 'elite') AS a2 \gset
SELECT matches(pg_temp.err($$SELECT bilateral.add_coding('ct', 'ct_src', 200, 206, 'JPN->RUS:energy:+1:2016/..')$$),
               '^22023 span 200-206 is out of range', 'a span past the document: 22023');
SELECT matches(pg_temp.err($$SELECT bilateral.add_coding('ct', 'ct_bare', 0, 6, 'JPN->RUS:energy:+1:2016/..')$$),
               '^22023 source "ct_bare" is not coded in task', 'a source the task does not code: 22023');
RESET ROLE;
SET ROLE bl_ct_bob;
SELECT bilateral.add_coding('ct', 'ct_src', 5, 12, 'JPN->RUS:territorial_dispute:-3:2016/..', 'public_opinion') AS b1 \gset
SELECT bilateral.add_coding('ct', 'ct_src', 20, 30, 'JPN->RUS:energy:+2:2016/..', 'state') AS b2 \gset
RESET ROLE;
SET ROLE bl_ct_eve;
SELECT matches(pg_temp.err($$SELECT bilateral.add_coding('ct', 'ct_src', 0, 5, 'JPN->RUS:energy:+1:2016/..')$$),
               '^42501 you are not a coder', 'a role that is not a coder of the task codes nothing');
RESET ROLE;
-- statistics as ANALYZE would gather them, before the estimates below are compared
ANALYZE bilateral.coding;

-- blind while open: alice reads her own codings and nothing of bob's, by any way in
SET ROLE bl_ct_alice;
SELECT is(ARRAY(SELECT coding_id FROM bilateral.coding ORDER BY 1), ARRAY[:a1, :a2]::bigint[], 'alice reads her own codings only');
SELECT is((SELECT count(*)::int FROM bilateral.coding WHERE coder = 'bl_ct_bob' OR coding_id IN (:b1, :b2)), 0,
          'none of bob''s, asked for by coder or by id');
SELECT is((SELECT count(*)::int FROM bilateral.coding_values) + (SELECT count(*)::int FROM bilateral.coding_units), 0,
          'the long views show nothing of an open task');
SELECT is(pg_temp.err($$SELECT count(*) FROM bilateral.coding WHERE 1 / (span_start - 5) IS NOT NULL$$), 'ok',
          'a condition that fails on bob''s row (span_start 5) never runs on it: no error tells it is there');
SELECT is(pg_temp.counts($$SELECT * FROM bilateral.coding WHERE "position" OPERATOR(bilateral.=) 'JPN->RUS:energy:+2:2016/..'::bilateral.bilateral_position$$),
          pg_temp.counts($$SELECT * FROM bilateral.coding WHERE "position" OPERATOR(bilateral.=) 'USA->CHN:energy:+3:2016/..'::bilateral.bilateral_position$$),
          'EXPLAIN ANALYZE counts the same rows for a value bob coded and one nobody did');
SELECT is(pg_temp.counts($$SELECT * FROM bilateral.coding WHERE task_key = 'ct' AND span_start = 20$$),
          pg_temp.counts($$SELECT * FROM bilateral.coding WHERE task_key = 'ct' AND span_start = 21$$),
          'and for a span bob coded and one nobody did');
SELECT is(pg_temp.counts($$SELECT * FROM bilateral.coding WHERE voice = 'public_opinion'$$),
          pg_temp.counts($$SELECT * FROM bilateral.coding WHERE voice = 'author_proposal'$$),
          'and for a voice');
SELECT matches(pg_temp.err($$SELECT bilateral.task_progress('ct')$$), '^42501 ', 'a coder does not see the task''s progress');
SELECT matches(pg_temp.err($$SELECT bilateral.close_task('ct')$$), '^42501 ', 'nor closes it');
SELECT matches(pg_temp.err($$SELECT bilateral.adjudicate('ct', 'ct_src:0-12')$$), '^42501 ', 'nor adjudicates it');
SELECT matches(pg_temp.err($$INSERT INTO bilateral.coding (task_key, source_key, span_start, span_end, "position", voice, coder)
                              VALUES ('ct', 'ct_src', 0, 1, 'JPN->RUS:energy:+1:2016/..', 'state', 'bl_ct_bob')$$),
               '^42501 ', 'nobody writes the codings but add_coding(): no INSERT (nor a coding in another''s name)');
SELECT matches(pg_temp.err($$UPDATE bilateral.coding SET voice = 'elite'$$), '^42501 ', 'no UPDATE');
SELECT matches(pg_temp.err($$SELECT nextval('bilateral.coding_coding_id_seq')$$), '^42501 ', 'no use of the ids'' sequence');
RESET ROLE;
-- the planner's statistics: none are gathered on the codings, so no estimate tells a hidden value
ANALYZE bilateral.coding;
SELECT is((SELECT count(*)::int FROM pg_statistic WHERE starelid = 'bilateral.coding'::regclass), 0,
          'ANALYZE gathers no statistics on the codings'' columns');
SET ROLE bl_ct_alice;
SELECT is((SELECT count(*)::int FROM pg_stats WHERE schemaname = 'bilateral' AND tablename = 'coding'), 0, 'pg_stats shows alice none');
RESET ROLE;
-- the owner: counts, not values
SET ROLE bl_ct_pi;
SELECT is(bilateral.task_progress('ct'),
          '{"closed": false, "coders": {"bl_ct_bob": {"codings": 2, "sources": 1}, "bl_ct_alice": {"codings": 2, "sources": 1}}}'::jsonb,
          'the task''s owner sees how far each coder is, in counts');
SELECT is((SELECT count(*)::int FROM bilateral.coding), 0, 'but reads no coding while the task is open');
SELECT is(bilateral.close_task('ct'), 4::bigint, 'close_task() closes it: four codings');
SELECT is((SELECT count(*)::int FROM bilateral.coding), 4, 'and the owner reads them all');
RESET ROLE;
SET ROLE bl_ct_alice;
SELECT is((SELECT count(*)::int FROM bilateral.coding), 4, 'so does each coder');
SELECT matches(pg_temp.err($$SELECT bilateral.add_coding('ct', 'ct_src', 50, 60, 'JPN->RUS:energy:+1:2016/..')$$),
               '^55000 ', 'a closed task takes no more codings');
SELECT is(ARRAY(SELECT DISTINCT unit FROM bilateral.coding_units WHERE task_key = 'ct' ORDER BY 1),
          ARRAY['ct_src:0-12', 'ct_src:20-30', 'ct_src:30-35'],
          'units: overlapping spans of a source form one ([0,10) and [5,12)); touching spans do not ([20,30), [30,35))');
SELECT is(ARRAY(SELECT concat_ws(' ', unit, field, coder, value) FROM bilateral.coding_values WHERE task_key = 'ct' AND unit = 'ct_src:0-12' ORDER BY 1),
          ARRAY['ct_src:0-12 issue bl_ct_alice territorial_dispute', 'ct_src:0-12 issue bl_ct_bob territorial_dispute',
                'ct_src:0-12 stance bl_ct_alice -2', 'ct_src:0-12 stance bl_ct_bob -3',
                'ct_src:0-12 voice bl_ct_alice state', 'ct_src:0-12 voice bl_ct_bob public_opinion'],
          'coding_values: long rows (task_key, unit, field, coder, value) of the task''s fields');
SELECT is((SELECT count(*)::int FROM bilateral.coding_values WHERE task_key = 'ct'), 12, 'four codings, three fields');
RESET ROLE;
SET ROLE bl_ct_eve;
SELECT is((SELECT count(*)::int FROM bilateral.coding) + (SELECT count(*)::int FROM bilateral.coding_values), 0,
          'a role outside the task reads none, closed or not');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
