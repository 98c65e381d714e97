-- pgTAP: the calendar of partial dates through the C core (extension/next/60_calendar_in_core.sql):
-- precision_first_day() and precision_last_day() against PostgreSQL's own date_trunc arithmetic,
-- their errors, and published_by()/add_source() answering as the SQL arithmetic of 1.5 did
-- (sources_known_by() as published_by()).
BEGIN;
SELECT plan(36);
SET LOCAL search_path = bilateral, public;

-- days to compare: every 5th day of 1896..2104 (leap and non-leap centuries), and the edges
CREATE TEMP TABLE cal_day AS
SELECT d::date AS d FROM generate_series(DATE '1896-01-01', DATE '2104-12-31', interval '5 days') d
UNION
SELECT d FROM unnest(ARRAY[DATE '0001-01-01', '0001-12-31', '0001-02-28', '9999-01-01', '9999-02-28', '9999-12-31',
                           '2000-02-29', '1900-02-28', '2100-02-28', '2024-02-29', '2019-12-31', '2019-12-01',
                           '2020-01-01', '1956-10-19', '0044-03-15 BC', '0001-06-01 BC', '4713-02-01 BC',
                           '9999-11-30', '10000-01-01', '200000-07-04']) d;
CREATE TEMP TABLE cal_prec AS SELECT unnest(ARRAY['year', 'month', 'day']) AS p;

-- PostgreSQL's own arithmetic, as published_by and add_source had it in 1.5
CREATE FUNCTION pg_temp.trunc_first(d date, p text) RETURNS date LANGUAGE sql
    RETURN date_trunc(p, d)::date;
CREATE FUNCTION pg_temp.trunc_last(d date, p text) RETURNS date LANGUAGE sql
    RETURN (date_trunc(p, d) + (CASE p WHEN 'year' THEN interval '1 year - 1 day'
                                       WHEN 'month' THEN interval '1 month - 1 day' ELSE interval '0' END))::date;

SELECT is_empty($$
    SELECT d, p, precision_first_day(d, p), pg_temp.trunc_first(d, p) FROM cal_day, cal_prec
     WHERE precision_first_day(d, p) IS DISTINCT FROM pg_temp.trunc_first(d, p)$$,
    'precision_first_day is date_trunc, every precision, years 4713 BC to 200000');
SELECT is_empty($$
    SELECT d, p, precision_last_day(d, p), pg_temp.trunc_last(d, p) FROM cal_day, cal_prec
     WHERE precision_last_day(d, p) IS DISTINCT FROM pg_temp.trunc_last(d, p)$$,
    'precision_last_day is date_trunc plus a year or month less a day, every precision');
SET LOCAL TimeZone = 'America/Sao_Paulo';   -- clocks once changed at midnight: date_trunc works in timestamptz
SELECT is_empty($$
    SELECT d, p FROM cal_day, cal_prec
     WHERE precision_first_day(d, p) IS DISTINCT FROM pg_temp.trunc_first(d, p)
        OR precision_last_day(d, p) IS DISTINCT FROM pg_temp.trunc_last(d, p)$$,
    'the same in a time zone whose clocks changed at midnight');
SET LOCAL TimeZone = 'Pacific/Apia';        -- skipped 2011-12-30
SELECT is_empty($$
    SELECT d, p FROM cal_day, cal_prec
     WHERE precision_first_day(d, p) IS DISTINCT FROM pg_temp.trunc_first(d, p)
        OR precision_last_day(d, p) IS DISTINCT FROM pg_temp.trunc_last(d, p)$$,
    'the same in a time zone that skipped a day');
RESET TimeZone;

SELECT is(precision_last_day('2000-02-10', 'month'), DATE '2000-02-29', 'February 2000 ends on the 29th');
SELECT is(precision_last_day('2100-02-10', 'month'), DATE '2100-02-28', 'February 2100 on the 28th');
SELECT is(precision_last_day('9999-06-15', 'year'), DATE '9999-12-31', 'year 9999 ends on 9999-12-31');
SELECT is(precision_first_day('0001-12-31', 'year'), DATE '0001-01-01', 'year 1 starts on 0001-01-01');
SELECT is(ARRAY[precision_first_day('infinity', 'year'), precision_last_day('infinity', 'month'),
                precision_first_day('-infinity', 'day'), precision_last_day('-infinity', 'year')],
          ARRAY[DATE 'infinity', 'infinity', '-infinity', '-infinity'],
          'an infinite date stays infinite, as date_trunc has it');
