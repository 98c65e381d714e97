-- pgTAP: timeline_svg() on a small constructed case (users' rows, rolled back): the SVG's
-- structure, read with xpath in the SVG namespace.  Reference: docs/timeline.md.
BEGIN;
SELECT plan(40);
SET search_path TO bilateral, public;

-- xpath in the SVG namespace: the values, and a count
CREATE FUNCTION pg_temp.v(doc xml, path text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS
$$ SELECT unnest(xpath(path, doc, ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']]))::text $$;
CREATE FUNCTION pg_temp.n(doc xml, path text) RETURNS int LANGUAGE sql IMMUTABLE AS
$$ SELECT (pg_temp.v(doc, 'count(' || path || ')'))::numeric::int $$;

-- the case: energy with a contested stretch, bounds of every precision and an open end; trade
-- known to the day; a claim the other way round; events and a treaty
DO $$
BEGIN
    PERFORM add_actor('AAA', 'Actor A');
    PERFORM add_actor('BBB', 'Actor B');
    PERFORM add_source('s_early', 'Early study', 'A. Author', '2000-01-01', 'en', published_precision => 'year');
    PERFORM add_source('s_late', 'Late study', 'B. Author', '2010-06-15', 'en');
    PERFORM add_claim('s_early', 'AAA->BBB:energy:+2:1990/1995-06', 'q1');
    PERFORM add_claim('s_late',  'AAA->BBB:energy:-1:1995-07-01/..', 'q2');
    PERFORM add_claim('s_late',  'AAA->BBB:energy:+1:1993/1994', 'q3');
    PERFORM add_claim('s_early', 'AAA->BBB:trade:-3:1991-03-05/1992-02-10', 'q4');
    PERFORM add_claim('s_early', 'BBB->AAA:sanctions:-3:1990/1990', 'q5');
    PERFORM add_event('s_early', 'summit_1994', 'Summit of A and B', 'summit', '1994-05', ARRAY['AAA', 'BBB'], 'q6');
    PERFORM add_event('s_late', 'summit_1994', 'Summit <A & B> in "Capital"', 'summit', '1994-05-12', ARRAY['Actor A', 'BBB'], 'q7');
    PERFORM add_event('s_late', 'election_1993', 'Election in A', 'election', '1993', ARRAY['AAA'], 'q8');
    PERFORM add_treaty('1992-05-01:AAA+BBB:pact', 'Pact of A and B');
END
$$;
CREATE TEMP TABLE pic AS
SELECT timeline_svg('AAA', 'BBB') AS whole,
       timeline_svg('Actor A', 'bbb', during => daterange('1994-01-01', '1996-01-01')) AS part,
       timeline_svg('AAA', 'BBB', during => daterange('1855-01-01', '2022-01-01')) AS long;

-- the function
SELECT volatility_is('bilateral', 'timeline_svg', ARRAY['text', 'text', 'text[]', 'daterange'], 'stable',
                     'timeline_svg is STABLE: it reads the tables');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'bilateral.timeline_svg(text, text, text[], daterange)'::regprocedure),
          's', 'timeline_svg is PARALLEL SAFE');
SELECT ok((SELECT obj_description('bilateral.timeline_svg(text, text, text[], daterange)'::regprocedure, 'pg_proc') IS NOT NULL),
          'timeline_svg has a comment');

-- the document
SELECT ok((SELECT xml_is_well_formed_document(whole::text) FROM pic), 'a well-formed XML document');
SELECT is((SELECT pg_temp.v(whole, 'namespace-uri(/*)') FROM pic), 'http://www.w3.org/2000/svg', 'an svg element in the SVG namespace');
SELECT is((SELECT pg_temp.v(whole, '/s:svg/@viewBox') FROM pic) ~ '^0 0 1000 [0-9]+$', true, 'a viewBox 1000 wide');
SELECT is((SELECT pg_temp.v(whole, '/s:svg/@data-from') || ' ' || pg_temp.v(whole, '/s:svg/@data-to') FROM pic),
          '1990-01-01 1995-12-31', 'during NULL: the span of the data, in whole years (an open end stops at the last dated bound)');
SELECT is((SELECT pg_temp.v(part, '/s:svg/@data-from') || ' ' || pg_temp.v(part, '/s:svg/@data-to') FROM pic),
          '1994-01-01 1995-12-31', 'during: the range asked for');
SELECT is((SELECT md5(timeline_svg('AAA', 'BBB')::text) FROM pic), (SELECT md5(whole::text) FROM pic), 'same data, same bytes');
SELECT ok((SELECT pg_temp.v(whole, '//s:g[@class="event"]/s:title/text()') FROM pic) LIKE '%Summit &lt;A &amp; B&gt; in "Capital"%',
          'names are escaped text, not markup');

-- lanes and segments
SELECT results_eq($$SELECT pg_temp.v(whole, '//s:g[@class="lane"]/@data-issue') FROM pic$$,
                  $$VALUES ('energy'), ('trade')$$, 'one lane per issue with claims of AAA toward BBB, in codebook order');
SELECT results_eq($$SELECT pg_temp.v(s, '/*/@data-from'), pg_temp.v(s, '/*/@data-to'), pg_temp.v(s, '/*/@data-stance'), pg_temp.v(s, '/*/@data-stances')
                      FROM pic, unnest(xpath('//s:g[@data-issue="energy"]/s:g[@class="segment"]', whole,
                                             ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']])) s$$,
                  $$VALUES ('1990-01-01', '1992-12-31', '+2', '+2'), ('1993-01-01', '1994-12-31', 'contested', '+1 +2'),
                           ('1995-01-01', '1995-06-30', '+2', '+2'), ('1995-07-01', '', '-1', '-1')$$,
                  'the segments are stance_history''s rows; an open end has an empty data-to');
SELECT is((SELECT pg_temp.v(whole, '//s:g[@data-issue="trade"]/s:g[@class="segment"]/@data-issue') FROM pic), 'trade', 'segments carry their issue');
SELECT is((SELECT pg_temp.n(whole, '//s:g[@data-stance="contested"]/s:rect[@class="contested"]') FROM pic), 1, 'the contested segment is marked');
SELECT is((SELECT pg_temp.n(whole, '//s:g[@data-stance="contested"]/s:rect[@class="stance"]') FROM pic), 2, 'one band per claimed stance');
SELECT results_eq($$SELECT pg_temp.v(whole, '//s:g[@data-stance="contested"]/s:rect[@class="stance"]/@fill') FROM pic$$,
                  $$VALUES ('#67a9cf'), ('#d1e5f0')$$, 'the bands in the scale''s colours, the higher stance on top');
SELECT ok((SELECT pg_temp.v(whole, '//s:g[@data-stance="contested"]/s:title/text()') FROM pic)
          LIKE '%contested, the sources say +1 pragmatic and +2 cooperative (s_early, s_late)', 'its title lists the stances and sources');

-- uncertainty: where a bound is known only to the year or the month
SELECT results_eq($$SELECT pg_temp.v(s, '/*/@data-from'), pg_temp.v(u, '/*/@data-bound'), pg_temp.v(u, '/*/@data-precision')
                      FROM pic, unnest(xpath('//s:g[@data-issue="energy"]/s:g[@class="segment"]', whole,
                                             ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']])) s,
                           unnest(xpath('/*/s:rect[@class="uncertain"]', s, ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']])) u$$,
                  $$VALUES ('1990-01-01', 'from', 'year'), ('1993-01-01', 'from', 'year'), ('1993-01-01', 'to', 'year'),
                           ('1995-01-01', 'to', 'month')$$,
                  'uncertain stretches at the bounds known to the year (1990, 1993, 1994) and the month (1995-06)');
SELECT is((SELECT pg_temp.n(whole, '//s:g[@data-issue="trade"]//s:rect[@class="uncertain"]') FROM pic), 0, 'bounds known to the day: nothing uncertain');
SELECT is((SELECT pg_temp.v(whole, '(//s:rect[@class="uncertain"])[1]/@fill') FROM pic), 'url(#bl-uncertain)', 'drawn with the hatch pattern ...');
SELECT is((SELECT pg_temp.n(whole, '//s:defs/s:pattern[@id="bl-uncertain"]') FROM pic), 1, '... defined once in defs');
-- the month 1995-06 is a thirtieth of the axis' half year 1995-01..06: its width is to scale
SELECT ok((SELECT abs(pg_temp.v(whole, '//s:rect[@data-precision="month"]/@width')::numeric
                      - (1000 - 25 - 190) * 30 / 2191.0) < 0.2 FROM pic), 'an uncertain month is a month wide');

-- events and treaties
SELECT is((SELECT pg_temp.n(whole, '//s:g[@class="event"]') FROM pic), 1, 'one event: mentions share an event_key, an event naming only AAA is left out');
SELECT is((SELECT pg_temp.v(whole, '//s:g[@class="event"]/@data-from') FROM pic), '1994-05-12', 'the most precise mention gives the date and the name');
SELECT is((SELECT pg_temp.v(whole, '//s:text[@class="event-label"]/text()') FROM pic), '1', 'events are numbered ...');
SELECT ok((SELECT pg_temp.v(whole, '//s:g[@class="key-entry"][@data-event="summit_1994"]/s:title/text()') FROM pic) LIKE '1  1994-05-12: %',
          '... and listed in the key with their dates');
SELECT is((SELECT pg_temp.v(whole, '//s:g[@class="treaty"]/@data-treaty') FROM pic), '1992-05-01:AAA+BBB:pact', 'the treaty between them');
SELECT is((SELECT pg_temp.n(whole, '//s:g[@class="treaty"]/s:path[@class="marker"]') FROM pic), 1, 'a marker at its signature');
SELECT is((SELECT pg_temp.n(part, '//s:g[@class="treaty"]') FROM pic), 0, 'a treaty signed before the range is left out');
SELECT is((SELECT pg_temp.n(part, '//s:g[@class="segment"]') FROM pic), 3, 'segments outside the range are left out');
SELECT results_eq($$SELECT pg_temp.v(part, '//s:g[@class="lane"]/@data-issue') FROM pic$$, $$VALUES ('energy')$$,
                  'issues without claims in the range have no lane');

SELECT is((SELECT pg_temp.v(whole, '//s:text[@class="sources"]/text()') FROM pic), 'Sources (bilateral.sources): s_early, s_late.',
          'the caption names the documents behind the segments drawn');

-- the axis adapts its steps
SELECT results_eq($$SELECT pg_temp.v(whole, '//s:g[@class="axis"]/s:text[@class="year"]/text()') FROM pic$$,
                  $$SELECT generate_series(1990, 1995)::text$$, 'six years: every year labelled');
SELECT results_eq($$SELECT pg_temp.v(long, '//s:g[@class="axis"]/s:text[@class="year"]/text()') FROM pic$$,
                  $$SELECT generate_series(1860, 2020, 20)::text$$, '1855-2021: every 20 years');

-- the legend
SELECT results_eq($$SELECT pg_temp.v(whole, '//s:g[@class="legend-stance"]/s:text/text()') FROM pic$$,
                  $$VALUES ('−3 hostile'), ('−2 adversarial'), ('−1 cool'), ('0 neutral'), ('+1 pragmatic'), ('+2 cooperative'), ('+3 aligned')$$,
                  'the legend: the seven stances with their labels');
SELECT is((SELECT pg_temp.n(whole, '//s:g[@class="legend"]/s:g[@class="legend-uncertain" or @class="legend-contested" or @class="legend-event" or @class="legend-treaty"]') FROM pic),
          4, 'and uncertain, contested, event, treaty');

-- chosen issues, and errors
SELECT results_eq($$SELECT pg_temp.v(timeline_svg('AAA', 'BBB', ARRAY['trade', 'energy', 'trade']), '//s:g[@class="lane"]/@data-issue')$$,
                  $$VALUES ('trade'), ('energy')$$, 'issues in the order asked for, without repeats');
SELECT throws_ok($$SELECT timeline_svg('AAA', 'Nowhere')$$, '22023', 'unknown actor: "Nowhere"', 'an unknown actor is an error');
SELECT throws_ok($$SELECT timeline_svg('AAA', 'BBB', ARRAY['weather'])$$, '22023', 'unknown issue: "weather"', 'an unknown issue is an error');
SELECT throws_ok($$SELECT timeline_svg('AAA', 'BBB', during => 'empty')$$, '22023', 'during is empty', 'an empty range is an error');

SELECT * FROM finish();
ROLLBACK;
