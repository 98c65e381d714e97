-- Public interface (release 1.0): flat views, name resolution, functions to add users' rows,
-- catalogue checks for positions, privileges, row level security and dump registration.
-- Written against the tables only (20_tables.sql) and the C accessors: no data needed here.

-- Comments on the tables (the tables themselves are in 20_tables.sql) -----------------------------

COMMENT ON TABLE bilateral.source IS 'Each document the data come from (shipped) or that a user adds: title, author, publisher, date of publication with its precision, language (ISO 639-1), kind.';
COMMENT ON TABLE bilateral.actor IS 'Actor catalogue: continuous polities and organisations, keyed by a three-letter code, with COW, Gleditsch-Ward, ISO 3166-1, CAMEO and Wikidata codes.';
COMMENT ON TABLE bilateral.actor_name IS 'Names and aliases of actors in en, es, ru and ja (kind name, short, alias, metonym, historical); source_key names the document that uses an alias.';
COMMENT ON TABLE bilateral.actor_era IS 'Name and regime eras of an actor (Russian Empire, Soviet Union, Russian Federation ...), inclusive dates, with the reference for them.';
COMMENT ON TABLE bilateral.actor_code_era IS 'Codes an actor had only for a period (ISO 3166-3 SU/SUN/810 for the USSR era of RUS, COW/GW codes of West Germany ...).';
COMMENT ON TABLE bilateral.system_membership IS 'Correlates of War and Gleditsch-Ward state-system membership spells (inclusive; member_to NULL: still a member at the end of the list).';
COMMENT ON TABLE bilateral.issue IS 'The issue codebook: definition of each issue and the meaning of each stance level (-3 .. +3) on it, with an example from the documents.';
COMMENT ON TABLE bilateral.treaty IS 'One row per treaty or agreement, keyed by its treaty_ref (signature date, parties, slug); entry into force and end.';
COMMENT ON TABLE bilateral.treaty_name IS 'Names of treaties in every language the documents use.';
COMMENT ON TABLE bilateral.treaty_mention IS 'Each place a document mentions a treaty, with the exact quote and its locator.';
COMMENT ON TABLE bilateral.event IS 'One dated event as one document states it (dates with precision); event_key groups mentions of the same event across documents.';
COMMENT ON TABLE bilateral.position_claim IS 'One bilateral_position (actor, counterpart, issue, stance, period) asserted by one source, with the exact quote, its language and an English statement.';
COMMENT ON TABLE bilateral.indicator IS 'One figure a document gives (trade share, rank, gas volume ...), with unit, year and source.';
COMMENT ON TABLE bilateral.office_term IS 'One leader''s or official''s term of office as a document states it.';
COMMENT ON TABLE bilateral.erratum IS 'A slip in a document (wrong year, misspelt name ...): the quote, the correction, and the row that holds the corrected fact.';

-- Flat views ---------------------------------------------------------------------------------------

CREATE VIEW bilateral.sources WITH (security_invoker = true) AS
SELECT s.source_key, s.title, s.author, s.publisher, s.published, s.language,
       s.published_precision, s.kind, s.title_en, s.shipped
  FROM bilateral.source s;
COMMENT ON VIEW bilateral.sources IS 'Documents: key, title, author, publisher, first day of publication (see published_precision), language, kind, English title, shipped.';

CREATE VIEW bilateral.actors WITH (security_invoker = true) AS
SELECT a.actor, a.name_en, a.cow_ccode, a.cow_abb, a.gw_code, a.iso2, a.iso3, a.iso_numeric,
       a.cameo, a.wikidata, a.kind, a.shipped
  FROM bilateral.actor a;
COMMENT ON VIEW bilateral.actors IS 'Actor catalogue with the codes of COW (ccode, abbreviation), Gleditsch-Ward, ISO 3166-1 (alpha-2, alpha-3, numeric), CAMEO and Wikidata, for joins with other datasets.';

CREATE VIEW bilateral.treaties WITH (security_invoker = true) AS
SELECT t.treaty,
       t.name_en,
       bilateral.signed_on(t.treaty)        AS signed_on,
       bilateral.signed_precision(t.treaty) AS signed_precision,
       bilateral.parties(t.treaty)          AS parties,
       t.in_force_from,
       t.in_force_to,
       m.source_key,
       m.quote,
       m.locator,
       m.mention_id,
       t.kind,
       t.general_knowledge,
       t.shipped
  FROM bilateral.treaty t
  LEFT JOIN bilateral.treaty_mention m ON m.treaty OPERATOR(bilateral.=) t.treaty;
