-- pgTAP: a sample of the facts coded from document 000 (Pedro Lafuente, "El acercamiento entre
-- Rusia y Japón, un nuevo factor a considerar en Asia", 2021; source_key lafuente_2021), read
-- through the public views (release 1.1 data: 60_data_lafuente_2021.sql, 93_errata_lafuente_2021.sql).

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SELECT plan(24);

-- Source ------------------------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT title, author, publisher, language, published_precision, published::text
        FROM bilateral.sources WHERE source_key = 'lafuente_2021'$$,
    $$VALUES ('El acercamiento entre Rusia y Japón, un nuevo factor a considerar en Asia'::text,
              'Pedro Lafuente'::text, NULL::text, 'es'::text, 'year'::text, '2021-01-01'::text)$$,
    'lafuente_2021: Spanish paper by Pedro Lafuente, 2021, publisher not named in the text');

-- Stance claims ----------------------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM bilateral.positions WHERE source_key = 'lafuente_2021'), 127,
          'lafuente_2021: 127 stance claims (89 of release 1.1, 38 added by the 1.3 audit)');
SELECT ok((SELECT bool_and(shipped) AND bool_and(quote_lang = 'es') FROM bilateral.positions
            WHERE source_key = 'lafuente_2021'),
          'lafuente_2021: every claim shipped, every quote in Spanish');
SELECT results_eq(
    $$SELECT actor, counterpart, stance_label, valid_from::text, valid_to::text FROM bilateral.positions
       WHERE source_key = 'lafuente_2021' AND issue = 'military_security' AND stance = -3
         AND valid_from = DATE '1904-01-01' ORDER BY actor$$,
    $$VALUES ('JPN'::text, 'RUS'::text, 'hostile'::text, '1904-01-01'::text, '1905-12-31'::text),
             ('RUS', 'JPN', 'hostile', '1904-01-01', '1905-12-31')$$,
    'Russo-Japanese War 1904-1905: both sides hostile');
SELECT results_eq(
    $$SELECT actor, counterpart, stance_label FROM bilateral.positions
       WHERE source_key = 'lafuente_2021' AND issue = 'diplomatic_relations'
         AND valid_from = DATE '1905-01-01' AND valid_to = DATE '1917-12-31' ORDER BY actor$$,
    $$VALUES ('JPN'::text, 'RUS'::text, 'cooperative'::text), ('RUS', 'JPN', 'cooperative')$$,
    'cooperation between 1905 and 1917, both directions');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 400043),
          'JPN->RUS:peace_treaty:+2:2012-12/2020',
          'Abe (from December 2012 to 2020) works for a peace treaty with Russia');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 400057),
          'RUS->JPN:territorial_dispute:-2:2011/2021',
          'Russian military build-up on the islands since 2011 (printed "201110")');
SELECT results_eq(
    $$SELECT position::text, quote FROM bilateral.positions WHERE claim_id = 400046$$,
    $$VALUES ('RUS->JPN:peace_treaty:+1:2021-06/2021-06'::text,
              'El pasado mes de junio del 2021, declaró que «Estamos dispuestos a continuar las negociaciones»'::text)$$,
    'June 2021: Putin ready to continue the negotiations, quoted in Spanish');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 400067),
          'JPN->RUS:sanctions:-1:2014/2014',
          'Japan imposed sanctions on Russia in 2014, obliged by its G7 membership');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 400050),
          'RUS->CHN:maritime_disputes:0:2000/2021',
          'Russia neutral on China''s territorial disputes with US allies');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 400030),
          'JPN->USA:us_alliance:+3:1947/1991',
          'Cold War: Japan in the US sphere of influence (the text says "de Japón", see erratum)');

-- Treaties ---------------------------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM bilateral.treaties
            WHERE treaty::text = '1855-02-07:JPN+RUS:shimoda' AND source_key = 'lafuente_2021'), 2,
          'Treaty of Shimoda: two mentions');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.treaties
                   WHERE treaty::text = '1945-02-11:GBR+RUS+USA:yalta_agreement' AND source_key = 'lafuente_2021'
                     AND signed_on::text = '1945-02-11' AND quote LIKE 'El Acuerdo de Yalta7, redactado por los aliados%'),
          'Yalta Agreement mentioned, signed 11 February 1945');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.treaties
                   WHERE treaty::text = '2018-07-17:EUU+JPN:strategic_partnership' AND source_key = 'lafuente_2021'),
          'EU-Japan Strategic Partnership Agreement mentioned');

-- Events -----------------------------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM bilateral.events WHERE source_key = 'lafuente_2021'), 43,
          'lafuente_2021: 43 events (2 added by the 1.3 audit)');
SELECT results_eq(
    $$SELECT name_en, kind, occurred_from::text, occurred_to::text, precision FROM bilateral.events
       WHERE event_id = 400019$$,
    $$VALUES ('Russian President Boris Yeltsin''s visit to Japan'::text, 'visit'::text,
              '1993-10-01'::text, '1993-10-31'::text, 'month'::text)$$,
    'Yeltsin''s visit to Japan in October 1993, month precision');
SELECT results_eq(
    $$SELECT occurred_from::text, precision FROM bilateral.events WHERE event_id = 400008$$,
    $$VALUES ('1922-12-30'::text, 'day'::text)$$,
    'the Soviet Union was created on 30 December 1922 (the text says 1917)');
SELECT results_eq(
    $$SELECT occurred_from::text, occurred_to::text, precision FROM bilateral.events
       WHERE source_key = 'lafuente_2021' AND name_en = 'Japanese general election'$$,
    $$VALUES ('2021-10-31'::text, '2021-10-31'::text, 'day'::text)$$,
    'the Japanese general election of 31 October 2021');

-- Office terms -----------------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT term_from::text, term_to::text FROM bilateral.office_terms
       WHERE source_key = 'lafuente_2021' AND person = 'Donald Trump'$$,
    $$VALUES ('2017-01-20'::text, '2021-01-20'::text)$$,
    'Trump''s term stored correctly (the text says 2016-2020)');
SELECT results_eq(
    $$SELECT term_from::text, term_to::text FROM bilateral.office_terms
       WHERE source_key = 'lafuente_2021' AND person = 'Vladimir Putin' AND office = 'President'
       ORDER BY term_from$$,
    $$VALUES ('2000-05-07'::text, '2008-05-07'::text), ('2012-05-07', NULL)$$,
    'Putin''s two presidential periods (the text says "(2000-)")');
SELECT results_eq(
    $$SELECT office, term_from::text, term_to FROM bilateral.office_terms
       WHERE source_key = 'lafuente_2021' AND person = 'Fumio Kishida'$$,
    $$VALUES ('Prime Minister'::text, '2021-10-04'::text, NULL::date)$$,
    'Kishida (misspelt "Kishide") Prime Minister from 4 October 2021, open end');

-- Indicators -------------------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT value, unit FROM bilateral.indicators
       WHERE source_key = 'lafuente_2021' AND indicator = 'trade_rank' AND actor = 'JPN' AND counterpart = 'CHN'
         AND year = 2021$$,
    $$VALUES (1::numeric, 'rank'::text)$$,
    'China is Japan''s main trading partner (2021)');

-- Errata -----------------------------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM bilateral.errata WHERE source_key = 'lafuente_2021'), 13,
          'lafuente_2021: 13 errata (4 added by the 1.3 audit)');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.errata
                   WHERE source_key = 'lafuente_2021' AND quote LIKE '%desde 201110.%'
                     AND correction LIKE '%2011%footnote 10%'),
          'erratum: footnote number glued to the year 2011');

SELECT * FROM finish();
ROLLBACK;
