-- src/sql/20_catalogue.sql: The catalogue: sources, actors with their names, eras and codes, the state system's memberships,
-- issues, treaties, events, indicators, office terms and errata; the functions that add to it
-- and read it (codes over time, system membership, what was published by a day).  Reference:
-- docs/data-model.md, docs/codebook.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE FUNCTION bilateral.xml_chars_ok(value text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'xml_text_ok' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.xml_chars_ok(text) IS 'True when the text holds no character XML 1.0 cannot hold (U+0001-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF); the check of the tables'' *_xml_chars constraints.';

CREATE FUNCTION bilateral.xml_text_ok(value text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'xml_text_ok' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.xml_text_ok(text) IS
    'The same test as xml_chars_ok() (no character XML 1.0 cannot hold), by the C core: what import_claims() runs on every value.';
GRANT EXECUTE ON FUNCTION bilateral.xml_text_ok(text) TO PUBLIC;

CREATE FUNCTION bilateral.calling_role() RETURNS name
AS 'MODULE_PATHNAME', 'bl_calling_role'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.calling_role() IS
    'The role whose rights every row check uses, and the owner of the rows a user adds: the current user (the role of SET ROLE; inside another role''s SECURITY DEFINER function or a security-restricted operation such as ANALYZE, the role whose code runs), except inside the extension''s own delete_row(), delete_source() and import_claims_rows(), where it is their caller.';

-- Owners are tied to their roles (docs/security.md, "Owners and their roles"): every role that owns
-- rows holds REFERENCES on this empty table, so PostgreSQL refuses DROP ROLE while it does, and a
-- role created later under the same name never inherits the rows.
CREATE TABLE bilateral.owner_pin ();
COMMENT ON TABLE bilateral.owner_pin IS
    'No rows and no columns: every role that owns rows of bilateral holds REFERENCES on it (granted by row_owner() on the role''s first row, or by pin_row_owners()), so that DROP ROLE is refused while the role owns rows ("privileges for table bilateral.owner_pin"). Delete the role''s rows or give them to another role first (docs/security.md).';
REVOKE ALL ON bilateral.owner_pin FROM PUBLIC;

CREATE FUNCTION bilateral.row_owner() RETURNS name
AS 'MODULE_PATHNAME', 'bl_row_owner'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION bilateral.row_owner() IS
    'The owner column''s default: calling_role(), pinned (on its first row, the role is granted REFERENCES on bilateral.owner_pin, so that DROP ROLE is refused while it owns rows).';
GRANT EXECUTE ON FUNCTION bilateral.row_owner() TO PUBLIC;

CREATE FUNCTION bilateral.pin_row_owners() RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text;
    o name;
    n integer := 0;
BEGIN
    FOR t IN SELECT e.table_name FROM bilateral.editable_tables() e LOOP
        FOR o IN EXECUTE format('SELECT DISTINCT x.owner FROM bilateral.%I x WHERE x.owner IS NOT NULL', t) LOOP
            -- a role that exists and holds no grant of its own (a superuser's implicit rights
            -- and a group's grant do not pin it)
            IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = o)
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
                                WHERE c.oid = 'bilateral.owner_pin'::regclass AND a.privilege_type = 'REFERENCES'
                                  AND a.grantee = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = o)) THEN
                EXECUTE format('GRANT REFERENCES ON TABLE bilateral.owner_pin TO %I', o);
                n := n + 1;
            END IF;
        END LOOP;
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bilateral.pin_row_owners() IS
    'For the extension''s owner, once after ALTER EXTENSION bilateral UPDATE from a version before 1.10: pins every existing role that owns rows (see row_owner()); returns how many roles it pinned.';
REVOKE EXECUTE ON FUNCTION bilateral.pin_row_owners() FROM PUBLIC;

