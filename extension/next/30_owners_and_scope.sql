-- A shared database that holds against a careless or hostile colleague (release 1.3).
--  * Every user row has an owner (the role that added it; a group role when added under SET ROLE),
--    and only the owner, or a member of the owning role, changes or deletes it.
--  * A source belongs to whoever added it: nobody else adds evidence under it, and nobody adds
--    evidence under a shipped source.
--  * What a user adds changes only the answers of that user (and the members of the owning role),
--    unless another user opts in with SET bilateral.include_owners = 'alice, bob' (or '*').
--  * Ordinary roles read and insert, and update the content of their own rows; they cannot choose
--    ids, owners or key columns, and hold no privilege that locks a table against readers.
--    Deleting goes through bilateral.delete_row() and bilateral.delete_source().
--  * A claim's actor, counterpart and issue are generated columns with foreign keys, so no
--    concurrent delete can leave a claim pointing at nothing (and a dump always restores).
-- docs/security.md states the guarantees and the tests that show them.

CREATE FUNCTION bilateral.calling_role() RETURNS name
AS 'MODULE_PATHNAME', 'bl_calling_role'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.calling_role() IS
    'The role the statement runs for: the session user, or the role of the last SET ROLE; unlike current_user it does not change inside SECURITY DEFINER functions. Owner of the rows a user adds.';

-- owners ----------------------------------------------------------------------------------------------
-- Rows that users added before 1.3 get the role that runs ALTER EXTENSION ... UPDATE as their
-- owner (who added them is not recorded); a superuser can hand them on with UPDATE ... SET owner.

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM bilateral.editable_tables() LOOP
        EXECUTE format('ALTER TABLE bilateral.%I ADD COLUMN owner name DEFAULT bilateral.calling_role()', r.table_name);
        EXECUTE format('UPDATE bilateral.%I SET owner = NULL WHERE shipped', r.table_name);
        EXECUTE format('ALTER TABLE bilateral.%I ADD CONSTRAINT %I CHECK (shipped = (owner IS NULL))',
                       r.table_name, r.table_name || '_owner_check');
        EXECUTE format('COMMENT ON COLUMN bilateral.%I.owner IS %L', r.table_name,
                       'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.');
    END LOOP;
END
$$;

-- claims name their catalogue entries through foreign keys ----------------------------------------------

DROP TRIGGER position_claim_catalogue ON bilateral.position_claim;
DROP TRIGGER actor_in_use ON bilateral.actor;
DROP TRIGGER issue_in_use ON bilateral.issue;
DROP FUNCTION bilateral.position_claim_catalogue_check();
DROP FUNCTION bilateral.catalogue_in_use_check();

ALTER TABLE bilateral.position_claim
    ADD COLUMN claim_actor text GENERATED ALWAYS AS (bilateral.actor("position")) STORED
        CONSTRAINT position_claim_actor_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN claim_counterpart text GENERATED ALWAYS AS (bilateral.counterpart("position")) STORED
        CONSTRAINT position_claim_counterpart_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN claim_issue text GENERATED ALWAYS AS (bilateral.issue("position")) STORED
        CONSTRAINT position_claim_issue_fkey REFERENCES bilateral.issue (issue);
COMMENT ON COLUMN bilateral.position_claim.claim_actor IS 'The position''s actor (generated), so that a foreign key holds it to the catalogue.';
COMMENT ON COLUMN bilateral.position_claim.claim_counterpart IS 'The position''s counterpart (generated), held to the catalogue by a foreign key.';
COMMENT ON COLUMN bilateral.position_claim.claim_issue IS 'The position''s issue (generated), held to the codebook by a foreign key.';
CREATE INDEX position_claim_claim_counterpart ON bilateral.position_claim (claim_counterpart);
CREATE INDEX position_claim_claim_issue ON bilateral.position_claim (claim_issue);

-- who may edit, and whose rows a query sees -------------------------------------------------------------

CREATE FUNCTION bilateral.may_edit(owner name) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT owner IS NOT NULL
       AND (owner = bilateral.calling_role()
            OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                        WHERE r.rolname = owner
                          AND pg_catalog.pg_has_role(bilateral.calling_role(), r.oid, 'MEMBER')))
$$;
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
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT shipped
        OR bilateral.may_edit(owner)
        OR owner = ANY (bilateral.included_owners())
        OR '*' = ANY (bilateral.included_owners())
