-- src/sql/58_citation.sql: citable answers (cite(), verify_citation()) and what each release did to
-- the shipped rows (data_release, data_change, data_changes()).  Reference: docs/queries.md,
-- "Citable answers" and "What changed between releases".
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE TABLE bilateral.data_release (
    release  text PRIMARY KEY CHECK (release ~ '^[0-9]+\.[0-9]+$'),
    previous text REFERENCES bilateral.data_release (release),
    note     text NOT NULL,
    shipped  boolean NOT NULL DEFAULT true CHECK (shipped)
);
COMMENT ON TABLE bilateral.data_release IS
    'One row per release of the shipped data (data/data_release.csv, tools/data-changes): the release before it and what it did to the rows, with where its reasons are written. Read-only: not a users'' table.';
GRANT SELECT ON bilateral.data_release TO PUBLIC;

CREATE TABLE bilateral.data_change (
    change_id  integer PRIMARY KEY,
    release    text NOT NULL REFERENCES bilateral.data_release (release),
    table_name text NOT NULL,
    row_key    text[] NOT NULL,
    change     text NOT NULL CHECK (change IN ('added', 'removed', 'changed')),
    field      text,
    old_value  text,
    new_value  text,
    source_key text,
    note       text,
    shipped    boolean NOT NULL DEFAULT true CHECK (shipped),
    CHECK ((change = 'changed') = (field IS NOT NULL))
);
COMMENT ON TABLE bilateral.data_change IS
    'Every shipped row a release added or removed, and every field it changed (data/data_change.csv, tools/data-changes): the row by its table and primary key (text forms), the old and new values, the row''s source, the reason recorded for it. Read it with bilateral.data_changes(). Read-only: not a users'' table.';
GRANT SELECT ON bilateral.data_change TO PUBLIC;

-- the changes of one row, and of one document's rows (verify_citation(): the claims and sources a
-- citation names)
CREATE INDEX data_change_row ON bilateral.data_change (table_name, (row_key[1]));

CREATE INDEX data_change_source ON bilateral.data_change (source_key);