COMMENT ON VIEW bilateral.treaties IS 'Treaties with signature date and precision, parties and period in force: one row per mention in a document (a treaty nobody mentions appears once, with NULL source).';

CREATE VIEW bilateral.events WITH (security_invoker = true) AS
SELECT e.event_id,
       e.name_en,
       e.occurred_from,
       e.occurred_to,
       CASE WHEN e.from_precision = 'year'  OR e.to_precision = 'year'  THEN 'year'
            WHEN e.from_precision = 'month' OR e.to_precision = 'month' THEN 'month'
            ELSE 'day' END AS precision,
       e.actors,
       e.kind,
       e.source_key,
       e.quote,
       e.event_key,
       e.locator,
       e.from_precision,
       e.to_precision,
       e.general_knowledge,
       e.shipped
  FROM bilateral.event e;
COMMENT ON VIEW bilateral.events IS 'Dated events as the documents state them; precision is the coarser of the precisions of the two bounds.';

CREATE VIEW bilateral.positions WITH (security_invoker = true) AS
SELECT c.claim_id,
       c.position,
       bilateral.actor(c.position)        AS actor,
       bilateral.counterpart(c.position)  AS counterpart,
       bilateral.issue(c.position)        AS issue,
       bilateral.stance(c.position)       AS stance,
       bilateral.stance_label(c.position) AS stance_label,
       bilateral.valid_from(c.position)   AS valid_from,
       bilateral.valid_to(c.position)     AS valid_to,
       c.statement_en,
       c.source_key,
       c.quote,
       c.shipped,
       c.locator,
       c.quote_lang,
       c.general_knowledge
  FROM bilateral.position_claim c;
COMMENT ON VIEW bilateral.positions IS 'Stance claims flattened: actor, counterpart, issue, stance (-3..+3) and label, period (valid_from: first day of the earliest reading, valid_to: last day of the latest reading; NULL: open), English statement, source and quote.';

CREATE VIEW bilateral.indicators WITH (security_invoker = true) AS
SELECT i.indicator, i.actor, i.counterpart, i.year, i.value, i.unit, i.source_key, i.quote,
       i.indicator_id, i.locator, i.general_knowledge, i.shipped
  FROM bilateral.indicator i;
COMMENT ON VIEW bilateral.indicators IS 'Figures from the documents: indicator, actor, counterpart, year, value, unit, source and quote.';

CREATE VIEW bilateral.office_terms WITH (security_invoker = true) AS
SELECT o.person, o.office, o.actor, o.term_from, o.term_to,
       CASE WHEN o.from_precision IS NULL AND o.to_precision IS NULL THEN NULL
            WHEN o.from_precision = 'year'  OR o.to_precision = 'year'  THEN 'year'
            WHEN o.from_precision = 'month' OR o.to_precision = 'month' THEN 'month'
            ELSE 'day' END AS precision,
       o.source_key, o.quote,
       o.term_id, o.locator, o.from_precision, o.to_precision, o.general_knowledge, o.shipped
  FROM bilateral.office_term o;
COMMENT ON VIEW bilateral.office_terms IS 'Terms of office as the documents state them; precision is the coarser of the stated bounds'' precisions (NULL when neither bound is stated).';

CREATE VIEW bilateral.errata WITH (security_invoker = true) AS
SELECT r.source_key, r.quote, r.correction,
       r.erratum_id, r.locator, r.subject_kind, r.subject_id, r.shipped
  FROM bilateral.erratum r;
COMMENT ON VIEW bilateral.errata IS 'Slips in the documents: the quote as printed and the correction; the corrected fact is in the row named by subject_kind and subject_id.';

CREATE VIEW bilateral.evidence WITH (security_invoker = true) AS
SELECT 'claim'::text AS subject_kind, c.claim_id::text AS subject_id, c.source_key, c.locator, c.quote, c.shipped
  FROM bilateral.position_claim c
UNION ALL
SELECT 'event', e.event_id::text, e.source_key, e.locator, e.quote, e.shipped
  FROM bilateral.event e
UNION ALL
SELECT 'treaty_mention', m.mention_id::text, m.source_key, m.locator, m.quote, m.shipped
  FROM bilateral.treaty_mention m
