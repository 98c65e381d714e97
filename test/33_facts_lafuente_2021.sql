-- pgTAP: what a researcher gets from the query functions over the rows coded from document 000, Pedro
-- Lafuente, «El acercamiento entre Rusia y Japón, un nuevo factor a considerar en Asia» (source_key
-- lafuente_2021, Documento de Opinión 122/2021, dated "2021": known from 2021-12-31). The paper runs
-- from the Treaty of Shimoda (1855) to October 2021, in Spanish, and holds most of the dataset's
-- errata. Each check is an answer of a query function or of the errata view; the comment above it
-- names the passage ("line N" of the seed text, tools/seeds.map) the expected value rests on.

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SET LOCAL search_path = bilateral, public;
SELECT plan(25);

-- The long view: Japan toward Russia, 1855-1955, in Lafuente's words ------------------------------------
-- line 154 "Tras su firma, ambos países mantuvieron unas relaciones cordiales" (+2, 1855-1889); line 158
-- "en la década de 1890, Japón ... " confrontation (-2, 1890-1904); line 196 "entre 1905 y 1917 volvieron
-- al ambiente de cooperación" (+2); line 208 "tendieron a ser hostiles" under the Communist government
-- (-2, from 1917): 1917 is claimed both ways, so contested.
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, stance_label, contested FROM stance_history('Japón', 'Rusia', 'diplomatic_relations')
       WHERE valid_from < '1956-01-01'$$,
    $$VALUES ('1855-01-01'::date, '1889-12-31'::date, 2, 'cooperative'::text, false),
             ('1890-01-01', '1904-12-31', -2, 'adversarial', false),
             ('1905-01-01', '1916-12-31', 2, 'cooperative', false),
             ('1917-01-01', '1917-12-31', NULL, NULL, true),
             ('1918-01-01', '1955-12-31', -2, 'adversarial', false)$$,
    'Japan toward Russia 1855-1955: cordial, confrontation, cooperation, 1917 contested, hostile years');
SELECT results_eq(
    $$SELECT changed_on, from_stance, to_stance, delta FROM stance_changes('Rusia', 'Japón', 'diplomatic_relations',
                                                                          daterange(NULL, '1919-01-01'))$$,
    $$VALUES ('1890-01-01'::date, 2, -2, -4), ('1905-01-01', -2, 2, 4), ('1917-01-01', 2, NULL::int, NULL::int),
             ('1918-01-01', NULL, -2, NULL)$$,
    'Russia toward Japan before 1919: down 4 in 1890, up 4 in 1905, contested 1917, adversarial from 1918');
-- line 170 (Rusia) "llegando a acuerdos muy favorables con China, estableciendo una base militar en Porth
-- Arthur" (+2 toward China in the 1890s): Spanish names resolve
SELECT results_eq(
    $$SELECT claim_id, stance_label FROM stance_at('Rusia', 'China', 'diplomatic_relations', '1895-01-01')$$,
    $$VALUES (400017::bigint, 'cooperative'::text)$$,
    'Russia cooperative toward China in 1895 (Port Arthur)');

-- The Russo-Japanese War (line 182-184), 1904-1905 by the year ------------------------------------------
SELECT results_eq(
    $$SELECT d, s.claim_id, s.stance_label, s.certain FROM unnest(ARRAY['1903-12-31', '1904-02-08', '1904-12-31', '1905-01-01',
                                                                      '1905-09-05', '1906-01-01']::date[]) d
        JOIN LATERAL stance_at('Japón', 'Rusia', 'military_security', d) s ON true ORDER BY d$$,
    $$VALUES ('1904-02-08'::date, 400018::bigint, 'hostile'::text, false), ('1904-12-31', 400018, 'hostile', true),
             ('1905-01-01', 400018, 'hostile', true), ('1905-09-05', 400018, 'hostile', false)$$,
    'the war "1904-1905": possibly on any day of both years, certainly only at the turn of the year');
-- 1904: Japan's -2 of the 1890s (line 158), its offer on Korea (+1, line 164) and the war (-3, line 182);
-- two rows of the same war (lines 182 and 202) are one event
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims, events, in_system FROM dyad_years(1904, 1904)
       WHERE ccode1 = 740 AND ccode2 = 365 AND issue IS NULL$$,
    $$VALUES (-1.333, -3, 1, 3, 1, true)$$,
    'COW 740->365, 1904: three claims, mean -4/3, one war');
-- 1855: the cordial years begin (line 154) but Japan enters the COW system only in 1860, and the Treaty
-- of Shimoda has no recorded entry into force, so it is not counted as in force
SELECT results_eq(
    $$SELECT stance_mean, n_claims, treaties_in_force, in_system FROM dyad_years(1855, 1855)
       WHERE ccode1 = 740 AND ccode2 = 365 AND issue IS NULL$$,
    $$VALUES (2.000, 2, 0, false)$$,
    'COW 740->365, 1855: cooperative, outside the COW system, no treaty known to be in force');
