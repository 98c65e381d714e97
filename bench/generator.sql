-- bench/generator.sql: the tiling generator and its probes, shared by bench/run.sh (through
-- bench/setup.sql) and bench/scale.sh (the 1M and 10M sets of its scale stage).  Needs the schema
-- bench; writes bench.gen and bench.probe.  See docs/benchmark.md.

-- The synthetic data, once, in a staging table that feeds both models: n_actors actors, every
-- directed dyad (n*(n-1)), the first 10 issue codes of the shipped codebook (12.4 characters on
-- average), and 10 consecutive periods per dyad-issue covering 1855..2021.  The 9 inner
-- boundaries fall near 1855 + 16.7*m (m = 1..9, +-3 years) with a precision drawn at random
-- (year, month or day); the first period starts "1855", the last ends "2021".  Period m runs
-- from boundary m ("1871", "1871-06" or "1871-06-15") to the unit before boundary m+1 ("1887",
-- "1887-04" or "1887-04-09"), so in the widest reading the periods tile 1855-01-01..2021-12-31
-- with neither gap nor overlap: any (dyad, issue, date) in that span matches exactly one row.
-- lo/hi are that widest reading as a half-open range [lo, hi): what the plain model stores.
CREATE FUNCTION bench.generate(n_actors int, seed float8) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM setseed(seed);
    DROP TABLE IF EXISTS bench.gen;
    CREATE UNLOGGED TABLE bench.gen AS
    WITH b AS (
        SELECT a, c, k, m,
               CASE WHEN m IN (0, 10) THEN 0 ELSE floor(random() * 3)::int END AS prec,
               CASE WHEN m = 0 THEN 1855 WHEN m = 10 THEN 2022
                    ELSE 1855 + (m * 167) / 10 + floor(random() * 7)::int - 3 END AS y,
               1 + floor(random() * 12)::int AS mo,
               1 + floor(random() * 28)::int AS dd
        FROM generate_series(0, n_actors - 1) a, generate_series(0, n_actors - 1) c,
             generate_series(0, 9) k, generate_series(0, 10) m
        WHERE a <> c
    ), d AS (
        SELECT a, c, k, m, prec, y,
               make_date(y, CASE WHEN prec >= 1 THEN mo ELSE 1 END,
                            CASE WHEN prec = 2 THEN dd ELSE 1 END) AS first_day
        FROM b
    ), t AS (
        SELECT a, c, k, m, first_day,
               CASE prec WHEN 0 THEN y::text
                         WHEN 1 THEN to_char(first_day, 'YYYY-MM')
                         ELSE to_char(first_day, 'YYYY-MM-DD') END AS start_text,
               CASE prec WHEN 0 THEN (y - 1)::text
                         WHEN 1 THEN to_char(first_day - interval '1 month', 'YYYY-MM')
                         ELSE to_char(first_day - 1, 'YYYY-MM-DD') END AS prev_end_text
        FROM d
    ), p AS (
        SELECT a, c, k, m, start_text AS valid_from,
               lead(prev_end_text) OVER w AS valid_to,
               first_day AS lo, lead(first_day) OVER w AS hi
        FROM t
        WINDOW w AS (PARTITION BY a, c, k ORDER BY m)
    )
    SELECT row_number() OVER (ORDER BY a, c, k, m) AS id,
           ('A' || chr(65 + a / 26) || chr(65 + a % 26))::char(3) AS actor,
           ('A' || chr(65 + c / 26) || chr(65 + c % 26))::char(3) AS counterpart,
           (ARRAY['territorial_dispute', 'peace_treaty', 'diplomatic_relations',
                  'economic_cooperation', 'energy', 'trade', 'sanctions',
                  'military_security', 'china', 'us_alliance'])[k + 1] AS issue,
           (floor(random() * 7)::int - 3)::smallint AS stance,
           valid_from, valid_to, lo, hi
    FROM p
    WHERE m < 10;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

-- 20,000 random probes (dyad, issue, day in 1855..2021), each matching exactly one period.
-- The probe position for the extension is built here, so both sides time only the lookup.
CREATE FUNCTION bench.make_probes(n_actors int, n_probes int, seed float8) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM setseed(seed);
    DROP TABLE IF EXISTS bench.probe;
    CREATE TABLE bench.probe AS
    WITH r AS (
        SELECT g,
               floor(random() * n_actors)::int AS a,
               floor(random() * (n_actors - 1))::int AS c0,
               floor(random() * 10)::int AS k,
               date '1855-01-01' + floor(random() * (date '2022-01-01' - date '1855-01-01'))::int AS d
        FROM generate_series(1, n_probes) g
    ), s AS (
        SELECT g, a, CASE WHEN c0 >= a THEN c0 + 1 ELSE c0 END AS c, k, d FROM r
    )
    SELECT g AS id,
           ('A' || chr(65 + a / 26) || chr(65 + a % 26))::char(3) AS a,
           ('A' || chr(65 + c / 26) || chr(65 + c % 26))::char(3) AS c,
           (ARRAY['territorial_dispute', 'peace_treaty', 'diplomatic_relations',
                  'economic_cooperation', 'energy', 'trade', 'sanctions',
                  'military_security', 'china', 'us_alliance'])[k + 1] AS i,
           d,
           bilateral.make_position('A' || chr(65 + a / 26) || chr(65 + a % 26),
                                   'A' || chr(65 + c / 26) || chr(65 + c % 26),
                                   (ARRAY['territorial_dispute', 'peace_treaty', 'diplomatic_relations',
                                          'economic_cooperation', 'energy', 'trade', 'sanctions',
                                          'military_security', 'china', 'us_alliance'])[k + 1],
                                   0, to_char(d, 'YYYY-MM-DD'), to_char(d, 'YYYY-MM-DD')) AS q
    FROM s
    ORDER BY g;
    GET DIAGNOSTICS n = ROW_COUNT;
    ANALYZE bench.probe;
    RETURN n;
END
$$;

-- The two models hold the same facts: the extension's table (column p) and the plain one (actor,
-- counterpart, issue, stance, valid) row for row; stops the run otherwise.
CREATE PROCEDURE bench.check_same_rows(ext regclass, plain regclass)
LANGUAGE plpgsql AS $$
DECLARE
    diff bigint;
    e text := format('SELECT bilateral.actor(p)::char(3), bilateral.counterpart(p)::char(3), bilateral.issue(p),
                             bilateral.stance(p)::smallint, bilateral.valid_period(p) FROM %s', ext);
BEGIN
    EXECUTE format('SELECT count(*) FROM ((%s EXCEPT ALL SELECT * FROM %s) UNION ALL (SELECT * FROM %s EXCEPT ALL %s)) d',
                   e, plain, plain, e) INTO diff;
    IF diff <> 0 THEN
        RAISE EXCEPTION 'the two models hold different rows (% differ)', diff;
    END IF;
END
$$;