$$;
COMMENT ON FUNCTION bilateral.in_scope(boolean, name) IS
    'Whether a row counts for the caller: shipped rows, the caller''s own and its groups'', and those of the roles in bilateral.include_owners. Every table''s read policy.';

-- The GiST and btree operators must be usable as index conditions under row level security, which
-- needs them LEAKPROOF: they return a boolean, never raise an error on a stored (validated) value and
-- print nothing of their arguments.
ALTER FUNCTION bilateral.bilateral_position_overlaps(bilateral.bilateral_position, bilateral.bilateral_position) LEAKPROOF;
ALTER FUNCTION bilateral.bilateral_position_overlaps_range(bilateral.bilateral_position, daterange) LEAKPROOF;
ALTER FUNCTION bilateral.possibly_at(bilateral.bilateral_position, date) LEAKPROOF;
ALTER FUNCTION bilateral.bilateral_position_contained_by(date, bilateral.bilateral_position) LEAKPROOF;
ALTER FUNCTION bilateral.treaty_ref_eq(bilateral.treaty_ref, bilateral.treaty_ref) LEAKPROOF;
ALTER FUNCTION bilateral.treaty_ref_ne(bilateral.treaty_ref, bilateral.treaty_ref) LEAKPROOF;
ALTER FUNCTION bilateral.treaty_ref_lt(bilateral.treaty_ref, bilateral.treaty_ref) LEAKPROOF;
ALTER FUNCTION bilateral.treaty_ref_le(bilateral.treaty_ref, bilateral.treaty_ref) LEAKPROOF;
ALTER FUNCTION bilateral.treaty_ref_gt(bilateral.treaty_ref, bilateral.treaty_ref) LEAKPROOF;
ALTER FUNCTION bilateral.treaty_ref_ge(bilateral.treaty_ref, bilateral.treaty_ref) LEAKPROOF;

-- the policy of every editable table, from the one list ------------------------------------------------

CREATE OR REPLACE FUNCTION bilateral.apply_table_policy() RETURNS void
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
                     THEN format(' AND (%1$I.source_key IS NULL OR EXISTS (SELECT 1 FROM bilateral.source s'
                                 ' WHERE s.source_key = %1$I.source_key AND NOT s.shipped AND bilateral.may_edit(s.owner)))',
                                 r.table_name)
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
COMMENT ON FUNCTION bilateral.apply_table_policy() IS
    'Run by the extension scripts only: gives every table of bilateral.editable_tables() its privileges (SELECT; INSERT and UPDATE of content columns only), row level security (read scope, owners), and its pg_dump registration (users'' rows and identity sequences).';
REVOKE EXECUTE ON FUNCTION bilateral.apply_table_policy() FROM PUBLIC;

SELECT bilateral.apply_table_policy();

-- deleting: the only way for ordinary roles, who hold no DELETE privilege (it would let them lock
-- a table against every reader) -------------------------------------------------------------------------

