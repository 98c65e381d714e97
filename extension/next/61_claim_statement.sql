-- 61_claim_statement.sql: the English statement a claim gets when none is given, written once.
--
-- add_claim() (and import_tei(), which calls it) and import_claims() each built it with their own
-- copy of the same format(); both now call default_statement_en().  Same text: the expression is
-- 1.5's, dates still written by the session's DateStyle (hence STABLE).  A body in SQL-standard form
-- without SET: parsed once, with every name qualified, and inlined into import_claims()' one INSERT
-- ... SELECT instead of called per row.

CREATE FUNCTION bilateral.default_statement_en(source_key text, "position" bilateral.bilateral_position)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN pg_catalog.format('According to %s, %s holds a %s (%s) stance toward %s on %s from %s to %s.',
                         source_key, bilateral.actor("position"), bilateral.stance_label("position"),
                         CASE WHEN bilateral.stance("position") OPERATOR(pg_catalog.>) 0 THEN '+' ELSE '' END
                         OPERATOR(pg_catalog.||) bilateral.stance("position"),
                         bilateral.counterpart("position"), bilateral.issue("position"),
                         coalesce(bilateral.valid_from("position")::pg_catalog.text, 'an open start'),
                         coalesce(bilateral.valid_to("position")::pg_catalog.text, 'an open end'));
COMMENT ON FUNCTION bilateral.default_statement_en(text, bilateral.bilateral_position) IS
    'The English statement add_claim() and import_claims() give a claim without one: According to <source>, <actor> holds a <label> (<stance>) stance toward <counterpart> on <issue> from <first day> to <last day>.';
GRANT EXECUTE ON FUNCTION bilateral.default_statement_en(text, bilateral.bilateral_position) TO PUBLIC;

-- add_claim: 1.5's, with the statement from default_statement_en()

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
                coalesce(add_claim.statement_en, bilateral.default_statement_en(add_claim.source_key, add_claim."position")),
                add_claim.general_knowledge, false)
        RETURNING claim_id INTO id;
    ELSE
        INSERT INTO bilateral.position_claim ("position", source_key, locator, quote, quote_lang,
                                              statement_en, general_knowledge, shipped)
        VALUES (add_claim."position", add_claim.source_key, add_claim.locator, add_claim.quote, lang,
                coalesce(add_claim.statement_en, bilateral.default_statement_en(add_claim.source_key, add_claim."position")),
                add_claim.general_knowledge, false)
        RETURNING claim_id INTO id;
    END IF;
    RETURN id;
END
$$;

-- import_claims_rows: 1.5's, with the statement from default_statement_en(), and naming the dyad on
-- a distributed install (bilateral.distribute()), where it is the distribution column, which a write
-- must give: 1.5 left it to the generated column of a single server, so import_claims() failed on
-- Citus ("the partition column ... should have a value").  On one server the insert is 1.5's.

CREATE OR REPLACE FUNCTION bilateral.import_claims_rows(source_key text, claims regclass) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src  record;
    n    bigint;
    dist boolean := bilateral.is_distributed();
BEGIN
    PERFORM bilateral.check_staging_owner(claims);
    SELECT s.shipped, s.owner, s.language INTO src FROM bilateral.source s WHERE s.source_key = import_claims_rows.source_key;
    IF NOT FOUND OR src.shipped OR NOT bilateral.may_edit(src.owner) THEN
        RAISE EXCEPTION 'source "%" is not yours', import_claims_rows.source_key
            USING ERRCODE = '42501', HINT = 'Add a source of your own with bilateral.add_source() and import under it.';
    END IF;
    EXECUTE format($i$
        INSERT INTO bilateral.position_claim ("position", source_key, locator, quote, quote_lang, statement_en,
                                              general_knowledge, voice%s)
        SELECT v.pos, $1, r.locator, r.quote, coalesce(r.quote_lang, $2),
               coalesce(r.statement_en, bilateral.default_statement_en($1, v.pos)),
               r.general_knowledge, coalesce(r.voice, 'state')%s
          FROM (%s) r
          CROSS JOIN LATERAL (SELECT r.position::bilateral.bilateral_position AS pos) v$i$,
        CASE WHEN dist THEN ', dyad' ELSE '' END,
        CASE WHEN dist THEN ', bilateral.dyad_key(v.pos)' ELSE '' END,
        bilateral.claims_staging_query(claims, false))
        USING import_claims_rows.source_key, src.language;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
