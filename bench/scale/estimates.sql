-- bench/scale/estimates.sql: the planner's row estimates against the true counts, for both models,
-- over a query set meant to be hard (docs/benchmark.md lists it).  psql -v tag=...
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET work_mem = '64MB';
SET search_path = scale, public;

-- the subjects by true frequency: the most common, the 30th, the 300th, the rarest, and one absent
DROP TABLE IF EXISTS scale.subj;
CREATE TABLE scale.subj AS
SELECT rank() OVER (ORDER BY n DESC, actor, counterpart, issue) AS rk, actor, counterpart, issue, n
  FROM (SELECT actor, counterpart, issue, count(*) n FROM scale.plain GROUP BY 1, 2, 3) x;
CREATE TEMP TABLE picks AS
SELECT 'top' AS label, * FROM scale.subj WHERE rk = 1
UNION ALL SELECT 'rank 30', * FROM scale.subj WHERE rk = 30
UNION ALL SELECT 'rank 300', * FROM scale.subj WHERE rk = 300
UNION ALL (SELECT 'rarest', * FROM scale.subj ORDER BY rk DESC LIMIT 1)
UNION ALL SELECT 'absent', 0, 'ZZZ', 'ZZY', 'energy', 0;

DO $$
DECLARE
    tag text := current_setting('scale.tag');
    d text;
    r record;
    s record;
    fd date;
    ld date;
BEGIN
    -- a date before, inside and after the data
    FOREACH d IN ARRAY ARRAY['1700-01-01', '1816-06-01', '1900-01-01', '1950-07-01', '1990-01-01', '2010-03-15',
                             '2021-06-01', '2030-01-01', '2200-01-01'] LOOP
        CALL scale.measure(tag, '@> ' || d, 'date', 'ext', format('SELECT * FROM scale.ext WHERE position OPERATOR(bilateral.@>) DATE %L', d));
        CALL scale.measure(tag, '@> ' || d, 'date', 'plain', format('SELECT * FROM scale.plain WHERE valid @> DATE %L', d));
    END LOOP;
    -- a day, a month, decades, a century, open-ended ranges
    FOR r IN SELECT * FROM (VALUES ('one day 2015-05-09', '[2015-05-09,2015-05-10)'), ('one month 1905-01', '[1905-01-01,1905-02-01)'),
                                   ('decade 1960s', '[1960-01-01,1970-01-01)'), ('decade 2010s', '[2010-01-01,2020-01-01)'),
                                   ('19th century', '[1800-01-01,1900-01-01)'), ('from 2020 on', '[2020-01-01,)'),
                                   ('until 1850', '(,1850-01-01)'), ('after 2040', '[2040-01-01,)')) v(label, rng) LOOP
        CALL scale.measure(tag, '&& ' || r.label, 'range', 'ext', format('SELECT * FROM scale.ext WHERE position OPERATOR(bilateral.&&) %L::daterange', r.rng));
        CALL scale.measure(tag, '&& ' || r.label, 'range', 'plain', format('SELECT * FROM scale.plain WHERE valid && %L::daterange', r.rng));
    END LOOP;
    -- a subject over a period: skewed dyads, from the most common to an absent one
    FOR s IN SELECT * FROM picks LOOP
        FOR r IN SELECT * FROM (VALUES ('2010s', '2010', '2019'), ('one day 2015-05-09', '2015-05-09', '2015-05-09'),
                                       ('1950s', '1950', '1959'), ('all time', NULL, NULL)) v(label, f, t) LOOP
            fd := (SELECT first_day FROM bilateral.partial_date_bounds(r.f));
            ld := (SELECT last_day FROM bilateral.partial_date_bounds(r.t));
            CALL scale.measure(tag, format('subject %s (%s) %s', s.label, s.n, r.label), 'subject', 'ext',
                 format('SELECT * FROM scale.ext WHERE position OPERATOR(bilateral.&&) bilateral.make_position(%L, %L, %L, 0, %L, %L)',
                        s.actor, s.counterpart, s.issue, r.f, r.t));
            CALL scale.measure(tag, format('subject %s (%s) %s', s.label, s.n, r.label), 'subject', 'plain',
                 format('SELECT * FROM scale.plain WHERE actor = %L AND counterpart = %L AND issue = %L AND valid && daterange(%L, %L, ''[]'')',
                        s.actor, s.counterpart, s.issue, fd, ld));
        END LOOP;
    END LOOP;
END $$;

-- joins with a user's tables: dates (yearly over the data, weekly in a busy year, after the data)
-- and ranges (months of a decade)
DROP TABLE IF EXISTS scale.dates_yearly, scale.dates_2015, scale.dates_after, scale.months;
CREATE TABLE scale.dates_yearly AS SELECT make_date(y, 1, 1) AS day FROM generate_series(1816, 2021) y;
CREATE TABLE scale.dates_2015 AS SELECT DATE '2015-01-05' + 7 * i AS day FROM generate_series(0, 51) i;
CREATE TABLE scale.dates_after AS SELECT make_date(y, 6, 30) AS day FROM generate_series(2050, 2099) y;
CREATE TABLE scale.months AS SELECT daterange(make_date(2000 + i / 12, 1 + i % 12, 1), (make_date(2000 + i / 12, 1 + i % 12, 1) + interval '1 month')::date) AS during FROM generate_series(0, 119) i;
ANALYZE scale.dates_yearly; ANALYZE scale.dates_2015; ANALYZE scale.dates_after; ANALYZE scale.months;
DO $$
DECLARE
    tag text := current_setting('scale.tag');
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['dates_yearly', 'dates_2015', 'dates_after'] LOOP
        CALL scale.measure(tag, 'join ' || t, 'join', 'ext', format('SELECT * FROM scale.%I d JOIN scale.ext e ON e.position OPERATOR(bilateral.@>) d.day', t));
        CALL scale.measure(tag, 'join ' || t, 'join', 'plain', format('SELECT * FROM scale.%I d JOIN scale.plain p ON p.valid @> d.day', t));
    END LOOP;
    CALL scale.measure(tag, 'join months 2000s', 'join', 'ext', 'SELECT * FROM scale.months m JOIN scale.ext e ON e.position OPERATOR(bilateral.&&) m.during');
    CALL scale.measure(tag, 'join months 2000s', 'join', 'plain', 'SELECT * FROM scale.months m JOIN scale.plain p ON p.valid && m.during');
END $$;

-- the plans of a join of a user's table of dates with the claims (estimates beside the truth)
CREATE OR REPLACE FUNCTION scale.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE l text; o text := '';
BEGIN
    FOR l IN EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF) ' || q LOOP o := o || l || E'\n'; END LOOP;
    RETURN o;
END $$;
INSERT INTO scale.plan VALUES
 (current_setting('scale.tag'), 'ext', 'dates_yearly join', scale.plan_of('SELECT count(*) FROM scale.dates_yearly d JOIN scale.ext e ON e.position OPERATOR(bilateral.@>) d.day')),
 (current_setting('scale.tag'), 'plain', 'dates_yearly join', scale.plan_of('SELECT count(*) FROM scale.dates_yearly d JOIN scale.plain p ON p.valid @> d.day')),
 (current_setting('scale.tag'), 'ext', 'dates_yearly join, one dyad', scale.plan_of($q$SELECT count(*) FROM scale.dates_yearly d JOIN scale.ext e ON e.position OPERATOR(bilateral.@>) d.day AND bilateral.actor(e.position) = 'JPN'$q$));
