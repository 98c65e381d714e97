-- bench/scale/setup.sql: the results tables and the timer (once per run).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS btree_gist;
DROP SCHEMA IF EXISTS scale CASCADE;
CREATE SCHEMA scale;
CREATE TABLE scale.result (tag text, model text, metric text, ms float8, at timestamptz DEFAULT clock_timestamp());
CREATE TABLE scale.fact (tag text, model text, metric text, value float8);
CREATE TABLE scale.qerr (tag text, query text, kind text, model text, est float8, actual float8, q float8);
CREATE TABLE scale.plan (tag text, model text, query text, plan text);
CREATE PROCEDURE scale.timeit(p_tag text, p_model text, p_metric text, p_sql text)
LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE p_sql;
    INSERT INTO scale.result (tag, model, metric, ms)
    VALUES (p_tag, p_model, p_metric, extract(epoch FROM clock_timestamp() - t0) * 1000);
END $$;
-- the planner's estimate of a query's rows (top node) and the true count; q-error with counts below 1 as 1
CREATE PROCEDURE scale.measure(p_tag text, p_query text, p_kind text, p_model text, p_sql text)
LANGUAGE plpgsql AS $$
DECLARE j json; e float8; a float8;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || p_sql INTO j;
    e := (j -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
    EXECUTE 'SELECT count(*) FROM (' || p_sql || ') x' INTO a;
    INSERT INTO scale.qerr VALUES (p_tag, p_query, p_kind, p_model, e, a,
                                   greatest(greatest(e, 1) / greatest(a, 1), greatest(a, 1) / greatest(e, 1)));
END $$;