SELECT is_empty($$SELECT * FROM treaties_in_force('Japón', 'Rusia', '1870-01-01')
                  UNION ALL SELECT * FROM treaties_in_force('Estados Unidos', 'Rusia', '1945-03-01')
                  UNION ALL SELECT * FROM treaties_in_force('Japón', 'UE', '2021-06-01')$$,
                'Shimoda (1855), Yalta (1945) and the EU-Japan SPA (2018): mentioned, never listed in force without a date of entry into force');
-- 1946: still hostile (line 208) while Japan is under occupation, out of the COW system
SELECT results_eq(
    $$SELECT stance_mean, n_claims, in_system FROM dyad_years(1946, 1946) WHERE ccode1 = 740 AND ccode2 = 365 AND issue IS NULL$$,
    $$VALUES (-2.000, 1, false)$$,
    'COW 740->365, 1946: a row with the claim, marked outside the system');

-- 1945: the Kuril landings (line 230), dated to the day by erratum 400010 --------------------------------
-- "desembarcaron en las islas Kuriles, en agosto de 1945, solo cinco días antes" of the surrender: the
-- landings ran from 18 August to 5 September 1945 (claim 400095, -3, day precision)
SELECT results_eq(
    $$SELECT d, s.claim_id, s.certain FROM unnest(ARRAY['1945-08-17', '1945-08-18', '1945-09-05', '1945-09-06']::date[]) d
        JOIN LATERAL stance_at('Unión Soviética', 'Japón', 'territorial_dispute', d) s ON true ORDER BY d$$,
    $$VALUES ('1945-08-18'::date, 400095::bigint, true), ('1945-09-05', 400095, true)$$,
    'the Kuril landings: certain from 18 August to 5 September 1945, nothing the day before or after');
SELECT results_eq(
    $$SELECT e.occurred_from, e.occurred_to FROM errata r JOIN events e ON e.event_id::text = r.subject_id
       WHERE r.subject_kind = 'event' AND r.quote LIKE '%solo cinco días antes%'$$,
    $$VALUES ('1945-08-18'::date, '1945-09-05'::date)$$,
    'erratum "cinco días antes": the landing event runs 1945-08-18 .. 1945-09-05');

-- "La entrada de Japón en la esfera de influencia de Japón" (line 238) means that of the United States --
SELECT results_eq(
    $$SELECT p.actor, p.counterpart, p.stance_label FROM errata r JOIN positions p ON p.claim_id::text = r.subject_id
       WHERE r.subject_kind = 'claim' AND r.quote LIKE 'La entrada de Japón en la esfera de influencia de Japón%'$$,
    $$VALUES ('JPN'::text, 'USA'::text, 'aligned'::text)$$,
    'erratum "de Japón": the claim holds Japan aligned with the United States');
SELECT results_eq(
    $$SELECT issue, stance_mean, n_claims, treaties_in_force FROM dyad_years(1960, 1960) WHERE ccode1 = 740 AND ccode2 = 2
       ORDER BY issue NULLS LAST$$,
    $$VALUES ('us_alliance'::text, 3.000, 1, 1), (NULL, 3.000, 1, 1)$$,
    'COW 740->2, 1960: aligned, with the Security Treaty in force from June 1960');

-- "la creación de la Unión Soviética en 1917" (line 206): it was 30 December 1922 -----------------------
SELECT results_eq(
    $$SELECT e.occurred_from FROM errata r JOIN events e ON e.event_id::text = r.subject_id
       WHERE r.subject_kind = 'event' AND r.quote LIKE '%creación de la Unión Soviética en 1917%'$$,
    $$VALUES ('1922-12-30'::date)$$,
    'erratum "1917": the founding of the USSR is dated 1922-12-30');
SELECT results_eq(
    $$SELECT code_at('iso3', 'URSS', '1922-12-29'), code_at('iso3', 'URSS', '1922-12-30'), code_at('iso3', 'URSS', '1991-12-27')$$,
    $$VALUES ('RUS'::text, 'SUN'::text, 'RUS'::text)$$,
    'code_at: SUN from the day the USSR was founded to its end, RUS before and after');

-- "Rusia ha estado ampliando su presencia militar en las islas desde 201110" (line 483-485) --------------
SELECT results_eq(
    $$SELECT e.occurred_from, e.precision FROM errata r JOIN events e ON e.event_id::text = r.subject_id
       WHERE r.subject_kind = 'event' AND r.quote LIKE '%desde 201110.%'$$,
    $$VALUES ('2011-01-01'::date, 'year'::text)$$,
    'erratum "201110": the military build-up is dated from 2011 (footnote 10 glued to the year)');
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance FROM stance_history('Kremlin', 'Tokio', 'territorial_dispute')
       WHERE valid_from BETWEEN '2000-01-01' AND '2015-12-31'$$,
    $$VALUES ('2011-01-01'::date, '2015-12-31'::date, -2)$$,
    'Russia adversarial on the islands from 2011 (not from the year 201110)');