-- what an error message quotes of a value: at most 100 characters (an 18 MB argument is not
-- sent back whole to the client and the server log)
CREATE FUNCTION bilateral.clip(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN pg_catalog.length(value) OPERATOR(pg_catalog.<=) 100 THEN value
            ELSE pg_catalog.left(value, 100) OPERATOR(pg_catalog.||) '...' END;
COMMENT ON FUNCTION bilateral.clip(text) IS
    'What an error message quotes of a value: its first 100 characters, and ... when it is longer.';
GRANT EXECUTE ON FUNCTION bilateral.clip(text) TO PUBLIC;

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

CREATE FUNCTION bilateral.event_actor(actors text[], n int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN n <= cardinality(actors) THEN coalesce(actors[array_lower(actors, 1) + n - 1], '') END
$$;
COMMENT ON FUNCTION bilateral.event_actor(text[], int) IS
    'The n-th code of an event''s actors (1-based), '''' for a NULL element (which no actor matches), NULL past the end. Generates event_actor_1 .. event_actor_8.';

CREATE FUNCTION bilateral.name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN regexp_replace(lower(btrim(regexp_replace(replace(name, U&'\0301', ''), '\s+', ' ', 'g'))),
                      '\s*\(\s*([^()]*?)\s*\)$', ', \1');
COMMENT ON FUNCTION bilateral.name_key(text) IS
    'The key a name is compared by in actor_code(): lower case, runs of white space as one space, stress marks (U+0301) dropped, a trailing "(…)" read as ", …".';
GRANT EXECUTE ON FUNCTION bilateral.name_key(text) TO PUBLIC;

CREATE TABLE bilateral.source (
    source_key          text PRIMARY KEY CHECK (source_key ~ '^[a-z][a-z0-9_]{0,62}$'),
    title               text NOT NULL,
    title_en            text,
    author              text,
    publisher           text,
    published           date NOT NULL,
    published_precision text NOT NULL CHECK (published_precision IN ('year', 'month', 'day')),
    language            text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    kind                text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{0,62}$'),   -- what import_tei reads back
    note                text,
    shipped             boolean NOT NULL DEFAULT false,
    metadata_inferred text CHECK (metadata_inferred <> ''),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT source_owner_check CHECK (shipped = (owner IS NULL)),
    CONSTRAINT source_xml_chars CHECK (bilateral.xml_chars_ok(concat_ws(' ', source_key, title, title_en, author, publisher, language, kind, note))),
    -- one rule for every date (docs/security.md): a BC day or one after 9999 is refused with 22008
    CONSTRAINT source_days CHECK (bilateral.check_day(published, 'source.published') IS NOT DISTINCT FROM published)
);
COMMENT ON TABLE bilateral.source IS 'Each document the data come from (shipped) or that a user adds: title, author, publisher, date of publication with its precision, language (ISO 639-1), kind.';
COMMENT ON COLUMN bilateral.source.metadata_inferred IS
    'NULL when the document states its title, author, publisher and date; otherwise which of them were inferred, and from what.';
COMMENT ON COLUMN bilateral.source.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.actor (
    actor       text PRIMARY KEY CHECK (actor ~ '^[A-Z]{3}$'),
    name_en     text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('state', 'organisation', 'group', 'territory')),
    cow_ccode   int,
    cow_abb     text,
    gw_code     int,
    iso2        text CHECK (iso2 ~ '^[A-Z]{2}$'),
    iso3        text CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso_numeric int,
    cameo       text,
    wikidata    text CHECK (wikidata ~ '^Q[0-9]+$'),
    note        text,
    shipped     boolean NOT NULL DEFAULT false,
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT actor_owner_check CHECK (shipped = (owner IS NULL))
);
COMMENT ON TABLE bilateral.actor IS 'Actor catalogue: continuous polities and organisations, keyed by a three-letter code, with COW, Gleditsch-Ward, ISO 3166-1, CAMEO and Wikidata codes.';
COMMENT ON COLUMN bilateral.actor.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.actor_name (
    actor     text NOT NULL REFERENCES bilateral.actor,
    lang      text NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    name      text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('name', 'short', 'alias', 'metonym', 'historical')),
    valid_from date,
    valid_to   date,
    source_key text REFERENCES bilateral.source,   -- the document that uses this alias, if any
    shipped   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor, lang, name),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT actor_name_owner_check CHECK (shipped = (owner IS NULL)),
    -- one rule for every date (docs/security.md): a BC day or one after 9999 is refused with 22008
    CONSTRAINT actor_name_days CHECK (bilateral.check_day(valid_from, 'actor_name.valid_from') IS NOT DISTINCT FROM valid_from AND bilateral.check_day(valid_to, 'actor_name.valid_to') IS NOT DISTINCT FROM valid_to)
);
COMMENT ON TABLE bilateral.actor_name IS 'Names and aliases of actors in en, es, ru and ja (kind name, short, alias, metonym, historical); source_key names the document that uses an alias.';
COMMENT ON COLUMN bilateral.actor_name.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.actor_era (
    actor      text NOT NULL REFERENCES bilateral.actor,
    era_from   date,            -- NULL: open
    era_to     date,            -- inclusive; NULL: open
    name_en    text NOT NULL,   -- 'Russian Empire', 'Soviet Union', ...
    regime     text,
    general_knowledge text,
    shipped    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor, name_en),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT actor_era_owner_check CHECK (shipped = (owner IS NULL)),
    -- one rule for every date (docs/security.md): a BC day or one after 9999 is refused with 22008
    CONSTRAINT actor_era_days CHECK (bilateral.check_day(era_from, 'actor_era.era_from') IS NOT DISTINCT FROM era_from AND bilateral.check_day(era_to, 'actor_era.era_to') IS NOT DISTINCT FROM era_to)
);
COMMENT ON TABLE bilateral.actor_era IS 'Name and regime eras of an actor (Russian Empire, Soviet Union, Russian Federation ...), inclusive dates, with the reference for them.';
COMMENT ON COLUMN bilateral.actor_era.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.actor_code_era (
    actor      text NOT NULL REFERENCES bilateral.actor,
    system     text NOT NULL CHECK (system IN ('cow', 'cow_abb', 'gw', 'iso2', 'iso3', 'iso_numeric', 'cameo', 'wikidata')),
    code       text NOT NULL,
    valid_from date,            -- NULL: open
    valid_to   date,            -- inclusive; NULL: open
    general_knowledge text,
    shipped    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor, system, code),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT actor_code_era_owner_check CHECK (shipped = (owner IS NULL)),
    -- one rule for every date (docs/security.md): a BC day or one after 9999 is refused with 22008
    CONSTRAINT actor_code_era_days CHECK (bilateral.check_day(valid_from, 'actor_code_era.valid_from') IS NOT DISTINCT FROM valid_from AND bilateral.check_day(valid_to, 'actor_code_era.valid_to') IS NOT DISTINCT FROM valid_to)
);
COMMENT ON TABLE bilateral.actor_code_era IS 'Codes an actor had only for a period (ISO 3166-3 SU/SUN/810 for the USSR era of RUS, COW/GW codes of West Germany ...).';
COMMENT ON COLUMN bilateral.actor_code_era.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.system_membership (
    actor      text NOT NULL REFERENCES bilateral.actor,
    system     text NOT NULL CHECK (system IN ('cow', 'gw')),
    member_from date NOT NULL,
    member_to   date,           -- inclusive; NULL: still a member
    general_knowledge text,
    shipped    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor, system, member_from),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT system_membership_owner_check CHECK (shipped = (owner IS NULL)),
    -- one rule for every date (docs/security.md): a BC day or one after 9999 is refused with 22008
    CONSTRAINT system_membership_days CHECK (bilateral.check_day(member_from, 'system_membership.member_from') IS NOT DISTINCT FROM member_from AND bilateral.check_day(member_to, 'system_membership.member_to') IS NOT DISTINCT FROM member_to)
);
COMMENT ON TABLE bilateral.system_membership IS 'Correlates of War and Gleditsch-Ward state-system membership spells (inclusive; member_to NULL: still a member at the end of the list).';
COMMENT ON COLUMN bilateral.system_membership.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.issue (
    issue       text PRIMARY KEY CHECK (issue ~ '^[a-z][a-z0-9_]{0,31}$'),
    name_en     text NOT NULL,
    definition  text NOT NULL,
    scale_minus3 text, scale_minus2 text, scale_minus1 text, scale_0 text,
    scale_plus1 text, scale_plus2 text, scale_plus3 text,
    example     text,           -- an example from the documents, with its source key
    shipped     boolean NOT NULL DEFAULT false,
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT issue_owner_check CHECK (shipped = (owner IS NULL))
);
COMMENT ON TABLE bilateral.issue IS 'The issue codebook: definition of each issue and the meaning of each stance level (-3 .. +3) on it, with an example from the documents.';
COMMENT ON COLUMN bilateral.issue.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.treaty (
    treaty        bilateral.treaty_ref PRIMARY KEY,
    name_en       text NOT NULL,
    kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z_]*$'),   -- treaty, declaration, agreement, ...
    in_force_from date,
    in_force_to   date,         -- inclusive; NULL: in force or unknown
    general_knowledge text,
    shipped       boolean NOT NULL DEFAULT false,
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT treaty_owner_check CHECK (shipped = (owner IS NULL)),
    -- one rule for every date (docs/security.md): a BC day or one after 9999 is refused with 22008
    CONSTRAINT treaty_days CHECK (bilateral.check_day(in_force_from, 'treaty.in_force_from') IS NOT DISTINCT FROM in_force_from AND bilateral.check_day(in_force_to, 'treaty.in_force_to') IS NOT DISTINCT FROM in_force_to)
);
COMMENT ON TABLE bilateral.treaty IS 'One row per treaty or agreement, keyed by its treaty_ref (signature date, parties, slug); entry into force and end.';
COMMENT ON COLUMN bilateral.treaty.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.treaty_name (
    treaty  bilateral.treaty_ref NOT NULL REFERENCES bilateral.treaty,
    lang    text NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    name    text NOT NULL,
    source_key text REFERENCES bilateral.source,
    shipped boolean NOT NULL DEFAULT false,
    PRIMARY KEY (treaty, lang, name),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT treaty_name_owner_check CHECK (shipped = (owner IS NULL))
);
COMMENT ON TABLE bilateral.treaty_name IS 'Names of treaties in every language the documents use.';
COMMENT ON COLUMN bilateral.treaty_name.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.treaty_mention (
    mention_id  bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    treaty      bilateral.treaty_ref NOT NULL REFERENCES bilateral.treaty,
    source_key  text NOT NULL REFERENCES bilateral.source,
    locator     text,
    quote       text NOT NULL CHECK (quote <> ''),
    shipped     boolean NOT NULL DEFAULT false,
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT treaty_mention_owner_check CHECK (shipped = (owner IS NULL))
);
COMMENT ON TABLE bilateral.treaty_mention IS 'Each place a document mentions a treaty, with the exact quote and its locator.';
COMMENT ON COLUMN bilateral.treaty_mention.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.event (
    event_id      bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    event_key     text NOT NULL CHECK (event_key ~ '^[a-z][a-z0-9_]*$' AND length(event_key) <= 1000),  -- same event, several mentions
    name_en       text NOT NULL,
    kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{0,62}$'),   -- what import_tei reads back
    occurred_from date NOT NULL,    -- first day of the earliest reading
    occurred_to   date NOT NULL,    -- last day of the latest reading
    from_precision text NOT NULL CHECK (from_precision IN ('year', 'month', 'day')),
    to_precision   text NOT NULL CHECK (to_precision IN ('year', 'month', 'day')),
    actors        text[] NOT NULL,
    source_key    text NOT NULL REFERENCES bilateral.source,
    locator       text,
    quote         text NOT NULL CHECK (quote <> ''),
    general_knowledge text,
    shipped       boolean NOT NULL DEFAULT false,
    CHECK (occurred_from <= occurred_to),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT event_owner_check CHECK (shipped = (owner IS NULL)),
    CONSTRAINT event_xml_chars CHECK (bilateral.xml_chars_ok(concat_ws(' ', event_key, name_en, kind, array_to_string(actors, ' '), quote, locator, general_knowledge))),
    CONSTRAINT event_actors_count CHECK (cardinality(actors) = 0 OR (array_ndims(actors) = 1 AND cardinality(actors) <= 8)),
    event_actor_1 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 1)) STORED CONSTRAINT event_actor_1_fkey REFERENCES bilateral.actor (actor),
    event_actor_2 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 2)) STORED CONSTRAINT event_actor_2_fkey REFERENCES bilateral.actor (actor),
    event_actor_3 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 3)) STORED CONSTRAINT event_actor_3_fkey REFERENCES bilateral.actor (actor),
    event_actor_4 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 4)) STORED CONSTRAINT event_actor_4_fkey REFERENCES bilateral.actor (actor),
    event_actor_5 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 5)) STORED CONSTRAINT event_actor_5_fkey REFERENCES bilateral.actor (actor),
    event_actor_6 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 6)) STORED CONSTRAINT event_actor_6_fkey REFERENCES bilateral.actor (actor),
    event_actor_7 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 7)) STORED CONSTRAINT event_actor_7_fkey REFERENCES bilateral.actor (actor),
    event_actor_8 text GENERATED ALWAYS AS (bilateral.event_actor(actors, 8)) STORED CONSTRAINT event_actor_8_fkey REFERENCES bilateral.actor (actor),
    -- one rule for every date (docs/security.md): a BC day or one after 9999 is refused with 22008
    CONSTRAINT event_days CHECK (bilateral.check_day(occurred_from, 'event.occurred_from') IS NOT DISTINCT FROM occurred_from AND bilateral.check_day(occurred_to, 'event.occurred_to') IS NOT DISTINCT FROM occurred_to),
    -- a quote's place in the source's document (bilateral.document, docs/coding.md): characters
    -- (code points) from 0, end exclusive; the locator is derived from it (RFC 5147's char=S,E)
    span_start int,
    span_end int,
    CONSTRAINT event_span CHECK ((span_start IS NULL) = (span_end IS NULL) AND (span_start IS NULL OR (span_start >= 0 AND span_end > span_start AND span_end - span_start <= 10000 AND locator IS NOT DISTINCT FROM 'char=' || span_start::text || ',' || span_end::text)))
);
COMMENT ON TABLE bilateral.event IS 'One dated event as one document states it (dates with precision); event_key groups mentions of the same event across documents.';
COMMENT ON COLUMN bilateral.event.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';
COMMENT ON CONSTRAINT event_actors_count ON bilateral.event IS
    'An event names at most 8 actors, in a one-dimensional array: each has a generated column held to the catalogue by a foreign key.';
COMMENT ON COLUMN bilateral.event.event_actor_1 IS 'The 1. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).';
COMMENT ON COLUMN bilateral.event.event_actor_2 IS 'The 2. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).';
COMMENT ON COLUMN bilateral.event.event_actor_3 IS 'The 3. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).';
COMMENT ON COLUMN bilateral.event.event_actor_4 IS 'The 4. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).';
COMMENT ON COLUMN bilateral.event.event_actor_5 IS 'The 5. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).';
COMMENT ON COLUMN bilateral.event.event_actor_6 IS 'The 6. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).';
COMMENT ON COLUMN bilateral.event.event_actor_7 IS 'The 7. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).';
COMMENT ON COLUMN bilateral.event.event_actor_8 IS 'The 8. code of actors (generated; '''' for a NULL element), held to the catalogue by a foreign key, so that no actor an event names can be deleted and no event can name an unknown one (SQLSTATE 23503).';

CREATE TABLE bilateral.indicator (
    indicator_id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    indicator    text NOT NULL CHECK (indicator ~ '^[a-z][a-z0-9_]*$'),
    actor        text NOT NULL REFERENCES bilateral.actor,
    counterpart  text REFERENCES bilateral.actor,
    year         int NOT NULL,
    value        numeric NOT NULL,
    unit         text NOT NULL,
    source_key   text NOT NULL REFERENCES bilateral.source,
    locator      text,
    quote        text NOT NULL CHECK (quote <> ''),
    general_knowledge text,
    shipped      boolean NOT NULL DEFAULT false,
    qualifier text NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'approximate', 'more_than', 'less_than')),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT indicator_owner_check CHECK (shipped = (owner IS NULL)),
    -- a quote's place in the source's document (bilateral.document, docs/coding.md): characters
    -- (code points) from 0, end exclusive; the locator is derived from it (RFC 5147's char=S,E)
    span_start int,
    span_end int,
    CONSTRAINT indicator_span CHECK ((span_start IS NULL) = (span_end IS NULL) AND (span_start IS NULL OR (span_start >= 0 AND span_end > span_start AND span_end - span_start <= 10000 AND locator IS NOT DISTINCT FROM 'char=' || span_start::text || ',' || span_end::text)))
);
COMMENT ON TABLE bilateral.indicator IS 'One figure a document gives (trade share, rank, gas volume ...), with unit, year and source.';
COMMENT ON COLUMN bilateral.indicator.qualifier IS
    'How exact the figure is: exact, approximate ("about", "almost"), more_than ("over"), less_than ("under").';
COMMENT ON COLUMN bilateral.indicator.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.office_term (
    term_id      bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    person       text NOT NULL,
    office       text NOT NULL,
    actor        text NOT NULL REFERENCES bilateral.actor,
    term_from    date,          -- first day; NULL: not stated
    term_to      date,          -- last day (inclusive); NULL: open or not stated
    from_precision text CHECK (from_precision IN ('year', 'month', 'day')),
    to_precision   text CHECK (to_precision IN ('year', 'month', 'day')),
    source_key   text NOT NULL REFERENCES bilateral.source,
    locator      text,
    quote        text NOT NULL CHECK (quote <> ''),
    general_knowledge text,
    shipped      boolean NOT NULL DEFAULT false,
    CHECK (term_from IS NULL OR term_to IS NULL OR term_from <= term_to),
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT office_term_owner_check CHECK (shipped = (owner IS NULL)),
    -- one rule for every date (docs/security.md): a BC day or one after 9999 is refused with 22008
    CONSTRAINT office_term_days CHECK (bilateral.check_day(term_from, 'office_term.term_from') IS NOT DISTINCT FROM term_from AND bilateral.check_day(term_to, 'office_term.term_to') IS NOT DISTINCT FROM term_to)
);
COMMENT ON TABLE bilateral.office_term IS 'One leader''s or official''s term of office as a document states it.';
COMMENT ON COLUMN bilateral.office_term.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE TABLE bilateral.erratum (
    erratum_id   bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    source_key   text NOT NULL REFERENCES bilateral.source,
    locator      text,
    quote        text NOT NULL CHECK (quote <> ''),
    correction   text NOT NULL,
    subject_kind text CHECK (subject_kind IN ('source', 'treaty', 'event', 'claim', 'indicator', 'office_term', 'actor')),
    subject_id   text,          -- the corrected row's id (or key), if the correction is in a row
    shipped      boolean NOT NULL DEFAULT false,
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT erratum_owner_check CHECK (shipped = (owner IS NULL))
);
COMMENT ON TABLE bilateral.erratum IS 'A slip in a document (wrong year, misspelt name ...): the quote, the correction, and the row that holds the corrected fact.';
COMMENT ON COLUMN bilateral.erratum.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE FUNCTION bilateral.actor_code_parenthesised(name text)
RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    -- the usual way Russian texts name a state, an abbreviation and its full name in parentheses:
    -- the actor both parts name (by a name, an alias or a code), when they name one and the same
    WITH parts(part) AS (
        SELECT btrim(m[k]) FROM regexp_match(name, '^([^()]+?)\s*\(([^()]+)\)$') m, generate_series(1, 2) k
    ), hits AS (
        SELECT p.part, n.actor FROM parts p JOIN bilateral.actor_name n ON bilateral.name_key(n.name) = bilateral.name_key(p.part)
        UNION
        SELECT p.part, a.actor FROM parts p JOIN bilateral.actor a
            ON upper(p.part) IN (a.actor, a.iso2, a.iso3, a.cow_abb, upper(a.cameo))
    )
    SELECT ARRAY[min(actor)] FROM hits
    HAVING count(DISTINCT part) = 2 AND count(DISTINCT actor) = 1;
$$;
COMMENT ON FUNCTION bilateral.actor_code_parenthesised(text) IS 'For actor_code(): the actor that both parts of a name "A (B)" name, each by a name, alias or code (''США (Соединённые Штаты Америки)'' is USA), as a one-element array; NULL when the name has no such form, a part names nothing, or the parts name different actors.';
GRANT EXECUTE ON FUNCTION bilateral.actor_code_parenthesised(text) TO PUBLIC;

CREATE FUNCTION bilateral.actor_code(name text)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v     text;
    vnum  int;
    vi    text;
    found text[];
    tier  text;
BEGIN
    -- no name or code is that long; refused before any pattern runs over it (the patterns below
    -- backtrack: 80 kB took 5 s)
    IF length(name) > 1000 THEN
        RAISE EXCEPTION 'actor name too long: % characters', length(name)
            USING ERRCODE = '22023',
                  HINT = 'Give an actor code, a code of COW, GW, ISO 3166, CAMEO or Wikidata, or a name of at most 1000 characters.';
    END IF;
    v := btrim(regexp_replace(name, '\s+', ' ', 'g'));
    -- an abbreviation with dots ("U.S.A.", "U. K.") is read without them
    IF v ~ '^([A-Za-z]\. ?){2,}$' THEN
        v := replace(replace(v, '.', ''), ' ', '');
    END IF;
    -- numbers are compared as numbers; done here, not in the query, because SQL does not promise
    -- to test the pattern before the cast
    IF v ~ '^\d{1,9}$' THEN
        vnum := v::int;
    END IF;

    -- 1. an actor code wins over everything else
    IF v ~ '^[A-Za-z]{3}$' THEN
        SELECT array_agg(a.actor) INTO found FROM bilateral.actor a WHERE a.actor = upper(v);
        IF found IS NOT NULL THEN
            RETURN found[1];
        END IF;
    END IF;

    IF vnum IS NOT NULL THEN
        -- 2. a number: a COW ccode first (the field's join key), then a GW code, then an ISO numeric
        -- code; three digits with a leading zero ('040') are ISO numeric only
        IF v !~ '^0' THEN
            SELECT array_agg(DISTINCT x.actor ORDER BY x.actor), 'COW ccode' INTO found, tier
              FROM (SELECT a.actor FROM bilateral.actor a WHERE a.cow_ccode = vnum
                    UNION ALL
                    SELECT e.actor FROM bilateral.actor_code_era e
                     WHERE e.system = 'cow' AND e.code ~ '^\d{1,9}$' AND e.code::int = vnum) x;
            IF found IS NULL THEN
                SELECT array_agg(DISTINCT x.actor ORDER BY x.actor), 'GW code' INTO found, tier
                  FROM (SELECT a.actor FROM bilateral.actor a WHERE a.gw_code = vnum
                        UNION ALL
                        SELECT e.actor FROM bilateral.actor_code_era e
                         WHERE e.system = 'gw' AND e.code ~ '^\d{1,9}$' AND e.code::int = vnum) x;
            END IF;
        END IF;
        IF found IS NULL THEN
            SELECT array_agg(DISTINCT x.actor ORDER BY x.actor), 'ISO numeric code' INTO found, tier
              FROM (SELECT a.actor FROM bilateral.actor a WHERE a.iso_numeric = vnum
                    UNION ALL
                    SELECT e.actor FROM bilateral.actor_code_era e
                     WHERE e.system = 'iso_numeric' AND e.code ~ '^\d{1,9}$' AND e.code::int = vnum) x;
        END IF;
    ELSE
        -- 3. a code in current use (ISO 3166-1, COW abbreviation, CAMEO, Wikidata) ...
        SELECT array_agg(DISTINCT a.actor ORDER BY a.actor), 'code' INTO found, tier
          FROM bilateral.actor a
         WHERE upper(v) IN (a.iso2, a.iso3, a.cow_abb, upper(a.cameo), upper(a.wikidata));
        -- 4. ... before a code an actor had for a period (ISO 3166-3, COW abbreviations of eras) ...
        IF found IS NULL THEN
            SELECT array_agg(DISTINCT e.actor ORDER BY e.actor), 'former code' INTO found, tier
              FROM bilateral.actor_code_era e
             WHERE upper(e.code) = upper(v) AND e.system NOT IN ('cow', 'gw', 'iso_numeric');
        END IF;
        -- 5. ... before a name or alias in any language
        -- (a list's inverted form, "Korea, Republic of" or "Венесуэла (Боливарианская Республика)",
        -- also as "Republic of Korea", "Боливарианская Республика Венесуэла")
        IF found IS NULL THEN
            vi := CASE WHEN v ~ '^[^,()]+(,| \()[^,()]+\)?$'
                       THEN regexp_replace(v, '^\s*([^,()]+?)\s*(,|\()\s*([^,()]+?)\s*\)?\s*$', '\3 \1') END;
            SELECT array_agg(DISTINCT n.actor ORDER BY n.actor), 'name' INTO found, tier
              FROM bilateral.actor_name n
             WHERE bilateral.name_key(n.name) = bilateral.name_key(v);
            IF found IS NULL AND vi IS NOT NULL THEN
                SELECT array_agg(DISTINCT n.actor ORDER BY n.actor), 'name' INTO found, tier
                  FROM bilateral.actor_name n
                 WHERE bilateral.name_key(n.name) = bilateral.name_key(vi);
            END IF;
        END IF;
    END IF;
    found := coalesce(found, bilateral.actor_code_parenthesised(v));   -- 6. "A (B)", both parts one actor: "США (Соединённые Штаты Америки)"
    IF found IS NULL THEN
        RAISE EXCEPTION 'unknown actor: "%"', bilateral.clip(name)
            USING ERRCODE = '22023',
                  DETAIL = 'No actor code, COW/GW/ISO/CAMEO/Wikidata code or name in the catalogue matches it.',
                  HINT = 'Use a three-letter code from bilateral.actors, a code of those systems, or a name or alias (bilateral.actor_name, ISO 3166 names in about 100 languages); add actors with bilateral.add_actor() and names with bilateral.add_actor_name().';
    ELSIF cardinality(found) > 1 THEN
        RAISE EXCEPTION 'ambiguous actor: "%"', bilateral.clip(name)
            USING ERRCODE = '22023',
                  DETAIL = format('It is a %s of %s actors: %s.', tier, cardinality(found),
                                  (SELECT string_agg(format('%s (%s)', a.actor, a.name_en), ', ' ORDER BY a.actor)
                                     FROM bilateral.actor a WHERE a.actor = ANY (found))),
                  HINT = 'Use the three-letter actor code of the one you mean.';
    END IF;
    RETURN found[1];
END
$$;
GRANT EXECUTE ON FUNCTION bilateral.actor_code(text) TO PUBLIC;
COMMENT ON FUNCTION bilateral.actor_code(text) IS 'The actor code for an actor code, a code of a standard list or a name, case-insensitively: an actor code wins; a number is a COW ccode, else a GW code, else an ISO numeric code (''040'' with a leading zero: ISO only); a current ISO 3166-1 alpha-2/alpha-3, COW abbreviation, CAMEO or Wikidata code wins over a former one (ISO 3166-3, code eras), and codes over names; names and aliases in any language compare by name_key() ("U.S.A." is read as USA, "A (B)" as "A, B"). SQLSTATE 22023 when unknown, or ambiguous (the detail lists the actors).';

CREATE FUNCTION bilateral.add_source(source_key text, title text, author text, published date,
                                     language text, publisher text DEFAULT NULL,
                                     published_precision text DEFAULT 'day', kind text DEFAULT 'user',
                                     title_en text DEFAULT NULL, note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF published_precision IS NULL OR published_precision NOT IN ('year', 'month', 'day') THEN
        RAISE EXCEPTION 'invalid published_precision: "%"', bilateral.clip(published_precision)
            USING ERRCODE = '22023', HINT = 'Use year, month or day.';
    END IF;
    -- what export_tei writes, import_tei must read back (docs/tei.md): the import's rule, here too
    IF kind IS NULL OR kind !~ '^[a-z][a-z_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid source kind: "%"', bilateral.clip(kind)
            USING ERRCODE = '22023', HINT = 'A kind is 1 to 63 lower-case letters and underscores, e.g. book_chapter.';
    END IF;
    -- a tutorial run twice: say what exists and how to start again, not the raw constraint (no
    -- subtransaction: import_tei() writes without one)
    IF EXISTS (SELECT 1 FROM bilateral.source s WHERE s.source_key = add_source.source_key) THEN
        RAISE EXCEPTION 'source "%" exists already', bilateral.clip(add_source.source_key)
            USING ERRCODE = '23505',
                  DETAIL = 'bilateral.sources has a source with this key; its claims, events and other rows keep it.',
                  HINT = format('Choose another key, or delete it and its rows first: SELECT bilateral.delete_source(%L, cascade => true);',
                                bilateral.clip(add_source.source_key));
    END IF;
    INSERT INTO bilateral.source AS s (source_key, title, title_en, author, publisher, published,
                                       published_precision, language, kind, note, shipped)
    VALUES (add_source.source_key, add_source.title, add_source.title_en, add_source.author,
            add_source.publisher,
            bilateral.precision_first_day(add_source.published, add_source.published_precision),
            add_source.published_precision, lower(add_source.language), add_source.kind,
            add_source.note, false);
    RETURN add_source.source_key;
END
$$;
COMMENT ON FUNCTION bilateral.add_source(text, text, text, date, text, text, text, text, text, text) IS 'Adds a user''s source (shipped = false) and returns its key; published is stored as the first day of its precision.';
GRANT EXECUTE ON FUNCTION bilateral.add_source(text, text, text, date, text, text, text, text, text, text) TO PUBLIC;

CREATE FUNCTION bilateral.add_actor(code text, name_en text, cow_ccode int DEFAULT NULL,
                                    cow_abb text DEFAULT NULL, gw_code int DEFAULT NULL,
                                    iso2 text DEFAULT NULL, iso3 text DEFAULT NULL,
                                    iso_numeric int DEFAULT NULL, cameo text DEFAULT NULL,
                                    wikidata text DEFAULT NULL, kind text DEFAULT 'state',
                                    note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF code IS NULL OR code !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid actor code: "%"', bilateral.clip(code)
            USING ERRCODE = '22023', HINT = 'An actor code is three upper-case letters, e.g. ''KAZ''.';
    END IF;
    INSERT INTO bilateral.actor (actor, name_en, kind, cow_ccode, cow_abb, gw_code, iso2, iso3,
                                 iso_numeric, cameo, wikidata, note, shipped)
    VALUES (add_actor.code, add_actor.name_en, add_actor.kind, add_actor.cow_ccode, add_actor.cow_abb,
            add_actor.gw_code, add_actor.iso2, add_actor.iso3, add_actor.iso_numeric, add_actor.cameo,
            add_actor.wikidata, add_actor.note, false);
    INSERT INTO bilateral.actor_name (actor, lang, name, kind, shipped)
    VALUES (add_actor.code, 'en', add_actor.name_en, 'name', false)
    ON CONFLICT DO NOTHING;
    RETURN add_actor.code;
END
$$;
COMMENT ON FUNCTION bilateral.add_actor(text, text, int, text, int, text, text, int, text, text, text, text) IS 'Adds a user''s actor (shipped = false) with its codes and its English name; returns the code.';
GRANT EXECUTE ON FUNCTION bilateral.add_actor(text, text, int, text, int, text, text, int, text, text, text, text) TO PUBLIC;

CREATE FUNCTION bilateral.add_actor_name(actor text, lang text, name text, kind text DEFAULT 'alias',
                                         source_key text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped)
    VALUES (add_actor_name.actor, add_actor_name.lang, add_actor_name.name, add_actor_name.kind,
            add_actor_name.source_key, false);
    RETURN add_actor_name.actor;
END
$$;
COMMENT ON FUNCTION bilateral.add_actor_name(text, text, text, text, text) IS 'Adds a user''s name or alias for an actor (shipped = false), so that bilateral.actor_code() resolves it.';
GRANT EXECUTE ON FUNCTION bilateral.add_actor_name(text, text, text, text, text) TO PUBLIC;

CREATE FUNCTION bilateral.add_issue(code text, definition text, name_en text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF code IS NULL OR code !~ '^[a-z][a-z0-9_]{0,31}$' THEN
        RAISE EXCEPTION 'invalid issue code: "%"', bilateral.clip(code)
            USING ERRCODE = '22023', HINT = 'An issue code is snake_case, at most 32 characters, e.g. ''fisheries''.';
    END IF;
    INSERT INTO bilateral.issue (issue, name_en, definition, shipped)
    VALUES (add_issue.code,
            coalesce(add_issue.name_en, initcap(replace(add_issue.code, '_', ' '))),
            add_issue.definition, false);
    RETURN add_issue.code;
END
$$;
COMMENT ON FUNCTION bilateral.add_issue(text, text, text) IS 'Adds a user''s issue to the codebook (shipped = false); returns its code.';
GRANT EXECUTE ON FUNCTION bilateral.add_issue(text, text, text) TO PUBLIC;

CREATE FUNCTION bilateral.add_event(source_key text, event_key text, name_en text, kind text,
                                    occurred text, actors text[], quote text,
                                    occurred_to text DEFAULT NULL, locator text DEFAULT NULL,
                                    general_knowledge text DEFAULT NULL, span_start int DEFAULT NULL,
                                    span_end int DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f  record;
    t  record;
    codes text[];
    id bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM bilateral.source s WHERE s.source_key = add_event.source_key) THEN
        RAISE EXCEPTION 'unknown source: "%"', bilateral.clip(add_event.source_key)
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    -- a span of the source's document: the locator derived, the quote read or checked (span_door())
    IF add_event.span_start IS NOT NULL OR add_event.span_end IS NOT NULL THEN
        SELECT d.locator, d.quote INTO add_event.locator, add_event.quote
          FROM bilateral.span_door(add_event.source_key, add_event.span_start, add_event.span_end, add_event.locator, add_event.quote) d;
    END IF;
    SELECT * INTO f FROM bilateral.partial_date_bounds(occurred);
    SELECT * INTO t FROM bilateral.partial_date_bounds(coalesce(occurred_to, occurred));
    -- what export_tei writes, import_tei must read back (docs/tei.md): the import's rules, here too
    IF add_event.kind IS NULL OR add_event.kind !~ '^[a-z][a-z_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid event kind: "%"', bilateral.clip(add_event.kind)
            USING ERRCODE = '22023', HINT = 'A kind is 1 to 63 lower-case letters and underscores, e.g. summit or state_visit.';
    END IF;
    IF add_event.event_key IS NULL OR add_event.event_key !~ '^[a-z][a-z0-9_]*$' OR length(add_event.event_key) > 1000 THEN
        RAISE EXCEPTION 'invalid event key: "%"', bilateral.clip(add_event.event_key)
            USING ERRCODE = '22023', HINT = 'An event key is 1 to 1,000 lower-case letters, digits and underscores, starting with a letter.';
    END IF;
    SELECT array_agg(bilateral.actor_code(x) ORDER BY n) INTO codes
      FROM unnest(actors) WITH ORDINALITY AS u(x, n);
    INSERT INTO bilateral.event (event_key, name_en, kind, occurred_from, occurred_to, from_precision,
                                 to_precision, actors, source_key, locator, quote, general_knowledge, shipped,
                                 span_start, span_end)
    VALUES (add_event.event_key, add_event.name_en, add_event.kind, f.first_day, t.last_day, f.date_precision,
            t.date_precision, coalesce(codes, '{}'), add_event.source_key, add_event.locator, add_event.quote,
            add_event.general_knowledge, false, add_event.span_start, add_event.span_end)
    RETURNING event_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_event(text, text, text, text, text, text[], text, text, text, text, int, int) IS 'Adds a user''s event (shipped = false): dates as partial dates (YYYY, YYYY-MM, YYYY-MM-DD), actors as codes or names (resolved by actor_code); returns its event_id. With span_start and span_end (characters of the source''s document) the locator is derived and the quote checked against the document (docs/coding.md).';
GRANT EXECUTE ON FUNCTION bilateral.add_event(text, text, text, text, text, text[], text, text, text, text, int, int) TO PUBLIC;

CREATE FUNCTION bilateral.add_indicator(source_key text, indicator text, actor text, counterpart text,
                                        year int, value numeric, unit text, quote text,
                                        locator text DEFAULT NULL, general_knowledge text DEFAULT NULL,
                                        span_start int DEFAULT NULL, span_end int DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
BEGIN
    -- a source that is not there is named here, short (the foreign key's error quotes the whole key)
    IF NOT EXISTS (SELECT 1 FROM bilateral.source s WHERE s.source_key = add_indicator.source_key) THEN
        RAISE EXCEPTION 'unknown source: "%"', bilateral.clip(add_indicator.source_key)
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    -- a span of the source's document: the locator derived, the quote read or checked (span_door())
    IF add_indicator.span_start IS NOT NULL OR add_indicator.span_end IS NOT NULL THEN
        SELECT d.locator, d.quote INTO add_indicator.locator, add_indicator.quote
          FROM bilateral.span_door(add_indicator.source_key, add_indicator.span_start, add_indicator.span_end, add_indicator.locator, add_indicator.quote) d;
    END IF;
    INSERT INTO bilateral.indicator (indicator, actor, counterpart, year, value, unit, source_key,
                                     locator, quote, general_knowledge, shipped, span_start, span_end)
    VALUES (add_indicator.indicator, bilateral.actor_code(add_indicator.actor),
            CASE WHEN add_indicator.counterpart IS NULL THEN NULL
                 ELSE bilateral.actor_code(add_indicator.counterpart) END,
            add_indicator.year, add_indicator.value, add_indicator.unit, add_indicator.source_key,
            add_indicator.locator, add_indicator.quote, add_indicator.general_knowledge, false,
            add_indicator.span_start, add_indicator.span_end)
    RETURNING indicator_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_indicator(text, text, text, text, int, numeric, text, text, text, text, int, int) IS 'Adds a user''s figure (shipped = false); actor and counterpart as codes or names; returns its indicator_id. With span_start and span_end (characters of the source''s document) the locator is derived and the quote checked against the document (docs/coding.md).';
GRANT EXECUTE ON FUNCTION bilateral.add_indicator(text, text, text, text, int, numeric, text, text, text, text, int, int) TO PUBLIC;

CREATE FUNCTION bilateral.add_office_term(source_key text, person text, office text, actor text,
                                          term_from text, term_to text, quote text,
                                          locator text DEFAULT NULL, general_knowledge text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f  record;
    t  record;
    id bigint;
BEGIN
    SELECT * INTO f FROM bilateral.partial_date_bounds(coalesce(term_from, '2000'));
    SELECT * INTO t FROM bilateral.partial_date_bounds(coalesce(term_to, '2000'));
    INSERT INTO bilateral.office_term (person, office, actor, term_from, term_to, from_precision,
                                       to_precision, source_key, locator, quote, general_knowledge, shipped)
    VALUES (add_office_term.person, add_office_term.office, bilateral.actor_code(add_office_term.actor),
            CASE WHEN term_from IS NULL THEN NULL ELSE f.first_day END,
            CASE WHEN term_to   IS NULL THEN NULL ELSE t.last_day END,
            CASE WHEN term_from IS NULL THEN NULL ELSE f.date_precision END,
            CASE WHEN term_to   IS NULL THEN NULL ELSE t.date_precision END,
            add_office_term.source_key, add_office_term.locator, add_office_term.quote,
            add_office_term.general_knowledge, false)
    RETURNING term_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_office_term(text, text, text, text, text, text, text, text, text) IS 'Adds a user''s term of office (shipped = false); bounds as partial dates or NULL (not stated); returns its term_id.';
GRANT EXECUTE ON FUNCTION bilateral.add_office_term(text, text, text, text, text, text, text, text, text) TO PUBLIC;

CREATE FUNCTION bilateral.add_treaty(treaty bilateral.treaty_ref, name_en text, kind text DEFAULT 'treaty',
                                     in_force_from date DEFAULT NULL, in_force_to date DEFAULT NULL,
                                     general_knowledge text DEFAULT NULL)
RETURNS bilateral.treaty_ref
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO bilateral.treaty (treaty, name_en, kind, in_force_from, in_force_to, general_knowledge, shipped)
    VALUES (add_treaty.treaty, add_treaty.name_en, add_treaty.kind, add_treaty.in_force_from,
            add_treaty.in_force_to, add_treaty.general_knowledge, false);
    INSERT INTO bilateral.treaty_name (treaty, lang, name, shipped)
    VALUES (add_treaty.treaty, 'en', add_treaty.name_en, false)
    ON CONFLICT DO NOTHING;
    RETURN add_treaty.treaty;
END
$$;
COMMENT ON FUNCTION bilateral.add_treaty(bilateral.treaty_ref, text, text, date, date, text) IS 'Adds a user''s treaty (shipped = false) with its English name; returns its treaty_ref.';
GRANT EXECUTE ON FUNCTION bilateral.add_treaty(bilateral.treaty_ref, text, text, date, date, text) TO PUBLIC;

CREATE FUNCTION bilateral.add_treaty_mention(source_key text, treaty bilateral.treaty_ref, quote text,
                                             locator text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
BEGIN
    -- a source that is not there is named here, short (the foreign key's error quotes the whole key)
    IF NOT EXISTS (SELECT 1 FROM bilateral.source s WHERE s.source_key = add_treaty_mention.source_key) THEN
        RAISE EXCEPTION 'unknown source: "%"', bilateral.clip(add_treaty_mention.source_key)
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    INSERT INTO bilateral.treaty_mention (treaty, source_key, locator, quote, shipped)
    VALUES (add_treaty_mention.treaty, add_treaty_mention.source_key, add_treaty_mention.locator,
            add_treaty_mention.quote, false)
    RETURNING mention_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_treaty_mention(text, bilateral.treaty_ref, text, text) IS 'Adds a user''s mention of a treaty in a source (shipped = false); returns its mention_id.';
GRANT EXECUTE ON FUNCTION bilateral.add_treaty_mention(text, bilateral.treaty_ref, text, text) TO PUBLIC;

CREATE FUNCTION bilateral.add_erratum(source_key text, quote text, correction text,
                                      subject_kind text DEFAULT NULL, subject_id text DEFAULT NULL,
                                      locator text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
BEGIN
    INSERT INTO bilateral.erratum (source_key, locator, quote, correction, subject_kind, subject_id, shipped)
    VALUES (add_erratum.source_key, add_erratum.locator, add_erratum.quote, add_erratum.correction,
            add_erratum.subject_kind, add_erratum.subject_id, false)
    RETURNING erratum_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_erratum(text, text, text, text, text, text) IS 'Records a user''s erratum (shipped = false): a slip in a source and its correction; returns its erratum_id.';
GRANT EXECUTE ON FUNCTION bilateral.add_erratum(text, text, text, text, text, text) TO PUBLIC;

CREATE INDEX event_actors ON bilateral.event USING gin (actors);

CREATE INDEX event_period ON bilateral.event (occurred_from, occurred_to);

CREATE INDEX treaty_mention_treaty ON bilateral.treaty_mention (treaty);

CREATE INDEX actor_code_era_lookup ON bilateral.actor_code_era (actor, system);

CREATE FUNCTION bilateral.check_issue(issue text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF issue IS NULL OR NOT EXISTS (SELECT 1 FROM bilateral.issue i WHERE i.issue = check_issue.issue) THEN
        RAISE EXCEPTION '%', CASE WHEN issue IS NULL THEN 'issue must not be NULL here' ELSE format('unknown issue: "%s"', bilateral.clip(issue)) END
            USING ERRCODE = CASE WHEN issue IS NULL THEN '22004' ELSE '22023' END,  -- NULL: a function of one issue (#23)
                  DETAIL = 'Valid issues: ' || (SELECT string_agg(i.issue, ', ' ORDER BY i.issue) FROM bilateral.issue i) || '.',
                  HINT = CASE WHEN issue IS NULL THEN 'This function reads one issue: name it. stance_changes(), conflicting_claims() and dyad_years() take NULL for every issue.' ELSE 'See bilateral.issue (the codebook); add your own with bilateral.add_issue().' END;
    END IF;
    RETURN issue;
END
$$;
COMMENT ON FUNCTION bilateral.check_issue(text) IS 'Returns the issue code if the codebook has it; SQLSTATE 22023 listing the valid codes otherwise, 22004 (null value not allowed) for NULL, saying which functions take NULL for every issue.';
GRANT EXECUTE ON FUNCTION bilateral.check_issue(text) TO PUBLIC;

CREATE FUNCTION bilateral.check_system(system text, allowed text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF system IS NULL OR NOT system = ANY (allowed) THEN
        RAISE EXCEPTION 'unknown code system: "%"', coalesce(bilateral.clip(system), 'NULL')
            USING ERRCODE = '22023',
                  DETAIL = 'Valid systems: ' || array_to_string(allowed, ', ') || '.';
    END IF;
    RETURN system;
END
$$;
COMMENT ON FUNCTION bilateral.check_system(text, text[]) IS 'Returns the system name if it is one of the allowed ones; SQLSTATE 22023 listing them otherwise.';
GRANT EXECUTE ON FUNCTION bilateral.check_system(text, text[]) TO PUBLIC;

CREATE FUNCTION bilateral.published_by(source_key text, known_by date) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT known_by IS NULL OR EXISTS (
        SELECT 1 FROM bilateral.source s
         WHERE s.source_key = published_by.source_key
           AND bilateral.precision_last_day(s.published, s.published_precision)
               <= (SELECT bilateral.check_day(known_by, 'known_by')))
$$;
COMMENT ON FUNCTION bilateral.published_by(text, date) IS
    'True when the source was certainly published by the date (the last day of its publication date at its precision), or the date is NULL.';
GRANT EXECUTE ON FUNCTION bilateral.published_by(text, date) TO PUBLIC;

CREATE FUNCTION bilateral.code_at(system text, actor text, at date) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a text := bilateral.actor_code(actor);
    s text := bilateral.check_system(system, ARRAY['cow', 'cow_abb', 'gw', 'iso2', 'iso3', 'iso_numeric', 'cameo', 'wikidata']);
    v text;
BEGIN
    PERFORM bilateral.check_day(at, 'at');
    SELECT e.code INTO v FROM bilateral.actor_code_era e
     WHERE e.actor = a AND e.system = s
       AND (e.valid_from IS NULL OR e.valid_from <= at) AND (e.valid_to IS NULL OR e.valid_to >= at)
     ORDER BY e.valid_from DESC NULLS LAST LIMIT 1;
    IF FOUND THEN
        RETURN v;
    END IF;
    SELECT CASE s WHEN 'cow' THEN x.cow_ccode::text WHEN 'cow_abb' THEN x.cow_abb WHEN 'gw' THEN x.gw_code::text
                  WHEN 'iso2' THEN x.iso2 WHEN 'iso3' THEN x.iso3 WHEN 'iso_numeric' THEN x.iso_numeric::text
                  WHEN 'cameo' THEN x.cameo ELSE x.wikidata END
      INTO v FROM bilateral.actor x WHERE x.actor = a;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bilateral.code_at(text, text, date) IS
    'The code of an actor in a system (cow, cow_abb, gw, iso2, iso3, iso_numeric, cameo, wikidata) in force on the date: an era''s code where one covers the date (code_at(''iso3'', ''RUS'', ''1950-01-01'') is SUN), the actor''s current code otherwise.';
GRANT EXECUTE ON FUNCTION bilateral.code_at(text, text, date) TO PUBLIC;

CREATE FUNCTION bilateral.in_system(system text, actor text, at date) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a text := bilateral.actor_code(actor);
    s text := bilateral.check_system(system, ARRAY['cow', 'gw']);
BEGIN
    PERFORM bilateral.check_day(at, 'at');
    RETURN EXISTS (SELECT 1 FROM bilateral.system_membership m
                    WHERE m.actor = a AND m.system = s
                      AND m.member_from <= at AND (m.member_to IS NULL OR m.member_to >= at));
END
$$;
COMMENT ON FUNCTION bilateral.in_system(text, text, date) IS
    'Whether the actor is a member of the state system (cow or gw) on the date.';
GRANT EXECUTE ON FUNCTION bilateral.in_system(text, text, date) TO PUBLIC;

CREATE FUNCTION bilateral.check_voices(voices text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    valid constant text[] := ARRAY['state', 'public_opinion', 'elite', 'author_assessment', 'author_proposal'];
BEGIN
    IF voices IS NULL OR cardinality(voices) = 0 OR NOT voices <@ valid OR array_position(voices, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'unknown voice in %', coalesce(bilateral.clip(voices::text), 'NULL')
            USING ERRCODE = '22023',
                  DETAIL = 'Valid voices: ' || array_to_string(valid, ', ') || '.',
                  HINT = 'The default is ARRAY[''state'']; ask for others with voices => ARRAY[''state'', ''elite''], say.';
    END IF;
    RETURN voices;
END
$$;
COMMENT ON FUNCTION bilateral.check_voices(text[]) IS 'Returns the voices if every one is valid (state, public_opinion, elite, author_assessment, author_proposal); SQLSTATE 22023 listing them otherwise.';
GRANT EXECUTE ON FUNCTION bilateral.check_voices(text[]) TO PUBLIC;

-- A day a query asks about must be one the types can hold; infinity and NULL are open ends.
-- ~41,000 names in ~100 languages: looked up through this index, not by a scan
CREATE INDEX actor_name_key ON bilateral.actor_name (bilateral.name_key(name));

CREATE FUNCTION bilateral.system_spells(system text)
RETURNS TABLE (actor text, code int, member_from date, member_to date)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT m.actor,
           coalesce((SELECT e.code::int FROM bilateral.actor_code_era e
                      WHERE e.actor = m.actor AND e.system = m.system AND e.code ~ '^\d{1,9}$'
                        AND coalesce(e.valid_from, '-infinity') <= m.member_from
                        AND coalesce(e.valid_to, 'infinity') >= m.member_from
                      ORDER BY e.valid_from DESC NULLS LAST LIMIT 1),
                    CASE m.system WHEN 'cow' THEN x.cow_ccode ELSE x.gw_code END),
           m.member_from, m.member_to
      FROM bilateral.system_membership m
      JOIN bilateral.actor x ON x.actor = m.actor
     WHERE m.system = bilateral.check_system(system_spells.system, ARRAY['cow', 'gw'])
$$;
COMMENT ON FUNCTION bilateral.system_spells(text) IS
    'Membership spells of the system (cow or gw) with the code each spell has in it: the actor''s code era in force on the first day of the spell (West Germany 260 in COW 1955-1990), the actor''s own code otherwise. member_to NULL: still a member.';
GRANT EXECUTE ON FUNCTION bilateral.system_spells(text) TO PUBLIC;

CREATE FUNCTION bilateral.check_years(from_year int, to_year int) RETURNS daterange
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF from_year IS NULL OR to_year IS NULL OR from_year > to_year OR from_year < 1 OR to_year > 9999 THEN
        RAISE EXCEPTION 'invalid year range: % to %', from_year, to_year
            USING ERRCODE = '22023',
                  DETAIL = 'A panel spans whole years between 1 and 9999, the first not after the last.',
                  HINT = 'Pass from_year <= to_year, both between 1 and 9999.';
    END IF;
    RETURN daterange(make_date(from_year, 1, 1), make_date(to_year, 12, 31), '[]');
END
$$;
COMMENT ON FUNCTION bilateral.check_years(int, int) IS 'The days of the years from_year..to_year; SQLSTATE 22023 if they are not a range of years 1..9999.';
GRANT EXECUTE ON FUNCTION bilateral.check_years(int, int) TO PUBLIC;

CREATE FUNCTION bilateral.sources_known_by(known_by date) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN known_by IS NOT NULL THEN
        ARRAY(SELECT s.source_key FROM bilateral.source s
               WHERE bilateral.precision_last_day(s.published, s.published_precision)
                     <= (SELECT bilateral.check_day(known_by, 'known_by'))
               ORDER BY s.source_key)
    END
$$;
COMMENT ON FUNCTION bilateral.sources_known_by(date) IS
    'The keys of the sources (that the caller sees) certainly published by the date; NULL for a NULL date (no limit). The query functions read it once, so the per-claim test needs no query of its own (on a distributed install, none on the shards).';
GRANT EXECUTE ON FUNCTION bilateral.sources_known_by(date) TO PUBLIC;
