-- src/sql/80_citus.sql: Scale-out on Citus: distribute() and is_distributed().  Reference: docs/scale.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE FUNCTION bilateral.distribute(shard_count int DEFAULT NULL) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    ref text[] := ARRAY['source', 'actor', 'issue', 'treaty', 'actor_name', 'actor_era', 'actor_code_era',
                        'system_membership', 'treaty_name', 'treaty_mention', 'event', 'indicator',
                        'office_term', 'erratum', 'document', 'coding_task', 'coding', 'adjudication', 'coding_dismissal', 'data_release', 'data_change', 'source_coverage',
                        'prospective_claim'];
    t text;
    n_ref int := 0;
    n_dist int := 0;
    is_coordinator boolean;
    r record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        RAISE EXCEPTION 'citus is not installed in this database'
            USING ERRCODE = '55000',
                  DETAIL = 'bilateral.distribute() spreads the claims over a Citus cluster; this server has no citus extension, and nothing was changed.',
                  HINT = 'On a Citus coordinator (shared_preload_libraries = ''citus'', CREATE EXTENSION citus, workers added with citus_add_node()), run it again; tools/citus-cluster start makes a local one (docs/scale.md).';
    END IF;
    EXECUTE 'SELECT pg_catalog.citus_is_coordinator()' INTO is_coordinator;
    IF NOT is_coordinator THEN
        RAISE EXCEPTION 'bilateral.distribute() runs on the coordinator'
            USING ERRCODE = '55000',
                  DETAIL = 'This node is not the Citus coordinator of its cluster; nothing was changed.',
                  HINT = 'Connect to the coordinator and run SELECT bilateral.distribute() there.';
    END IF;
    IF shard_count IS NOT NULL AND (shard_count < 1 OR shard_count > 64000) THEN
        RAISE EXCEPTION 'invalid shard count: %', shard_count
            USING ERRCODE = '22023', HINT = 'Pass a shard count between 1 and 64000, or NULL for citus.shard_count.';
    END IF;
    -- all or nothing: this function is one transaction; Citus's metadata and the shards it makes
    -- are part of it (two-phase commit to the workers).
    -- The foreign keys between the extension's tables are set aside while the tables are converted
    -- (Citus would otherwise convert each table a new reference table is linked to on its own, and
    -- that conversion does not know that the extension already made the table on every node), then
    -- made again, under their names: between reference tables, and from the claims to them.
    -- foreign keys to reference tables want one connection per node for the whole transaction
    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
    CREATE TEMPORARY TABLE pg_temp.bilateral_fks ON COMMIT DROP AS
    SELECT c.conrelid::regclass AS tab, c.conname AS name, pg_catalog.pg_get_constraintdef(c.oid) AS def
      FROM pg_catalog.pg_constraint c
     WHERE c.contype = 'f' AND c.connamespace = 'bilateral'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition d WHERE d.logicalrelid = c.conrelid);
    FOR r IN SELECT * FROM pg_temp.bilateral_fks LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tab, r.name);
    END LOOP;
    FOREACH t IN ARRAY ref LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition
                        WHERE logicalrelid = format('bilateral.%I', t)::regclass) THEN
            PERFORM pg_catalog.create_reference_table(format('bilateral.%I', t)::regclass);
            n_ref := n_ref + 1;
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition
                    WHERE logicalrelid = 'bilateral.position_claim'::regclass) THEN
        ALTER TABLE bilateral.position_claim ALTER COLUMN dyad DROP EXPRESSION;
        ALTER TABLE bilateral.position_claim ALTER COLUMN dyad SET NOT NULL;
        ALTER TABLE bilateral.position_claim
            ADD CONSTRAINT position_claim_dyad_check CHECK (dyad = bilateral.dyad_key("position"));
        ALTER TABLE bilateral.position_claim DROP CONSTRAINT position_claim_pkey;
        ALTER TABLE bilateral.position_claim ADD CONSTRAINT position_claim_pkey PRIMARY KEY (claim_id, dyad);
        -- writers must now name the dyad: ordinary roles may insert it (as apply_table_policy() finds)
        GRANT INSERT (dyad) ON bilateral.position_claim TO PUBLIC;
        IF shard_count IS NULL THEN
            PERFORM pg_catalog.create_distributed_table('bilateral.position_claim'::regclass, 'dyad');
        ELSE
            PERFORM pg_catalog.create_distributed_table('bilateral.position_claim'::regclass, 'dyad',
                                                        shard_count => shard_count);
        END IF;
        n_dist := 1;
    END IF;
    FOR r IN SELECT * FROM pg_temp.bilateral_fks LOOP
        -- the workers' copies of the tables (made by CREATE EXTENSION there) still have the key:
        -- Citus sends this DROP to them, and the ADD to them and to every shard
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS %I', r.tab, r.name);
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', r.tab, r.name, r.def);
    END LOOP;
    IF n_ref + n_dist > 0 THEN
        -- Citus fills defaults (owner, ids) on the coordinator and names them in the statements it
        -- sends to the shards, where the role needs the privilege on them: granted on the shards
        -- (and the workers' copies), kept from the coordinator's tables, where the role's own
        -- statement is checked; the policies still require owner = the calling role and user ids
        FOR r IN SELECT * FROM bilateral.editable_tables() LOOP
            EXECUTE format('GRANT INSERT (owner%s) ON bilateral.%I TO PUBLIC',
                           CASE WHEN r.id_column IS NULL THEN '' ELSE ', ' || quote_ident(r.id_column) END, r.table_name);
        END LOOP;
        PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'off', true);
        FOR r IN SELECT * FROM bilateral.editable_tables() LOOP
            EXECUTE format('REVOKE INSERT (owner%s) ON bilateral.%I FROM PUBLIC',
                           CASE WHEN r.id_column IS NULL THEN '' ELSE ', ' || quote_ident(r.id_column) END, r.table_name);
        END LOOP;
        PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'on', true);
    END IF;
    -- the policies and PUBLIC's column grants of every table of the schema, as they are on the
    -- coordinator, sent to its shards again: an update of the extension makes them with Citus's DDL
    -- propagation off (its policies may call functions the workers have only after their own
    -- update; extension/next of 1.11), so distribute() after an update brings the shards level.
    -- The same statements again change nothing.
    FOR r IN SELECT p.polname, p.polrelid::regclass AS tab, p.polcmd,
                    pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS qual,
                    pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS chk
               FROM pg_catalog.pg_policy p
               JOIN pg_catalog.pg_dist_partition d ON d.logicalrelid = p.polrelid
               JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
              WHERE c.relnamespace = 'bilateral'::regnamespace LOOP
        EXECUTE format('ALTER POLICY %I ON %s%s%s', r.polname, r.tab,
                       CASE WHEN r.qual IS NULL THEN '' ELSE format(' USING (%s)', r.qual) END,
                       CASE WHEN r.chk IS NULL THEN '' ELSE format(' WITH CHECK (%s)', r.chk) END);
    END LOOP;
    FOR r IN SELECT c.oid::regclass AS tab, x.privilege_type AS priv, string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS cols
               FROM pg_catalog.pg_class c
               JOIN pg_catalog.pg_dist_partition d ON d.logicalrelid = c.oid
               JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
               CROSS JOIN LATERAL pg_catalog.aclexplode(a.attacl) x
              WHERE c.relnamespace = 'bilateral'::regnamespace AND x.grantee = 0
              GROUP BY c.oid, x.privilege_type LOOP
        EXECUTE format('GRANT %s (%s) ON %s TO PUBLIC', r.priv, r.cols, r.tab);
    END LOOP;
    RETURN CASE WHEN n_ref + n_dist = 0 THEN 'already distributed'
                ELSE format('%s reference tables, %s distributed by dyad', n_ref, n_dist) END;
END
$$;
COMMENT ON FUNCTION bilateral.distribute(int) IS
    'On a Citus coordinator: makes the catalogue and every table other than the claims reference tables and distributes position_claim by dyad (shard_count shards, default citus.shard_count), in one transaction, and sends the tables'' policies and column grants as they are to every shard (run it again after ALTER EXTENSION bilateral UPDATE); a second call changes nothing. Without Citus: SQLSTATE 55000 and nothing changed. docs/scale.md.';
REVOKE EXECUTE ON FUNCTION bilateral.distribute(int) FROM PUBLIC;

CREATE FUNCTION bilateral.is_distributed() RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM pg_catalog.pg_attribute
                    WHERE attrelid = 'bilateral.position_claim'::regclass AND attname = 'dyad' AND attgenerated = '');
END
$$;
COMMENT ON FUNCTION bilateral.is_distributed() IS
    'True on a distributed install (bilateral.distribute() has run): writes to position_claim then name the dyad.';
GRANT EXECUTE ON FUNCTION bilateral.is_distributed() TO PUBLIC;
