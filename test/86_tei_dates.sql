-- pgTAP: TEI dates with their uncertainty (issue #26, item 3).  export_tei writes a bound known
-- to the day as @from/@to and one known to the year or month as @notBefore/@notAfter (TEI P5's
-- att.datable.w3c), @when for a period within one partial date; import_tei reads them back at
-- their precision, and the round trip is byte-stable; what TEI refuses (@from beside @notBefore,
-- @to beside @notAfter) is refused with 22023.
BEGIN;
SELECT plan(13);

SELECT bilateral.add_source('td_src', 'Dates study', 'D. Author', '2020-01-01', 'en', published_precision => 'year');
SELECT bilateral.add_claim('td_src', p::bilateral.bilateral_position, 'q ' || n)
  FROM (VALUES (1, 'JPN->RUS:peace_treaty:+2:2018-11/2019-01'),      -- month / month
               (2, 'JPN->RUS:energy:+1:2016/..'),                    -- year / open
               (3, 'JPN->RUS:sanctions:-1:2014-03-17/2016'),         -- day / year
               (4, 'RUS->JPN:territorial_dispute:-2:../1956-10'),    -- open / month
               (5, 'RUS->JPN:trade:+1:2016/2016'),                   -- one year
               (6, 'RUS->JPN:energy:+1:2019-02-03/2019-02-03')) v(n, p);  -- one day
SELECT bilateral.add_event('td_src', 'td_war', 'A war', 'war', '1904', ARRAY['JPN', 'RUS'], 'q', occurred_to => '1905-09-05');

SELECT matches(bilateral.export_tei('td_src')::text, 'n="\+2" notBefore="2018-11" notAfter="2019-01">',
               'a start and an end known to the month: @notBefore and @notAfter');
SELECT matches(bilateral.export_tei('td_src')::text, 'n="\+1" notBefore="2016">',
               'a start known to the year, an open end: @notBefore alone');
SELECT matches(bilateral.export_tei('td_src')::text, 'n="-1" from="2014-03-17" notAfter="2016">',
               'a start known to the day is @from, an end known to the year @notAfter');
SELECT matches(bilateral.export_tei('td_src')::text, 'n="-2" notAfter="1956-10">',
               'an open start, an end known to the month: @notAfter alone');
SELECT matches(bilateral.export_tei('td_src')::text, 'ana="#trade" n="\+1" when="2016">.*ana="#energy" n="\+1" when="2019-02-03">',
               'a period within one partial date is @when, the year''s and the day''s');
SELECT matches(bilateral.export_tei('td_src')::text, '<event notBefore="1904" to="1905-09-05" type="war"',
               'an event from a year to a day: @notBefore and @to');
SELECT doesnt_match(bilateral.export_tei('td_src')::text, '(from|to)="[0-9]{4}(-[0-9]{2})?"',
              'no partial date is written in @from or @to');

-- the round trip: imported under a new key, the same claims, and the same bytes
SELECT lives_ok($$SELECT * FROM bilateral.import_tei(replace(bilateral.export_tei('td_src')::text, '>td_src<', '>td_again<')::xml)$$,
                'the export imports under a new key');
SELECT results_eq(
    $$SELECT position::text, quote FROM bilateral.position_claim WHERE source_key = 'td_again' ORDER BY claim_id$$,
    $$SELECT position::text, quote FROM bilateral.position_claim WHERE source_key = 'td_src' ORDER BY claim_id$$,
    'every bound comes back at its precision (the claims are equal)');
SELECT is(replace(bilateral.export_tei('td_again')::text, '>td_again<', '>td_src<'), bilateral.export_tei('td_src')::text,
          'exported again, the same bytes');

-- the form export_tei wrote before 1.10 (a partial date in @from/@to) reads the same
SELECT lives_ok($$SELECT * FROM bilateral.import_tei(replace(replace(bilateral.export_tei('td_src')::text, '>td_src<', '>td_old<'),
                                                   'notBefore="2018-11" notAfter="2019-01"', 'from="2018-11" to="2019-01"')::xml)$$,
                'from="2018-11" to="2019-01" imports');
SELECT is(replace(bilateral.export_tei('td_old')::text, '>td_old<', '>td_src<'), bilateral.export_tei('td_src')::text,
          'and is exported as notBefore="2018-11" notAfter="2019-01": the same claim');
-- TEI's att.datable.w3c: @from and @notBefore cannot be used together
SELECT throws_ok($$SELECT * FROM bilateral.import_tei(replace(replace(bilateral.export_tei('td_src')::text, '>td_src<', '>td_bad<'),
                                                    'notBefore="2016">', 'from="2016-05-01" notBefore="2016">')::xml)$$,
                 '22023', 'both @from and @notBefore in <relation> at line 33',
                 '@from beside @notBefore is refused');

SELECT * FROM finish();
ROLLBACK;