UNION ALL
SELECT 'indicator', i.indicator_id::text, i.source_key, i.locator, i.quote, i.shipped
  FROM bilateral.indicator i
UNION ALL
SELECT 'office_term', o.term_id::text, o.source_key, o.locator, o.quote, o.shipped
  FROM bilateral.office_term o
UNION ALL
SELECT 'erratum', r.erratum_id::text, r.source_key, r.locator, r.quote, r.shipped
  FROM bilateral.erratum r;
COMMENT ON VIEW bilateral.evidence IS 'Every quote in the dataset, one row each (claims, events, treaty mentions, indicators, office terms, errata): what tools/check_quotes verifies against the documents.';

-- Partial dates ------------------------------------------------------------------------------------

CREATE FUNCTION bilateral.partial_date_bounds(value text,
                                              OUT first_day date, OUT last_day date, OUT date_precision text)
RETURNS record
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := btrim(value);
BEGIN
    IF v ~ '^\d{4}$' THEN
        first_day := make_date(v::int, 1, 1);
        last_day  := make_date(v::int, 12, 31);
        date_precision := 'year';
    ELSIF v ~ '^\d{4}-\d{2}$' THEN
        IF substr(v, 6, 2)::int NOT BETWEEN 1 AND 12 THEN
            RAISE EXCEPTION 'invalid partial date: "%"', value
                USING ERRCODE = '22007', DETAIL = 'The month must be 01 to 12.',
                      HINT = 'Write YYYY, YYYY-MM or YYYY-MM-DD.';
        END IF;
        first_day := make_date(substr(v, 1, 4)::int, substr(v, 6, 2)::int, 1);
        last_day  := (first_day + interval '1 month' - interval '1 day')::date;
        date_precision := 'month';
    ELSIF v ~ '^\d{4}-\d{2}-\d{2}$' THEN
        BEGIN
            first_day := make_date(substr(v, 1, 4)::int, substr(v, 6, 2)::int, substr(v, 9, 2)::int);
        EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
            RAISE EXCEPTION 'invalid partial date: "%"', value
                USING ERRCODE = '22007', DETAIL = 'No such day.',
                      HINT = 'Write YYYY, YYYY-MM or YYYY-MM-DD.';
        END;
        last_day  := first_day;
        date_precision := 'day';
    ELSE
        RAISE EXCEPTION 'invalid partial date: "%"', value
            USING ERRCODE = '22007',
                  HINT = 'Write YYYY (a year), YYYY-MM (a month) or YYYY-MM-DD (a day).';
    END IF;
END
$$;
COMMENT ON FUNCTION bilateral.partial_date_bounds(text) IS 'First day, last day and precision (year, month, day) of a partial date written YYYY, YYYY-MM or YYYY-MM-DD; SQLSTATE 22007 otherwise.';

-- Name resolution ----------------------------------------------------------------------------------

CREATE FUNCTION bilateral.actor_code(name text)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v     text := btrim(regexp_replace(name, '\s+', ' ', 'g'));
    vnum  int;
    found text[];
BEGIN
    -- numeric codes (COW, GW, ISO numeric) are compared as numbers; done here, not in the query,
    -- because SQL does not promise to test the pattern before the cast
    IF v ~ '^\d{1,9}$' THEN
        vnum := v::int;
    END IF;

    -- an actor code wins over everything else
    IF v ~ '^[A-Za-z]{3}$' THEN
        SELECT array_agg(a.actor) INTO found FROM bilateral.actor a WHERE a.actor = upper(v);
        IF found IS NOT NULL THEN
            RETURN found[1];
        END IF;
    END IF;

    SELECT array_agg(DISTINCT x.actor ORDER BY x.actor) INTO found
      FROM (SELECT a.actor
              FROM bilateral.actor a
             WHERE upper(v) IN (a.iso2, a.iso3, a.cow_abb, upper(a.cameo), upper(a.wikidata))
                OR vnum IN (a.cow_ccode, a.gw_code, a.iso_numeric)
            UNION ALL
            SELECT ce.actor
              FROM bilateral.actor_code_era ce
             WHERE upper(ce.code) = upper(v)
                OR (vnum IS NOT NULL AND ce.code ~ '^\d+$'
                    AND ltrim(ce.code, '0') = ltrim(v, '0'))
            UNION ALL
            SELECT n.actor
              FROM bilateral.actor_name n
             WHERE lower(n.name) = lower(v)) x;

    IF found IS NULL THEN
        RAISE EXCEPTION 'unknown actor: "%"', name
            USING ERRCODE = '22023',
                  DETAIL = 'No actor code, COW/GW/ISO/CAMEO/Wikidata code or name in the catalogue matches it.',
                  HINT = 'Use a three-letter code from bilateral.actors, a code of those systems, or a name or alias in en, es, ru or ja (bilateral.actor_name); add actors with bilateral.add_actor() and names with bilateral.add_actor_name().';
    ELSIF cardinality(found) > 1 THEN
        RAISE EXCEPTION 'ambiguous actor: "%"', name
            USING ERRCODE = '22023',
                  DETAIL = format('It matches the actors %s.', array_to_string(found, ', ')),
                  HINT = 'Use the three-letter actor code.';
    END IF;
    RETURN found[1];
