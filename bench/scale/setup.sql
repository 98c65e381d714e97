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
-- the tiling sets (bench/scale/tiling.sql, lookups.sql): the generator of bench/run.sh in schema
-- bench, and one row per timed lookup run with its answer (rows, checksum)
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
\ir ../generator.sql
CREATE TABLE scale.lookup (tag text, model text, run int, ms float8, n bigint, chk float8, buffers float8);
CREATE PROCEDURE scale.lookup(p_tag text, p_model text, p_run int, p_sql text)
LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp(); n bigint; chk float8;
BEGIN
    EXECUTE p_sql INTO n, chk;
    INSERT INTO scale.lookup (tag, model, run, ms, n, chk)
    VALUES (p_tag, p_model, p_run, extract(epoch FROM clock_timestamp() - t0) * 1000, n, chk);
END $$;
-- the lookup statement of one model and size (as bench/lookups.sql): (rows, checksum)
CREATE FUNCTION scale.lookup_sql(p_model text, p_sfx text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_model
        WHEN 'ext' THEN format('SELECT count(*), sum(pr.id * bilateral.stance(e.p))::float8 FROM scale.probe_%s pr '
                               'CROSS JOIN LATERAL (SELECT p FROM scale.tile_ext_%s WHERE p OPERATOR(bilateral.&&) pr.q) e', p_sfx, p_sfx)
        WHEN 'plain' THEN format('SELECT count(*), sum(pr.id * t.stance)::float8 FROM scale.probe_%s pr '
                                 'CROSS JOIN LATERAL (SELECT stance FROM scale.tile_plain_%s WHERE actor = pr.a AND counterpart = pr.c '
                                 'AND issue = pr.i AND valid @> pr.d) t', p_sfx, p_sfx)
    END
$$;
-- a lookup statement's plan (it must scan its GiST index: the run stops here otherwise) and the
-- shared buffers its index scan touches per probe
CREATE FUNCTION scale.lookup_plan(p_tag text, p_model text, p_sfx text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE l text; o text := ''; j jsonb; b float8; idx text := format('tile_%s_%s_gist', p_model, p_sfx);
BEGIN
    SET LOCAL enable_memoize = off;
    FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || scale.lookup_sql(p_model, p_sfx) LOOP o := o || l || E'\n'; END LOOP;
    IF position(idx IN o) = 0 THEN
        RAISE EXCEPTION '% % lookups do not use index %:%', p_tag, p_model, idx, E'\n' || o;
    END IF;
    INSERT INTO scale.plan VALUES (p_tag, p_model, 'lookups', o);
    EXECUTE 'EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ' || scale.lookup_sql(p_model, p_sfx) INTO j;
    SELECT (n ->> 'Shared Hit Blocks')::float8 + (n ->> 'Shared Read Blocks')::float8 INTO b
      FROM jsonb_path_query(j, 'strict $.**.Plans[*] ? (@."Node Type" == "Index Scan")') n LIMIT 1;
    INSERT INTO scale.fact VALUES (p_tag, p_model, 'buffers_per_lookup', b / 20000);
END $$;
