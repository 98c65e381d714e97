-- 71_import_claims.sql (release 1.4): bulk import of claims from a staging table.
--
-- Researchers load machine-coded claims by the million: \copy a CSV into a table of their own,
-- then bilateral.import_claims('my_source', 'my_staging') checks every row and adds them all, or
-- adds none and names the bad rows (bilateral.check_claims() lists every one).  One pass of plain
-- SQL, no subtransaction per row, so it is as interruptible and as bounded in memory as any query.
-- It runs with the caller's rights: the staging table (which must be the caller's own) is checked
-- with the caller's privileges; the source must be the caller's, and every row gets the caller as
-- owner (the column default).  The insert itself checks once what row level security would check
-- per row (import_claims_rows, below).  The staging
-- table's columns: docs/queries.md, "Importing claims in bulk".

CREATE FUNCTION bilateral.position_literal_problem(literal text) RETURNS text
    AS 'MODULE_PATHNAME', 'position_literal_problem' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_literal_problem(text) IS
    'Why the text is not a bilateral_position literal (the same message as the type''s input error), or NULL when it is one; never raises.';
GRANT EXECUTE ON FUNCTION bilateral.position_literal_problem(text) TO PUBLIC;

CREATE FUNCTION bilateral.partial_date_problem(value text) RETURNS text
    AS 'MODULE_PATHNAME', 'partial_date_problem' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.partial_date_problem(text) IS
    'Why the text is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD), or NULL when it is one; never raises.';
GRANT EXECUTE ON FUNCTION bilateral.partial_date_problem(text) TO PUBLIC;

