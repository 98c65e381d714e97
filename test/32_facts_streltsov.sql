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
-- both sides cool (-1) in 2019-2020; before 2019, as known in 2020, only the chapter's contested May 2016
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, contested, stances FROM stance_history('JPN', 'RUS', 'peace_treaty', known_by => '2020-12-31')$$,
    $$VALUES ('2016-05-01'::date, '2016-05-31'::date, NULL::int, true, '{-1,1}'::int[]),
             ('2019-01-01', '2020-12-31', -1, false, '{-1}')$$,
    'Japan on the peace treaty as known in 2020: May 2016 contested, then the deadlock of 2019-2020');
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance_label, sources FROM stance_history('RUS', 'JPN', 'peace_treaty', known_by => '2020-12-31')$$,
    $$VALUES ('2019-01-01'::date, '2020-12-31'::date, 'cool'::text, '{streltsov_2020}'::text[])$$,
    'Russia on the peace treaty as known in 2020: cool in 2019-2020');
-- "In the author's opinion, it would be appropriate at the first stage to proceed to the conclusion of a
-- basic agreement" (line 2): the author's proposal, not the state's stance, comes back only when asked for
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, sources FROM stance_history('JPN', 'RUS', 'peace_treaty', known_by => '2020-12-31',
                                                                      voices => ARRAY['author_proposal'])$$,
    $$VALUES ('2016-01-01'::date, '2016-12-31'::date, 1, '{russo_japanese_skeptical_view}'::text[]),
             ('2020-01-01', '2020-12-31', 1, '{streltsov_2020}')$$,
    'authors'' proposals on the peace treaty: the chapter''s (2016) and Streltsov''s (2020), +1 each');

-- "В посткрымский период Москва стала проявлять гораздо более негативную ... реакцию" (line 15) -----------
-- claim 300020, Russia -1 toward Japan on military security from 2014-03 (after Crimea) to 2020
SELECT results_eq(
    $$SELECT d, s.certain FROM unnest(ARRAY['2014-02-28', '2014-03-01', '2014-03-30', '2014-03-31']::date[]) d
        JOIN LATERAL stance_at('Москва', 'Токио', 'military_security', d) s ON s.claim_id = 300020
       ORDER BY d$$,
    $$VALUES ('2014-03-01'::date, false), ('2014-03-30', false), ('2014-03-31', true)$$,
    'the post-Crimea reaction: possibly from 1 March 2014, certainly from 31 March 2014');
-- its turning points since 2014: down to cool in March 2014 (known to the month), contested in 2019-2020
-- where the abstract also has both sides "interested ... in creating multilateral dialog mechanisms of
-- international security" (+1), neutral in 2021 (Lafuente: "no plantea, oficialmente, una amenaza")
SELECT results_eq(
    $$SELECT changed_on, precision, to_stance FROM stance_changes('RUS', 'JPN', 'military_security', daterange('2014-01-01', NULL))$$,
    $$VALUES ('2014-03-01'::date, 'month'::text, -1), ('2019-01-01', 'year', NULL::int), ('2021-01-01', 'year', 0)$$,
    'Russia toward Japan on military security since 2014: cool from March 2014, contested 2019-2020, neutral 2021');

-- Personal diplomacy, "Abe and President Putin" (line 2): Japan +2 in 2019-2020, against Lafuente's +1
SELECT results_eq(
    $$SELECT claim_a, claim_b, overlap FROM conflicting_claims('JPN', 'RUS', 'diplomatic_relations')
       WHERE 'streltsov_2020' IN (source_a, source_b) ORDER BY claim_a, claim_b$$,
    $$VALUES (300010::bigint, 400036::bigint, daterange('2019-01-01', '2021-01-01')),
             (300010, 400082, daterange('2019-01-01', '2021-01-01')),
             (300016, 400044, daterange('2019-01-01', '2021-01-01'))$$,
    'Streltsov''s personal diplomacy (+2) and "unpredictable Trump" (+1) against Lafuente''s +1 and +2, over 2019-2020');

-- The 2019 dyad-year, Russia toward Japan, as known at the end of 2020 ---------------------------------
-- Streltsov's ten state claims of Russia toward Japan all cover 2019: security +1 (line 2), -1 ("could
-- stop criticizing", line 2), -1 (post-Crimea, line 15); Korea +1, China +1, personal diplomacy +2,
-- peace treaty -1, G7 status +1 (line 15), maritime +1, quality infrastructure -1: mean 3/10.
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims, treaties_in_force FROM dyad_years(2019, 2019, known_by => '2020-12-31')
       WHERE ccode1 = 365 AND ccode2 = 740 AND issue IS NULL$$,
    $$VALUES (0.300, -1, 2, 10, 1)$$,
    'COW 365->740, 2019, as known in 2020: ten claims, mean 0.3, the 1956 Declaration in force');
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
