-- src/sql/55_documents.sql: Documents and stand-off quotes: a source's text (bilateral.document, a
-- user's own: the project ships none), the quote normalisation, and the check that a quote equals
-- its document's text at a span.  Reference: docs/coding.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE TABLE bilateral.document (
    source_key text PRIMARY KEY REFERENCES bilateral.source,
    body       text NOT NULL CHECK (body <> ''),
    lang       text NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    shipped    boolean NOT NULL DEFAULT false,
    owner name DEFAULT bilateral.row_owner(),
    CONSTRAINT document_owner_check CHECK (shipped = (owner IS NULL)),
    -- bounded (docs/coding.md): add_document() refuses a larger text with 54000
    CONSTRAINT document_size CHECK (octet_length(body) <= 10485760),
    chars int GENERATED ALWAYS AS (length(body)) STORED
);
COMMENT ON TABLE bilateral.document IS
    'A source''s text, which quotes point into by character offsets (span_start, span_end of position_claim, event, indicator; codings of coding tasks). A user''s own; the extension ships none. At most 10 MB of UTF-8. docs/coding.md.';
COMMENT ON COLUMN bilateral.document.chars IS 'The text''s length in characters (Unicode code points), the unit of every span.';
COMMENT ON COLUMN bilateral.document.owner IS 'The role that owns the row (NULL for shipped rows); it and its members may change or delete it.';

CREATE FUNCTION bilateral.quote_normal(value text, hyphens text DEFAULT 'none') RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    -- white space: ASCII's and Unicode's spaces and line breaks (what Python's str.isspace() takes,
    -- as tools/test/quotes does), named one by one so that no locale changes the rule
    WITH ws(c) AS (SELECT E' \t\n\r\f\u000b\u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000')
    SELECT btrim(regexp_replace(
               CASE hyphens
                   WHEN 'join' THEN regexp_replace(value, '([[:alpha:]])-[' || replace(ws.c, E'\n', '') || ']*\n[' || ws.c || ']*([[:alpha:]])', '\1\2', 'g')
                   WHEN 'keep' THEN regexp_replace(value, '-[' || replace(ws.c, E'\n', '') || ']*\n[' || ws.c || ']*(?=[^' || ws.c || '])', '-', 'g')
                   ELSE value END,
               '[' || ws.c || ']+', ' ', 'g'), ' ')
      FROM ws
$$;
COMMENT ON FUNCTION bilateral.quote_normal(text, text) IS
    'The quote normalisation (docs/provenance.md): every run of white space, line breaks included, becomes one space, ends trimmed; hyphens => ''join'' also joins a word hyphenated across a line break (bi-\nlateral: bilateral), ''keep'' keeps the hyphen and drops the break (anti-\nWestern: anti-Western), ''none'' (a quote) neither.';
GRANT EXECUTE ON FUNCTION bilateral.quote_normal(text, text) TO PUBLIC;

CREATE FUNCTION bilateral.document_text(source_key text, span_start int DEFAULT NULL, span_end int DEFAULT NULL) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    d record;
BEGIN
    SELECT x.body, x.chars INTO d FROM bilateral.document x WHERE x.source_key = document_text.source_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no document for source "%"', bilateral.clip(document_text.source_key)
            USING ERRCODE = '23503',
                  HINT = 'Add its text with bilateral.add_document(source_key, body, lang); another role''s document shows once you SET bilateral.include_owners to that role.';
    END IF;
    IF span_start IS NULL AND span_end IS NULL THEN
        RETURN d.body;
    END IF;
    PERFORM bilateral.check_span_bounds(span_start, span_end);
    IF span_end > d.chars THEN
        RAISE EXCEPTION 'span %-% is out of range', span_start, span_end
            USING ERRCODE = '22023',
                  DETAIL = format('The document of "%s" has %s characters.', bilateral.clip(document_text.source_key), d.chars),
                  HINT = 'Spans count characters (Unicode code points, not bytes) from 0; span_end is the first character after the quote, at most the document''s length.';
    END IF;
    RETURN substr(d.body, span_start + 1, span_end - span_start);
END
$$;
COMMENT ON FUNCTION bilateral.document_text(text, int, int) IS
    'A source''s document, or its text at a span: characters (code points) span_start (from 0) to span_end (exclusive). Refuses an unknown document (23503), a bad span (22023) or one over 10,000 characters (54000).';
GRANT EXECUTE ON FUNCTION bilateral.document_text(text, int, int) TO PUBLIC;

CREATE FUNCTION bilateral.check_span_bounds(span_start int, span_end int) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF span_start IS NULL OR span_end IS NULL OR span_start < 0 OR span_end <= span_start THEN
        RAISE EXCEPTION 'invalid span: % to %', coalesce(span_start::text, 'NULL'), coalesce(span_end::text, 'NULL')
            USING ERRCODE = '22023',
                  HINT = 'A span is two character offsets, 0 <= span_start < span_end (end exclusive), counted in characters (Unicode code points) of the document.';
    END IF;
    IF span_end - span_start > 10000 THEN
        RAISE EXCEPTION 'span of % characters is too long', span_end - span_start
            USING ERRCODE = '54000', DETAIL = 'A span covers at most 10,000 characters.',
                  HINT = 'Point at the sentence or passage that supports the row, not at a whole section.';
    END IF;
    RETURN true;
END
$$;
COMMENT ON FUNCTION bilateral.check_span_bounds(int, int) IS
    'True for a span 0 <= span_start < span_end of at most 10,000 characters; raises 22023 or 54000 otherwise.';
