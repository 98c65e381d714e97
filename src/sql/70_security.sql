-- src/sql/70_security.sql: A shared database: owners and scope of users' rows, the editable tables' privileges, row
-- level security and policies (apply_table_policy(), applied last), deleting.  Reference:
-- docs/security.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

GRANT USAGE ON SCHEMA bilateral TO PUBLIC;

CREATE FUNCTION bilateral.editable_tables(OUT table_name text, OUT id_column text)
RETURNS SETOF record
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    VALUES ('source', NULL), ('document', NULL), ('actor', NULL), ('actor_name', NULL), ('actor_era', NULL),
           ('actor_code_era', NULL), ('system_membership', NULL), ('issue', NULL), ('treaty', NULL),
           ('treaty_name', NULL), ('treaty_mention', 'mention_id'), ('event', 'event_id'),
           ('position_claim', 'claim_id'), ('indicator', 'indicator_id'), ('office_term', 'term_id'),
           ('erratum', 'erratum_id'), ('source_coverage', 'coverage_id'), ('prospective_claim', 'prospect_id')
$$;
COMMENT ON FUNCTION bilateral.editable_tables() IS
    'The tables that hold shipped rows and take users'' own rows (with the identity column of their ids, if any): the one list that drives privileges, row level security and pg_dump registration.';

CREATE FUNCTION bilateral.may_edit(owner name) RETURNS boolean
AS 'MODULE_PATHNAME', 'bl_may_edit'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.may_edit(name) IS
    'True when the calling role is the owner or a member of the owning role (a group role shares its rows with its members).';

CREATE FUNCTION bilateral.included_owners() RETURNS name[]
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(btrim(x)::name) FILTER (WHERE btrim(x) <> ''), '{}')
      FROM unnest(string_to_array(coalesce(current_setting('bilateral.include_owners', true), ''), ',')) x
$$;
COMMENT ON FUNCTION bilateral.included_owners() IS
    'The roles whose rows the caller has opted in to (SET bilateral.include_owners = ''alice, bob''; ''*'' for every role).';

CREATE FUNCTION bilateral.in_scope(shipped boolean, owner name) RETURNS boolean
AS 'MODULE_PATHNAME', 'bl_in_scope'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.in_scope(boolean, name) IS
    'Whether a row counts for the caller: shipped rows, the caller''s own and its groups'', and those of the roles in bilateral.include_owners. Every table''s read policy.';

-- The extension's definer functions: bilateral.F is the gate (C, src/scope.c), which runs
-- bilateral.F_as_owner, executable by nobody else, as the extension's owner while calling_role()
-- answers the gate's caller (a SECURITY DEFINER function cannot know its caller).
CREATE FUNCTION bilateral.delete_row(table_name text, VARIADIC key text[]) RETURNS void
AS 'MODULE_PATHNAME', 'bl_owner_gate'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION bilateral.delete_row(text, text[]) IS
    'Deletes one of the caller''s rows (owner, or member of the owning role) by its primary key, e.g. delete_row(''position_claim'', ''1000001''), delete_row(''actor_name'', ''JPN'', ''en'', ''Nippon''); shipped rows are read-only (42501); rows that others still name are kept (23503).';