CREATE FUNCTION bilateral.release_order(release text) RETURNS int[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN CASE WHEN release ~ '^[0-9]{1,9}(\.[0-9]{1,9})*$' THEN string_to_array(release, '.')::int[] END;
COMMENT ON FUNCTION bilateral.release_order(text) IS
    'A release''s number as an integer array, for ordering (1.9 before 1.10); NULL for what is no release number.';
GRANT EXECUTE ON FUNCTION bilateral.release_order(text) TO PUBLIC;

CREATE FUNCTION bilateral.current_data_release() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT release FROM bilateral.data_release ORDER BY bilateral.release_order(release) DESC LIMIT 1
$$;
COMMENT ON FUNCTION bilateral.current_data_release() IS
    'The data release this database holds: the newest release of bilateral.data_release (data/datapackage.json''s version when it was installed).';
GRANT EXECUTE ON FUNCTION bilateral.current_data_release() TO PUBLIC;

CREATE FUNCTION bilateral.check_release(release text, what text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF release IS NULL OR NOT EXISTS (SELECT 1 FROM bilateral.data_release r WHERE r.release = check_release.release) THEN
        RAISE EXCEPTION 'unknown data release for %: %', bilateral.clip(what), coalesce(quote_literal(bilateral.clip(release)), 'NULL')
            USING ERRCODE = '22023',
                  DETAIL = format('This database knows the releases %s.',
                                  (SELECT string_agg(r.release, ', ' ORDER BY bilateral.release_order(r.release)) FROM bilateral.data_release r)),
                  HINT = 'Give one of them; a newer release needs ALTER EXTENSION bilateral UPDATE.';
    END IF;
    RETURN release;
END
$$;
COMMENT ON FUNCTION bilateral.check_release(text, text) IS
    'Raises 22023 naming the known releases unless the release is one of bilateral.data_release; returns it.';
GRANT EXECUTE ON FUNCTION bilateral.check_release(text, text) TO PUBLIC;

CREATE FUNCTION bilateral.data_changes(from_release text, to_release text DEFAULT NULL)
RETURNS TABLE (release text, table_name text, row_key text[], change text, field text,
               old_value text, new_value text, source_key text, note text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    to_r text := coalesce(to_release, bilateral.current_data_release());
BEGIN
    PERFORM bilateral.check_release(from_release, 'from_release');
    PERFORM bilateral.check_release(to_r, 'to_release');
    IF bilateral.release_order(from_release) > bilateral.release_order(to_r) THEN
        RAISE EXCEPTION 'from_release % is newer than to_release %', from_release, to_r
            USING ERRCODE = '22023',
                  HINT = 'Give the older release first: data_changes(''1.2'', ''1.3'') lists what 1.3 did.';
    END IF;
    RETURN QUERY
    SELECT c.release, c.table_name, c.row_key, c.change, c.field, c.old_value, c.new_value, c.source_key,
           coalesce(c.note, 'release ' || r.release || ': ' || r.note, 'no reason recorded')
      FROM bilateral.data_change c
      JOIN bilateral.data_release r ON r.release = c.release
     WHERE bilateral.release_order(c.release) > bilateral.release_order(from_release)
       AND bilateral.release_order(c.release) <= bilateral.release_order(to_r)
     ORDER BY c.change_id;
END
$$;
COMMENT ON FUNCTION bilateral.data_changes(text, text) IS
    'Every shipped row the releases after from_release up to to_release (default: the one installed) added, removed or changed: (release, table_name, row_key, change, field, old_value, new_value, source_key, note), in the order the releases made them; note is the reason recorded for the row, else the release''s note. docs/queries.md.';
GRANT EXECUTE ON FUNCTION bilateral.data_changes(text, text) TO PUBLIC;

CREATE FUNCTION bilateral.canonical_number(number text) RETURNS text
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'canonical_number';
COMMENT ON FUNCTION bilateral.canonical_number(text) IS
    'A number''s text in the fingerprint''s canonical form (the C core): UNF''s exponential notation with every significant digit kept, +2.5e+0 for 2.50, +0.e+0 for every zero, +nan, +inf, -inf; 22P02 for what is no number.';
GRANT EXECUTE ON FUNCTION bilateral.canonical_number(text) TO PUBLIC;

CREATE FUNCTION bilateral.canonical_value(value json) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT octet_length(v)::text OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) v
      FROM (SELECT CASE json_typeof(value)
                       WHEN 'number' THEN 'n' OPERATOR(pg_catalog.||) bilateral.canonical_number(value::text)
                       WHEN 'boolean' THEN 'n' OPERATOR(pg_catalog.||) CASE WHEN value::text = 'true' THEN '+1.e+0' ELSE '+0.e+0' END
                       WHEN 'string' THEN 's' OPERATOR(pg_catalog.||)
                            CASE WHEN current_setting('server_encoding') = 'UTF8' THEN normalize(value #>> '{}', NFC) ELSE value #>> '{}' END
                       WHEN 'array' THEN 'j' OPERATOR(pg_catalog.||) (value::jsonb)::text
                       WHEN 'object' THEN 'j' OPERATOR(pg_catalog.||) (value::jsonb)::text
                       ELSE 'z' END) x(v)
$$;
COMMENT ON FUNCTION bilateral.canonical_value(json) IS
    'One value of a result row in the fingerprint''s canonical form: its length in bytes and a colon, then a class letter (n number or boolean, s string, j array or object, z NULL) and the canonical text (canonical_number(); strings in Unicode NFC; arrays and objects as jsonb writes them). docs/queries.md.';
GRANT EXECUTE ON FUNCTION bilateral.canonical_value(json) TO PUBLIC;

CREATE FUNCTION bilateral.canonical_row(row_json json) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(string_agg(bilateral.canonical_value(e.value), '' ORDER BY e.n), '')
      FROM json_each(row_json) WITH ORDINALITY e(key, value, n)
$$;
COMMENT ON FUNCTION bilateral.canonical_row(json) IS
    'A result row (as to_json() writes it, under cite()''s settings) in the fingerprint''s canonical form: its values'' canonical_value() in column order; column names are not part of it.';
GRANT EXECUTE ON FUNCTION bilateral.canonical_row(json) TO PUBLIC;

CREATE FUNCTION bilateral.result_fingerprint(rows_json text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'BLF:1:' OPERATOR(pg_catalog.||)
           encode(substr(sha256(coalesce(string_agg(h, ''::bytea ORDER BY h), ''::bytea)), 1, 16), 'base64')
      FROM (SELECT sha256(convert_to(bilateral.canonical_row(r::json), 'UTF8')) AS h
              FROM unnest(rows_json) r) x
$$;
COMMENT ON FUNCTION bilateral.result_fingerprint(text[]) IS
    'The fingerprint of a result given as its rows'' to_json() texts: SHA-256 of each row''s canonical_row(), the row hashes sorted (so the order of rows does not count, their number does), SHA-256 of them, its first 128 bits in base64 after BLF:1: (as UNF''s UNF:6:). docs/queries.md.';
GRANT EXECUTE ON FUNCTION bilateral.result_fingerprint(text[]) TO PUBLIC;

CREATE FUNCTION bilateral.bibtex_escape(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           replace(value, '\', '\textbackslash'),
           '([{}$&%#_])', '\\\1', 'g'),
           '\\textbackslash', '\\textbackslash{}', 'g'),
           '\^', '\\^{}', 'g'),
           '~', '\\~{}', 'g');
COMMENT ON FUNCTION bilateral.bibtex_escape(text) IS
    'A value for a BibTeX field: \ { } $ & % # _ ^ ~ escaped (\textbackslash{}, \{, \}, \$, \&, \%, \#, \_, \^{}, \~{}); other characters as they are (UTF-8).';
GRANT EXECUTE ON FUNCTION bilateral.bibtex_escape(text) TO PUBLIC;

CREATE FUNCTION bilateral.sources_bibtex(source_keys text[]) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT string_agg(format(E'@%s{%s,\n%s\n}', typ, s.source_key,
                             (SELECT string_agg(format('  %s = {%s}', f.k, bilateral.bibtex_escape(f.v)), E',\n' ORDER BY f.n)
                                FROM (VALUES (1, 'title', s.title),
                                             (2, 'author', s.author),
                                             (3, 'publisher', s.publisher),
                                             (4, 'year', extract(year FROM s.published)::text),
                                             (5, 'month', CASE WHEN s.published_precision <> 'year'
                                                               THEN (ARRAY['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec'])[extract(month FROM s.published)] END),
                                             (6, 'date', to_char(s.published, CASE s.published_precision WHEN 'year' THEN 'YYYY'
                                                                                   WHEN 'month' THEN 'YYYY-MM' ELSE 'YYYY-MM-DD' END)),
                                             (7, 'langid', s.language),
                                             (8, 'note', CASE WHEN s.title_en IS NOT NULL AND s.title_en <> s.title
                                                              THEN 'English title: ' OPERATOR(pg_catalog.||) s.title_en END),
                                             (9, 'keywords', s.kind)) f(n, k, v)
                               WHERE f.v IS NOT NULL)),
                      E'\n\n' ORDER BY s.source_key)
      FROM bilateral.source s,
           LATERAL (SELECT CASE s.kind WHEN 'journal_article' THEN 'article' WHEN 'book_chapter' THEN 'incollection'
                                       WHEN 'book' THEN 'book' WHEN 'report' THEN 'report' WHEN 'web_summary' THEN 'online'
                                       ELSE 'misc' END) t(typ)
     WHERE s.source_key = ANY (source_keys)
$$;
COMMENT ON FUNCTION bilateral.sources_bibtex(text[]) IS
    'The sources as BibTeX (biblatex fields): one entry per source, keyed by source_key, type from kind (article, incollection, book, report, online, misc), title, author, publisher, year, month and date at the published date''s precision, langid, the English title in note, kind in keywords; values escaped with bibtex_escape().';
GRANT EXECUTE ON FUNCTION bilateral.sources_bibtex(text[]) TO PUBLIC;

CREATE FUNCTION bilateral.sources_csl(source_keys text[]) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'id', s.source_key,
               'type', CASE s.kind WHEN 'journal_article' THEN 'article-journal' WHEN 'book_chapter' THEN 'chapter'
                                   WHEN 'book' THEN 'book' WHEN 'report' THEN 'report' WHEN 'web_summary' THEN 'webpage'
                                   ELSE 'document' END,
               'title', s.title,
               'author', CASE WHEN s.author IS NOT NULL THEN jsonb_build_array(jsonb_build_object('literal', s.author)) END,
               'publisher', s.publisher,
               'issued', jsonb_build_object('date-parts', jsonb_build_array(
                             (ARRAY[extract(year FROM s.published)::int]
                              OPERATOR(pg_catalog.||) CASE WHEN s.published_precision <> 'year' THEN ARRAY[extract(month FROM s.published)::int] ELSE '{}'::int[] END
                              OPERATOR(pg_catalog.||) CASE WHEN s.published_precision = 'day' THEN ARRAY[extract(day FROM s.published)::int] ELSE '{}'::int[] END))),
               'language', s.language,
               'note', CASE WHEN s.title_en IS NOT NULL AND s.title_en <> s.title
                            THEN 'English title: ' OPERATOR(pg_catalog.||) s.title_en END,
               'genre', s.kind)) ORDER BY s.source_key), '[]'::jsonb)
      FROM bilateral.source s
     WHERE s.source_key = ANY (source_keys)