END
$$;
COMMENT ON FUNCTION bilateral.actor_code(text) IS 'The actor code for a code (actor code, COW ccode or abbreviation, GW, ISO 3166-1/-3 alpha-2, alpha-3 or numeric, CAMEO, Wikidata) or a name or alias in any catalogue language, case-insensitively; SQLSTATE 22023 when unknown or ambiguous.';

-- Catalogue checks ---------------------------------------------------------------------------------
-- A position holds actor, counterpart and issue inside one value, so no foreign key can reach the
-- catalogue: a constraint trigger checks new claims, and triggers on the catalogue keep it so.

CREATE FUNCTION bilateral.position_claim_catalogue_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a text := bilateral.actor(NEW.position);
    c text := bilateral.counterpart(NEW.position);
    i text := bilateral.issue(NEW.position);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM bilateral.actor WHERE actor = a) THEN
        RAISE EXCEPTION 'position % of claim % refers to unknown actor "%"', NEW.position, NEW.claim_id, a
            USING ERRCODE = '23503', TABLE = 'position_claim', SCHEMA = 'bilateral',
                  HINT = 'Add the actor first with bilateral.add_actor().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.actor WHERE actor = c) THEN
        RAISE EXCEPTION 'position % of claim % refers to unknown counterpart "%"', NEW.position, NEW.claim_id, c
            USING ERRCODE = '23503', TABLE = 'position_claim', SCHEMA = 'bilateral',
                  HINT = 'Add the actor first with bilateral.add_actor().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.issue WHERE issue = i) THEN
        RAISE EXCEPTION 'position % of claim % refers to unknown issue "%"', NEW.position, NEW.claim_id, i
            USING ERRCODE = '23503', TABLE = 'position_claim', SCHEMA = 'bilateral',
                  HINT = 'Add the issue first with bilateral.add_issue().';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bilateral.position_claim_catalogue_check() IS 'Constraint trigger function: refuses (SQLSTATE 23503) a claim whose position names an actor, counterpart or issue that is not in the catalogue.';

CREATE CONSTRAINT TRIGGER position_claim_catalogue
    AFTER INSERT OR UPDATE OF position ON bilateral.position_claim
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW EXECUTE FUNCTION bilateral.position_claim_catalogue_check();
COMMENT ON TRIGGER position_claim_catalogue ON bilateral.position_claim IS 'Actor, counterpart and issue of every position must be in the catalogue (23503 otherwise).';

CREATE FUNCTION bilateral.event_actors_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    missing text[];
BEGIN
    SELECT array_agg(x) INTO missing
      FROM unnest(NEW.actors) AS x
     WHERE x IS NULL OR NOT EXISTS (SELECT 1 FROM bilateral.actor a WHERE a.actor = x);
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'event % names unknown actors: %', NEW.event_id, array_to_string(missing, ', ', 'NULL')
            USING ERRCODE = '23503', TABLE = 'event', SCHEMA = 'bilateral',
                  HINT = 'Use codes from bilateral.actors (bilateral.actor_code() resolves names).';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bilateral.event_actors_check() IS 'Constraint trigger function: refuses (SQLSTATE 23503) an event whose actors array holds a code that is not in the catalogue.';

CREATE CONSTRAINT TRIGGER event_actors_catalogue
    AFTER INSERT OR UPDATE OF actors ON bilateral.event
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW EXECUTE FUNCTION bilateral.event_actors_check();
COMMENT ON TRIGGER event_actors_catalogue ON bilateral.event IS 'Every code in event.actors must be in the catalogue (23503 otherwise).';

