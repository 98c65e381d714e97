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

\ir generator.sql

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