SELECT is(precision_first_day(NULL, 'year'), NULL, 'NULL date: NULL');
SELECT is(precision_last_day('2020-01-01', NULL), NULL, 'NULL precision: NULL');

-- errors
SELECT throws_ok($$SELECT bilateral.precision_first_day('2020-05-05', 'Year')$$, '22023',
                 'invalid date precision: "Year"', 'a precision is year, month or day, lower case');
SELECT throws_ok($$SELECT bilateral.precision_last_day('2020-05-05', 'open')$$, '22023',
                 'invalid date precision: "open"', 'open is not a precision of a date');
SELECT throws_ok($$SELECT bilateral.precision_last_day('infinity', 'week')$$, '22023',
                 'invalid date precision: "week"', 'the precision is checked for an infinite date too');
SELECT throws_ok($$SELECT bilateral.precision_first_day('4714-12-01 BC', 'year')$$, '22008',
                 'date out of range for precision year: "4714-12-01 BC"',
                 'a first day before 4714-11-24 BC is out of range');
SELECT is(precision_first_day('4714-11-24 BC', 'day'), DATE '4714-11-24 BC', 'but the first day PostgreSQL holds is its own day');
SELECT is((SELECT array_agg(DISTINCT provolatile::text || proisstrict::text || proparallel::text) FROM pg_proc
            WHERE oid IN ('bilateral.precision_first_day(date, text)'::regprocedure,
                          'bilateral.precision_last_day(date, text)'::regprocedure)),
          ARRAY['itrues'], 'both IMMUTABLE STRICT PARALLEL SAFE');

-- published_by and add_source: the answers of 1.5's SQL arithmetic
DO $$
BEGIN
    PERFORM bilateral.add_source('cal_' || p || '_' || to_char(d, 'YYYYMMDD'), 'Calendar ' || p, 'Me', d, 'en',
                                 published_precision => p)
       FROM cal_prec, unnest(ARRAY[DATE '2016-02-29', '2016-12-31', '2017-01-01', '2016-06-15', '2000-02-10']) d;
    PERFORM bilateral.add_source('cal_open', 'Published at infinity', 'Me', 'infinity', 'en', published_precision => 'year');
END
$$;
SELECT is_empty($$
    SELECT s.source_key FROM source s
     WHERE s.source_key LIKE 'cal\_%' AND s.source_key <> 'cal_open'
       AND s.published <> pg_temp.trunc_first(to_date(right(s.source_key, 8), 'YYYYMMDD'), s.published_precision)$$,
    'add_source stores the first day of the precision, as date_trunc did');
SELECT is((SELECT published FROM source WHERE source_key = 'cal_open'), DATE 'infinity',
          'add_source keeps an infinite date');
SELECT is_empty($$
    SELECT s.source_key, k FROM source s,
           generate_series(DATE '1995-12-25', DATE '2018-01-10', interval '1 day') k
     WHERE published_by(s.source_key, k::date) IS DISTINCT FROM
           ((CASE s.published_precision
                 WHEN 'year'  THEN (date_trunc('year', s.published) + interval '1 year - 1 day')::date
                 WHEN 'month' THEN (date_trunc('month', s.published) + interval '1 month - 1 day')::date
                 ELSE s.published END) <= k::date)$$,
    'published_by answers as 1.5 did: every source, every day 1995-12-25..2018-01-10');
SELECT ok(published_by('cal_open', 'infinity') AND NOT published_by('cal_open', '9999-12-31')
          AND published_by('cal_open', NULL), 'published_by at infinity, as 1.5');
-- sources_known_by() tests the row it reads (1.7; no second read of bilateral.source, which Citus
-- refuses inside a query sent over a connection): the sources published_by() says, every day
SELECT is_empty($$
    SELECT k FROM generate_series(DATE '1995-12-25', DATE '2018-01-10', interval '1 day') k
     WHERE sources_known_by(k::date) IS DISTINCT FROM
           ARRAY(SELECT s.source_key FROM source s WHERE published_by(s.source_key, k::date) ORDER BY s.source_key)$$,
    'sources_known_by is the sources published_by, every day 1995-12-25..2018-01-10');