CREATE FUNCTION bilateral.catalogue_in_use_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    claim bigint;
BEGIN
    IF TG_TABLE_NAME = 'actor' THEN
        IF TG_OP = 'UPDATE' AND NEW.actor = OLD.actor THEN
            RETURN NEW;
        END IF;
        SELECT c.claim_id INTO claim FROM bilateral.position_claim c
         WHERE bilateral.actor(c.position) = OLD.actor OR bilateral.counterpart(c.position) = OLD.actor
         LIMIT 1;
        IF claim IS NULL THEN
            SELECT e.event_id INTO claim FROM bilateral.event e WHERE OLD.actor = ANY (e.actors) LIMIT 1;
            IF claim IS NOT NULL THEN
                RAISE EXCEPTION 'actor "%" is still named by event %', OLD.actor, claim
                    USING ERRCODE = '23503', TABLE = 'actor', SCHEMA = 'bilateral';
            END IF;
        END IF;
        IF claim IS NOT NULL THEN
            RAISE EXCEPTION 'actor "%" is still named by the position of claim %', OLD.actor, claim
                USING ERRCODE = '23503', TABLE = 'actor', SCHEMA = 'bilateral';
        END IF;
    ELSE
        IF TG_OP = 'UPDATE' AND NEW.issue = OLD.issue THEN
            RETURN NEW;
        END IF;
        SELECT c.claim_id INTO claim FROM bilateral.position_claim c
         WHERE bilateral.issue(c.position) = OLD.issue LIMIT 1;
        IF claim IS NOT NULL THEN
            RAISE EXCEPTION 'issue "%" is still named by the position of claim %', OLD.issue, claim
                USING ERRCODE = '23503', TABLE = 'issue', SCHEMA = 'bilateral';
        END IF;
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION bilateral.catalogue_in_use_check() IS 'Trigger function: refuses (SQLSTATE 23503) deleting or renaming an actor or issue that a claim''s position (or an event''s actors) still names.';

CREATE TRIGGER actor_in_use BEFORE DELETE OR UPDATE OF actor ON bilateral.actor
    FOR EACH ROW EXECUTE FUNCTION bilateral.catalogue_in_use_check();
COMMENT ON TRIGGER actor_in_use ON bilateral.actor IS 'An actor named by a position or an event cannot be deleted or renamed.';
CREATE TRIGGER issue_in_use BEFORE DELETE OR UPDATE OF issue ON bilateral.issue
    FOR EACH ROW EXECUTE FUNCTION bilateral.catalogue_in_use_check();
COMMENT ON TRIGGER issue_in_use ON bilateral.issue IS 'An issue named by a position cannot be deleted or renamed.';

-- Adding users' rows (shipped = false) --------------------------------------------------------------

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
        RAISE EXCEPTION 'invalid published_precision: "%"', published_precision
            USING ERRCODE = '22023', HINT = 'Use year, month or day.';
    END IF;
    INSERT INTO bilateral.source AS s (source_key, title, title_en, author, publisher, published,
                                       published_precision, language, kind, note, shipped)
    VALUES (add_source.source_key, add_source.title, add_source.title_en, add_source.author,
            add_source.publisher,
            CASE add_source.published_precision
                 WHEN 'year'  THEN date_trunc('year',  add_source.published)::date
                 WHEN 'month' THEN date_trunc('month', add_source.published)::date
                 ELSE add_source.published END,
            add_source.published_precision, lower(add_source.language), add_source.kind,
            add_source.note, false);
    RETURN add_source.source_key;
END
$$;
COMMENT ON FUNCTION bilateral.add_source(text, text, text, date, text, text, text, text, text, text) IS 'Adds a user''s source (shipped = false) and returns its key; published is stored as the first day of its precision.';

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
        RAISE EXCEPTION 'invalid actor code: "%"', code
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

