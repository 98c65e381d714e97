-- pgTAP: citable answers (issue #26, item 4).  cite() runs one read-only query and returns the data
-- release, the extension version, a fingerprint of the rows that depends neither on their order nor
-- on the client's settings, the sources and claims behind the rows, and those sources as BibTeX and
-- CSL-JSON; verify_citation() runs it again and names what a later release changed.
-- docs/queries.md, "Citable answers".
BEGIN;
SELECT plan(36);
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_cite_user') THEN CREATE ROLE bl_cite_user NOLOGIN; END IF; END $$;
CREATE TEMPORARY TABLE sp AS SELECT current_setting('search_path') AS s;
CREATE FUNCTION pg_temp.fp(q text) RETURNS text LANGUAGE sql AS $f$ SELECT fingerprint FROM bilateral.cite(q) $f$;

-- the canonical form
SELECT is(bilateral.canonical_number('2.50'), '+2.5e+0', 'canonical_number: 2.50 is +2.5e+0');
SELECT is(ARRAY[bilateral.canonical_number('2'), bilateral.canonical_number('2.000'), bilateral.canonical_number('0.2e1')],
          ARRAY['+2.e+0', '+2.e+0', '+2.e+0'], 'canonical_number: 2, 2.000 and 0.2e1 are one number');
SELECT throws_ok($$SELECT bilateral.canonical_number('2,5')$$, '22P02', NULL, 'canonical_number: what is no number is 22P02');
SELECT is(bilateral.canonical_row('{"a": 1, "b": "x", "c": null, "d": true}'), '7:n+1.e+02:sx1:z7:n+1.e+0',
          'canonical_row: each value''s byte length, a colon, class letter and canonical text, in column order');

-- the fingerprint: row order, client settings, types of the same number
SELECT is(pg_temp.fp($$SELECT claim_id, position, source_key FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01') ORDER BY claim_id$$),
          pg_temp.fp($$SELECT claim_id, position, source_key FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01') ORDER BY claim_id DESC$$),
          'the fingerprint does not depend on the order of the rows');
CREATE TEMPORARY TABLE fmt AS
SELECT pg_temp.fp($$SELECT TIMESTAMPTZ '2016-06-01 12:00:00+00' AS t, DATE '2016-06-01' AS d, 0.1::float8 AS f, INTERVAL '1 day 2 hours' AS i$$) AS a;
SET LOCAL DateStyle = 'SQL, DMY';
SET LOCAL TimeZone = 'Asia/Tokyo';
SET LOCAL extra_float_digits = 0;
SET LOCAL IntervalStyle = 'iso_8601';
SELECT is(pg_temp.fp($$SELECT TIMESTAMPTZ '2016-06-01 12:00:00+00' AS t, DATE '2016-06-01' AS d, 0.1::float8 AS f, INTERVAL '1 day 2 hours' AS i$$),
          (SELECT a FROM fmt), 'the fingerprint does not depend on the session''s DateStyle, TimeZone, IntervalStyle or extra_float_digits');
RESET DateStyle; RESET TimeZone; RESET extra_float_digits; RESET IntervalStyle;
SELECT is(pg_temp.fp('SELECT 2 AS x'), pg_temp.fp('SELECT 2.00::numeric AS y'), 'the same number as integer or numeric(…,2) has one fingerprint (column names do not count)');
SELECT isnt(pg_temp.fp('SELECT 2 AS x'), pg_temp.fp('SELECT 3 AS x'), 'a different answer has a different fingerprint');
SELECT isnt(pg_temp.fp('VALUES (1), (1)'), pg_temp.fp('VALUES (1)'), 'the number of equal rows counts');
SELECT isnt(pg_temp.fp($$VALUES ('a', 'bc')$$), pg_temp.fp($$VALUES ('ab', 'c')$$), 'values do not run into each other');
SELECT is(pg_temp.fp($$SELECT U&'\00e9' AS s$$), pg_temp.fp($$SELECT U&'e\0301' AS s$$), 'strings are compared in Unicode NFC');
SELECT matches(pg_temp.fp('SELECT 1'), '^BLF:1:[A-Za-z0-9+/]{22}==$', 'a fingerprint is BLF:1: and 128 bits in base64');

-- what a citation holds
CREATE TEMPORARY TABLE c1 AS
SELECT * FROM bilateral.cite($$SELECT claim_id, position, source_key FROM stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01')$$);
SELECT is((SELECT data_release FROM c1),
          (SELECT r.release FROM bilateral.data_release r WHERE NOT EXISTS (SELECT 1 FROM bilateral.data_release x WHERE x.previous = r.release)),
          'the data release is the last of bilateral.data_release, which no release follows');
SELECT is((SELECT extension_version FROM c1), (SELECT extversion FROM pg_extension WHERE extname = 'bilateral'), 'the extension version is pg_extension''s');
SELECT is((SELECT claims FROM c1),
          ARRAY(SELECT claim_id FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01') ORDER BY 1),
          'the claims are those of the rows'' claim_id column');
SELECT is((SELECT sources FROM c1),
          ARRAY(SELECT DISTINCT source_key FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01') ORDER BY 1),
          'the sources are those of the rows');
SELECT is((SELECT sources FROM bilateral.cite($$SELECT valid_from, sources FROM stance_history('JPN', 'RUS', 'peace_treaty')$$)),
          ARRAY(SELECT DISTINCT s FROM bilateral.stance_history('JPN', 'RUS', 'peace_treaty') h, unnest(h.sources) s ORDER BY 1),
          'the sources of an array column named sources (stance_history())');
SELECT ok((SELECT cardinality(claims) > 0 AND 100044 = ANY (claims)
             FROM bilateral.cite($$SELECT * FROM dyad_years(2016, 2016) WHERE actor1 = 'JPN' AND actor2 = 'RUS' AND issue = 'territorial_dispute'$$)),
          'a panel cell''s claims: the claims of its dyad, issue and year');
SELECT is((SELECT citation -> 'sources' FROM c1), to_jsonb((SELECT sources FROM c1)), 'the citation holds the sources');

-- BibTeX and CSL-JSON
SELECT matches((SELECT bilateral.sources_bibtex(ARRAY['pajon_ifri_2017'])),
               E'^@online\\{pajon_ifri_2017,\n  title = \\{Japan-Russia: The Limits of a Strategic Rapprochement\\},\n  author = \\{C[^\n]*\\},\n  publisher = \\{[^\n]*\\},\n  year = \\{2017\\},\n  month = \\{oct\\},\n  date = \\{2017-10\\},\n  langid = \\{en\\},\n  keywords = \\{web\\\\_summary\\}\n\\}$',
               'BibTeX: one entry, its type from the kind, the date at its precision');
SELECT is(bilateral.bibtex_escape(E'a_b & {c} 100% #1 $x ^ ~ \\'),
          E'a\\_b \\& \\{c\\} 100\\% \\#1 \\$x \\^{} \\~{} \\textbackslash{}', 'BibTeX: special characters escaped');
SELECT is(bilateral.sources_csl(ARRAY['pajon_ifri_2017', 'lafuente_2021']) #> '{0,issued,date-parts}', '[[2021]]'::jsonb,
          'CSL-JSON: issued.date-parts at the year''s precision');
SELECT is((bilateral.sources_csl(ARRAY['pajon_ifri_2017']) -> 0) - 'note' - 'publisher',
          '{"id": "pajon_ifri_2017", "type": "webpage", "genre": "web_summary", "title": "Japan-Russia: The Limits of a Strategic Rapprochement", "author": [{"literal": "Céline Pajon (Ifri, Center for Asian Studies)"}], "issued": {"date-parts": [[2017, 10]]}, "language": "en"}'::jsonb,
          'CSL-JSON: an item with id, type, title, author, issued at the month');

-- what cite() refuses, and that it leaves the session as it was
SELECT throws_ok($$SELECT * FROM bilateral.cite('SELECT 1; SELECT 2')$$, '42601', 'cite() runs one query that returns rows, and this text is not one', 'two statements: 42601');
SELECT throws_ok($$SELECT * FROM bilateral.cite('DELETE FROM bilateral.source')$$, '42601', NULL, 'DELETE: 42601');
SELECT throws_ok($$SELECT * FROM bilateral.cite('COPY bilateral.source TO STDOUT')$$, '42601', NULL, 'COPY: 42601');
SELECT throws_ok($$SELECT * FROM bilateral.cite('WITH d AS (DELETE FROM bilateral.source RETURNING 1) SELECT * FROM d')$$, '25006',
                 'cite() runs the query read-only, and it tried to write', 'a data-modifying WITH: 25006');
SELECT throws_ok($$SELECT * FROM bilateral.cite('SELECT * FROM bilateral.source FOR UPDATE')$$, '25006', NULL, 'SELECT ... FOR UPDATE: 25006');
SELECT throws_ok($$SELECT * FROM bilateral.cite('SELECT bilateral.add_issue(''cite_test'', ''x'', ''x'')')$$, '25006', NULL, 'a function that writes: 25006');
SELECT throws_ok($$SELECT * FROM bilateral.cite('SELECT * FROM generate_series(1, 200)', max_rows => 100)$$, '54000',
                 'cite(): the answer has more than 100 rows', 'more rows than max_rows: 54000');
SELECT throws_ok($$SELECT * FROM bilateral.cite('SELECT repeat(''x'', 5000)', max_bytes => 1000)$$, '54000', NULL, 'more bytes than max_bytes: 54000');
SELECT is(current_setting('transaction_read_only') || ' ' || current_setting('search_path'), 'off ' || (SELECT s FROM sp),
          'after cite() the transaction writes again and the search path is the caller''s');

-- a test release: the extension's owner changes a shipped claim and records it as a release would
CREATE TEMPORARY TABLE cited AS
SELECT citation FROM bilateral.cite($$SELECT claim_id, position, source_key FROM stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01')$$);
SELECT is((SELECT same FROM bilateral.verify_citation((SELECT citation FROM cited))), true, 'a citation verifies on its own release');
INSERT INTO bilateral.data_release (release, previous, note)
VALUES ('99.0', bilateral.current_data_release(), 'a test release');
CREATE TEMPORARY TABLE before AS SELECT claim_id, position::text AS p FROM bilateral.position_claim WHERE claim_id = 100044;
UPDATE bilateral.position_claim
   SET position = regexp_replace(position::text, ':[-+]?[0-3]:', CASE WHEN bilateral.stance(position) = -3 THEN ':-2:' ELSE ':-3:' END)::bilateral.bilateral_position
 WHERE claim_id = 100044;
INSERT INTO bilateral.data_change (change_id, release, table_name, row_key, change, field, old_value, new_value, source_key, note)
SELECT 999999, '99.0', 'position_claim', ARRAY['100044'], 'changed', 'position', b.p, c.position::text, c.source_key, 'the test''s correction'
  FROM before b JOIN bilateral.position_claim c USING (claim_id);
SELECT results_eq(
    $$SELECT same, cited_release, current_release, release, table_name, row_key, field, note FROM bilateral.verify_citation((SELECT citation FROM cited))$$,
    $$VALUES (false, (SELECT citation ->> 'data_release' FROM cited), '99.0', '99.0', 'position_claim', ARRAY['100044'], 'position', 'the test''s correction')$$,
    'after a test release verify_citation() says the answer changed and names the changed claim');
SELECT throws_ok($$SELECT * FROM bilateral.verify_citation('{"format": "bilateral-citation/1", "query": "SELECT 1", "fingerprint": "x", "data_release": "0.1"}')$$,
                 '22023', NULL, 'a citation of an unknown release: 22023');
SELECT throws_ok($$SELECT * FROM bilateral.verify_citation('{"query": "SELECT 1"}')$$, '22023', 'not a citation of bilateral.cite()', 'what is no citation: 22023');

SELECT * FROM finish();
ROLLBACK;
