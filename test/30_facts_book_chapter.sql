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
-- Line 149-154: "At the final press conference during Abe's visit to Sochi in May 2016 ... 'We agreed
-- to resolve it while establishing a future-oriented relationship'" (claim 100041, +1, dated to the day
-- of the Sochi summit, 6 May 2016, from general knowledge, marked; release 1.13 adjudication, unit 44);
-- line 160-164: Suga "there is no change in the basic position" (100043, -1, May 2016: the text gives the
-- month only); lines 170-207: Japan counts on Russian concessions (170), its administrations uphold the
-- claims (193), the "Northern territories" campaigns get lavish budgets (196, claim 100115, new in 1.13),
-- its foreign ministry shows no motivation (198), Tokyo keeps the issue first on the agenda (207): -1,
-- 2016, five claims. By the end of 2016 this chapter is the only source known, so on 6 May 2016 these
-- seven state claims are what was known; only Abe's, dated to that day, holds certainly (a month or a
-- year never certainly covers one day).
SELECT results_eq(
    $$SELECT claim_id, stance, certain FROM stance_at('JPN', 'RUS', 'territorial_dispute', '2016-05-06',
                                                      known_by => '2016-12-31') ORDER BY claim_id$$,
    $$VALUES (100041::bigint, 1, true), (100043, -1, false), (100044, -1, false), (100047, -1, false),
             (100048, -1, false), (100050, -1, false), (100115, -1, false)$$,
    'Sochi, 6 May 2016, as known at the end of 2016: Abe''s +1, certain on the day, against six -1, none certain');
-- a chapter published "in 2016" is certainly published only on 2016-12-31
SELECT is_empty(
    $$SELECT * FROM stance_at('JPN', 'RUS', 'territorial_dispute', '2016-05-06', known_by => '2016-12-30')$$,
    'on 2016-12-30 nothing about May 2016 was known yet (the chapter is dated only by its year)');

-- Precision: "the Soviet Union ... attack[ed] Japan at the end of World War II" -----------------------
-- Line 81: the document gives no date; release 1.13 codes the war to the day from general knowledge
-- (marked; adjudication unit 23: day precision taken over months): -3 from the Soviet declaration of war,
-- 8 August 1945, to Japan's surrender, 2 September 1945 (claim 100019). At day precision the claim holds
-- certainly on every day of that period and not at all on the day before or after.
SELECT results_eq(
    $$SELECT d, s.certain FROM unnest(ARRAY['1945-08-07', '1945-08-08', '1945-08-31', '1945-09-01',
                                             '1945-09-02', '1945-09-03']::date[]) d
        JOIN LATERAL stance_at('Soviet Union', 'Japan', 'military_security', d) s ON s.claim_id = 100019
       ORDER BY d$$,
    $$VALUES ('1945-08-08'::date, true), ('1945-08-31', true), ('1945-09-01', true), ('1945-09-02', true)$$,
    'the Soviet war on Japan, 8 August to 2 September 1945: certain on each day, absent on 7 Aug and 3 Sep');
SELECT is((SELECT stance_label FROM stance_at('RUS', 'JPN', 'military_security', '1945-08-31') WHERE claim_id = 100019),
          'hostile', 'the attack is read as hostile (-3)');

-- The chapter and Lafuente agree on those weeks. Up to 1.12 Lafuente's "bandos enfrentados ...
-- (1939-1945)" was coded -2 for the whole war (claim 400026) and conflicted with this chapter's -3;
-- release 1.13 removed 400026 (Japan and the USSR were neutral under the pact of 13 April 1941 until
-- 8 August 1945: Lafuente's 400143 holds 0 to February 1945), so no claim of another source conflicts
-- with the chapter on RUS->JPN military security, and the weeks of 1945 are one hostile period carried by
-- this chapter (100019, 8 August - 2 September) and by Lafuente's Kuril landings (400027, 18 August -
-- 5 September), uncontested.
SELECT results_eq(
    $$SELECT h.valid_from, h.valid_to, h.stance, h.contested, h.sources,
             (SELECT count(*) FROM conflicting_claims('RUS', 'JPN', 'military_security') c
               WHERE 'russo_japanese_skeptical_view' IN (c.source_a, c.source_b)) AS conflicts
        FROM stance_history('RUS', 'JPN', 'military_security') h
       WHERE h.valid_from >= '1945-01-01' AND h.valid_from < '1946-01-01'$$,
    $$VALUES ('1945-08-08'::date, '1945-09-05'::date, -3, false,
              '{lafuente_2021,russo_japanese_skeptical_view}'::text[], 0::bigint)$$,
    'no conflict: the chapter''s war of August-September 1945 and Lafuente''s Kuril landings agree on -3');