REVOKE ALL ON FUNCTION bilateral.delete_row(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bilateral.delete_row(text, text[]) TO PUBLIC;

CREATE FUNCTION bilateral.delete_row_as_owner(table_name text, VARIADIC key text[]) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tab regclass;
    cols text[];
    types text[];
    nsps text[];
    cond text;
    is_shipped boolean;
    row_owner name;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM bilateral.editable_tables() t WHERE t.table_name = delete_row_as_owner.table_name) THEN
        RAISE EXCEPTION 'not a table of bilateral: "%"', bilateral.clip(delete_row_as_owner.table_name)
            USING ERRCODE = '22023',
                  DETAIL = 'Tables: ' || (SELECT string_agg(t.table_name, ', ' ORDER BY t.table_name) FROM bilateral.editable_tables() t) || '.';
    END IF;
    tab := format('bilateral.%I', delete_row_as_owner.table_name)::regclass;
    -- each key column with its type and the schema of that type, whose = the condition names (the
    -- pinned search_path holds only pg_catalog: treaty_ref's = is bilateral's)
    SELECT array_agg(a.attname::text ORDER BY k.n), array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY k.n),
           array_agg(ty.typnamespace::regnamespace::text ORDER BY k.n)
      INTO cols, types, nsps
      FROM pg_catalog.pg_index i, unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n), pg_catalog.pg_attribute a,
           pg_catalog.pg_type ty
     WHERE i.indrelid = tab AND i.indisprimary AND a.attrelid = tab AND a.attnum = k.attnum AND ty.oid = a.atttypid;
    -- a table with an id column is keyed by its id alone, also where a distributed install's primary
    -- key adds the distribution column (bilateral.distribute())
    IF cardinality(cols) > 1 AND EXISTS (SELECT 1 FROM bilateral.editable_tables() t
                                          WHERE t.table_name = delete_row_as_owner.table_name AND t.id_column = cols[1]) THEN
        cols := cols[1:1];
        types := types[1:1];
        nsps := nsps[1:1];
    END IF;
    IF key IS NULL OR cardinality(key) <> cardinality(cols) OR array_position(key, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'wrong key for bilateral.%: %', delete_row_as_owner.table_name, coalesce(bilateral.clip(array_to_string(key, ', ', 'NULL')), 'NULL')
            USING ERRCODE = '22023',
                  HINT = format('Give the primary key of %s: %s.', delete_row_as_owner.table_name, array_to_string(cols, ', '));
    END IF;
    SELECT string_agg(format('%I OPERATOR(%s.=) ($1[%s])::%s', c, nsps[n], n, types[n]), ' AND ') INTO cond
      FROM unnest(cols) WITH ORDINALITY u(c, n);
    IF delete_row_as_owner.table_name = 'position_claim' AND bilateral.is_distributed() THEN
        -- distributed by dyad: find the claim's dyad, so that the lock and the delete go to its shard
        cond := cond || format(' AND dyad = %L',
                               (SELECT x.dyad FROM ONLY bilateral.position_claim x WHERE x.claim_id = key[1]::bigint));
    END IF;
    EXECUTE format('SELECT shipped, owner FROM ONLY %s WHERE %s FOR UPDATE', tab, cond) INTO is_shipped, row_owner USING key;
    IF is_shipped IS NULL THEN
        RAISE EXCEPTION 'no row of bilateral.% with key %', delete_row_as_owner.table_name, bilateral.clip(array_to_string(key, ', '))
            USING ERRCODE = 'P0002';
    ELSIF is_shipped THEN
        RAISE EXCEPTION 'shipped rows are read-only: bilateral.% %', delete_row_as_owner.table_name, bilateral.clip(array_to_string(key, ', '))
            USING ERRCODE = '42501', HINT = 'Shipped rows change only with a new release of the extension.';
    ELSIF NOT bilateral.may_edit(row_owner) THEN
        RAISE EXCEPTION 'permission denied to delete bilateral.% %', delete_row_as_owner.table_name, bilateral.clip(array_to_string(key, ', '))
            USING ERRCODE = '42501', DETAIL = format('The row belongs to %s.', row_owner),
                  HINT = 'Only the owner, or a member of the owning role, deletes a row.';
    END IF;
    BEGIN
        EXECUTE format('DELETE FROM ONLY %s WHERE %s', tab, cond) USING key;
    EXCEPTION WHEN foreign_key_violation THEN
        -- what blocks the delete, whoever owns it and whether or not the caller can read it: the
        -- owner must be able to see what pins the row (docs/security.md, issue #22 item 4)
        DECLARE
            blockers text := '';
            fk record;
            part text;
        BEGIN
            FOR fk IN SELECT c.conrelid::regclass AS rel,
                             (SELECT string_agg(format('r.%I', a.attname), ', ' ORDER BY k.n)
                                FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS fcols,
                             (SELECT string_agg(format('t.%I', a.attname), ', ' ORDER BY k.n)
                                FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS pcols
                        FROM pg_catalog.pg_constraint c
                       WHERE c.contype = 'f' AND c.confrelid = tab
                       ORDER BY c.conrelid::regclass::text, c.conname
            LOOP
                EXECUTE format('SELECT string_agg(format(''%%s: %%s row(s) of %%s'', %L, x.n, coalesce(x.owner::text, ''the extension'')), ''; '' ORDER BY x.owner)
                                  FROM (SELECT r.owner, count(*) AS n FROM ONLY %s r
                                         WHERE (%s) IN (SELECT %s FROM ONLY %s t WHERE %s) GROUP BY r.owner) x',
                               fk.rel::text, fk.rel, fk.fcols, fk.pcols, tab, cond) INTO part USING key;
                IF part IS NOT NULL THEN
                    blockers := blockers || CASE WHEN blockers = '' THEN '' ELSE '; ' END || part;
                END IF;
            END LOOP;
            RAISE EXCEPTION 'rows of other tables refer to bilateral.% %', delete_row_as_owner.table_name,
                            bilateral.clip(array_to_string(key, ', '))
                USING ERRCODE = '23503',
                      DETAIL = left(coalesce(nullif(blockers, ''), 'rows of other tables'), 1000) || '.',
                      HINT = 'Rows that refer to yours block their delete, whoever owns them: delete your own first, or ask their owners (bilateral.include_owners shows them).';
        END;
    END;
END
$$;
COMMENT ON FUNCTION bilateral.delete_row_as_owner(text, text[]) IS
    'internal: the body of delete_row(), run by its gate as the extension''s owner for the gate''s caller.';
REVOKE ALL ON FUNCTION bilateral.delete_row_as_owner(text, text[]) FROM PUBLIC;

CREATE FUNCTION bilateral.delete_source(source_key text, cascade boolean DEFAULT false) RETURNS void
AS 'MODULE_PATHNAME', 'bl_owner_gate'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION bilateral.delete_source(text, boolean) IS
    'Deletes one of the caller''s sources; with cascade => true, first everything recorded under it (claims, events, figures, office terms, errata, treaty mentions, names, its document, coverage). Without cascade, a source that still has rows is kept (23503).';
REVOKE ALL ON FUNCTION bilateral.delete_source(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bilateral.delete_source(text, boolean) TO PUBLIC;

CREATE FUNCTION bilateral.delete_source_as_owner(source_key text, cascade boolean) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
-- on a distributed install the claims go on each shard, then the source on the reference table: both
-- over one connection per node (no effect without Citus)
SET citus.multi_shard_modify_mode = sequential
AS $$
DECLARE
    t text;
    tabs text[] := ARRAY['prospective_claim', 'source_coverage', 'erratum', 'office_term', 'indicator', 'position_claim', 'event',
                         'treaty_mention', 'treaty_name', 'actor_name', 'document'];
    others text;
    blocked text[];
BEGIN
    PERFORM 1 FROM ONLY bilateral.source s WHERE s.source_key = delete_source_as_owner.source_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown source: "%"', bilateral.clip(delete_source_as_owner.source_key) USING ERRCODE = 'P0002';
    END IF;
    IF cascade THEN
        IF (SELECT s.shipped OR NOT bilateral.may_edit(s.owner) FROM ONLY bilateral.source s
             WHERE s.source_key = delete_source_as_owner.source_key) THEN
            RAISE EXCEPTION 'permission denied to delete source "%"', bilateral.clip(delete_source_as_owner.source_key)
                USING ERRCODE = '42501', HINT = 'Only the owner of a source, or a member of the owning role, deletes it; shipped sources are read-only.';
        END IF;
        -- the cascade deletes the caller's rows only: rows other roles recorded under the source
        -- (members of a group that owns it) stop it, named, before anything is deleted
        FOREACH t IN ARRAY tabs LOOP
            EXECUTE format('SELECT string_agg(format(''%%s row(s) of %%s in %%s'', n, o, %L), ''; '')
                              FROM (SELECT x.owner AS o, count(*) AS n FROM ONLY bilateral.%I x
                                     WHERE x.source_key = $1 AND NOT bilateral.may_edit(x.owner)
                                     GROUP BY x.owner ORDER BY x.owner) y', t, t)
              INTO others USING delete_source_as_owner.source_key;
            IF others IS NOT NULL THEN
                blocked := array_append(blocked, others);
            END IF;
        END LOOP;
        IF blocked IS NOT NULL THEN
            RAISE EXCEPTION 'source "%" holds rows of other roles', delete_source_as_owner.source_key
                USING ERRCODE = '42501', DETAIL = 'Not deleted: ' || array_to_string(blocked, '; ') || '.',
                      HINT = 'Their owners delete them (bilateral.delete_row()), then delete the source again.';
        END IF;
        FOREACH t IN ARRAY tabs LOOP
            EXECUTE format('DELETE FROM ONLY bilateral.%I x WHERE x.source_key = $1', t) USING delete_source_as_owner.source_key;
        END LOOP;
    END IF;
    PERFORM bilateral.delete_row('source', delete_source_as_owner.source_key);
END
$$;
COMMENT ON FUNCTION bilateral.delete_source_as_owner(text, boolean) IS
    'internal: the body of delete_source(), run by its gate as the extension''s owner for the gate''s caller.';
REVOKE ALL ON FUNCTION bilateral.delete_source_as_owner(text, boolean) FROM PUBLIC;

CREATE FUNCTION bilateral.own_source(source_key text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- on a distributed install the policy runs on the shard, and this reads bilateral.source there: a
-- reference table, of which every node holds a full copy, so the read is local and complete (no
-- effect without Citus)
SET citus.allow_nested_distributed_execution = on
AS $$
    SELECT EXISTS (SELECT 1 FROM bilateral.source s
                    WHERE s.source_key = own_source.source_key AND NOT s.shipped AND bilateral.may_edit(s.owner))
$$;
COMMENT ON FUNCTION bilateral.own_source(text) IS
    'True when the source is a user''s (not shipped) and the calling role may edit it: the row policies'' test that evidence is added only under one''s own source.';
GRANT EXECUTE ON FUNCTION bilateral.own_source(text) TO PUBLIC;

CREATE FUNCTION bilateral.apply_table_policy() RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    tab text;
    mine text;
    ins_cols text;
    upd_cols text;
    seq text;
BEGIN
    FOR r IN SELECT * FROM bilateral.editable_tables() LOOP
        tab := format('bilateral.%I', r.table_name);
        -- a user row: not shipped, ids from the identity range, and evidence only under the
        -- caller's own source (a source belongs to whoever added it)
        mine := 'NOT shipped AND bilateral.may_edit(owner)'
             || CASE WHEN r.id_column IS NULL THEN '' ELSE format(' AND %I > 999999', r.id_column) END
             || CASE WHEN r.table_name <> 'source' AND EXISTS (
                         SELECT 1 FROM pg_catalog.pg_attribute a
                          WHERE a.attrelid = tab::regclass AND a.attname = 'source_key' AND NOT a.attisdropped)
                     THEN format(' AND (%1$I.source_key IS NULL OR bilateral.own_source(%1$I.source_key))', r.table_name)
                     ELSE '' END
             -- a quote that points at a span of its document is the document's text there
             -- (docs/coding.md): checked at the door, with its own error, for plain INSERTs too
             || CASE WHEN EXISTS (
                         SELECT 1 FROM pg_catalog.pg_attribute a
                          WHERE a.attrelid = tab::regclass AND a.attname = 'span_start' AND NOT a.attisdropped)
                     THEN ' AND (span_start IS NULL OR bilateral.check_span(source_key, span_start, span_end, quote))'
                     ELSE '' END;
        -- columns a user may write: never the id, the owner or generated columns; key columns
        -- only on insert (a renamed key would orphan what names it: delete and add instead)
        SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
                   FILTER (WHERE a.attname IS DISTINCT FROM r.id_column),
               string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
                   FILTER (WHERE a.attname IS DISTINCT FROM r.id_column AND a.attname <> 'shipped'
                             AND NOT a.attnum = ANY (coalesce((SELECT i.indkey::int2[] FROM pg_catalog.pg_index i
                                                                 WHERE i.indrelid = tab::regclass AND i.indisprimary), '{}')))
          INTO ins_cols, upd_cols
          FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = tab::regclass AND a.attnum > 0 AND NOT a.attisdropped
           AND a.attname <> 'owner' AND a.attgenerated = '';
        EXECUTE format('REVOKE ALL ON %s FROM PUBLIC', tab);
        EXECUTE format('GRANT SELECT ON %s TO PUBLIC', tab);
        EXECUTE format('GRANT INSERT (%s) ON %s TO PUBLIC', ins_cols, tab);
        EXECUTE format('GRANT UPDATE (%s) ON %s TO PUBLIC', upd_cols, tab);
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tab);
        EXECUTE format('DROP POLICY IF EXISTS read_all ON %s', tab);
        EXECUTE format('DROP POLICY IF EXISTS read_scope ON %s', tab);
        EXECUTE format('DROP POLICY IF EXISTS insert_own ON %s', tab);
        EXECUTE format('DROP POLICY IF EXISTS update_own ON %s', tab);
        EXECUTE format('DROP POLICY IF EXISTS delete_own ON %s', tab);
        EXECUTE format('CREATE POLICY read_scope ON %s FOR SELECT USING (bilateral.in_scope(shipped, owner))', tab);
        EXECUTE format('CREATE POLICY insert_own ON %s FOR INSERT WITH CHECK (%s AND owner = bilateral.calling_role())', tab, mine);
        EXECUTE format('CREATE POLICY update_own ON %s FOR UPDATE USING (NOT shipped AND bilateral.may_edit(owner)) WITH CHECK (%s)', tab, mine);
        EXECUTE format('CREATE POLICY delete_own ON %s FOR DELETE USING (NOT shipped AND bilateral.may_edit(owner))', tab);
        EXECUTE format('COMMENT ON POLICY read_scope ON %s IS %L', tab,
                       'A query sees shipped rows, the caller''s own and its groups'' rows, and those of the roles in bilateral.include_owners.');
        EXECUTE format('COMMENT ON POLICY insert_own ON %s IS %L', tab,
                       'Users add rows that they own (owner = the calling role, never shipped), with ids from the identity range, and evidence only under a source of their own.');
        EXECUTE format('COMMENT ON POLICY update_own ON %s IS %L', tab,
                       'The owner, or a member of the owning role, changes a row; shipped rows are read-only.');
        EXECUTE format('COMMENT ON POLICY delete_own ON %s IS %L', tab,
                       'The owner, or a member of the owning role, deletes a row (bilateral.delete_row()); shipped rows are read-only.');
        -- users' rows (never the shipped ones) survive pg_dump / restore
        PERFORM pg_catalog.pg_extension_config_dump(tab::regclass, 'WHERE NOT shipped');
        IF r.id_column IS NOT NULL THEN
            seq := pg_catalog.pg_get_serial_sequence(tab, r.id_column);
            -- ids come from the identity default, which needs no privilege on the sequence
            EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM PUBLIC', seq);
            EXECUTE format('GRANT SELECT ON SEQUENCE %s TO PUBLIC', seq);
            PERFORM pg_catalog.pg_extension_config_dump(seq::regclass, '');
        END IF;
    END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION bilateral.apply_table_policy() FROM PUBLIC;
COMMENT ON FUNCTION bilateral.apply_table_policy() IS
    'Run by the extension scripts only: gives every table of bilateral.editable_tables() its privileges (SELECT; INSERT and UPDATE of content columns only), row level security (read scope, owners), and its pg_dump registration (users'' rows and identity sequences).';
-- every editable table: privileges, row level security, policies and dumps (once the functions
-- the policies call exist)
SELECT bilateral.apply_table_policy();
