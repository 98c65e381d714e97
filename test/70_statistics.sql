-- pgTAP: planner statistics for bilateral_position (extension/next/70_statistics.sql,
-- docs/statistics.md).  ANALYZE gathers them, the estimates follow the data, and the debug view
-- keeps pg_stats' rules.  No timing: only what the planner believes, against what is there.
BEGIN;
SELECT plan(22);
SET LOCAL search_path = public, bilateral;

SELECT is((SELECT typanalyze FROM pg_type WHERE oid = 'bilateral.bilateral_position'::regtype),
          'bilateral.position_analyze'::regproc, 'bilateral_position has its own typanalyze');
SELECT is((SELECT count(*)::int FROM pg_operator
            WHERE oprnamespace = 'bilateral'::regnamespace AND oprname IN ('@>', '<@', '&&')
              AND oprrest = 'bilateral.position_sel'::regproc AND oprjoin = 'bilateral.position_joinsel'::regproc),
          4, '@> date, <@, && position and && daterange use the estimators');

-- 20,000 claims: a skewed subject mix (half of them JPN->RUS:peace_treaty), periods of a day to 20
-- years starting 1900..1999, 5% with an open end, 2% with an open start
SELECT setseed(0.42);
CREATE TABLE pg_temp.c AS
SELECT bilateral.make_position(
           CASE WHEN i % 2 = 0 THEN 'JPN' ELSE (ARRAY['USA', 'CHN', 'KOR', 'PRK'])[1 + i % 4] END,
           CASE WHEN i % 2 = 0 THEN 'RUS' ELSE 'JPN' END,
           CASE WHEN i % 2 = 0 THEN 'peace_treaty' ELSE (ARRAY['energy', 'sanctions', 'china', 'us_alliance', 'peace_treaty'])[1 + i % 5] END,
           0,
           CASE WHEN i % 50 = 1 THEN NULL ELSE to_char(d, 'YYYY-MM-DD') END,
           CASE WHEN i % 20 = 3 THEN NULL ELSE to_char(d + (random() ^ 3 * 7300)::int, 'YYYY-MM-DD') END) AS p
  FROM (SELECT i, DATE '1900-01-01' + (random() * 36500)::int AS d FROM generate_series(1, 20000) i) x;

SELECT is(bilateral.position_stats('pg_temp.c', 'p'), NULL, 'no statistics before ANALYZE');
ANALYZE pg_temp.c;

SELECT isnt((SELECT histogram_bounds::text FROM pg_stats WHERE tablename = 'c' AND attname = 'p'), NULL,
            'pg_stats: PostgreSQL''s own histogram of the column is kept');
SELECT ok((SELECT n_distinct FROM pg_stats WHERE tablename = 'c' AND attname = 'p') <> 0, 'pg_stats: n_distinct');
SELECT ok((SELECT 17231 IN (stakind1, stakind2, stakind3, stakind4, stakind5) AND 17232 IN (stakind1, stakind2, stakind3, stakind4, stakind5)
             FROM pg_statistic WHERE starelid = 'pg_temp.c'::regclass AND staattnum = 1),
          'pg_statistic: the bounds (17231) and subjects (17232) slots');

SELECT is((bilateral.position_stats('pg_temp.c', 'p') -> 'first_days' ->> 'min')::date >= DATE '1900-01-01', true,
          'position_stats: the first days start in 1900');
SELECT ok(abs((bilateral.position_stats('pg_temp.c', 'p') ->> 'open_end_share')::float8 - 0.05) < 0.01,
          'position_stats: the share of open ends');
SELECT is(bilateral.position_stats('pg_temp.c', 'p') -> 'subjects' -> 'most_common' -> 0 ->> 'subject', 'JPN->RUS:peace_treaty',
          'position_stats: the most common subject');

-- the planner's row estimate of a query, and the true count
CREATE FUNCTION pg_temp.est(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j;
    RETURN (j -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
END $$;
CREATE FUNCTION pg_temp.qerr(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE e float8 := greatest(pg_temp.est(q), 1); n float8;
BEGIN
    EXECUTE 'SELECT count(*) FROM (' || q || ') x' INTO n;
    n := greatest(n, 1);
    RETURN greatest(e / n, n / e);
END $$;

SELECT ok(pg_temp.est($$SELECT * FROM pg_temp.c WHERE p @> DATE '1800-01-01'$$) <= 400,
          'a date before every claim: only the open starts (2%) are estimated');
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.c WHERE p @> DATE '1800-01-01'$$) <= 2, '... within 2x of the truth');
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.c WHERE p @> DATE '1950-06-01'$$) <= 1.5, 'a date inside the data: within 1.5x');
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.c WHERE DATE '1950-06-01' <@ p$$) <= 1.5, 'the same with <@');
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.c WHERE p @> DATE '2150-01-01'$$) <= 2, 'a date after the data: the open ends, within 2x');
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.c WHERE p && daterange('1960-01-01', '1970-01-01')$$) <= 1.5, 'a decade: within 1.5x');
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.c WHERE p && daterange('1930-05-01', '1930-05-02')$$) <= 1.5, 'one day as a range: within 1.5x');
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.c WHERE p && 'JPN->RUS:peace_treaty:0:1950/1960'$$) <= 1.5,
          'the common subject over a decade: within 1.5x');
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.c WHERE p && 'CHN->JPN:energy:0:1950/1960'$$) <= 2,
          'a rarer subject over a decade: within 2x');
SELECT ok(pg_temp.est($$SELECT * FROM pg_temp.c WHERE p && 'GBR->FRA:energy:0:1950/1960'$$) < 50,
          'a subject that is not there: a handful of rows at most');

CREATE TABLE pg_temp.days AS SELECT DATE '1900-01-01' + 365 * i AS day FROM generate_series(0, 149) i;
ANALYZE pg_temp.days;
SELECT ok(pg_temp.qerr($$SELECT * FROM pg_temp.days d JOIN pg_temp.c ON c.p @> d.day$$) <= 1.5,
          'a join with a table of dates (half of them after the data): within 1.5x');

-- the debug view keeps pg_stats' rules: no statistics of a table under row level security
ANALYZE bilateral.position_claim;
-- the roles are made here unless they exist: on a Citus cluster tools/test-citus.sh makes them first
-- (a role made inside a transaction cannot connect to the workers before it commits)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_stats_reader') THEN CREATE ROLE bl_stats_reader NOLOGIN; END IF; END $$;
SET ROLE bl_stats_reader;
SELECT throws_ok($$SELECT bilateral.position_stats('bilateral.position_claim', 'position')$$, '42501', NULL,
                 'position_stats refuses a table whose rows the caller sees only in part');
RESET ROLE;
SELECT isnt(bilateral.position_stats('bilateral.position_claim', 'position'), NULL, '... and shows it to the table''s owner');

SELECT * FROM finish();
ROLLBACK;
