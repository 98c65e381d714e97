-- Release scripts write shipped rows so that an update also runs on a distributed install
-- (bilateral.distribute()); tools/datapkg diff --distributable, which tools/release uses from 1.6 on:
--  * the data part runs only where bilateral.applies_shipped_rows(): on one server and on a Citus
--    coordinator, whose writes reach every shard; Citus runs ALTER EXTENSION ... UPDATE on the workers
--    too, where the same writes would be routed to the shards again;
--  * inserts go through bilateral.insert_shipped(), which names a claim's dyad on a distributed install,
--    where it is a plain column, the distribution column (on one server it is generated).
-- Not for users: insert_shipped() runs the SQL text it is given (EXECUTE revoked from PUBLIC; the
-- release script runs as the superuser who updates the extension).

CREATE FUNCTION bilateral.applies_shipped_rows() RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    grp int;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        RETURN true;
    END IF;
    -- Citus numbers the coordinator's group 0 (pg_dist_local_group), every worker's another
    EXECUTE 'SELECT groupid FROM pg_catalog.pg_dist_local_group' INTO grp;
    RETURN coalesce(grp, 0) = 0;
END
$$;
COMMENT ON FUNCTION bilateral.applies_shipped_rows() IS
    'For release scripts: true on one server and on a Citus coordinator, false on a Citus worker, where an update of the extension must not write the shipped rows again.';

CREATE FUNCTION bilateral.insert_shipped(target regclass, columns text[], row_values text) RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    typed text;
    n     bigint;
    dist  boolean := target = 'bilateral.position_claim'::regclass AND bilateral.is_distributed();
BEGIN
    -- the VALUES are untyped literals: each is cast to its column's type
    SELECT string_agg(format('v.%I::%s', u.c, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY u.n)
      INTO typed
      FROM unnest(columns) WITH ORDINALITY u(c, n)
      JOIN pg_attribute a ON a.attrelid = target AND a.attname = u.c AND NOT a.attisdropped;
    IF typed IS NULL OR cardinality(columns) <> (SELECT count(*) FROM pg_attribute a
                                                  WHERE a.attrelid = target AND a.attname = ANY (columns) AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'insert_shipped: % has no column of some of %', target, columns USING ERRCODE = '42703';
    END IF;
    EXECUTE format('INSERT INTO %s (%s%s) SELECT %s%s FROM (VALUES %s) v(%s)',
                   target,
                   (SELECT string_agg(format('%I', c), ', ') FROM unnest(columns) c),
                   CASE WHEN dist THEN ', dyad' ELSE '' END,
                   typed,
                   CASE WHEN dist THEN ', bilateral.dyad_key(v."position"::bilateral.bilateral_position)' ELSE '' END,
                   row_values,
                   (SELECT string_agg(format('%I', c), ', ') FROM unnest(columns) c));
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bilateral.insert_shipped(regclass, text[], text) IS
    'For release scripts only (tools/datapkg diff --distributable): inserts shipped rows given as VALUES text, naming the dyad of claims on a distributed install.';
REVOKE EXECUTE ON FUNCTION bilateral.insert_shipped(regclass, text[], text) FROM PUBLIC;