CREATE FUNCTION bilateral.xml_text_ok(value text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'xml_text_ok' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.xml_text_ok(text) IS
    'The same test as xml_chars_ok() (no character XML 1.0 cannot hold), by the C core: what import_claims() runs on every value.';
GRANT EXECUTE ON FUNCTION bilateral.xml_text_ok(text) TO PUBLIC;

-- The staging table, read as text columns: rn (its row_number column, or the row's place in the
-- table's physical order: a \copy into a fresh table keeps the file's order), the position as a
-- literal (given, or assembled from its parts), the parts themselves, and the claim's other columns.
CREATE FUNCTION bilateral.claims_staging_query(claims regclass, numbered boolean) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    cols text[];
    typ  jsonb;
    allowed text[] := ARRAY['row_number', 'position', 'actor', 'counterpart', 'issue', 'stance', 'valid_from',
                            'valid_to', 'quote', 'quote_lang', 'statement_en', 'locator', 'general_knowledge', 'voice'];
    parts text[] := ARRAY['actor', 'counterpart', 'issue', 'stance'];
    unknown text;
    sel text;
BEGIN
    SELECT array_agg(a.attname::text ORDER BY a.attnum),
           jsonb_object_agg(a.attname, a.atttypid::regtype::text)
      INTO cols, typ
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = claims AND a.attnum > 0 AND NOT a.attisdropped;
    SELECT string_agg(format('%I', c), ', ') INTO unknown FROM unnest(cols) c WHERE c <> ALL (allowed);
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown column in staging table %: %', claims, unknown
            USING ERRCODE = '42703',
                  DETAIL = 'A staging table of claims has only the columns ' || array_to_string(allowed, ', ') || '.',
                  HINT = 'Rename or drop the column (docs/queries.md, "Importing claims in bulk").';
    END IF;
    IF NOT ('quote' = ANY (cols)) THEN
        RAISE EXCEPTION 'staging table % has no column quote', claims
            USING ERRCODE = '42703', DETAIL = 'Every claim carries the exact words of its source.',
                  HINT = 'Add a text column quote.';
    END IF;
    IF ('position' = ANY (cols)) = (cols && parts) OR (NOT ('position' = ANY (cols)) AND NOT (cols @> parts)) THEN
        RAISE EXCEPTION 'staging table % needs either a column position or the columns actor, counterpart, issue, stance', claims
            USING ERRCODE = '42703',
                  DETAIL = 'Found the columns ' || array_to_string(cols, ', ') || '.',
                  HINT = 'Give the position as one literal (position: ''JPN->RUS:peace_treaty:+2:2018-11/2019-01'') or in parts (actor, counterpart, issue, stance, valid_from, valid_to), not both.';
    END IF;
    -- every column of the canonical list, as text (NULL when the table lacks it); dates in ISO
    -- form whatever the session's DateStyle
    SELECT string_agg(CASE WHEN NOT (c = ANY (cols)) THEN format('NULL::text AS %I', c)
                           WHEN typ ->> c = 'date' THEN format('to_char(s.%1$I, ''YYYY-MM-DD'') AS %1$I', c)
                           ELSE format('s.%1$I::text AS %1$I', c) END, ', ' ORDER BY o)
      INTO sel FROM unnest(allowed) WITH ORDINALITY u(c, o) WHERE c NOT IN ('row_number', 'position');
    IF 'position' = ANY (cols) THEN
        sel := 's.position::text AS position, ' || sel;
    ELSE
        sel := 'concat(s.actor, ''->'', s.counterpart, '':'', s.issue, '':'', btrim(s.stance::text), '':'', '
                   || CASE WHEN 'valid_from' = ANY (cols) THEN
                          CASE WHEN typ ->> 'valid_from' = 'date' THEN 'coalesce(to_char(s.valid_from, ''YYYY-MM-DD''), ''..'')'
                               ELSE 'coalesce(nullif(btrim(s.valid_from::text), ''''), ''..'')' END
                      ELSE '''..''' END
                   || ', ''/'', '
                   || CASE WHEN 'valid_to' = ANY (cols) THEN
                          CASE WHEN typ ->> 'valid_to' = 'date' THEN 'coalesce(to_char(s.valid_to, ''YYYY-MM-DD''), ''..'')'
                               ELSE 'coalesce(nullif(btrim(s.valid_to::text), ''''), ''..'')' END
                      ELSE '''..''' END
                   || ') AS position, ' || sel;
    END IF;
    RETURN format('SELECT %s AS rn, %s FROM %s s',
                  CASE WHEN NOT numbered THEN 'NULL::bigint'
                       WHEN 'row_number' = ANY (cols) THEN 's.row_number::bigint'
                       ELSE 'row_number() OVER (ORDER BY s.ctid)' END,
                  sel, claims)
        || format(' /* %s */', CASE WHEN 'position' = ANY (cols) THEN 'literal' ELSE 'parts' END);
END
$$;
COMMENT ON FUNCTION bilateral.claims_staging_query(regclass, boolean) IS
    'internal: the query that reads a staging table of claims as text columns (rn, position literal, parts, quote, ...); refuses (42703) unknown or missing columns.';

-- One row per problem: (row number, column, value, reason), in row order.
CREATE FUNCTION bilateral.claims_problems_query(claims regclass, numbered boolean) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q text := bilateral.claims_staging_query(claims, numbered);
    cols text[];
    checks text[];
    xml_bad text := 'characters XML 1.0 cannot hold (U+0001-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF)';
BEGIN
    SELECT array_agg(a.attname::text) INTO cols
      FROM pg_catalog.pg_attribute a WHERE a.attrelid = claims AND a.attnum > 0 AND NOT a.attisdropped;
    IF 'position' = ANY (cols) THEN
        checks := ARRAY[
          $c$('position', r.position, CASE WHEN r.position IS NULL THEN 'missing'
               WHEN v.problem IS NOT NULL THEN v.problem
               WHEN bilateral.actor(v.pos) NOT IN (SELECT x.actor FROM bilateral.actor x) THEN format('the actor %s is not in the catalogue (bilateral.actor)', bilateral.actor(v.pos))
               WHEN bilateral.counterpart(v.pos) NOT IN (SELECT x.actor FROM bilateral.actor x) THEN format('the counterpart %s is not in the catalogue (bilateral.actor)', bilateral.counterpart(v.pos))
               WHEN bilateral.issue(v.pos) NOT IN (SELECT x.issue FROM bilateral.issue x) THEN format('the issue %s is not in the codebook (bilateral.issue)', bilateral.issue(v.pos)) END)$c$];
    ELSE
        checks := ARRAY[
          $c$('actor', r.actor, CASE WHEN r.actor IS NULL THEN 'missing' WHEN r.actor !~ '^[A-Z]{3}$' THEN 'not an actor code of three upper-case letters'
               WHEN r.actor NOT IN (SELECT x.actor FROM bilateral.actor x) THEN 'not in the catalogue (bilateral.actor)' END)$c$,
          $c$('counterpart', r.counterpart, CASE WHEN r.counterpart IS NULL THEN 'missing' WHEN r.counterpart !~ '^[A-Z]{3}$' THEN 'not an actor code of three upper-case letters'
               WHEN r.counterpart NOT IN (SELECT x.actor FROM bilateral.actor x) THEN 'not in the catalogue (bilateral.actor)' END)$c$,
          $c$('issue', r.issue, CASE WHEN r.issue IS NULL THEN 'missing' WHEN r.issue !~ '^[a-z][a-z0-9_]{0,31}$' THEN 'not a codebook code ([a-z][a-z0-9_]*, at most 32 characters)'
               WHEN r.issue NOT IN (SELECT x.issue FROM bilateral.issue x) THEN 'not in the codebook (bilateral.issue)' END)$c$,
          $c$('stance', r.stance, CASE WHEN r.stance IS NULL THEN 'missing'
               WHEN r.stance !~* '^\s*([+-]?[0-3]|hostile|adversarial|cool|neutral|pragmatic|cooperative|aligned)\s*$' THEN 'not a stance: -3 .. +3 or a label (hostile .. aligned)' END)$c$];
        IF 'valid_from' = ANY (cols) THEN
            checks := checks || text $c$('valid_from', r.valid_from, CASE WHEN nullif(btrim(r.valid_from), '') IS NOT NULL AND btrim(r.valid_from) <> '..' THEN bilateral.partial_date_problem(r.valid_from) END)$c$;
        END IF;
        IF 'valid_to' = ANY (cols) THEN
            checks := checks || text $c$('valid_to', r.valid_to, CASE WHEN nullif(btrim(r.valid_to), '') IS NOT NULL AND btrim(r.valid_to) <> '..' THEN bilateral.partial_date_problem(r.valid_to) END)$c$;
        END IF;
        -- what only the whole position shows (a period that ends before it starts, actor = counterpart),
        -- when every part is good on its own
        checks := checks || text $c$('position', r.position, CASE WHEN v.problem IS NOT NULL AND r.actor ~ '^[A-Z]{3}$' AND r.counterpart ~ '^[A-Z]{3}$'
               AND r.issue ~ '^[a-z][a-z0-9_]{0,31}$' AND r.stance ~* '^\s*([+-]?[0-3]|hostile|adversarial|cool|neutral|pragmatic|cooperative|aligned)\s*$'
               AND (r.valid_from_ok AND r.valid_to_ok) THEN v.problem END)$c$;
    END IF;
    checks := checks
        || (text $c$('quote', r.quote, CASE WHEN r.quote IS NULL OR btrim(r.quote) = '' THEN 'missing: every claim carries the exact words of its source'
               WHEN NOT bilateral.xml_text_ok(r.quote) THEN $c$ || quote_literal(xml_bad) || $c$ END)$c$);
    IF 'quote_lang' = ANY (cols) THEN
        checks := checks || text $c$('quote_lang', r.quote_lang, CASE WHEN r.quote_lang !~ '^[a-z]{2,3}$' THEN 'not a language code (ISO 639-1 or 639-3, lower case)' END)$c$;
    END IF;
    IF 'voice' = ANY (cols) THEN
        checks := checks || text $c$('voice', r.voice, CASE WHEN r.voice NOT IN ('state', 'public_opinion', 'elite', 'author_assessment', 'author_proposal') THEN 'not a voice: state, public_opinion, elite, author_assessment or author_proposal' END)$c$;
    END IF;
    IF 'statement_en' = ANY (cols) THEN
        checks := checks || (text $c$('statement_en', r.statement_en, CASE WHEN NOT bilateral.xml_text_ok(r.statement_en) THEN $c$ || quote_literal(xml_bad) || $c$ END)$c$);
    END IF;
    IF 'locator' = ANY (cols) THEN
        checks := checks || (text $c$('locator', r.locator, CASE WHEN NOT bilateral.xml_text_ok(r.locator) THEN $c$ || quote_literal(xml_bad) || $c$ END)$c$);
    END IF;
    IF 'general_knowledge' = ANY (cols) THEN
        checks := checks || (text $c$('general_knowledge', r.general_knowledge, CASE WHEN NOT bilateral.xml_text_ok(r.general_knowledge) THEN $c$ || quote_literal(xml_bad) || $c$ END)$c$);
    END IF;
    RETURN format($q$SELECT r.rn, p.col, left(p.val, 200), p.reason
  FROM (SELECT s.*%s FROM (%s) s) r
  CROSS JOIN LATERAL (SELECT bilateral.position_literal_problem(r.position) AS problem) v0
  CROSS JOIN LATERAL (SELECT v0.problem, CASE WHEN r.position IS NOT NULL AND v0.problem IS NULL
                                              THEN r.position::bilateral.bilateral_position END AS pos) v
  CROSS JOIN LATERAL (VALUES %s) p(col, val, reason)
 WHERE p.reason IS NOT NULL$q$,
        CASE WHEN 'position' = ANY (cols) THEN ''
             ELSE ', ' || CASE WHEN 'valid_from' = ANY (cols) THEN 'nullif(btrim(s.valid_from), '''') IS NULL OR btrim(s.valid_from) = ''..'' OR bilateral.partial_date_problem(s.valid_from) IS NULL' ELSE 'true' END
                  || ' AS valid_from_ok, '
                  || CASE WHEN 'valid_to' = ANY (cols) THEN 'nullif(btrim(s.valid_to), '''') IS NULL OR btrim(s.valid_to) = ''..'' OR bilateral.partial_date_problem(s.valid_to) IS NULL' ELSE 'true' END
                  || ' AS valid_to_ok' END,
        q, array_to_string(checks, ', '));
END
$$;
COMMENT ON FUNCTION bilateral.claims_problems_query(regclass, boolean) IS
    'internal: the query that lists the problems of a staging table of claims, one row per (row, column).';

CREATE FUNCTION bilateral.check_claims(claims regclass)
RETURNS TABLE (row_number bigint, column_name text, value text, reason text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY EXECUTE bilateral.claims_problems_query(claims, true) || ' ORDER BY 1, 2';
END
$$;
COMMENT ON FUNCTION bilateral.check_claims(regclass) IS
    'Every problem of a staging table of claims, one row per bad value: row number (its row_number column, or its place in the table), column, value (first 200 characters) and reason; no rows when import_claims() would add them all. Reads the table with the caller''s privileges.';
GRANT EXECUTE ON FUNCTION bilateral.check_claims(regclass) TO PUBLIC;

-- The insert itself runs as the extension's owner, past the row level security policies: their
-- checks cost a third of a millisecond per row (measured: 340 us; docs/benchmark.md), and for a
-- bulk import they are the same for every row, so they are made once here instead.  What the
-- insert_own policy checks row by row holds for every row: the source is the caller's and not
-- shipped (checked below), owner is the column default bilateral.calling_role() (the caller, not
-- the definer), shipped the default false, claim_id from the identity (above 999999).  Foreign
-- keys, checks and indexes apply as always.  The staging table must be the caller's own (owner,
-- or a member of the owning role), so that reading it here reads nothing the caller could not.
CREATE FUNCTION bilateral.check_staging_owner(claims regclass) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    owner_role oid;
    odd text;
BEGIN
    SELECT c.relowner INTO owner_role FROM pg_catalog.pg_class c WHERE c.oid = claims AND c.relkind = 'r';
    IF owner_role IS NULL THEN
        RAISE EXCEPTION '% is not a plain table', claims USING ERRCODE = '42809',
              HINT = 'Give the staging table you filled with \copy (not a view, a partitioned or a foreign table): CREATE TABLE ... AS SELECT ... makes one.';
    END IF;
    IF NOT pg_catalog.pg_has_role(bilateral.calling_role(), owner_role, 'MEMBER') THEN
        RAISE EXCEPTION 'staging table % is not yours', claims
            USING ERRCODE = '42501',
                  DETAIL = format('It belongs to %s; import_claims reads only tables of the calling role or of a role it is a member of.',
                                  pg_catalog.pg_get_userbyid(owner_role)),
                  HINT = 'Copy the rows into a table of your own (CREATE TABLE ... AS SELECT ...) and import that.';
    END IF;
    -- the insert reads the table with its owner's rights (import_claims_rows): only built-in column
    -- types, whose casts and output functions run no code of the caller's
    SELECT string_agg(format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod)), ', ') INTO odd
      FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
     WHERE a.attrelid = claims AND a.attnum > 0 AND NOT a.attisdropped
       AND t.typnamespace <> 'pg_catalog'::regnamespace
       AND NOT (t.typname = 'bilateral_position' AND t.typnamespace = 'bilateral'::regnamespace);
    IF odd IS NOT NULL THEN
        RAISE EXCEPTION 'staging table % has columns of types of its own: %', claims, odd
            USING ERRCODE = '42804',
                  HINT = 'Use text, integer or date columns (or bilateral_position for position), e.g. CREATE TABLE ... AS SELECT col::text ...';
    END IF;
