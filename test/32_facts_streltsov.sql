-- pgTAP: what a researcher gets from the query functions over the rows coded from document 002,
-- D. V. Streltsov, «Российско-японские отношения: долгосрочные факторы развития» (source_key
-- streltsov_2020, published "2020": known from 2020-12-31): an English abstract (line 2) on "the
-- course of development of Russian-Japanese relations in 2019-2020" and fragments of the Russian text
-- (line 15). Each check is an answer of a query function; the comment above it names the passage of the
-- seed text (tools/seeds.map) the expected value rests on.

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SET LOCAL search_path = bilateral, public;
SELECT plan(16);

-- "its solidarity with the sanctions policy of the Group of Seven towards Russia" (line 2) -----------
-- claim 300002, Japan -1 on sanctions "in 2019-2020": possibly on every day of 2019 and 2020, certainly
-- only where both readings of "2019 to 2020" meet, 2019-12-31 and 2020-01-01
SELECT results_eq(
    $$SELECT d, s.certain FROM unnest(ARRAY['2018-12-31', '2019-01-01', '2019-12-30', '2019-12-31', '2020-01-01',
                                             '2020-01-02', '2020-12-31', '2021-01-01']::date[]) d
        JOIN LATERAL stance_at('Япония', 'Россия', 'sanctions', d) s ON s.claim_id = 300002
       ORDER BY d$$,
    $$VALUES ('2019-01-01'::date, false), ('2019-12-30', false), ('2019-12-31', true), ('2020-01-01', true),
             ('2020-01-02', false), ('2020-12-31', false)$$,
    'Japan''s G7 sanctions "in 2019-2020": possibly through both years, certainly on 2019-12-31 and 2020-01-01 only');
-- knowledge time: a claim of a 2020 source is not known in 2017, and known once 2020 is over
SELECT is_empty($$SELECT * FROM stance_at('JPN', 'RUS', 'sanctions', '2019-06-01', known_by => '2017-12-31')$$,
                'in 2017 nothing was known about Japan''s sanctions of 2019');
SELECT is_empty($$SELECT * FROM stance_at('JPN', 'RUS', 'sanctions', '2019-06-01', known_by => '2020-12-30')$$,
                'nor on 2020-12-30: the article is dated only by its year');
SELECT results_eq(
    $$SELECT claim_id, stance_label, source_key FROM stance_at('JPN', 'RUS', 'sanctions', '2019-06-01', known_by => '2020-12-31')$$,
    $$VALUES (300002::bigint, 'cool'::text, 'streltsov_2020'::text)$$,
    'known by the end of 2020: Japan cool on sanctions in 2019, from Streltsov');

-- "a deadlock in the Peace Treaty talks which emerged in 2019" (line 2) -------------------------------
-- both sides cool (-1) in 2019-2020 (claims 300012, 300013); "emerged in 2019" dates a change, so 1.13
-- codes its baseline (baselines rule, adjudication unit 5): the talks kept alive (+1) in 2018, the year
-- before (claims 300036, 300037). Since 2017, as known in 2020, nothing else: Lafuente's +2 of Abe's
-- years (2012-2020) is not yet known, and the earlier years are the chapter's, not this document's.
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, contested, stances FROM stance_history('JPN', 'RUS', 'peace_treaty', known_by => '2020-12-31')
       WHERE valid_to >= '2017-01-01'$$,
    $$VALUES ('2018-01-01'::date, '2018-12-31'::date, 1, false, '{1}'::int[]),
             ('2019-01-01', '2020-12-31', -1, false, '{-1}')$$,
    'Japan on the peace treaty since 2017 as known in 2020: talks alive in 2018, then the deadlock of 2019-2020');
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance_label, sources FROM stance_history('RUS', 'JPN', 'peace_treaty', known_by => '2020-12-31')
       WHERE valid_to >= '2017-01-01'$$,
    $$VALUES ('2018-01-01'::date, '2018-12-31'::date, 'pragmatic'::text, '{streltsov_2020}'::text[]),
             ('2019-01-01', '2020-12-31', 'cool', '{streltsov_2020}')$$,
    'Russia on the peace treaty since 2017 as known in 2020: pragmatic in 2018, cool in 2019-2020');