SELECT ok(sources_known_by(NULL) IS NULL AND 'cal_open' = ANY (sources_known_by('infinity'))
          AND NOT 'cal_open' = ANY (sources_known_by('9999-12-31')), 'sources_known_by: NULL for no day; infinity as published_by');
SELECT throws_ok($$SELECT bilateral.add_source('cal_bad', 'Bad', 'Me', '2016-01-01', 'en', published_precision => 'week')$$,
                 '22023', 'invalid published_precision: "week"', 'add_source refuses a bad precision with its own error');
SELECT throws_ok($$SELECT bilateral.add_source('cal_null', 'Null', 'Me', NULL, 'en', published_precision => 'year')$$,
                 '23502', NULL, 'add_source without a date: the NOT NULL of source.published, as 1.5');
SELECT is((SELECT count(*) FROM source WHERE source_key IN ('cal_bad', 'cal_null')), 0::bigint, 'and adds nothing');

-- finest_precision(): the core's ranking of precisions, and stance_changes() with it
SELECT is(finest_precision(ARRAY['year', 'day', 'month']), 'day', 'finest_precision: day over month and year');
SELECT is(finest_precision(ARRAY['year', NULL, 'month']), 'month', 'NULLs are skipped');
SELECT is(finest_precision(ARRAY['open', 'year']), 'year', 'open (no bound) is the coarsest');
SELECT is(finest_precision(ARRAY[NULL]::text[]), NULL, 'nothing named: NULL');
SELECT throws_ok($$SELECT bilateral.finest_precision(ARRAY['year', 'week'])$$, '22023', 'invalid date precision: "week"',
                 'a name that is no precision: 22023');
-- (the changes first, in a table of their own: on a distributed install a query that joins them to a
-- one-dyad read of the claims would be sent whole to that shard, where stance_changes cannot run)
CREATE TEMP TABLE jr_changes AS SELECT * FROM stance_changes('JPN', 'RUS');
SELECT is_empty($$
    WITH p AS MATERIALIZED (
        SELECT b.issue, b.day,
               CASE max(CASE b.p WHEN 'day' THEN 3 WHEN 'month' THEN 2 ELSE 1 END)
                    WHEN 3 THEN 'day' WHEN 2 THEN 'month' ELSE 'year' END AS prec
          FROM position_claim c
         CROSS JOIN LATERAL (VALUES (c.claim_issue, valid_from(c.position), valid_from_precision(c.position)),
                                    (c.claim_issue, valid_to(c.position) + 1, valid_to_precision(c.position))) b(issue, day, p)
         WHERE c.dyad = 'JPN+RUS' AND c.claim_actor = 'JPN' AND c.claim_counterpart = 'RUS' AND b.day IS NOT NULL
         GROUP BY 1, 2)
    SELECT x.issue, x.changed_on, x."precision"
      FROM jr_changes x
      LEFT JOIN p ON p.issue = x.issue AND p.day = x.changed_on
     WHERE x."precision" IS DISTINCT FROM coalesce(p.prec, 'year')$$,
    'stance_changes: each change''s precision is the finest of the claim bounds that make it (claims starting that day, or ending the day before; #23)');
SELECT is_empty($$SELECT 1 FROM (SELECT changed_on, lag(changed_on) OVER () AS prev FROM jr_changes) x WHERE changed_on < prev$$,
    'stance_changes: in order of day (then issue)');
SELECT is((SELECT "precision" FROM stance_changes('RUS', 'JPN', 'territorial_dispute') WHERE changed_on = '2017-11-01'), 'month',
    'stance_changes: the change after a claim that ends in 2017-10 is known to the month, not the year (#23)');
SELECT throws_ok($$SELECT * FROM stance_history('JPN', 'RUS', NULL)$$, '22004', 'issue must not be NULL here',
    'stance_history with issue NULL: 22004 and a hint, not "unknown issue: NULL" (#23)');
SELECT cmp_ok((SELECT count(*) FROM jr_changes), '>', 10::bigint, 'and there are changes to check');

SELECT * FROM finish();
ROLLBACK;