CREATE FUNCTION bilateral.delete_row(table_name text, VARIADIC key text[]) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tab regclass;
    cols text[];
    types text[];
    cond text;
    is_shipped boolean;
    row_owner name;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM bilateral.editable_tables() t WHERE t.table_name = delete_row.table_name) THEN
        RAISE EXCEPTION 'not a table of bilateral: "%"', delete_row.table_name
            USING ERRCODE = '22023',
                  DETAIL = 'Tables: ' || (SELECT string_agg(t.table_name, ', ' ORDER BY t.table_name) FROM bilateral.editable_tables() t) || '.';
    END IF;
    tab := format('bilateral.%I', delete_row.table_name)::regclass;
    SELECT array_agg(a.attname::text ORDER BY k.n), array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY k.n)
      INTO cols, types
      FROM pg_catalog.pg_index i, unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n), pg_catalog.pg_attribute a
     WHERE i.indrelid = tab AND i.indisprimary AND a.attrelid = tab AND a.attnum = k.attnum;
    IF key IS NULL OR cardinality(key) <> cardinality(cols) OR array_position(key, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'wrong key for bilateral.%: %', delete_row.table_name, coalesce(array_to_string(key, ', ', 'NULL'), 'NULL')
            USING ERRCODE = '22023',
                  HINT = format('Give the primary key of %s: %s.', delete_row.table_name, array_to_string(cols, ', '));
    END IF;
    SELECT string_agg(format('%I = ($1[%s])::%s', c, n, types[n]), ' AND ') INTO cond
      FROM unnest(cols) WITH ORDINALITY u(c, n);
    EXECUTE format('SELECT shipped, owner FROM %s WHERE %s FOR UPDATE', tab, cond) INTO is_shipped, row_owner USING key;
    IF is_shipped IS NULL THEN
        RAISE EXCEPTION 'no row of bilateral.% with key %', delete_row.table_name, array_to_string(key, ', ')
            USING ERRCODE = 'P0002';
    ELSIF is_shipped THEN
        RAISE EXCEPTION 'shipped rows are read-only: bilateral.% %', delete_row.table_name, array_to_string(key, ', ')
            USING ERRCODE = '42501', HINT = 'Shipped rows change only with a new release of the extension.';
    ELSIF NOT bilateral.may_edit(row_owner) THEN
        RAISE EXCEPTION 'permission denied to delete bilateral.% %', delete_row.table_name, array_to_string(key, ', ')
            USING ERRCODE = '42501', DETAIL = format('The row belongs to %s.', row_owner),
                  HINT = 'Only the owner, or a member of the owning role, deletes a row.';
    END IF;
    IF delete_row.table_name = 'actor' THEN
        -- events name actors in an array, which no foreign key reaches: wait for the transactions
        -- that are adding events, keep new ones out until this one ends, then look
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'deleting an actor needs READ COMMITTED isolation'
                USING ERRCODE = '25001', HINT = 'Run bilateral.delete_row(''actor'', ...) in a READ COMMITTED transaction.';
        END IF;
        LOCK TABLE bilateral.event IN SHARE MODE;
        IF EXISTS (SELECT 1 FROM bilateral.event e WHERE e.actors @> ARRAY[key[1]]) THEN
            RAISE EXCEPTION 'actor "%" is still named by an event', key[1]
                USING ERRCODE = '23503', TABLE = 'event', SCHEMA = 'bilateral',
                      HINT = 'Delete the events that name it first.';
        END IF;
    END IF;
    EXECUTE format('DELETE FROM %s WHERE %s', tab, cond) USING key;
END
$$;
COMMENT ON FUNCTION bilateral.delete_row(text, text[]) IS
    'Deletes one of the caller''s rows (owner, or member of the owning role) by its primary key, e.g. delete_row(''position_claim'', ''1000001''), delete_row(''actor_name'', ''JPN'', ''en'', ''Nippon''); shipped rows are read-only (42501); rows that others still name are kept (23503).';

CREATE FUNCTION bilateral.delete_source(source_key text, cascade boolean DEFAULT false) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text;
BEGIN
    PERFORM 1 FROM bilateral.source s WHERE s.source_key = delete_source.source_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown source: "%"', delete_source.source_key USING ERRCODE = 'P0002';
    END IF;
    IF cascade THEN
        IF (SELECT s.shipped OR NOT bilateral.may_edit(s.owner) FROM bilateral.source s
             WHERE s.source_key = delete_source.source_key) THEN
            RAISE EXCEPTION 'permission denied to delete source "%"', delete_source.source_key
                USING ERRCODE = '42501', HINT = 'Only the owner of a source, or a member of the owning role, deletes it; shipped sources are read-only.';
        END IF;
        FOREACH t IN ARRAY ARRAY['erratum', 'office_term', 'indicator', 'position_claim', 'event',
                                 'treaty_mention', 'treaty_name', 'actor_name'] LOOP
            EXECUTE format('DELETE FROM bilateral.%I x WHERE x.source_key = $1', t) USING delete_source.source_key;
        END LOOP;
    END IF;
    PERFORM bilateral.delete_row('source', delete_source.source_key);
END
$$;
COMMENT ON FUNCTION bilateral.delete_source(text, boolean) IS
    'Deletes one of the caller''s sources; with cascade => true, first everything recorded under it (claims, events, figures, office terms, errata, treaty mentions, names). Without cascade, a source that still has rows is kept (23503).';

REVOKE ALL ON FUNCTION bilateral.delete_row(text, text[]), bilateral.delete_source(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bilateral.delete_row(text, text[]), bilateral.delete_source(text, boolean) TO PUBLIC;