-- "In the author's opinion, it would be appropriate at the first stage to proceed to the conclusion of a
-- basic agreement" (line 2): the author's proposal, not the state's stance, comes back only when asked for
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, sources FROM stance_history('JPN', 'RUS', 'peace_treaty', known_by => '2020-12-31',
                                                                      voices => ARRAY['author_proposal'])$$,
    $$VALUES ('2016-01-01'::date, '2016-12-31'::date, 1, '{russo_japanese_skeptical_view}'::text[]),
             ('2020-01-01', '2020-12-31', 1, '{streltsov_2020}')$$,
    'authors'' proposals on the peace treaty: the chapter''s (2016) and Streltsov''s (2020), +1 each');

-- "В посткрымский период Москва стала проявлять гораздо более негативную ... реакцию" (line 15) -----------
-- claim 300020, Russia -1 toward Japan on military security from 2014-03-18 to 2020: the post-Crimea
-- period begins with the annexation (treaty of accession signed 18 March 2014, general knowledge; 1.13
-- takes the day, the finer date, where 1.12 had the month, adjudication unit 12); it ends at the time of
-- writing, known to the year
SELECT results_eq(
    $$SELECT d, s.certain FROM unnest(ARRAY['2014-03-17', '2014-03-18', '2019-12-31', '2020-01-01', '2020-12-31',
                                             '2021-01-01']::date[]) d
        JOIN LATERAL stance_at('Москва', 'Токио', 'military_security', d) s ON s.claim_id = 300020
       ORDER BY d$$,
    $$VALUES ('2014-03-18'::date, true), ('2019-12-31', true), ('2020-01-01', true), ('2020-12-31', false)$$,
    'the post-Crimea reaction: certainly from 18 March 2014, not the day before; possibly to the end of 2020');
-- its turning points since 2014 as known in 2020: "much more negative ... than before" dates a change, so
-- 1.13 codes the reaction before it as neutral (0) from 2014 to 2014-03-17 (claim 300043, baselines rule,
-- adjudication unit 12); down to cool on 2014-03-18 (known to the day), contested in 2019-2020 where the
-- abstract also has both sides "interested ... in creating multilateral dialog mechanisms of
-- international security" (+1, claim 300004) beside "could stop criticizing" (-1, claim 300014). The
-- range starts after the baseline's first day, whose "from" would be the chapter's 1960s; Lafuente's
-- 2021 claims, known only in 2021, are left out by known_by.
SELECT results_eq(
    $$SELECT changed_on, precision, from_stance, to_stance
        FROM stance_changes('RUS', 'JPN', 'military_security', daterange('2014-02-01', NULL), known_by => '2020-12-31')$$,
    $$VALUES ('2014-03-18'::date, 'day'::text, 0, -1), ('2019-01-01', 'year', -1, NULL::int)$$,
    'Russia toward Japan on military security since 2014 as known in 2020: neutral to cool on 18 March 2014, contested 2019-2020');

