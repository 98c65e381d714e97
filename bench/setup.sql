-- bench/setup.sql: the benchmark's helpers (included once by bench/bench.sql, in a throwaway
-- cluster).  See docs/benchmark.md.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE EXTENSION bilateral;
CREATE EXTENSION btree_gist;
CREATE SCHEMA bench;

-- every timed figure: one row per run
CREATE TABLE bench.result (
    size    text,      -- '100k' or '1M'
    model   text,      -- 'ext' (bilateral_position) or 'plain' (plain SQL + btree_gist)
    metric  text,      -- 'index_build', 'lookups', 'panel', 'load'
    run     int,
    ms      float8,
    n       bigint,    -- rows returned (count) where it applies
    chk     float8     -- a checksum of the answer where it applies
);
-- every single-shot figure (sizes, row counts)
CREATE TABLE bench.fact (size text, model text, metric text, value float8);
-- the plans, to show both sides use their GiST index
CREATE TABLE bench.plan (size text, model text, query text, plan text);

-- Runs one statement and records its wall time measured inside the server.
-- A SELECT must return (bigint, float8): its count and a checksum.
CREATE PROCEDURE bench.timeit(p_size text, p_model text, p_metric text, p_run int, p_sql text)
LANGUAGE plpgsql AS $$
DECLARE
    t0  timestamptz;
    n   bigint;
    chk float8;
BEGIN
    t0 := clock_timestamp();
    IF p_sql ~* '^\s*(select|with)' THEN
        EXECUTE p_sql INTO n, chk;
    ELSE
        EXECUTE p_sql;
    END IF;
    INSERT INTO bench.result
    VALUES (p_size, p_model, p_metric, p_run,
            extract(epoch FROM clock_timestamp() - t0) * 1000, n, chk);
END
$$;

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

-- Stores a query's plan (EXPLAIN, costs off) and fails unless it scans the named index.
CREATE FUNCTION bench.explain(p_size text, p_model text, p_query text, p_sql text, p_index text)
RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    line text;
    plan text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || p_sql LOOP
        plan := plan || line || E'\n';
    END LOOP;
    INSERT INTO bench.plan VALUES (p_size, p_model, p_query, plan);
    IF position(p_index IN plan) = 0 THEN
        RAISE EXCEPTION '% % does not use index %:%', p_model, p_query, p_index, E'\n' || plan;
    END IF;
    RETURN plan;
END
$$;

-- Runs a lookup query once under EXPLAIN (ANALYZE, BUFFERS) and records the shared buffers its
-- index scan touched, per probe (the timing of this run is not used).
CREATE FUNCTION bench.buffers(p_size text, p_model text, p_sql text, p_probes int) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    j jsonb;
    b float8;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ' || p_sql INTO j;
    SELECT (n ->> 'Shared Hit Blocks')::float8 + (n ->> 'Shared Read Blocks')::float8 INTO b
    FROM jsonb_path_query(j, 'strict $.**.Plans[*] ? (@."Node Type" == "Index Scan")') n
    LIMIT 1;
    INSERT INTO bench.fact VALUES (p_size, p_model, 'buffers_per_lookup', b / p_probes);
    RETURN b / p_probes;
END
$$;