CREATE FUNCTION bilateral.add_issue(code text, definition text, name_en text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF code IS NULL OR code !~ '^[a-z][a-z0-9_]{0,31}$' THEN
        RAISE EXCEPTION 'invalid issue code: "%"', code
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

CREATE FUNCTION bilateral.add_claim(source_key text, "position" bilateral.bilateral_position, quote text,
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
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_claim(text, bilateral.bilateral_position, text, text, text, text) IS 'Adds a user''s stance claim (shipped = false) and returns its claim_id; refuses (SQLSTATE 23503) an unknown source, actor, counterpart or issue and (22023) an empty quote; quote_lang is the source''s language.';

CREATE FUNCTION bilateral.add_event(source_key text, event_key text, name_en text, kind text,
                                    occurred text, actors text[], quote text,
                                    occurred_to text DEFAULT NULL, locator text DEFAULT NULL,
                                    general_knowledge text DEFAULT NULL)
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
        RAISE EXCEPTION 'unknown source: "%"', add_event.source_key
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    SELECT * INTO f FROM bilateral.partial_date_bounds(occurred);
    SELECT * INTO t FROM bilateral.partial_date_bounds(coalesce(occurred_to, occurred));
    SELECT array_agg(bilateral.actor_code(x) ORDER BY n) INTO codes
      FROM unnest(actors) WITH ORDINALITY AS u(x, n);
    INSERT INTO bilateral.event (event_key, name_en, kind, occurred_from, occurred_to, from_precision,
                                 to_precision, actors, source_key, locator, quote, general_knowledge, shipped)
    VALUES (add_event.event_key, add_event.name_en, add_event.kind, f.first_day, t.last_day, f.date_precision,
            t.date_precision, coalesce(codes, '{}'), add_event.source_key, add_event.locator, add_event.quote,
            add_event.general_knowledge, false)
    RETURNING event_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_event(text, text, text, text, text, text[], text, text, text, text) IS 'Adds a user''s event (shipped = false): dates as partial dates (YYYY, YYYY-MM, YYYY-MM-DD), actors as codes or names (resolved by actor_code); returns its event_id.';

CREATE FUNCTION bilateral.add_indicator(source_key text, indicator text, actor text, counterpart text,
                                        year int, value numeric, unit text, quote text,
                                        locator text DEFAULT NULL, general_knowledge text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
BEGIN
    INSERT INTO bilateral.indicator (indicator, actor, counterpart, year, value, unit, source_key,
                                     locator, quote, general_knowledge, shipped)
    VALUES (add_indicator.indicator, bilateral.actor_code(add_indicator.actor),
            CASE WHEN add_indicator.counterpart IS NULL THEN NULL
                 ELSE bilateral.actor_code(add_indicator.counterpart) END,
            add_indicator.year, add_indicator.value, add_indicator.unit, add_indicator.source_key,
            add_indicator.locator, add_indicator.quote, add_indicator.general_knowledge, false)
    RETURNING indicator_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_indicator(text, text, text, text, int, numeric, text, text, text, text) IS 'Adds a user''s figure (shipped = false); actor and counterpart as codes or names; returns its indicator_id.';

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

CREATE FUNCTION bilateral.add_treaty_mention(source_key text, treaty bilateral.treaty_ref, quote text,
                                             locator text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
BEGIN
    INSERT INTO bilateral.treaty_mention (treaty, source_key, locator, quote, shipped)
    VALUES (add_treaty_mention.treaty, add_treaty_mention.source_key, add_treaty_mention.locator,
            add_treaty_mention.quote, false)
    RETURNING mention_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_treaty_mention(text, bilateral.treaty_ref, text, text) IS 'Adds a user''s mention of a treaty in a source (shipped = false); returns its mention_id.';

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

-- Privileges and row level security -----------------------------------------------------------------
-- Everyone reads everything; users add, change and delete only their own rows (shipped = false).
-- Shipped rows are written by the extension scripts, which run as the table owner and so bypass RLS.
-- Users' ids must stay in the identity range (> 999999), kept free of shipped ids.

GRANT USAGE ON SCHEMA bilateral TO PUBLIC;

GRANT SELECT ON bilateral.sources, bilateral.actors, bilateral.treaties, bilateral.events,
                bilateral.positions, bilateral.indicators, bilateral.office_terms, bilateral.errata,
                bilateral.evidence TO PUBLIC;

GRANT SELECT, INSERT, UPDATE, DELETE ON
      bilateral.source, bilateral.actor, bilateral.actor_name, bilateral.actor_era,
      bilateral.actor_code_era, bilateral.system_membership, bilateral.issue, bilateral.treaty,
      bilateral.treaty_name, bilateral.treaty_mention, bilateral.event, bilateral.position_claim,
      bilateral.indicator, bilateral.office_term, bilateral.erratum
   TO PUBLIC;

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT t.tab, t.idcol FROM (VALUES
            ('source', NULL), ('actor', NULL), ('actor_name', NULL), ('actor_era', NULL),
            ('actor_code_era', NULL), ('system_membership', NULL), ('issue', NULL), ('treaty', NULL),
            ('treaty_name', NULL), ('treaty_mention', 'mention_id'), ('event', 'event_id'),
            ('position_claim', 'claim_id'), ('indicator', 'indicator_id'), ('office_term', 'term_id'),
            ('erratum', 'erratum_id')) AS t(tab, idcol)
    LOOP
        EXECUTE format('ALTER TABLE bilateral.%I ENABLE ROW LEVEL SECURITY', r.tab);
        EXECUTE format('CREATE POLICY read_all ON bilateral.%I FOR SELECT USING (true)', r.tab);
        EXECUTE format('CREATE POLICY insert_own ON bilateral.%I FOR INSERT WITH CHECK (NOT shipped%s)',
                       r.tab, CASE WHEN r.idcol IS NULL THEN '' ELSE format(' AND %I > 999999', r.idcol) END);
        EXECUTE format('CREATE POLICY update_own ON bilateral.%I FOR UPDATE USING (NOT shipped) WITH CHECK (NOT shipped%s)',
                       r.tab, CASE WHEN r.idcol IS NULL THEN '' ELSE format(' AND %I > 999999', r.idcol) END);
        EXECUTE format('CREATE POLICY delete_own ON bilateral.%I FOR DELETE USING (NOT shipped)', r.tab);
        EXECUTE format('COMMENT ON POLICY read_all ON bilateral.%I IS %L', r.tab,
                       'Everyone reads every row.');
        EXECUTE format('COMMENT ON POLICY insert_own ON bilateral.%I IS %L', r.tab,
                       'Users add only their own rows (shipped = false)'
                       || CASE WHEN r.idcol IS NULL THEN '.' ELSE ', with ids from the identity range.' END);
        EXECUTE format('COMMENT ON POLICY update_own ON bilateral.%I IS %L', r.tab,
                       'Users change only their own rows; shipped rows are read-only.');
        EXECUTE format('COMMENT ON POLICY delete_own ON bilateral.%I IS %L', r.tab,
                       'Users delete only their own rows; shipped rows are read-only.');
        IF r.idcol IS NOT NULL THEN
            EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO PUBLIC',
                           pg_catalog.pg_get_serial_sequence(format('bilateral.%I', r.tab), r.idcol));
        END IF;
    END LOOP;
END
$$;

GRANT EXECUTE ON FUNCTION
      bilateral.partial_date_bounds(text), bilateral.actor_code(text),
      bilateral.add_source(text, text, text, date, text, text, text, text, text, text),
      bilateral.add_actor(text, text, int, text, int, text, text, int, text, text, text, text),
      bilateral.add_actor_name(text, text, text, text, text),
      bilateral.add_issue(text, text, text),
      bilateral.add_claim(text, bilateral.bilateral_position, text, text, text, text),
      bilateral.add_event(text, text, text, text, text, text[], text, text, text, text),
      bilateral.add_indicator(text, text, text, text, int, numeric, text, text, text, text),
      bilateral.add_office_term(text, text, text, text, text, text, text, text, text),
      bilateral.add_treaty(bilateral.treaty_ref, text, text, date, date, text),
      bilateral.add_treaty_mention(text, bilateral.treaty_ref, text, text),
      bilateral.add_erratum(text, text, text, text, text, text)
   TO PUBLIC;

-- Dumps: users' rows (and the identity sequences) survive pg_dump / restore ----------------------------
-- pg_extension_config_dump() works only inside CREATE EXTENSION; the guard lets the development
-- harness run this file directly too.

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                WHERE d.classid = 'pg_catalog.pg_class'::regclass
                  AND d.objid = 'bilateral.source'::regclass
                  AND d.refclassid = 'pg_catalog.pg_extension'::regclass
                  AND d.deptype = 'e') THEN
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.source', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.actor', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.actor_name', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.actor_era', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.actor_code_era', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.system_membership', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.issue', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.treaty', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.treaty_name', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.treaty_mention', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.event', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.position_claim', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.indicator', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.office_term', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.erratum', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.treaty_mention', 'mention_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.event', 'event_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.position_claim', 'claim_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.indicator', 'indicator_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.office_term', 'term_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.erratum', 'erratum_id')::regclass, '');
    END IF;
END
$$;
