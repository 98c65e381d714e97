-- pgTAP: what a researcher gets from the query functions over the rows coded from document 003,
-- the English book chapter "Russo-Japanese relations: a skeptical view" (source_key
-- russo_japanese_skeptical_view, published "2016": known from 2016-12-31). That the rows are
-- installed as data/ has them is tools/test/data.sh's business; here each check is an answer of
-- stance_at, stance_history, stance_changes, conflicting_claims, dyad_years, treaties_in_force,
-- code_at, actor_code or the errata view, and the comment above it names the passage
-- ("line N" of the seed text, tools/seeds.map) that the expected value rests on.

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SET LOCAL search_path = bilateral, public;
SELECT plan(20);

-- Knowledge time: what the literature knew about Sochi, May 2016 -----------------------------------
-- Line 150-154: "At the final press conference during Abe's visit to Sochi in May 2016 ... 'We agreed
-- to resolve it while establishing a future-oriented relationship'" (claim +1, May 2016); line 160: Suga
-- "there is no change in the basic position" (-1, May 2016); lines 170-207: Japan counts on Russian
-- concessions, keeps the claims alive (-1, 2016, four claims). By the end of 2016 this chapter is the
-- only source known, so on 15 May 2016 these six state claims are what was known; none holds certainly
-- on a single day (a month or a year at that precision never certainly covers one day).
SELECT results_eq(
    $$SELECT claim_id, stance, certain FROM stance_at('JPN', 'RUS', 'territorial_dispute', '2016-05-15',
                                                      known_by => '2016-12-31') ORDER BY claim_id$$,
    $$VALUES (100041::bigint, 1, false), (100043, -1, false), (100044, -1, false), (100047, -1, false),
             (100048, -1, false), (100050, -1, false)$$,
    'Sochi, 15 May 2016, as known at the end of 2016: Abe''s +1 against five -1, none certain');
-- a chapter published "in 2016" is certainly published only on 2016-12-31
SELECT is_empty(
    $$SELECT * FROM stance_at('JPN', 'RUS', 'territorial_dispute', '2016-05-15', known_by => '2016-12-30')$$,
    'on 2016-12-30 nothing about May 2016 was known yet (the chapter is dated only by its year)');

-- Precision: "the Soviet Union ... attack[ed] Japan at the end of World War II" -----------------------
-- Line 81: coded August to September 1945 at month precision (-3, claim 100019): it possibly holds from
-- 1945-08-01 to 1945-09-30 and certainly only from the end of August to the start of September.
SELECT results_eq(
    $$SELECT d, s.certain FROM unnest(ARRAY['1945-07-31', '1945-08-01', '1945-08-30', '1945-08-31',
                                             '1945-09-01', '1945-09-02', '1945-09-30', '1945-10-01']::date[]) d
        JOIN LATERAL stance_at('Soviet Union', 'Japan', 'military_security', d) s ON s.claim_id = 100019
       ORDER BY d$$,
    $$VALUES ('1945-08-01'::date, false), ('1945-08-30', false), ('1945-08-31', true), ('1945-09-01', true),
             ('1945-09-02', false), ('1945-09-30', false)$$,
    'the Soviet attack of August-September 1945: possibly through both months, certainly on 31 Aug and 1 Sep only');
SELECT is((SELECT stance_label FROM stance_at('RUS', 'JPN', 'military_security', '1945-08-31') WHERE claim_id = 100019),
          'hostile', 'the attack is read as hostile (-3)');

-- The chapter and Lafuente disagree on those weeks: Lafuente codes the whole Second World War -2
-- ("bandos enfrentados ... (1939-1945)", claim 400026), this chapter the attack -3.
SELECT results_eq(
    $$SELECT claim_a, claim_b, overlap, stance_a, stance_b FROM conflicting_claims('RUS', 'JPN', 'military_security')
       WHERE 'russo_japanese_skeptical_view' IN (source_a, source_b)$$,
    $$VALUES (100019::bigint, 400026::bigint, daterange('1945-08-01', '1945-10-01'), -3, -2)$$,
    'conflict: the chapter''s hostile August-September 1945 against Lafuente''s adversarial war years');
-- so the turning points of 1945: into the contested weeks in August (dated by the month), out in October;
-- the nearest dated event is the chapter's own "Soviet attack on Japan" (event 100004, line 81)
SELECT results_eq(
    $$SELECT changed_on, from_stance, to_stance FROM stance_changes('RUS', 'JPN', 'military_security',
                                                                   daterange('1945-01-01', '1946-01-01'))$$,
    $$VALUES ('1945-08-01'::date, -2, NULL::int), ('1945-10-01', NULL, -2)$$,
    '1945: adversarial, then contested from August 1945, adversarial again from October');
SELECT results_eq(
    $$SELECT precision, nearest_event FROM stance_changes('RUS', 'JPN', 'military_security',
                                                         daterange('1945-08-01', '1945-08-02'))$$,
    $$VALUES ('month'::text, 'Soviet attack on Japan at the end of the Second World War'::text)$$,
    'the August 1945 turn is known to the month, next to the Soviet attack');

-- "Russia traditionally refrains from overly criticizing Japan" (line 76) since the 1956 Declaration ------
-- Claim 100018, +1 from 1956 to the time of writing (2016), and no other state claim on the issue.
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, stance_label, contested, sources FROM stance_history('RUS', 'JPN', 'historical_memory')$$,
    $$VALUES ('1956-01-01'::date, '2016-12-31'::date, 1, 'pragmatic'::text, false, '{russo_japanese_skeptical_view}'::text[])$$,
    'Russia''s restraint on historical issues: one pragmatic period 1956-2016, from this chapter');