END
$$;
COMMENT ON FUNCTION bilateral.check_staging_owner(regclass) IS
    'internal: refuses (42501) a staging table that does not belong to the calling role or a role it is a member of, (42809) what is not a plain table, and (42804) columns of types outside pg_catalog, so that reading it with the definer''s rights runs no code of the caller''s.';

CREATE FUNCTION bilateral.import_claims_rows(source_key text, claims regclass) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src record;
    n   bigint;
BEGIN
    PERFORM bilateral.check_staging_owner(claims);
    SELECT s.shipped, s.owner, s.language INTO src FROM bilateral.source s WHERE s.source_key = import_claims_rows.source_key;
    IF NOT FOUND OR src.shipped OR NOT bilateral.may_edit(src.owner) THEN
        RAISE EXCEPTION 'source "%" is not yours', import_claims_rows.source_key
            USING ERRCODE = '42501', HINT = 'Add a source of your own with bilateral.add_source() and import under it.';
    END IF;
    EXECUTE format($i$
        INSERT INTO bilateral.position_claim ("position", source_key, locator, quote, quote_lang, statement_en,
                                              general_knowledge, voice)
        SELECT v.pos, $1, r.locator, r.quote, coalesce(r.quote_lang, $2),
               coalesce(r.statement_en,
                        format('According to %%s, %%s holds a %%s (%%s) stance toward %%s on %%s from %%s to %%s.',
                               $1, bilateral.actor(v.pos), bilateral.stance_label(v.pos),
                               CASE WHEN bilateral.stance(v.pos) > 0 THEN '+' ELSE '' END || bilateral.stance(v.pos),
                               bilateral.counterpart(v.pos), bilateral.issue(v.pos),
                               coalesce(bilateral.valid_from(v.pos)::text, 'an open start'),
                               coalesce(bilateral.valid_to(v.pos)::text, 'an open end'))),
               r.general_knowledge, coalesce(r.voice, 'state')
          FROM (%s) r
          CROSS JOIN LATERAL (SELECT r.position::bilateral.bilateral_position AS pos) v$i$,
        bilateral.claims_staging_query(claims, false))
        USING import_claims_rows.source_key, src.language;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bilateral.import_claims_rows(text, regclass) IS
    'internal: the insert of import_claims(), past the row level security policies (SECURITY DEFINER) after checking once what they check per row: the caller''s own staging table and source; owner and shipped from the column defaults. Call import_claims(), which checks every row first.';