-- 2021, Russia on the islands: «palo y zanahoria» (-2, line 69), the build-up (-2, line 483), "la parte
-- satisfecha con el statu quo" (-1, line 353)
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims FROM dyad_years(2021, 2021)
       WHERE ccode1 = 365 AND ccode2 = 740 AND issue = 'territorial_dispute'$$,
    $$VALUES (-1.667, -2, -1, 3)$$,
    'COW 365->740, 2021, territorial dispute: -2, -2, -1');

-- June 2021: «Estamos dispuestos a continuar las negociaciones» (line 349) --------------------------------
-- +1 in June 2021 (30 days), +1 "lleva años presionando para enterrar el hacha de guerra" (line 355) and -1
-- "ha impedido hasta hoy la firma de un tratado de paz" (line 481), both for 2021 (365 days):
-- mean (30 + 365 - 365) / 760 = 0.039
SELECT results_eq(
    $$SELECT claim_id, stance, certain FROM stance_at('Moscú', 'Tokio', 'peace_treaty', '2021-06-15') ORDER BY claim_id$$,
    $$VALUES (400046::bigint, 1, false), (400047, 1, false), (400113, -1, false)$$,
    'Russia on the peace treaty, 15 June 2021: two +1 and one -1, none certain');
SELECT ok((SELECT quote LIKE '%«Estamos dispuestos a continuar las negociaciones»%'
             FROM stance_at('RUS', 'JPN', 'peace_treaty', '2021-06-15') WHERE claim_id = 400046),
          'stance_at returns Putin''s words in the Spanish of the paper');
SELECT results_eq(
    $$SELECT stance_mean, stance_min, stance_max, n_claims FROM dyad_years(2021, 2021)
       WHERE ccode1 = 365 AND ccode2 = 740 AND issue = 'peace_treaty'$$,
    $$VALUES (0.039, -1, 1, 3)$$,
    'COW 365->740, 2021, peace treaty: weighted by days, June counts for 30 of 760');
SELECT is_empty($$SELECT * FROM stance_at('RUS', 'JPN', 'peace_treaty', '2021-06-15', known_by => '2021-12-30')$$,
                'a paper dated "2021" is not known before 2021-12-31');

-- Japan on the peace treaty, every source: Abe "se comprometió personalmente" (line 329, +2, from
-- December 2012 to 2020) runs through the chapter's May 2016 and Streltsov's deadlock of 2019-2020 --------
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, contested, stances FROM stance_history('JPN', 'RUS', 'peace_treaty')$$,
    $$VALUES ('1993-10-01'::date, '1993-10-31'::date, 1, false, '{1}'::int[]),
             ('2012-12-01', '2016-04-30', 2, false, '{2}'),
             ('2016-05-01', '2016-05-31', NULL, true, '{-1,1,2}'),
             ('2016-06-01', '2018-12-31', 2, false, '{2}'),
             ('2019-01-01', '2020-12-31', NULL, true, '{-1,2}'),
             ('2021-01-01', '2021-12-31', -1, false, '{-1}')$$,
    'Japan on the peace treaty: Yeltsin''s visit, Abe''s commitment, contested May 2016 and 2019-2020, cool in 2021');
SELECT results_eq(
    $$SELECT claim_a, claim_b, overlap FROM conflicting_claims('JPN', 'RUS', 'peace_treaty') ORDER BY claim_a$$,
    $$VALUES (100042::bigint, 400043::bigint, daterange('2016-05-01', '2016-06-01')),
             (100066, 400043, daterange('2016-05-01', '2016-06-01')),
             (300012, 400043, daterange('2019-01-01', '2021-01-01'))$$,
    'Abe''s commitment conflicts with the new approach and Suga''s caveat (May 2016) and the deadlock (2019-2020)');

-- Names and the terms the paper gets wrong --------------------------------------------------------------
SELECT results_eq(
    $$SELECT actor_code(n) FROM unnest(ARRAY['Moscú', 'Kremlin', 'Tokio', 'Pekín', 'Imperio de Japón', 'Federación Rusa', 'EE. UU.']) n$$,
    $$VALUES ('RUS'::text), ('RUS'), ('JPN'), ('CHN'), ('JPN'), ('RUS'), ('USA')$$,
    'actor_code: the Spanish names of the paper');
-- "administración de Donald Trump (2016-2020)" (line 565), "Fumio Kishide" (line 372)
SELECT results_eq(
    $$SELECT o.person, o.term_from, o.term_to FROM errata r JOIN office_terms o ON o.term_id::text = r.subject_id
       WHERE r.subject_kind = 'office_term' AND (r.quote LIKE '%Donald Trump (2016-2020)%' OR r.quote LIKE '%Fumio Kishide%')
       ORDER BY o.person$$,
    $$VALUES ('Donald Trump'::text, '2017-01-20'::date, '2021-01-20'::date), ('Fumio Kishida', '2021-10-04', NULL)$$,
    'errata "Trump (2016-2020)" and "Kishide": the terms hold Trump 2017-2021 and Kishida from 4 October 2021');

SELECT * FROM finish();
ROLLBACK;