-- so the one turning point of 1945 is into that war on 8 August (dated to the day), from the neutrality
-- that Lafuente's pact claim (400143) last held; the end of the war leaves the stance silent, not changed.
-- The nearest dated event is the Soviet entry into the Pacific war (event_key soviet_entry_pacific_war_1945),
-- in Lafuente's row dated to the day (400015, 8 August 1945); the chapter's row of the same event (100004,
-- line 81) is dated by the month from 1 August, a week further off.
SELECT results_eq(
    $$SELECT changed_on, from_stance, to_stance FROM stance_changes('RUS', 'JPN', 'military_security',
                                                                   daterange('1945-01-01', '1946-01-01'))$$,
    $$VALUES ('1945-08-08'::date, 0, -3)$$,
    '1945: from neutral to hostile on 8 August 1945, no other turn that year');
SELECT results_eq(
    $$SELECT precision, nearest_event FROM stance_changes('RUS', 'JPN', 'military_security',
                                                         daterange('1945-08-08', '1945-08-09'))$$,
    $$VALUES ('day'::text, 'Soviet Union enters the Pacific war against Japan'::text)$$,
    'the August 1945 turn is known to the day, next to the Soviet entry into the Pacific war');

-- "Russia traditionally refrains from overly criticizing Japan" (line 76) since the 1956 Declaration ------
-- Claim 100018, +1 from 1956 to the time of writing (2016); the chapter's other state claims on the issue
-- (100031, the 1960s, line 100; 100090 and 100093, October 1956 to December 1991, lines 84-97; 100095 and
-- 100096, from 1992, lines 109-111) are +1 within that period, and no other source has one.
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
-- Territorial question, JPN->RUS, 2016 (state voice): Abe's +1 on 6 May (1 day, line 152, claim 100041),
-- Suga's -1 for May (31 days, line 160-164, 100043), five -1 claims for the year (366 days each, lines 170,
-- 193, 196, 198, 207): mean (1 - 31 - 5*366) / (1 + 31 + 5*366) = -1860/1862 = -0.999.
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims, in_system FROM dyad_years(2016, 2016, known_by => '2016-12-31')
       WHERE ccode1 = 740 AND ccode2 = 365 AND issue = 'territorial_dispute'$$,
    $$VALUES (-0.999, -1, 1, 7, true)$$,
    'COW 740->365, 2016, territorial dispute: mean weighted by the days each claim covers');
-- Peace treaty (state voice): Abe's "new approach" (+1, line 156, claim 100042) is a proposal, dated to the
-- day it was made (6 May 2016; 1.13 adjudication, unit 45); Suga's "no change in the basic position" (-1,
-- line 160-164, 100066, May 2016: 31 days); and the stagnant negotiations the proposal "stemmed from"
-- (-1, line 158-160, 100107, the baseline from May 2016, when the text places the Sochi visit, to 5 May:
-- 5 days; from the start of 2016 before 1.14): mean (1 - 31 - 5) / (1 + 31 + 5) = -35/37 = -0.946. The author's reading of the new approach (100109)
-- and proposal (100074) are not state voice and do not count.
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims FROM dyad_years(2016, 2016, known_by => '2016-12-31')
       WHERE ccode1 = 740 AND ccode2 = 365 AND issue = 'peace_treaty'$$,
    $$VALUES (-0.946, -1, 1, 3)$$,
    'COW 740->365, 2016, peace treaty: one day of the new approach against Suga''s caveat and the deadlock before it');

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