GRANT EXECUTE ON FUNCTION bilateral.import_claims_rows(text, regclass) TO PUBLIC;

CREATE FUNCTION bilateral.import_claims(source_key text, claims regclass) RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src  record;
    bad  bigint;
    first_rows text;
    n    bigint;
BEGIN
    IF source_key IS NULL OR claims IS NULL THEN
        RAISE EXCEPTION 'source_key and claims must not be null' USING ERRCODE = '22004';
    END IF;
    SELECT s.shipped, s.owner, s.language INTO src FROM bilateral.source s WHERE s.source_key = import_claims.source_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown source: "%"', import_claims.source_key
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    IF src.shipped OR NOT bilateral.may_edit(src.owner) THEN
        RAISE EXCEPTION 'source "%" is not yours', import_claims.source_key
            USING ERRCODE = '42501',
                  DETAIL = CASE WHEN src.shipped THEN 'It is a shipped source; shipped rows are read-only.'
                                ELSE format('It belongs to %s; only its owner and the members of the owning role add evidence under it.', src.owner) END,
                  HINT = 'Add a source of your own with bilateral.add_source() and import under it.';
    END IF;

    PERFORM bilateral.check_staging_owner(claims);

    -- every row checked, in one pass, with the caller's privileges; nothing is added unless all are good
    EXECUTE 'SELECT count(*) FROM (' || bilateral.claims_problems_query(claims, false) || ') x' INTO bad;
    IF bad > 0 THEN
        EXECUTE 'SELECT string_agg(format(''row %s, %s %s: %s'', rn, col, coalesce(quote_literal(left(val, 60)), ''(null)''), reason), E''\n'')'
             || ' FROM (' || bilateral.claims_problems_query(claims, true) || ' ORDER BY 1, 2 LIMIT 10) x(rn, col, val, reason)'
          INTO first_rows;
        RAISE EXCEPTION 'staging table % holds % bad values; no claim was added', claims, bad
            USING ERRCODE = '22000',
                  DETAIL = first_rows || CASE WHEN bad > 10 THEN format(E'\n... and %s more', bad - 10) ELSE '' END,
                  HINT = format('SELECT * FROM bilateral.check_claims(%L) lists every one; correct them and import again.', claims::text);
    END IF;

    RETURN bilateral.import_claims_rows(import_claims.source_key, claims);
END
$$;
COMMENT ON FUNCTION bilateral.import_claims(text, regclass) IS
    'Adds every row of a staging table of claims (docs/queries.md, "Importing claims in bulk") under one of the caller''s sources, owned by the caller; checks every row first and adds none when any is bad (SQLSTATE 22000, the first 10 problems in the detail; check_claims() lists them all). Returns the number of claims added. The staging table must be the caller''s own (42501 otherwise).';
GRANT EXECUTE ON FUNCTION bilateral.import_claims(text, regclass) TO PUBLIC;