$$;
COMMENT ON FUNCTION bilateral.sources_csl(text[]) IS
    'The sources as CSL-JSON (a jsonb array of items): id source_key, type from kind, title, author as a literal name, publisher, issued.date-parts at the published date''s precision ([[2017, 10]] for October 2017), language, the English title in note, kind in genre.';
GRANT EXECUTE ON FUNCTION bilateral.sources_csl(text[]) TO PUBLIC;

CREATE FUNCTION bilateral.cite(query text, search_path text DEFAULT 'bilateral, public', max_rows int DEFAULT 100000,
                               max_bytes bigint DEFAULT 67108864)
RETURNS TABLE (data_release text, extension_version text, fingerprint text, n_rows bigint,
               sources text[], claims bigint[], bibtex text, csl jsonb, citation jsonb)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q        text := regexp_replace(coalesce(query, ''), '[\s;]+$', '');
    rows_j   text[];
    n        bigint;
    bytes    bigint;
    state    text;
    msg      text;
    det      text;
    panel    jsonb;
BEGIN
    IF btrim(q) = '' THEN
        RAISE EXCEPTION 'cite() needs a query' USING ERRCODE = '22004',
              HINT = 'Pass the query whose answer you cite, e.g. cite(''SELECT * FROM bilateral.stance_history(''''JPN'''', ''''RUS'''', ''''peace_treaty'''')'').';
    END IF;
    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000000 OR max_bytes IS NULL OR max_bytes < 1 OR max_bytes > 1073741824 THEN
        RAISE EXCEPTION 'cite(): max_rows must be 1 to 10,000,000 and max_bytes 1 to 1 GB' USING ERRCODE = '22023',
              DETAIL = format('max_rows is %s, max_bytes %s.', coalesce(max_rows::text, 'NULL'), coalesce(max_bytes::text, 'NULL'));
    END IF;
    IF search_path IS NULL OR search_path ~ '[;]' THEN
        RAISE EXCEPTION 'cite(): invalid search_path: %', coalesce(quote_literal(bilateral.clip(search_path)), 'NULL')
              USING ERRCODE = '22023', HINT = 'Give a list of schemas, e.g. ''bilateral, public''.';
    END IF;
    -- The query runs in a subtransaction that is always rolled back: read-only (25006 for any
    -- write, by a statement or a function it calls), with fixed settings for the text of dates,
    -- times and numbers, under the citation's search path; only the rows' JSON leaves it.
    BEGIN
        PERFORM set_config('transaction_read_only', 'on', true);
        PERFORM set_config('TimeZone', 'UTC', true);
        PERFORM set_config('DateStyle', 'ISO, YMD', true);
        PERFORM set_config('IntervalStyle', 'postgres', true);
        PERFORM set_config('extra_float_digits', '1', true);
        PERFORM set_config('bytea_output', 'hex', true);
        PERFORM set_config('search_path', 'pg_catalog, ' || search_path || ', pg_temp', true);
        -- one query only: a cursor refuses several statements before running any
        DECLARE
            c refcursor;
        BEGIN
            OPEN c NO SCROLL FOR EXECUTE format(
                E'SELECT pg_catalog.array_agg(j), pg_catalog.count(*), pg_catalog.sum(pg_catalog.octet_length(j))\n'
                 'FROM (SELECT pg_catalog.to_json(q)::pg_catalog.text AS j FROM (\n%s\n) AS q LIMIT %s) AS s',
                q, max_rows + 1);
            FETCH c INTO rows_j, n, bytes;
            CLOSE c;
        END;
        RAISE EXCEPTION USING ERRCODE = 'BLC00';   -- roll the subtransaction back
    EXCEPTION
        WHEN SQLSTATE 'BLC00' THEN NULL;
        WHEN syntax_error OR invalid_cursor_definition THEN
            GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
            RAISE EXCEPTION 'cite() runs one query that returns rows, and this text is not one' USING ERRCODE = '42601',
                  DETAIL = format('%s (query: %s)', msg, bilateral.clip(query)),
                  HINT = 'Give a single SELECT, VALUES, TABLE or WITH ... SELECT, without a final semicolon or a second statement; INSERT, UPDATE, DELETE, COPY and other commands are not cited.';
        WHEN read_only_sql_transaction OR feature_not_supported THEN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
            IF state = '0A000' AND msg !~ 'data-modifying' THEN
                RAISE;
            END IF;
            RAISE EXCEPTION 'cite() runs the query read-only, and it tried to write' USING ERRCODE = '25006',
                  DETAIL = format('%s (query: %s)', msg, bilateral.clip(query)),
                  HINT = 'Cite a query that only reads: no SELECT ... FOR UPDATE/SHARE, no data-modifying WITH, no function that writes.';
    END;
    IF n > max_rows THEN
        RAISE EXCEPTION 'cite(): the answer has more than % rows', max_rows USING ERRCODE = '54000',
              DETAIL = format('query: %s', bilateral.clip(query)),
              HINT = 'Cite a narrower query (a WHERE, an aggregate), or raise max_rows (at most 10,000,000).';
    END IF;
    IF coalesce(bytes, 0) > max_bytes THEN
        RAISE EXCEPTION 'cite(): the answer is larger than % bytes', max_bytes USING ERRCODE = '54000',
              DETAIL = format('Its rows take %s bytes as JSON (query: %s).', bytes, bilateral.clip(query)),
              HINT = 'Cite a narrower query, or raise max_bytes (at most 1 GB).';
    END IF;
    rows_j := coalesce(rows_j, '{}');
    fingerprint := bilateral.result_fingerprint(rows_j);
    n_rows := n;
    -- the sources behind the rows: their source and claim columns ...
    SELECT array_agg(DISTINCT v ORDER BY v) INTO sources
      FROM (SELECT e.value AS v FROM unnest(rows_j) r, json_each_text(r::json) e
             WHERE e.key IN ('source_key', 'source_a', 'source_b') AND e.value IS NOT NULL
            UNION ALL
            SELECT a.v FROM unnest(rows_j) r, json_each(r::json) e, json_array_elements_text(e.value) a(v)
             WHERE e.key = 'sources' AND json_typeof(e.value) = 'array' AND a.v IS NOT NULL) x;
    SELECT array_agg(DISTINCT v::bigint ORDER BY v::bigint) INTO claims
      FROM (SELECT e.value AS v FROM unnest(rows_j) r, json_each_text(r::json) e
             WHERE e.key IN ('claim_id', 'claim_a', 'claim_b') AND e.value ~ '^[0-9]{1,18}$') x;
    -- ... and the claims a panel cell rests on (rows with actor1, actor2, year and issue: dyad_years())
    SELECT jsonb_agg(DISTINCT jsonb_build_object('a1', r::jsonb ->> 'actor1', 'a2', r::jsonb ->> 'actor2',
                                                 'y', (r::jsonb ->> 'year')::int, 'i', r::jsonb ->> 'issue'))
      INTO panel
      FROM unnest(rows_j) r
     WHERE r::jsonb ?& ARRAY['actor1', 'actor2', 'year', 'issue'] AND (r::jsonb ->> 'year') ~ '^[0-9]{1,4}$';
    IF panel IS NOT NULL THEN
        claims := ARRAY(SELECT DISTINCT x FROM unnest(claims || ARRAY(
                    SELECT c.claim_id FROM bilateral.position_claim c,
                           jsonb_to_recordset(panel) p(a1 text, a2 text, y int, i text)
                     WHERE ((c.claim_actor = p.a1 AND c.claim_counterpart = p.a2) OR (c.claim_actor = p.a2 AND c.claim_counterpart = p.a1))
                       AND (p.i IS NULL OR c.claim_issue = p.i) AND p.y BETWEEN 1 AND 9999
                       AND c."position" OPERATOR(bilateral.&&) daterange(make_date(p.y, 1, 1), make_date(p.y, 12, 31), '[]'))) x
                    ORDER BY x);
    END IF;
    IF claims IS NOT NULL AND cardinality(claims) > 0 THEN
        sources := ARRAY(SELECT DISTINCT x FROM unnest(coalesce(sources, '{}') || ARRAY(
                     SELECT c.source_key FROM bilateral.position_claim c WHERE c.claim_id = ANY (claims))) x ORDER BY x);
    END IF;
    sources := coalesce(sources, '{}');
    claims := coalesce(claims, '{}');
    data_release := bilateral.current_data_release();
    extension_version := (SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'bilateral');
    bibtex := bilateral.sources_bibtex(sources);
    csl := bilateral.sources_csl(sources);
    citation := jsonb_build_object('format', 'bilateral-citation/1', 'query', query, 'search_path', cite.search_path,
                                   'max_rows', max_rows, 'max_bytes', max_bytes,
                                   'data_release', data_release, 'extension_version', extension_version,
                                   'fingerprint', fingerprint, 'rows', n_rows, 'sources', to_jsonb(sources),
                                   'claims', to_jsonb(claims), 'cited_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION bilateral.cite(text, text, int, bigint) IS
    'Runs one read-only query (in a subtransaction rolled back after it, transaction_read_only on, fixed date and number settings, the given search_path) and returns what cites its answer: the data release, the extension version, the fingerprint of the rows (result_fingerprint(): independent of row order and client), the row count, the sources and claims behind the rows, those sources as BibTeX and CSL-JSON, and the whole as a citation (jsonb) for verify_citation(). 42601 for what is not one query, 25006 for a write, 54000 past max_rows or max_bytes. docs/queries.md.';
GRANT EXECUTE ON FUNCTION bilateral.cite(text, text, int, bigint) TO PUBLIC;

CREATE FUNCTION bilateral.verify_citation(citation jsonb)
RETURNS TABLE (same boolean, cited_release text, current_release text, cited_fingerprint text, current_fingerprint text,
               release text, table_name text, row_key text[], change text, field text, old_value text, new_value text, note text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    now_c   record;
    srcs    text[];
    clms    text[];
    found_any boolean := false;
    r       record;
BEGIN
    IF citation IS NULL OR jsonb_typeof(citation) <> 'object' OR citation ->> 'format' IS DISTINCT FROM 'bilateral-citation/1'
       OR jsonb_typeof(citation -> 'query') <> 'string' OR jsonb_typeof(citation -> 'fingerprint') <> 'string'
       OR jsonb_typeof(citation -> 'data_release') <> 'string' THEN
        RAISE EXCEPTION 'not a citation of bilateral.cite()' USING ERRCODE = '22023',
              DETAIL = format('got: %s', bilateral.clip(coalesce(citation::text, 'NULL'))),
              HINT = 'Pass the citation column of cite() as it was: a jsonb object with format bilateral-citation/1, query, fingerprint and data_release.';
    END IF;
    cited_release := bilateral.check_release(citation ->> 'data_release', 'the citation''s data_release');
    cited_fingerprint := citation ->> 'fingerprint';
    SELECT * INTO now_c FROM bilateral.cite(citation ->> 'query', coalesce(citation ->> 'search_path', 'bilateral, public'),
                                            coalesce((citation ->> 'max_rows')::int, 100000),
                                            coalesce((citation ->> 'max_bytes')::bigint, 67108864));
    current_release := now_c.data_release;
    current_fingerprint := now_c.fingerprint;
    same := current_fingerprint = cited_fingerprint;
    IF same THEN
        note := CASE WHEN cited_release = current_release THEN 'the answer is the same'
                     ELSE format('the answer is the same: the releases after %s up to %s did not change it', cited_release, current_release) END;
        RETURN NEXT;
        RETURN;
    END IF;
    -- what changed: the shipped rows of the releases since the citation among the sources and
    -- claims it named or the answer now names
    srcs := ARRAY(SELECT jsonb_array_elements_text(coalesce(citation -> 'sources', '[]'))) || now_c.sources;
    clms := ARRAY(SELECT jsonb_array_elements_text(coalesce(citation -> 'claims', '[]'))) || now_c.claims::text[];
    FOR r IN
        SELECT c.* FROM bilateral.data_change c
         WHERE bilateral.release_order(c.release) > bilateral.release_order(cited_release)
           AND bilateral.release_order(c.release) <= bilateral.release_order(current_release)
           AND ((c.table_name = 'position_claim' AND c.row_key[1] = ANY (clms))
                OR (c.table_name = 'source' AND c.row_key[1] = ANY (srcs))
                OR c.source_key = ANY (srcs))
         ORDER BY c.change_id
    LOOP
        found_any := true;
        release := r.release; table_name := r.table_name; row_key := r.row_key; change := r.change;
        field := r.field; old_value := r.old_value; new_value := r.new_value;
        note := coalesce(r.note, 'release ' || r.release || ': ' || (SELECT d.note FROM bilateral.data_release d WHERE d.release = r.release));
        RETURN NEXT;
    END LOOP;
    IF NOT found_any THEN
        note := CASE WHEN bilateral.release_order(cited_release) > bilateral.release_order(current_release)
                     THEN format('the citation was made on release %s, newer than this database''s %s: update the extension to verify it', cited_release, current_release)
                     ELSE format('no shipped row of the cited sources and claims changed between %s and %s: the difference comes from rows that are not shipped (your own, your groups'', or those bilateral.include_owners adds), the search path, or the extension''s code (version %s then, %s now)',
                                 cited_release, current_release, coalesce(citation ->> 'extension_version', 'unknown'),
                                 (SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'bilateral')) END;
        RETURN NEXT;
    END IF;
END
$$;
COMMENT ON FUNCTION bilateral.verify_citation(jsonb) IS
    'Runs a citation''s query again (cite()) and says whether the answer is the same (its fingerprint); if not, one row per shipped row that the releases since the cited one added, removed or changed among the sources and claims the citation or the new answer names, with its note; or one row saying that no shipped row explains it. docs/queries.md.';
GRANT EXECUTE ON FUNCTION bilateral.verify_citation(jsonb) TO PUBLIC;
