-- pgTAP: a sample of the facts coded from document 003 (English book chapter "Russo-Japanese
-- relations: a skeptical view"; source_key russo_japanese_skeptical_view), read through the public views.

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SELECT plan(18);

-- stance claims
SELECT is((SELECT count(*)::int FROM bilateral.positions WHERE source_key = 'russo_japanese_skeptical_view'), 76,
          'russo_japanese_skeptical_view: 76 stance claims (62 of release 1.0, 14 added by the 1.3 audit)');
SELECT ok((SELECT bool_and(shipped) FROM bilateral.positions WHERE source_key = 'russo_japanese_skeptical_view'),
          'russo_japanese_skeptical_view: every claim is shipped');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 100042),
          'JPN->RUS:peace_treaty:+1:2016-05/2016-05',
          'Abe''s "new approach" of May 2016 keeps the peace-treaty talks alive');
SELECT results_eq(
    $$SELECT actor, counterpart, issue, stance, stance_label, valid_from::text, valid_to::text
        FROM bilateral.positions WHERE claim_id = 100019$$,
    $$VALUES ('RUS'::text, 'JPN'::text, 'military_security'::text, -3, 'hostile'::text, '1945-08-01'::text, '1945-09-30'::text)$$,
    'the Soviet attack on Japan at the end of World War II, August-September 1945');
SELECT results_eq(
    $$SELECT stance, valid_from::text, valid_to::text FROM bilateral.positions WHERE claim_id = 100018$$,
    $$VALUES (1, '1956-01-01'::text, '2016-12-31'::text)$$,
    'Russia''s restraint on historical issues since the 1956 Joint Declaration');
SELECT ok((SELECT valid_from IS NULL AND valid_to = DATE '1945-12-31' FROM bilateral.positions WHERE claim_id = 100032),
          'the Imperial Army in China: open start, ends 1945');
SELECT is((SELECT quote FROM bilateral.positions WHERE claim_id = 100041),
          'We agreed to resolve it while establishing a future-oriented relationship between Japan and Russia.',
          'Abe''s Sochi statement keeps its exact quote');
SELECT results_eq(
    $$SELECT count(*)::int FROM bilateral.positions
       WHERE source_key = 'russo_japanese_skeptical_view' AND actor = 'RUS' AND counterpart = 'JPN'
         AND issue = 'territorial_dispute' AND stance = -2$$,
    $$VALUES (2)$$,
    'two claims: Russians and Putin will not give up territory');

-- events
SELECT is((SELECT count(*)::int FROM bilateral.events WHERE source_key = 'russo_japanese_skeptical_view'), 15,
          'russo_japanese_skeptical_view: 15 events');
SELECT results_eq(
    $$SELECT event_key, kind, occurred_from::text, occurred_to::text, precision FROM bilateral.events WHERE event_id = 100011$$,
    $$VALUES ('summit_2016_05_06_sochi'::text, 'summit'::text, '2016-05-01'::text, '2016-05-31'::text, 'month'::text)$$,
    'Abe''s visit to Sochi, at the document''s month precision');
SELECT results_eq(
    $$SELECT occurred_from::text, precision, quote FROM bilateral.events WHERE event_id = 100008$$,
    $$VALUES ('1989-01-01'::text, 'year'::text, 'the Tiananmen incident of 1989'::text)$$,
    'the Tiananmen incident of 1989, year precision');
SELECT ok((SELECT actors = ARRAY['RUS', 'JPN'] FROM bilateral.events WHERE event_id = 100014),
          'Sakhalin-2 LNG start (2009): actors RUS and JPN only (the "US" company is an erratum)');

-- treaties
SELECT results_eq(
    $$SELECT signed_on::text, signed_precision, parties, in_force_from::text, locator FROM bilateral.treaties
       WHERE source_key = 'russo_japanese_skeptical_view'$$,
    $$VALUES ('1956-10-19'::text, 'day'::text, ARRAY['JPN', 'RUS']::text[], '1956-12-12'::text, 'line 84'::text)$$,
    'the Soviet-Japanese Joint Declaration of 1956 is the one treaty mentioned');

-- indicators
SELECT is((SELECT value FROM bilateral.indicators
            WHERE source_key = 'russo_japanese_skeptical_view' AND indicator = 'trade_share'
              AND actor = 'JPN' AND counterpart = 'RUS' AND year = 2014), 2.2::numeric,
          'Russia''s share in Japan''s trade turnover in 2014: 2.2%');
SELECT results_eq(
    $$SELECT value, unit FROM bilateral.indicators
       WHERE source_key = 'russo_japanese_skeptical_view' AND indicator = 'trade_rank' AND actor = 'RUS' AND year = 2014$$,
    $$VALUES (7::numeric, 'rank'::text)$$,
    'Japan seventh among Russia''s trade partners in 2014');
SELECT results_eq(
    $$SELECT value, unit FROM bilateral.indicators
       WHERE source_key = 'russo_japanese_skeptical_view' AND indicator = 'gas_export_value'$$,
    $$VALUES (700::numeric, 'jpy_billion'::text)$$,
    'Russian gas exports to Japan in 2014: about 700 billion yen');

-- office terms
SELECT results_eq(
    $$SELECT person, office, actor, term_from::text FROM bilateral.office_terms
       WHERE source_key = 'russo_japanese_skeptical_view' ORDER BY person$$,
    $$VALUES ('Shinzo Abe'::text, 'Prime Minister'::text, 'JPN'::text, '2012-12-26'::text),
             ('Vladimir Putin', 'President', 'RUS', '2012-05-07'),
             ('Yoshihide Suga', 'Chief Cabinet Secretary', 'JPN', '2012-12-26')$$,
    'Abe, Putin and Suga with their offices');
SELECT is_empty(
    $$SELECT term_id FROM bilateral.office_terms
       WHERE source_key = 'russo_japanese_skeptical_view' AND general_knowledge IS NULL$$,
    'every term completed from general knowledge says so');

SELECT * FROM finish();
ROLLBACK;