GRANT EXECUTE ON FUNCTION bilateral.check_span_bounds(int, int) TO PUBLIC;

CREATE FUNCTION bilateral.check_span(source_key text, span_start int, span_end int, quote text) RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
-- on a distributed install the policy runs on the shard, and this reads bilateral.document there: a
-- reference table, of which every node holds a full copy (no effect without Citus)
SET citus.allow_nested_distributed_execution = on
AS $$
DECLARE
    at text := bilateral.document_text(source_key, span_start, span_end);
    q text := bilateral.quote_normal(quote, 'none');
BEGIN
    IF q IS NULL OR (q IS DISTINCT FROM bilateral.quote_normal(at, 'join') AND q IS DISTINCT FROM bilateral.quote_normal(at, 'keep')) THEN
        RAISE EXCEPTION 'the quote is not the document''s text at span %-%', span_start, span_end
            USING ERRCODE = '23514',
                  DETAIL = format('Quote: "%s"; the document of "%s" has there: "%s".', bilateral.clip(quote),
                                  bilateral.clip(source_key), bilateral.clip(at)),
                  HINT = 'Quote the document exactly (runs of white space and a word hyphenated across a line break aside, docs/coding.md), or correct the span: bilateral.document_text(source_key, span_start, span_end) shows the text there. Spans count characters, not bytes.';
    END IF;
    RETURN true;
END
$$;
COMMENT ON FUNCTION bilateral.check_span(text, int, int, text) IS
    'True when the quote equals the source''s document at the span under the quote normalisation (quote_normal()); raises otherwise: 23514 for another text, 22023 for a span out of range, 23503 without a document. The insert and update policies of position_claim, event and indicator run it for rows with a span.';
GRANT EXECUTE ON FUNCTION bilateral.check_span(text, int, int, text) TO PUBLIC;

-- the door of add_claim(), add_event() and add_indicator() for a row with a span: no locator given
-- (it is derived), the quote read from the document when NULL, and checked against it
CREATE FUNCTION bilateral.span_door(source_key text, span_start int, span_end int, given_locator text,
                                    given_quote text, OUT locator text, OUT quote text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF $4 IS NOT NULL THEN
        RAISE EXCEPTION 'a row with a span takes no locator'
            USING ERRCODE = '22023', HINT = 'The locator of a span is derived from it (char=START,END): pass locator => NULL.';
    END IF;
    quote := coalesce($5, bilateral.document_text($1, $2, $3));
    PERFORM bilateral.check_span($1, $2, $3, quote);
    locator := 'char=' || coalesce($2::text, '') || ',' || coalesce($3::text, '');
END
$$;
COMMENT ON FUNCTION bilateral.span_door(text, int, int, text, text) IS
    'What add_claim(), add_event() and add_indicator() do with a span: refuse a locator given beside it (22023), read the quote from the document when it is NULL, check it (check_span()) and return the derived locator (char=START,END) with the quote.';
GRANT EXECUTE ON FUNCTION bilateral.span_door(text, int, int, text, text) TO PUBLIC;

CREATE FUNCTION bilateral.add_document(source_key text, body text, lang text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src record;
BEGIN
    IF octet_length(body) > 10485760 THEN
        RAISE EXCEPTION 'document too large: % bytes', octet_length(body)
            USING ERRCODE = '54000', DETAIL = 'A document holds at most 10 MB (10,485,760 bytes) of UTF-8 text.',
                  HINT = 'Split the document into several sources (a chapter each, say).';
    END IF;
    IF body IS NULL OR body = '' THEN
        RAISE EXCEPTION 'a document needs its text'
            USING ERRCODE = '22023', HINT = 'Pass the document''s text as body.';
    END IF;
    SELECT s.language, s.shipped, s.owner INTO src FROM bilateral.source s WHERE s.source_key = add_document.source_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown source: "%"', bilateral.clip(add_document.source_key)
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    IF NOT bilateral.own_source(add_document.source_key) THEN
        RAISE EXCEPTION 'source "%" is not yours', bilateral.clip(add_document.source_key)
            USING ERRCODE = '42501',
                  HINT = 'A source''s document is added by its owner (or a member of the owning role); the shipped sources'' texts are not shipped: add the document under a source of your own.';
    END IF;
    IF EXISTS (SELECT 1 FROM bilateral.document d WHERE d.source_key = add_document.source_key) THEN
        RAISE EXCEPTION 'source "%" has a document already', bilateral.clip(add_document.source_key)
            USING ERRCODE = '23505',
                  HINT = 'A document is not replaced in place: delete it with bilateral.delete_row(''document'', source_key) and add it again; the spans of rows that point into it are not checked again.';
    END IF;
    IF coalesce(lang, src.language) !~ '^[a-z]{2,3}$' THEN
        RAISE EXCEPTION 'invalid language: "%"', bilateral.clip(lang)
            USING ERRCODE = '22023', HINT = 'Give an ISO 639-1 code (en, ru, ja) or NULL for the source''s language.';
    END IF;
    INSERT INTO bilateral.document (source_key, body, lang, shipped)
    VALUES (add_document.source_key, add_document.body, coalesce(add_document.lang, src.language), false);
    RETURN add_document.source_key;
END
$$;
COMMENT ON FUNCTION bilateral.add_document(text, text, text) IS
    'Stores the text of one of the caller''s sources (lang NULL: the source''s language), which claims, events, figures and codings then point into by character offsets; refuses over 10 MB (54000), a source not the caller''s (42501) or one with a document (23505). Returns the source key.';
GRANT EXECUTE ON FUNCTION bilateral.add_document(text, text, text) TO PUBLIC;
