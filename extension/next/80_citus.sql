-- Scale out on Citus (release 1.5): a schema Citus can distribute, and bilateral.distribute().
--  * Every reference is declarative: a claim's actor, counterpart and issue were generated columns
--    with foreign keys since 1.3; now an event's actors are too (event_actor_1 .. event_actor_8,
--    generated from the actors array, each with a foreign key), and the last constraint trigger goes.
--  * Claims carry their dyad (bilateral.dyad_key(): the two actor codes sorted, 'JPN+RUS'), the key
--    a distributed install shards by, so that one dyad's history, both directions, is on one shard;
--    the query functions name it, so that a one-dyad call is routed to that shard.
--  * Row policies call bilateral.own_source() instead of holding a subquery (Citus refuses policies
--    with subqueries on distributed tables); what they allow is unchanged.
--  * bilateral.distribute() makes the catalogue reference tables and distributes the claims by dyad,
--    in one transaction, idempotently; without Citus it refuses (55000) and says what to do.
-- docs/scale.md describes the distributed install and its limits.

-- the dyad ---------------------------------------------------------------------------------------------

CREATE FUNCTION bilateral.dyad_key(actor text, counterpart text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT least(actor COLLATE "C", counterpart COLLATE "C") || '+' || greatest(actor COLLATE "C", counterpart COLLATE "C")
$$;
COMMENT ON FUNCTION bilateral.dyad_key(text, text) IS
    'The undirected dyad of two actor codes: the two sorted and joined by +, e.g. dyad_key(''RUS'', ''JPN'') = ''JPN+RUS''. The key claims are distributed by.';
GRANT EXECUTE ON FUNCTION bilateral.dyad_key(text, text) TO PUBLIC;

CREATE FUNCTION bilateral.dyad_key(p bilateral.bilateral_position) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT bilateral.dyad_key(bilateral.actor(p), bilateral.counterpart(p))
$$;
COMMENT ON FUNCTION bilateral.dyad_key(bilateral.bilateral_position) IS
    'The undirected dyad of a position (its actor and counterpart sorted, joined by +), e.g. ''JPN+RUS'' for JPN->RUS and RUS->JPN.';
GRANT EXECUTE ON FUNCTION bilateral.dyad_key(bilateral.bilateral_position) TO PUBLIC;

ALTER TABLE bilateral.position_claim
    ADD COLUMN dyad text GENERATED ALWAYS AS (bilateral.dyad_key("position")) STORED;
COMMENT ON COLUMN bilateral.position_claim.dyad IS
    'The claim''s undirected dyad (bilateral.dyad_key(position), e.g. ''JPN+RUS''): generated on one server; on a distributed install (bilateral.distribute()) the distribution column, a plain column that writes fill and a CHECK holds to the position.';

-- an event's actors, held to the catalogue by foreign keys --------------------------------------------------

CREATE FUNCTION bilateral.event_actor(actors text[], n int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN n <= cardinality(actors) THEN coalesce(actors[array_lower(actors, 1) + n - 1], '') END
$$;
COMMENT ON FUNCTION bilateral.event_actor(text[], int) IS
    'The n-th code of an event''s actors (1-based), '''' for a NULL element (which no actor matches), NULL past the end. Generates event_actor_1 .. event_actor_8.';

DROP TRIGGER event_actors_catalogue ON bilateral.event;
DROP FUNCTION bilateral.event_actors_check();

ALTER TABLE bilateral.event
    ADD CONSTRAINT event_actors_count CHECK (cardinality(actors) = 0 OR (array_ndims(actors) = 1 AND cardinality(actors) <= 8)),
    ADD COLUMN event_actor_1 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 1)) STORED
        CONSTRAINT event_actor_1_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN event_actor_2 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 2)) STORED
        CONSTRAINT event_actor_2_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN event_actor_3 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 3)) STORED
        CONSTRAINT event_actor_3_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN event_actor_4 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 4)) STORED
        CONSTRAINT event_actor_4_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN event_actor_5 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 5)) STORED
        CONSTRAINT event_actor_5_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN event_actor_6 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 6)) STORED
        CONSTRAINT event_actor_6_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN event_actor_7 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 7)) STORED
        CONSTRAINT event_actor_7_fkey REFERENCES bilateral.actor (actor),
    ADD COLUMN event_actor_8 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 8)) STORED
        CONSTRAINT event_actor_8_fkey REFERENCES bilateral.actor (actor);
COMMENT ON CONSTRAINT event_actors_count ON bilateral.event IS
    'An event names at most 8 actors, in a one-dimensional array: each has a generated column held to the catalogue by a foreign key.';
DO $$
BEGIN
    FOR n IN 1..8 LOOP
        EXECUTE format('COMMENT ON COLUMN bilateral.event.%I IS %L', 'event_actor_' || n,
                       format('The %s. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).', n));
    END LOOP;
END
$$;

-- row policies without subqueries -------------------------------------------------------------------------

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


-- apply_table_policy: own_source() in place of the subquery; delete_row: keyed by id, events by foreign keys

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
                     THEN format(' AND (%1$I.source_key IS NULL OR bilateral.own_source(%1$I.source_key))', r.table_name)
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

SELECT bilateral.apply_table_policy();

CREATE OR REPLACE FUNCTION bilateral.delete_row(table_name text, VARIADIC key text[]) RETURNS void
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
    -- a table with an id column is keyed by its id alone, also where a distributed install's primary
    -- key adds the distribution column (bilateral.distribute())
    IF cardinality(cols) > 1 AND EXISTS (SELECT 1 FROM bilateral.editable_tables() t
                                          WHERE t.table_name = delete_row.table_name AND t.id_column = cols[1]) THEN
        cols := cols[1:1];
        types := types[1:1];
    END IF;
    IF key IS NULL OR cardinality(key) <> cardinality(cols) OR array_position(key, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'wrong key for bilateral.%: %', delete_row.table_name, coalesce(array_to_string(key, ', ', 'NULL'), 'NULL')
            USING ERRCODE = '22023',
                  HINT = format('Give the primary key of %s: %s.', delete_row.table_name, array_to_string(cols, ', '));
    END IF;
    SELECT string_agg(format('%I = ($1[%s])::%s', c, n, types[n]), ' AND ') INTO cond
      FROM unnest(cols) WITH ORDINALITY u(c, n);
    IF delete_row.table_name = 'position_claim' AND bilateral.is_distributed() THEN
        -- distributed by dyad: find the claim's dyad, so that the lock and the delete go to its shard
        cond := cond || format(' AND dyad = %L',
                               (SELECT x.dyad FROM bilateral.position_claim x WHERE x.claim_id = key[1]::bigint));
    END IF;
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
    EXECUTE format('DELETE FROM %s WHERE %s', tab, cond) USING key;
END
$$;

-- writers: add_source with a searched CASE (Citus 13.2 sends a simple CASE over a parameter to the
-- workers as a comparison of text with boolean)

CREATE OR REPLACE FUNCTION bilateral.add_source(source_key text, title text, author text, published date,
                                     language text, publisher text DEFAULT NULL,
                                     published_precision text DEFAULT 'day', kind text DEFAULT 'user',
                                     title_en text DEFAULT NULL, note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF published_precision IS NULL OR published_precision NOT IN ('year', 'month', 'day') THEN
        RAISE EXCEPTION 'invalid published_precision: "%"', published_precision
            USING ERRCODE = '22023', HINT = 'Use year, month or day.';
    END IF;
    INSERT INTO bilateral.source AS s (source_key, title, title_en, author, publisher, published,
                                       published_precision, language, kind, note, shipped)
    VALUES (add_source.source_key, add_source.title, add_source.title_en, add_source.author,
            add_source.publisher,
            CASE WHEN add_source.published_precision = 'year'  THEN date_trunc('year',  add_source.published)::date
                 WHEN add_source.published_precision = 'month' THEN date_trunc('month', add_source.published)::date
                 ELSE add_source.published END,
            add_source.published_precision, lower(add_source.language), add_source.kind,
            add_source.note, false);
    RETURN add_source.source_key;
END
$$;

-- delete_source: one connection per node on a distributed install

CREATE OR REPLACE FUNCTION bilateral.delete_source(source_key text, cascade boolean DEFAULT false) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
-- on a distributed install the claims go on each shard, then the source on the reference table: both
-- over one connection per node (no effect without Citus)
SET citus.multi_shard_modify_mode = sequential
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

-- writers: add_claim (and import_tei, which calls it) name the dyad on a distributed install ---------

CREATE OR REPLACE FUNCTION bilateral.add_claim(source_key text, "position" bilateral.bilateral_position, quote text,
                                    statement_en text DEFAULT NULL, locator text DEFAULT NULL,
                                    general_knowledge text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    lang text;
    a    text := bilateral.actor("position");
    c    text := bilateral.counterpart("position");
    i    text := bilateral.issue("position");
    id   bigint;
BEGIN
    SELECT s.language INTO lang FROM bilateral.source s WHERE s.source_key = add_claim.source_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown source: "%"', add_claim.source_key
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.actor x WHERE x.actor = a) THEN
        RAISE EXCEPTION 'unknown actor "%" in position %', a, "position"
            USING ERRCODE = '23503', HINT = 'Add the actor first with bilateral.add_actor().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.actor x WHERE x.actor = c) THEN
        RAISE EXCEPTION 'unknown counterpart "%" in position %', c, "position"
            USING ERRCODE = '23503', HINT = 'Add the actor first with bilateral.add_actor().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.issue x WHERE x.issue = i) THEN
        RAISE EXCEPTION 'unknown issue "%" in position %', i, "position"
            USING ERRCODE = '23503', HINT = 'Add the issue first with bilateral.add_issue(), or use a code from bilateral.issue.';
    END IF;
    IF quote IS NULL OR btrim(quote) = '' THEN
        RAISE EXCEPTION 'a claim needs a quote'
            USING ERRCODE = '22023', HINT = 'Give the exact words of the source that support the position.';
    END IF;
    -- on a distributed install the dyad is the distribution column, which a write must name
    IF bilateral.is_distributed() THEN
        INSERT INTO bilateral.position_claim ("position", dyad, source_key, locator, quote, quote_lang,
                                              statement_en, general_knowledge, shipped)
        VALUES (add_claim."position", bilateral.dyad_key(add_claim."position"), add_claim.source_key, add_claim.locator, add_claim.quote, lang,
                coalesce(add_claim.statement_en,
                         format('According to %s, %s holds a %s (%s) stance toward %s on %s from %s to %s.',
                                add_claim.source_key, a, bilateral.stance_label(add_claim."position"),
                                CASE WHEN bilateral.stance(add_claim."position") > 0 THEN '+' ELSE '' END
                                || bilateral.stance(add_claim."position"), c, i,
                                coalesce(bilateral.valid_from(add_claim."position")::text, 'an open start'),
                                coalesce(bilateral.valid_to(add_claim."position")::text, 'an open end'))),
                add_claim.general_knowledge, false)
        RETURNING claim_id INTO id;
    ELSE
        INSERT INTO bilateral.position_claim ("position", source_key, locator, quote, quote_lang,
                                              statement_en, general_knowledge, shipped)
        VALUES (add_claim."position", add_claim.source_key, add_claim.locator, add_claim.quote, lang,
                coalesce(add_claim.statement_en,
                         format('According to %s, %s holds a %s (%s) stance toward %s on %s from %s to %s.',
                                add_claim.source_key, a, bilateral.stance_label(add_claim."position"),
                                CASE WHEN bilateral.stance(add_claim."position") > 0 THEN '+' ELSE '' END
                                || bilateral.stance(add_claim."position"), c, i,
                                coalesce(bilateral.valid_from(add_claim."position")::text, 'an open start'),
                                coalesce(bilateral.valid_to(add_claim."position")::text, 'an open end'))),
                add_claim.general_knowledge, false)
        RETURNING claim_id INTO id;
    END IF;
    RETURN id;
END
$$;

CREATE FUNCTION bilateral.sources_known_by(known_by date) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN known_by IS NOT NULL THEN
        ARRAY(SELECT s.source_key FROM bilateral.source s WHERE bilateral.published_by(s.source_key, known_by)
               ORDER BY s.source_key)
    END
$$;
COMMENT ON FUNCTION bilateral.sources_known_by(date) IS
    'The keys of the sources (that the caller sees) certainly published by the date; NULL for a NULL date (no limit). The query functions read it once, so the per-claim test needs no query of its own (on a distributed install, none on the shards).';
GRANT EXECUTE ON FUNCTION bilateral.sources_known_by(date) TO PUBLIC;

-- the query functions name the dyad, so that a one-dyad call reads one shard ----------------------------
-- (on one server the condition is redundant with the position's and costs nothing)

CREATE OR REPLACE FUNCTION bilateral.stance_at(actor text, counterpart text, issue text, at date, known_by date DEFAULT NULL,
                                    voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (claim_id bigint, "position" bilateral.bilateral_position, stance int, stance_label text,
               certain boolean, source_key text, quote text, voice text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q bilateral.bilateral_position;
    v text[] := bilateral.check_voices(voices);
    known text[] := bilateral.sources_known_by(known_by);
BEGIN
    IF at IS NULL OR NOT isfinite(at) THEN
        RAISE EXCEPTION 'at must be a day' USING ERRCODE = '22004', HINT = 'Pass the day to look at, e.g. DATE ''2016-12-15''.';
    END IF;
    q := bilateral.probe(bilateral.actor_code(actor), bilateral.actor_code(counterpart),
                         bilateral.check_issue(issue), at, at);
    RETURN QUERY
    SELECT c.claim_id, c.position, bilateral.stance(c.position), bilateral.stance_label(c.position),
           bilateral.certainly_at(c.position, at), c.source_key, c.quote, c.voice
      FROM bilateral.position_claim c
     WHERE c.dyad = bilateral.dyad_key(bilateral.actor(q), bilateral.counterpart(q))
       AND c.position OPERATOR(bilateral.&&) q
       AND c.voice = ANY (v)
       AND (known IS NULL OR c.source_key = ANY (known))
     ORDER BY bilateral.certainly_at(c.position, at) DESC, c.claim_id;
END
$$;

CREATE OR REPLACE FUNCTION bilateral.stance_history(actor text, counterpart text, issue text, known_by date DEFAULT NULL,
                                         voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (valid_from date, valid_to date, stance int, stance_label text, contested boolean,
               stances int[], sources text[])
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q bilateral.bilateral_position := bilateral.probe(bilateral.actor_code(actor), bilateral.actor_code(counterpart),
                                                      bilateral.check_issue(issue), NULL, NULL);
    v text[] := bilateral.check_voices(voices);
    known text[] := bilateral.sources_known_by(known_by);
BEGIN
    RETURN QUERY
    WITH c AS (                 -- each claim as [lo, hi), widest reading, infinite where open
        SELECT coalesce(bilateral.valid_from(x.position), '-infinity'::date) AS lo,
               coalesce(bilateral.valid_to(x.position) + 1, 'infinity'::date) AS hi,
               bilateral.stance(x.position) AS st, x.source_key AS src
          FROM bilateral.position_claim x
         WHERE x.dyad = bilateral.dyad_key(bilateral.actor(q), bilateral.counterpart(q))
           AND x.position OPERATOR(bilateral.&&) q
           AND x.voice = ANY (v)
           AND (known IS NULL OR x.source_key = ANY (known))
    ), ev AS (
        SELECT c.lo AS d, c.st, 1 AS delta FROM c
        UNION ALL
        SELECT c.hi, c.st, -1 FROM c WHERE isfinite(c.hi)
    ), net AS (                 -- the change of each stance's count on each bound
        SELECT ev.d, array_agg(ev.st) AS sts, array_agg(ev.delta) AS deltas FROM ev GROUP BY ev.d
    ), per_day AS (
        SELECT net.d,
               ARRAY(SELECT coalesce(sum(u.delta) FILTER (WHERE u.st = k), 0)::int
                       FROM unnest(net.sts, net.deltas) u(st, delta), generate_series(-3, 3) k
                      GROUP BY k ORDER BY k) AS change
          FROM net
    ), running AS (             -- the count of each stance from this bound to the next
        SELECT p.d, coalesce(lead(p.d) OVER w, 'infinity'::date) AS e,
               sum(p.change[1]) OVER w AS n1, sum(p.change[2]) OVER w AS n2, sum(p.change[3]) OVER w AS n3,
               sum(p.change[4]) OVER w AS n4, sum(p.change[5]) OVER w AS n5, sum(p.change[6]) OVER w AS n6,
               sum(p.change[7]) OVER w AS n7
          FROM per_day p
        WINDOW w AS (ORDER BY p.d)
    ), seg AS (
        SELECT r.d AS s, r.e,
               array_remove(ARRAY[CASE WHEN r.n1 > 0 THEN -3 END, CASE WHEN r.n2 > 0 THEN -2 END,
                                  CASE WHEN r.n3 > 0 THEN -1 END, CASE WHEN r.n4 > 0 THEN 0 END,
                                  CASE WHEN r.n5 > 0 THEN 1 END, CASE WHEN r.n6 > 0 THEN 2 END,
                                  CASE WHEN r.n7 > 0 THEN 3 END], NULL) AS sts
          FROM running r
         WHERE r.d < r.e
    ), marked AS (
        SELECT seg.*, CASE WHEN lag(seg.sts) OVER w = seg.sts AND lag(seg.e) OVER w = seg.s THEN 0 ELSE 1 END AS brk
          FROM seg WHERE cardinality(seg.sts) > 0
        WINDOW w AS (ORDER BY seg.s)
    ), grp AS (
        SELECT marked.s, marked.e, marked.sts, sum(marked.brk) OVER (ORDER BY marked.s) AS g FROM marked
    ), merged AS (
        SELECT grp.g, min(grp.s) AS s, max(grp.e) AS e, min(grp.sts) AS sts FROM grp GROUP BY grp.g
    ), islands AS (             -- each source's claims merged into stretches of coverage
        SELECT i.src, min(i.lo) AS lo, max(i.hi) AS hi
          FROM (SELECT o.*, sum(o.starts) OVER (PARTITION BY o.src ORDER BY o.lo, o.hi) AS k
                  FROM (SELECT c.*, CASE WHEN c.lo <= max(c.hi) OVER (PARTITION BY c.src ORDER BY c.lo, c.hi
                                                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                                         THEN 0 ELSE 1 END AS starts
                          FROM c) o) i
         GROUP BY i.src, i.k
    ), spans AS (               -- the first and last period an island touches
        SELECT isl.src, gs.g AS g1, ge.g AS g2
          FROM islands isl JOIN grp gs ON gs.s = isl.lo JOIN grp ge ON ge.e = isl.hi
    ), group_sources AS (
        SELECT g.g, array_agg(DISTINCT sp.src ORDER BY sp.src) AS srcs
          FROM spans sp, generate_series(sp.g1, sp.g2) g(g) GROUP BY g.g
    )
    SELECT CASE WHEN isfinite(m.s) THEN m.s END, CASE WHEN isfinite(m.e) THEN m.e - 1 END,
           CASE WHEN cardinality(m.sts) = 1 THEN m.sts[1] END,
           CASE WHEN cardinality(m.sts) = 1 THEN (ARRAY['hostile','adversarial','cool','neutral','pragmatic','cooperative','aligned'])[m.sts[1] + 4] END,
           cardinality(m.sts) > 1, m.sts, gs.srcs
      FROM merged m JOIN group_sources gs ON gs.g = m.g
     ORDER BY m.s;
END
$$;

-- dyad_years also pairs the spells of the dyads that have claims by equality joins: 1.4 tested every pair
-- of spells against every pair with claims (a correlated EXISTS under an OR), quadratic in the dyads:
-- 80,000 claims over the whole state system took minutes instead of about ten seconds.
-- the panel and the conflicts: the known sources read once; a conflict's two claims share a dyad, which
-- the self-join names, so that on a distributed install it runs on each shard

CREATE OR REPLACE FUNCTION bilateral.dyad_years(from_year int, to_year int, directed boolean DEFAULT true,
                                     system text DEFAULT 'cow', known_by date DEFAULT NULL,
                                     voices text[] DEFAULT ARRAY['state'], all_dyads boolean DEFAULT false)
RETURNS TABLE (ccode1 int, ccode2 int, actor1 text, actor2 text, year int, issue text,
               stance_mean numeric, stance_min int, stance_max int, n_claims int,
               treaties_in_force int, events int, in_system boolean)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- the planner cannot know how many years each row spans (generate_series over columns), so its cost
-- estimate is huge and would trigger JIT compilation that costs far more than the query
SET jit = off
AS $$
DECLARE
    s text := bilateral.check_system(system, ARRAY['cow', 'gw']);
    want_voices text[] := bilateral.check_voices(voices);
    known text[] := bilateral.sources_known_by(known_by);
    span daterange := bilateral.check_years(from_year, to_year);
    alld boolean := coalesce(all_dyads, false);
    dir boolean := coalesce(directed, true);
BEGIN
    RETURN QUERY
    WITH spells AS (                        -- memberships clipped to the years asked for
        SELECT sp.actor, sp.code,
               greatest(sp.member_from, lower(span)) AS f,
               least(coalesce(sp.member_to, upper(span) - 1), upper(span) - 1) AS t
          FROM bilateral.system_spells(s) sp
         WHERE sp.code IS NOT NULL
           AND sp.member_from < upper(span) AND (sp.member_to IS NULL OR sp.member_to >= lower(span))
    ), actor_years AS (                     -- the code of each member in each year
        SELECT DISTINCT sp.actor, sp.code, y.y AS yr
          FROM spells sp
         CROSS JOIN LATERAL generate_series(extract(year FROM sp.f)::int, extract(year FROM sp.t)::int) y(y)
    ), codes AS (                           -- and of every actor outside its memberships
        SELECT x.actor, CASE s WHEN 'cow' THEN x.cow_ccode ELSE x.gw_code END AS code
          FROM bilateral.actor x
    ), claims AS (                          -- each claim cut into the years it possibly covers
        SELECT p.claim_actor AS a, p.claim_counterpart AS c,
               bilateral.issue(p.position) AS iss, bilateral.stance(p.position) AS st,
               y.y AS yr, (upper(r) - lower(r)) AS days
          FROM bilateral.position_claim p
          CROSS JOIN LATERAL (SELECT bilateral.valid_period(p.position) * span AS v) pv
          CROSS JOIN LATERAL generate_series(extract(year FROM lower(pv.v))::int,
                                             extract(year FROM upper(pv.v) - 1)::int) y(y)
          CROSS JOIN LATERAL (SELECT pv.v * daterange(make_date(y.y, 1, 1), make_date(y.y + 1, 1, 1)) AS r) yr
         WHERE p.position OPERATOR(bilateral.&&) span
           AND p.voice = ANY (want_voices)
           AND (known IS NULL OR p.source_key = ANY (known))
    ), coded AS (                           -- with the codes of that year; undirected: lower code first
        SELECT cl.*, coalesce(y1.code, d1.code) AS k1, coalesce(y2.code, d2.code) AS k2
          FROM claims cl
          JOIN codes d1 ON d1.actor = cl.a
          JOIN codes d2 ON d2.actor = cl.c
          LEFT JOIN actor_years y1 ON y1.actor = cl.a AND y1.yr = cl.yr
          LEFT JOIN actor_years y2 ON y2.actor = cl.c AND y2.yr = cl.yr
    ), sided AS (
        SELECT CASE WHEN sw THEN cd.k2 ELSE cd.k1 END AS c1, CASE WHEN sw THEN cd.k1 ELSE cd.k2 END AS c2,
               CASE WHEN sw THEN cd.c ELSE cd.a END AS a1, CASE WHEN sw THEN cd.a ELSE cd.c END AS a2,
               cd.yr, cd.iss, cd.st, cd.days
          FROM coded cd
          CROSS JOIN LATERAL (SELECT NOT dir AND cd.k1 > cd.k2 AS sw) w
         WHERE cd.k1 IS NOT NULL AND cd.k2 IS NOT NULL
    ), allrows AS (                         -- one row per issue, and the summary row (issue NULL)
        SELECT sd.c1, sd.c2, sd.a1, sd.a2, sd.yr, sd.iss,
               round(sum(sd.st * sd.days)::numeric / sum(sd.days), 3) AS mean,
               min(sd.st) AS mn, max(sd.st) AS mx, count(*)::int AS n
          FROM sided sd GROUP BY GROUPING SETS ((sd.c1, sd.c2, sd.a1, sd.a2, sd.yr, sd.iss),
                                                (sd.c1, sd.c2, sd.a1, sd.a2, sd.yr))
    ), claim_pairs AS (
        SELECT DISTINCT r.a1, r.a2 FROM allrows r
    ), spell_pairs AS (                     -- two spells that share a day: every pair of the system,
        SELECT s1.actor AS a1, s1.code AS c1, s2.actor AS a2, s2.code AS c2,   -- or the pairs with claims
               greatest(s1.f, s2.f) AS f, least(s1.t, s2.t) AS t
          FROM spells s1
          JOIN spells s2 ON s2.actor <> s1.actor AND s2.f <= s1.t AND s1.f <= s2.t AND (dir OR s1.code < s2.code)
         WHERE alld
        UNION ALL                               -- (equality joins: no test of every pair against every claim pair)
        SELECT s1.actor, s1.code, s2.actor, s2.code, greatest(s1.f, s2.f), least(s1.t, s2.t)
          FROM claim_pairs cp
          JOIN spells s1 ON s1.actor = cp.a1
          JOIN spells s2 ON s2.actor = cp.a2 AND s2.f <= s1.t AND s1.f <= s2.t AND (dir OR s1.code < s2.code)
         WHERE NOT alld
    ), frame AS (                           -- the system's dyad-years
        SELECT sp.a1, sp.c1, sp.a2, sp.c2, y.y AS yr
          FROM spell_pairs sp
          CROSS JOIN LATERAL generate_series(extract(year FROM sp.f)::int, extract(year FROM sp.t)::int) y(y)
    ), joined AS (                          -- every dyad-year of the frame, with its claims if any
        SELECT coalesce(r.c1, f.c1) AS c1, coalesce(r.c2, f.c2) AS c2, coalesce(r.a1, f.a1) AS a1,
               coalesce(r.a2, f.a2) AS a2, coalesce(r.yr, f.yr) AS yr, r.iss, r.mean, r.mn, r.mx,
               coalesce(r.n, 0) AS n, f.a1 IS NOT NULL AS ins
          FROM frame f
          FULL JOIN allrows r ON r.a1 = f.a1 AND r.a2 = f.a2 AND r.c1 = f.c1 AND r.c2 = f.c2 AND r.yr = f.yr
         WHERE alld OR r.a1 IS NOT NULL
    ), treaty_years AS (                    -- treaties: each ordered pair of parties, each year in force
        SELECT p1.x AS a1, p2.x AS a2, y.y AS yr, count(*)::int AS n
          FROM bilateral.treaty t
          CROSS JOIN LATERAL unnest(bilateral.parties(t.treaty)) p1(x)
          CROSS JOIN LATERAL unnest(bilateral.parties(t.treaty)) p2(x)
          CROSS JOIN LATERAL generate_series(greatest(extract(year FROM t.in_force_from)::int, from_year),
                                             least(coalesce(extract(year FROM t.in_force_to)::int, to_year), to_year)) y(y)
         WHERE t.in_force_from IS NOT NULL AND p1.x <> p2.x
         GROUP BY 1, 2, 3
    ), event_years AS (                     -- events: each ordered pair of actors, each year it touches
        SELECT p1.x AS a1, p2.x AS a2, y.y AS yr, count(DISTINCT e.event_key)::int AS n
          FROM bilateral.event e
          CROSS JOIN LATERAL unnest(e.actors) p1(x)
          CROSS JOIN LATERAL unnest(e.actors) p2(x)
          CROSS JOIN LATERAL generate_series(greatest(extract(year FROM e.occurred_from)::int, from_year),
                                             least(extract(year FROM e.occurred_to)::int, to_year)) y(y)
         WHERE e.occurred_from <= upper(span) AND e.occurred_to >= lower(span) AND p1.x <> p2.x
         GROUP BY 1, 2, 3
    )
    SELECT j.c1, j.c2, j.a1, j.a2, j.yr, j.iss, j.mean, j.mn, j.mx, j.n,
           coalesce(ty.n, 0), coalesce(ey.n, 0), j.ins
      FROM joined j
      LEFT JOIN treaty_years ty ON ty.a1 = j.a1 AND ty.a2 = j.a2 AND ty.yr = j.yr
      LEFT JOIN event_years ey ON ey.a1 = j.a1 AND ey.a2 = j.a2 AND ey.yr = j.yr
     ORDER BY 1, 2, 5, 6 NULLS FIRST;
END
$$;

CREATE OR REPLACE FUNCTION bilateral.conflicting_pairs(a text, c text, i text, v text[])
RETURNS TABLE (claim_a bigint, claim_b bigint, pair_actor text, pair_counterpart text, pair_issue text,
               overlap daterange, stance_a int, stance_b int, source_a text, source_b text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY EXECUTE format($q$
    SELECT x.claim_id, y.claim_id, x.claim_actor, x.claim_counterpart, x.claim_issue,
           bilateral.valid_period(x.position) * bilateral.valid_period(y.position),
           bilateral.stance(x.position), bilateral.stance(y.position), x.source_key, y.source_key
      FROM bilateral.position_claim x
      JOIN bilateral.position_claim y
        ON y.dyad = x.dyad
       AND y.position OPERATOR(bilateral.&&) x.position
       AND x.claim_id < y.claim_id
     WHERE x.source_key <> y.source_key
       AND bilateral.stance(x.position) <> bilateral.stance(y.position)
       AND x.voice = ANY ($1) AND y.voice = ANY ($1) %s %s %s
     ORDER BY 3, 4, 5, 6, 1, 2 $q$,
        CASE WHEN a IS NULL THEN '' ELSE format('AND x.claim_actor = %L', a) END,
        CASE WHEN c IS NULL THEN '' ELSE format('AND x.claim_counterpart = %L', c) END,
        CASE WHEN i IS NULL THEN '' ELSE format('AND x.claim_issue = %L', i) END)
    USING bilateral.check_voices(v);
END
$$;

-- stance_changes: the work moves to a PL/pgSQL function (Citus plans no query of a SQL function that
-- has parameters); it reads the dyad's claims by dyad, and finds each change's precision by a join
-- instead of a lookup per change.

CREATE FUNCTION bilateral.stance_changes_of(a text, c text, i text, during daterange, known_by date, v text[])
RETURNS TABLE (changed_on date, "precision" text, issue text, from_stance int, to_stance int, delta int,
               nearest_event text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    d text := bilateral.dyad_key(a, c);
    issues text[];
    p_iss text[];
    p_day date[];
    p_prec int[];
BEGIN
    -- the claims of the directed dyad, read once (one shard when distributed): their issues, and the
    -- finest precision among the claims that start on each day; the query below then reads no claims
    -- itself (stance_history does), so that nothing in it is sent to a shard
    SELECT array_agg(DISTINCT x.claim_issue) INTO issues
      FROM bilateral.position_claim x
     WHERE x.dyad = d AND x.claim_actor = a AND x.claim_counterpart = c;
    SELECT array_agg(pp.iss), array_agg(pp.day), array_agg(pp.p) INTO p_iss, p_day, p_prec
      FROM (SELECT x.claim_issue AS iss, bilateral.valid_from(x.position) AS day,
                   max(CASE bilateral.valid_from_precision(x.position) WHEN 'day' THEN 3 WHEN 'month' THEN 2 ELSE 1 END) AS p
              FROM bilateral.position_claim x
             WHERE x.dyad = d AND x.claim_actor = a AND x.claim_counterpart = c
             GROUP BY 1, 2) pp;
    RETURN QUERY
    WITH iss AS (
        SELECT stance_changes_of.i AS i WHERE stance_changes_of.i IS NOT NULL
        UNION
        SELECT u.i FROM unnest(issues) u(i) WHERE stance_changes_of.i IS NULL
    ), h AS (
        SELECT iss.i, hh.valid_from, hh.stance, hh.contested,
               lag(hh.stance) OVER w AS prev, lag(hh.contested) OVER w AS prev_contested,
               row_number() OVER w AS n
          FROM iss, LATERAL bilateral.stance_history(a, c, iss.i, known_by, v) hh
        WINDOW w AS (PARTITION BY iss.i ORDER BY hh.valid_from NULLS FIRST)
    ), ch AS (
        SELECT h.* FROM h
         WHERE h.n > 1 AND h.valid_from IS NOT NULL
           AND (h.stance IS DISTINCT FROM h.prev OR h.contested IS DISTINCT FROM h.prev_contested)
           AND (stance_changes_of.during IS NULL OR stance_changes_of.during @> h.valid_from)
    ), prec AS (
        SELECT u.iss, u.day, u.p FROM unnest(p_iss, p_day, p_prec) u(iss, day, p)
    )
    SELECT ch.valid_from,
           CASE pr.p WHEN 3 THEN 'day' WHEN 2 THEN 'month' ELSE 'year' END,
           ch.i, ch.prev, ch.stance, ch.stance - ch.prev,
           -- the nearest event of the two: the closest start on either side
           (SELECT n.name_en FROM (
                (SELECT e.name_en, ch.valid_from - e.occurred_from AS dist, e.event_id FROM bilateral.event e
                  WHERE e.actors @> ARRAY[a, c] AND e.occurred_from <= ch.valid_from
                  ORDER BY e.occurred_from DESC, e.event_id LIMIT 1)
                UNION ALL
                (SELECT e.name_en, e.occurred_from - ch.valid_from, e.event_id FROM bilateral.event e
                  WHERE e.actors @> ARRAY[a, c] AND e.occurred_from > ch.valid_from
                  ORDER BY e.occurred_from, e.event_id LIMIT 1)) n
             ORDER BY n.dist, n.event_id LIMIT 1)
      FROM ch LEFT JOIN prec pr ON pr.iss = ch.i AND pr.day = ch.valid_from
     ORDER BY ch.i, ch.valid_from;
END
$$;
COMMENT ON FUNCTION bilateral.stance_changes_of(text, text, text, daterange, date, text[]) IS
    'The work of stance_changes() on resolved codes and voices.';
GRANT EXECUTE ON FUNCTION bilateral.stance_changes_of(text, text, text, daterange, date, text[]) TO PUBLIC;

CREATE OR REPLACE FUNCTION bilateral.stance_changes(actor text, counterpart text, issue text DEFAULT NULL,
                                                    during daterange DEFAULT NULL, known_by date DEFAULT NULL,
                                                    voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (changed_on date, "precision" text, issue text, from_stance int, to_stance int, delta int,
               nearest_event text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT * FROM bilateral.stance_changes_of(
        bilateral.actor_code(stance_changes.actor), bilateral.actor_code(stance_changes.counterpart),
        CASE WHEN stance_changes.issue IS NOT NULL THEN bilateral.check_issue(stance_changes.issue) END,
        stance_changes.during, stance_changes.known_by, bilateral.check_voices(stance_changes.voices))
$$;

-- distribute ---------------------------------------------------------------------------------------------
-- The catalogue and everything that is not a claim become reference tables (a copy on every node:
-- they are small, and every query joins them); the claims are hash-distributed by dyad.  Citus needs
-- the distribution column to be a plain column and every unique constraint to include it, so on a
-- distributed install position_claim.dyad stops being generated (a CHECK holds it to the position
-- instead) and the primary key becomes (claim_id, dyad); claim ids stay unique, drawn from one
-- identity sequence on the coordinator.

CREATE FUNCTION bilateral.distribute(shard_count int DEFAULT NULL) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    ref text[] := ARRAY['source', 'actor', 'issue', 'treaty', 'actor_name', 'actor_era', 'actor_code_era',
                        'system_membership', 'treaty_name', 'treaty_mention', 'event', 'indicator',
                        'office_term', 'erratum'];
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
    RETURN CASE WHEN n_ref + n_dist = 0 THEN 'already distributed'
                ELSE format('%s reference tables, %s distributed by dyad', n_ref, n_dist) END;
END
$$;
COMMENT ON FUNCTION bilateral.distribute(int) IS
    'On a Citus coordinator: makes the catalogue and every table other than the claims reference tables and distributes position_claim by dyad (shard_count shards, default citus.shard_count), in one transaction; a second call changes nothing. Without Citus: SQLSTATE 55000 and nothing changed. docs/scale.md.';
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
