-- pgTAP: the temporal stance queries, codes over time and dyad-year panels,
-- on a small constructed case (users' rows, rolled back) and on shipped facts.
BEGIN;
SELECT plan(45);
SET search_path TO bilateral, public;

-- the case: two actors, two sources, four claims
DO $$
BEGIN
    PERFORM add_actor('AAA', 'Actor A', cow_ccode => 9991);
    PERFORM add_actor('BBB', 'Actor B', cow_ccode => 9992);
    INSERT INTO system_membership (actor, system, member_from, member_to) VALUES
        ('AAA', 'cow', '1900-01-01', NULL), ('BBB', 'cow', '1900-01-01', '1992-06-30'), ('BBB', 'cow', '1994-01-01', NULL);
    PERFORM add_source('s_early', 'Early study', 'A. Author', '2000-01-01', 'en', published_precision => 'year');
    PERFORM add_source('s_late', 'Late study', 'B. Author', '2010-06-15', 'en');
    CREATE TEMP TABLE c AS SELECT
        add_claim('s_early', 'AAA->BBB:energy:+2:1990/1995-06', 'q1') AS c1,
        add_claim('s_late',  'AAA->BBB:energy:-1:1995-07-01/..', 'q2') AS c2,
        add_claim('s_late',  'AAA->BBB:energy:+1:1993/1994', 'q3') AS c3,
        add_claim('s_early', 'BBB->AAA:energy:-3:1990/1990', 'q4') AS c4;
    PERFORM add_treaty('1990-05-01:AAA+BBB:pact', 'Pact', in_force_from => '1991-01-01', in_force_to => '1999-12-31');
END
$$;

-- stance_at: possibly and certainly at the edges of the precision
SELECT results_eq($$SELECT claim_id, certain FROM stance_at('AAA', 'BBB', 'energy', '1990-06-01')$$,
                  $$SELECT c1, false FROM c$$, 'began in 1990: possibly, not certainly, on 1990-06-01');
SELECT results_eq($$SELECT claim_id, certain FROM stance_at('AAA', 'BBB', 'energy', '1990-12-31')$$,
                  $$SELECT c1, true FROM c$$, 'began in 1990: certainly from 1990-12-31');
SELECT results_eq($$SELECT certain FROM stance_at('AAA', 'BBB', 'energy', '1995-06-01')$$,
                  $$VALUES (true)$$, 'ended in 1995-06: certainly until 1995-06-01');
SELECT results_eq($$SELECT certain FROM stance_at('AAA', 'BBB', 'energy', '1995-06-30')$$,
                  $$VALUES (false)$$, 'ended in 1995-06: possibly until 1995-06-30');
SELECT results_eq($$SELECT claim_id FROM stance_at('AAA', 'BBB', 'energy', '1995-07-01')$$,
                  $$SELECT c2 FROM c$$, 'the next claim starts on 1995-07-01');
SELECT results_eq($$SELECT claim_id, certain FROM stance_at('AAA', 'BBB', 'energy', '2999-01-01')$$,
                  $$SELECT c2, true FROM c$$, 'an open end holds for ever');
SELECT is_empty($$SELECT * FROM stance_at('AAA', 'BBB', 'energy', '1989-12-31')$$, 'nothing before the first claim');
SELECT results_eq($$SELECT claim_id FROM stance_at('AAA', 'BBB', 'energy', '1993-06-01') ORDER BY claim_id$$,
                  $$SELECT unnest(ARRAY[c1, c3]) FROM c$$, 'both disagreeing claims hold in 1993');
SELECT results_eq($$SELECT claim_id FROM stance_at('BBB', 'AAA', 'energy', '1990-06-01')$$,
                  $$SELECT c4 FROM c$$, 'directed: BBB toward AAA is another stance');
SELECT results_eq($$SELECT stance, stance_label, source_key, quote FROM stance_at('Actor B', 'aaa', 'energy', '1990-06-01')$$,
                  $$VALUES (-3, 'hostile', 's_early', 'q4')$$, 'names resolve through actor_code(); stance, label, source and quote come back');

-- knowledge time
SELECT is_empty($$SELECT * FROM stance_at('AAA', 'BBB', 'energy', '1990-06-01', known_by => '1999-12-31')$$,
                'known_by before any source: nothing was known');
SELECT is_empty($$SELECT * FROM stance_at('AAA', 'BBB', 'energy', '1990-06-01', known_by => '2000-06-30')$$,
                'a source published "in 2000" is certainly known only from 2000-12-31');
SELECT results_eq($$SELECT claim_id FROM stance_at('AAA', 'BBB', 'energy', '1990-06-01', known_by => '2000-12-31')$$,
                  $$SELECT c1 FROM c$$, 'known by the end of 2000');
SELECT is_empty($$SELECT * FROM stance_at('AAA', 'BBB', 'energy', '1996-01-01', known_by => '2010-06-14')$$,
                'the late source is not yet known the day before it appears');

-- stance_history: maximal periods, contested where the sources disagree
SELECT results_eq($$SELECT valid_from, valid_to, stance, stance_label, contested, stances, sources FROM stance_history('AAA', 'BBB', 'energy')$$,
    $$VALUES ('1990-01-01'::date, '1992-12-31'::date, 2, 'cooperative', false, '{2}'::int[], '{s_early}'::text[]),
             ('1993-01-01', '1994-12-31', NULL, NULL, true, '{1,2}', '{s_early,s_late}'),
             ('1995-01-01', '1995-06-30', 2, 'cooperative', false, '{2}', '{s_early}'),
             ('1995-07-01', NULL, -1, 'cool', false, '{-1}', '{s_late}')$$,
    'history: four maximal periods, the disagreement marked, the open end open');
SELECT results_eq($$SELECT valid_from, valid_to, stance FROM stance_history('AAA', 'BBB', 'energy', known_by => '2001-01-01')$$,
    $$VALUES ('1990-01-01'::date, '1995-06-30'::date, 2)$$, 'history as known in 2001: one period');
SELECT is_empty($$SELECT * FROM stance_history('AAA', 'BBB', 'trade')$$, 'no claims, no history');

-- stance_changes
SELECT results_eq($$SELECT changed_on, precision, issue, from_stance, to_stance, delta FROM stance_changes('AAA', 'BBB')$$,
    $$VALUES ('1993-01-01'::date, 'year', 'energy', 2, NULL::int, NULL::int),
             ('1995-01-01', 'year', 'energy', NULL, 2, NULL),
             ('1995-07-01', 'day', 'energy', 2, -1, -3)$$, 'changes: into and out of the contested period, then down 3');
SELECT results_eq($$SELECT changed_on FROM stance_changes('AAA', 'BBB', 'energy', daterange('1995-01-02', NULL))$$,
    $$VALUES ('1995-07-01'::date)$$, 'changes within a range');

-- conflicting_claims
SELECT results_eq($$SELECT claim_a, claim_b, overlap, stance_a, stance_b, source_a, source_b FROM conflicting_claims('AAA', 'BBB', 'energy')$$,
    $$SELECT c1, c3, daterange('1993-01-01', '1995-01-01'), 2, 1, 's_early', 's_late' FROM c$$, 'one conflict, with its overlap');
SELECT is_empty($$SELECT * FROM conflicting_claims('BBB', 'AAA')$$, 'no conflict the other way');

-- treaties_in_force
SELECT results_eq($$SELECT treaty::text FROM treaties_in_force('BBB', 'AAA', '1995-01-01')$$,
                  $$VALUES ('1990-05-01:AAA+BBB:pact')$$, 'in force, either order of the parties');
SELECT is_empty($$SELECT * FROM treaties_in_force('AAA', 'BBB', '1990-12-31')$$, 'signed but not yet in force');
SELECT is_empty($$SELECT * FROM treaties_in_force('AAA', 'BBB', '2000-01-01')$$, 'no longer in force');
SELECT ok(EXISTS (SELECT 1 FROM treaties_in_force('JPN', 'RUS', '1956-12-31') WHERE slug(treaty) = 'joint_declaration'),
          'the 1956 Joint Declaration is in force on 1956-12-31');

-- codes over time, system membership
SELECT is(code_at('iso3', 'RUS', '1950-01-01'), 'SUN', 'Russia is SUN in ISO 3166-3 in 1950');
SELECT is(code_at('iso_numeric', 'Soviet Union', '1950-01-01'), '810', 'USSR numeric 810');
SELECT is(code_at('iso3', 'RUS', '1992-01-01'), 'RUS', 'Russia is RUS after 1991');
SELECT is(code_at('cow', 'Japón', '2000-01-01'), '740', 'Japan is 740 in COW');
SELECT ok(NOT in_system('cow', 'JPN', '1950-01-01') AND in_system('cow', 'JPN', '1953-01-01') AND in_system('cow', 'JPN', '1940-01-01'),
          'Japan is out of the COW system between 1945 and 1952');
SELECT throws_ok($$SELECT code_at('fips', 'RUS', '1950-01-01')$$, '22023', 'unknown code system: "fips"', 'unknown system refused');
SELECT throws_ok($$SELECT in_system('iso3', 'RUS', '1950-01-01')$$, '22023', NULL, 'membership only for cow and gw');

-- dyad_years
SELECT results_eq($$SELECT ccode1, ccode2, year, issue, stance_mean, stance_min, stance_max, n_claims FROM dyad_years(1993, 1995)
                    WHERE actor1 = 'AAA' AND issue IS NOT NULL ORDER BY year$$,
    $$VALUES (9991, 9992, 1993, 'energy', 1.500, 1, 2, 2), (9991, 9992, 1994, 'energy', 1.500, 1, 2, 2),
             (9991, 9992, 1995, 'energy', round((2 * 181 - 184) / 365.0, 3), -1, 2, 2)$$,
    'stance_mean weights each claim by the days it possibly covers in the year');
SELECT results_eq($$SELECT year, in_system, treaties_in_force FROM dyad_years(1992, 1994) WHERE actor1 = 'AAA' AND issue IS NULL$$,
    $$VALUES (1992, true, 1), (1993, false, 1), (1994, true, 1)$$, 'in_system follows membership in the year; treaties counted');
SELECT results_eq($$SELECT actor1, actor2, n_claims FROM dyad_years(1990, 1990) WHERE 'AAA' IN (actor1, actor2) AND issue IS NULL ORDER BY 1$$,
    $$VALUES ('AAA', 'BBB', 1), ('BBB', 'AAA', 1)$$, 'directed: both directions are dyads');
SELECT results_eq($$SELECT ccode1, ccode2, n_claims, stance_min, stance_max FROM dyad_years(1990, 1990, directed => false) WHERE 'AAA' IN (actor1, actor2) AND issue IS NULL$$,
    $$VALUES (9991, 9992, 2, -3, 2)$$, 'undirected: one dyad, lower code first, both directions pooled');
SELECT ok((SELECT bool_and(NOT in_system) FROM dyad_years(1946, 1951) WHERE ccode1 = 740 AND ccode2 = 365),
          'Japan-Russia 1946-1951 is not a COW dyad');
SELECT ok((SELECT bool_and(in_system) FROM dyad_years(1953, 1960) WHERE ccode1 = 740 AND ccode2 = 365),
          'Japan-Russia is a COW dyad again from 1952');
SELECT throws_ok($$SELECT * FROM dyad_years(2000, 1990)$$, '22023', NULL, 'an empty year range is refused');
-- on a Citus coordinator dyad_years() may turn local execution off for its statement (src/citus.c); it
-- leaves the setting as it found it, and without Citus never defines it
SELECT is(current_setting('citus.enable_local_execution', true),
          CASE WHEN bilateral.is_distributed() THEN 'on' END,
          'dyad_years leaves citus.enable_local_execution as it was');
SELECT ok(bilateral.is_distributed() OR NOT bilateral.local_execution_avoidable(),
          'without Citus there is no local execution to avoid');

-- unknown values are errors naming them, never an empty result
SELECT throws_ok($$SELECT * FROM stance_at('AAA', 'BBB', 'weather', '1990-01-01')$$, '22023', 'unknown issue: "weather"', 'unknown issue');
SELECT throws_ok($$SELECT * FROM stance_at('Atlantis', 'BBB', 'energy', '1990-01-01')$$, '22023', 'unknown actor: "Atlantis"', 'unknown actor');
SELECT throws_ok($$SELECT * FROM stance_history('AAA', 'Atlantis', 'energy')$$, '22023', NULL, 'unknown counterpart in history');

-- every query function is STABLE or IMMUTABLE and PARALLEL SAFE
SELECT is(ARRAY(SELECT p.proname::text FROM pg_proc p
                 WHERE p.pronamespace = 'bilateral'::regnamespace
                   AND p.proname IN ('stance_at', 'stance_history', 'stance_changes', 'conflicting_claims', 'treaties_in_force',
                                     'code_at', 'in_system', 'dyad_years')
                   AND (p.provolatile <> 's' OR p.proparallel <> 's') ORDER BY 1),
          ARRAY[]::text[], 'the query functions are STABLE PARALLEL SAFE');

SELECT * FROM finish();
ROLLBACK;