SELECT is_empty($$SELECT * FROM stance_history('RUS', 'JPN', 'historical_memory', known_by => '2016-12-30')$$,
                'that restraint is in no source known before the chapter''s year ends');

-- "the Soviet-Japanese Joint Declaration of 1956" (line 84-86) ----------------------------------------
-- signed 19 October 1956, in force from 12 December 1956 (exchange of ratifications, UNTS 3768)
SELECT is_empty($$SELECT * FROM treaties_in_force('JPN', 'RUS', '1956-12-11')$$,
                'signed but not yet in force on 1956-12-11');
SELECT results_eq(
    $$SELECT treaty::text, in_force_from FROM treaties_in_force('Japan', 'Soviet Union', '1956-12-12')$$,
    $$VALUES ('1956-10-19:JPN+RUS:joint_declaration'::text, '1956-12-12'::date)$$,
    'the Joint Declaration is in force from 1956-12-12, found by the names the chapter uses');
-- the chapter says "the USSR": ISO-keyed data find it under the code of the Soviet era
SELECT is(code_at('iso3', 'USSR', '1956-10-19'), 'SUN', 'the USSR of 1956 is SUN in ISO 3166-3');

-- Japan joins the Western sanctions of 1980 (line 129-131: "in 1980, Japan had been very formal in
-- joining Western sanctions against the USSR after the entry of Soviet troops into Afghanistan") --------
SELECT results_eq(
    $$SELECT claim_id, stance_label, certain FROM stance_at('Japan', 'USSR', 'sanctions', '1980-12-31')$$,
    $$VALUES (100037::bigint, 'cool'::text, false)$$,
    'sanctions of 1980: cool, possibly on 1980-12-31 but not certainly (dated by the year only)');
SELECT is_empty($$SELECT * FROM stance_at('JPN', 'RUS', 'sanctions', '1981-01-01')$$,
                'no sanctions stance on 1981-01-01: the chapter dates them to 1980');

-- The 2016 dyad-year as known at the end of 2016 ---------------------------------------------------
-- Territorial question, JPN->RUS, 2016: +1 and -1 for May (31 days each, lines 152 and 160), four -1
-- claims for the year (366 days each): mean (31 - 31 - 4*366) / (2*31 + 4*366) = -1464/1526 = -0.959.
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims, in_system FROM dyad_years(2016, 2016, known_by => '2016-12-31')
       WHERE ccode1 = 740 AND ccode2 = 365 AND issue = 'territorial_dispute'$$,
    $$VALUES (-0.959, -1, 1, 6, true)$$,
    'COW 740->365, 2016, territorial dispute: mean weighted by the days each claim covers');
-- Peace treaty: Abe's "new approach" (+1, line 156) and Suga's "no change in the basic position" (-1,
-- line 160), both May 2016: they cancel out
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims FROM dyad_years(2016, 2016, known_by => '2016-12-31')
       WHERE ccode1 = 740 AND ccode2 = 365 AND issue = 'peace_treaty'$$,
    $$VALUES (0.000, -1, 1, 2)$$,
    'COW 740->365, 2016, peace treaty: the new approach and Suga''s caveat cancel out');

-- Names the chapter uses for the capitals -----------------------------------------------------------
SELECT results_eq(
    $$SELECT actor_code(n) FROM unnest(ARRAY['Moscow', 'Tokyo', 'Beijing', 'Washington', 'Nazi Germany']) n$$,
    $$VALUES ('RUS'::text), ('JPN'), ('CHN'), ('USA'), ('DEU')$$,
    'actor_code: Moscow, Tokyo, Beijing, Washington (lines 19-90) and Nazi Germany (line 80)');

-- Slips recorded as errata, the corrected fact in the row they name -----------------------------------
-- Line 248-250 calls 700 billion yen "the volume" of gas exports: the indicator holds a value
SELECT results_eq(
    $$SELECT i.indicator, i.value, i.unit FROM errata r JOIN indicators i ON i.indicator_id::text = r.subject_id
       WHERE r.subject_kind = 'indicator' AND r.quote LIKE '%the volume of Russian gas exports%'$$,
    $$VALUES ('gas_export_value'::text, 700::numeric, 'jpy_billion'::text)$$,
    'erratum "volume" in yen: the row holds a gas export value of 700 billion yen');
-- Line 237: Sakhalin-2 "operated by Russian, Japanese, US and British companies": no US partner in 2009
SELECT results_eq(
    $$SELECT e.event_key, e.actors FROM errata r JOIN events e ON e.event_id::text = r.subject_id
       WHERE r.subject_kind = 'event' AND r.quote LIKE '%Russian, Japanese, US and British companies%'$$,
    $$VALUES ('sakhalin2_lng_start_2009'::text, ARRAY['RUS', 'JPN']::text[])$$,
    'erratum "US company": the Sakhalin-2 event names Russia and Japan only');
-- Line 65: "the unprecedented decline in oil prices in 2015-16": the fall began in June 2014
SELECT results_eq(
    $$SELECT e.occurred_from, e.occurred_to FROM errata r JOIN events e ON e.event_id::text = r.subject_id
       WHERE r.subject_kind = 'event' AND r.quote LIKE '%decline in oil prices in 2015-16%'$$,
    $$VALUES ('2014-06-01'::date, '2016-01-31'::date)$$,
    'erratum "2015-16": the oil price fall is dated June 2014 to January 2016');

SELECT * FROM finish();
ROLLBACK;