-- Personal diplomacy, "Abe and President Putin" (line 2): Japan +2 from 2019 until Abe left office on
-- 2020-09-16 (claim 300010; 1.13 ends it with the Abe-Putin diplomacy, adjudication unit 4), against
-- Lafuente's +1 since Putin (400036, from 2000) and since Abe's return (400082, from 2012-12-26). The
-- "unpredictable Trump" factor (line 15): Japan +1 from Trump's inauguration, 2017-01-20, to 2020 (claim
-- 300016, anchored on Trump's presidency, adjudication unit 10), against Lafuente's +2 of Abe's second
-- premiership, 2012-12-26 to 2020-09-16 (400044 "se comprometió personalmente", 400152 "aprovechó todas
-- las oportunidades para reunirse con ... Putin")
SELECT results_eq(
    $$SELECT claim_a, claim_b, overlap FROM conflicting_claims('JPN', 'RUS', 'diplomatic_relations')
       WHERE 'streltsov_2020' IN (source_a, source_b) ORDER BY claim_a, claim_b$$,
    $$VALUES (300010::bigint, 400036::bigint, daterange('2019-01-01', '2020-09-17')),
             (300010, 400082, daterange('2019-01-01', '2020-09-17')),
             (300016, 400044, daterange('2017-01-20', '2020-09-17')),
             (300016, 400152, daterange('2017-01-20', '2020-09-17'))$$,
    'Streltsov''s personal diplomacy (+2, 2019 to Abe''s exit) and "unpredictable Trump" (+1, from 2017-01-20) against Lafuente''s +1 and +2');

-- The 2019 dyad-year, Russia toward Japan, as known at the end of 2020 ---------------------------------
-- Streltsov's nine state claims of Russia toward Japan all cover 2019: security +1 (line 2), -1 ("could
-- stop criticizing", line 2), -1 (post-Crimea, line 15); Korea +1, China +1, personal diplomacy +2,
-- peace treaty -1, G7 status +1 (line 15), maritime +1: mean 4/9. 1.13 removed the present -1 on quality
-- infrastructure (1.12's claim 300031): "show greater understanding" gives no present level (adjudication,
-- dropped A23); only the author's proposal (+1, 2020) remains, which is not the state's voice.
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims, treaties_in_force FROM dyad_years(2019, 2019, known_by => '2020-12-31')
       WHERE ccode1 = 365 AND ccode2 = 740 AND issue IS NULL$$,
    $$VALUES (0.444, -1, 2, 9, 1)$$,
    'COW 365->740, 2019, as known in 2020: nine claims, mean 0.444, the 1956 Declaration in force');
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims FROM dyad_years(2019, 2019, known_by => '2020-12-31')
       WHERE ccode1 = 365 AND ccode2 = 740 AND issue = 'military_security'$$,
    $$VALUES (-0.333, -1, 1, 3)$$,
    'COW 365->740, 2019, military security: +1, -1, -1');
SELECT is_empty($$SELECT * FROM dyad_years(2019, 2019, known_by => '2020-12-30') WHERE ccode1 = 365 AND ccode2 = 740$$,
                'no 2019 cell for Russia toward Japan before the article is known');

-- "its membership in the Security Treaty with the United States" (line 2), asked in Russian ------------
SELECT results_eq(
    $$SELECT treaty::text, in_force_from FROM treaties_in_force('Япония', 'США', '2019-06-01')$$,
    $$VALUES ('1960-01-19:JPN+USA:security_treaty'::text, '1960-06-23'::date)$$,
    'Япония and США: the 1960 Security Treaty in force in 2019');
-- the names of the Russian fragments (line 15): Москва, Пекин, Токио, «Семёрка»
SELECT results_eq(
    $$SELECT actor_code(n) FROM unnest(ARRAY['Москва', 'Пекин', 'Токио', 'Семёрка', 'СССР']) n$$,
    $$VALUES ('RUS'::text), ('CHN'), ('JPN'), ('GSV'), ('RUS')$$,
    'actor_code: Москва, Пекин, Токио, Семёрка and СССР');
-- "российский министр иностранных дел С.В." (line 15) breaks off: the erratum names the office term
-- that holds the minister's name
SELECT results_eq(
    $$SELECT o.person, o.office, o.actor FROM errata r JOIN office_terms o ON o.term_id::text = r.subject_id
       WHERE r.subject_kind = 'office_term' AND r.quote = 'российский министр иностранных дел С.В.'$$,
    $$VALUES ('Sergey Lavrov'::text, 'Minister of Foreign Affairs'::text, 'RUS'::text)$$,
    'erratum "С.В.": the office term names Sergey Lavrov, Russia''s foreign minister');

SELECT * FROM finish();
ROLLBACK;
