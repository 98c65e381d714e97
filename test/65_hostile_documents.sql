-- pgTAP: hostile and big documents through the TEI and SVG paths (docs/security.md, "Hostile
-- documents"): memory stays proportional to the document, a cancel or timeout ends an import
-- with PostgreSQL's own error, export_tei refuses an output PostgreSQL cannot return without
-- leaking it, errors quote a bounded part of a value, and both outputs are well-formed XML for
-- every stored value (a character XML 1.0 cannot hold is written as U+FFFD).
--
-- Memory is read from the backend's own /proc/self/status (superuser: pg_read_file): VmHWM is
-- the process's peak resident memory, VmRSS its current one.  The documents are built with
-- repeat(), so building them costs little beside the document itself.  No assertion is timed:
-- time growth is shown by bench/tei_growth.sh.
BEGIN;
SELECT plan(27);
SET search_path TO bilateral, public;
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.proc_kb(field text) RETURNS bigint LANGUAGE sql AS $$
  SELECT substring(pg_read_file('/proc/self/status') from field || ':\s*(\d+) kB')::bigint $$;
CREATE TEMP TABLE base AS SELECT pg_temp.proc_kb('VmHWM') AS hwm_kb;
-- the peak since the start of this file, in MB
CREATE FUNCTION pg_temp.peak_mb() RETURNS bigint LANGUAGE sql AS $$
  SELECT (pg_temp.proc_kb('VmHWM') - hwm_kb) / 1024 FROM base $$;

CREATE FUNCTION pg_temp.doc(key text, authors text, standoff text) RETURNS text LANGUAGE sql AS $$
  SELECT '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Hostile</title>'
    || authors || '</titleStmt><publicationStmt><date when="2019"/><idno type="bilateral">' || key
    || '</idno></publicationStmt></fileDesc><profileDesc><langUsage><language ident="en"/></langUsage>'
    || '</profileDesc></teiHeader><standOff>' || standoff || '</standOff></TEI>' $$;
CREATE FUNCTION pg_temp.rel(n text) RETURNS text LANGUAGE sql AS $$
  SELECT '<relation name="stance" active="#JPN" passive="#RUS" ana="#peace_treaty" n="' || n
    || '" when="2019"><desc>the quote</desc></relation>' $$;
-- SQLSTATE and message of an import, nothing kept
CREATE FUNCTION pg_temp.import_error(d text, OUT state text, OUT message text) LANGUAGE plpgsql AS $$
BEGIN
  PERFORM * FROM import_tei(d::xml);
  state := '00000';
EXCEPTION WHEN OTHERS OR query_canceled THEN  -- OTHERS alone lets a cancel through
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
END $$;

-- 1. memory proportional to the document (before: 10 GB, 1.5 GB, ~33 kB a claim)
SELECT is((pg_temp.import_error(pg_temp.doc('many_authors', repeat('<author>An author of the study</author>', 20000),
                                            '<listRelation>' || pg_temp.rel('9') || '</listRelation>'))).state,
          '22023', '20,000 <author>s (800 kB) are read to the end');
SELECT cmp_ok(pg_temp.peak_mb(), '<', 150::bigint,
              'joining 20,000 authors peaks under 150 MB (joined once, not one longer copy per author)');

SELECT is((pg_temp.import_error(pg_temp.doc('many_descs', '',
            '<listRelation type="claim">' || repeat('<desc type="other">not ours</desc>', 4000)
            || repeat(pg_temp.rel('+1'), 3999) || pg_temp.rel('9') || '</listRelation>'))).state,
          '22023', '4,000 relations beside 4,000 foreign <desc>s in one wrapper are read to the end');
SELECT cmp_ok(pg_temp.peak_mb(), '<', 150::bigint,
              'they peak under 150 MB (the wrapper''s <desc>s are read once, compared types are not kept)');

SELECT is((SELECT claims FROM import_tei(pg_temp.doc('many_claims', '<author>A</author>', '<listRelation type="stances">'
             || repeat('<listRelation type="claim"><desc type="locator">p. 1</desc>' || pg_temp.rel('+1')
             || '</listRelation>', 20000) || '</listRelation>')::xml)),
          20000, 'an ordinary import of 20,000 claims (4 MB)');
SELECT cmp_ok(pg_temp.peak_mb(), '<', 300::bigint,
              'it peaks under 300 MB, most of it the document''s tree (each row''s memory and query results are freed)');
SELECT is((SELECT count(*) FROM position_claim WHERE source_key = 'many_claims'), 20000::bigint, 'every claim is in');

-- 2. a timeout during an import is PostgreSQL's own error, not a TEI error about a row
CREATE TEMP TABLE slow AS
  SELECT pg_temp.doc('slow_import', '<author>A</author>', '<listRelation type="stances">'
           || repeat('<listRelation type="claim">' || pg_temp.rel('+1') || '</listRelation>', 45000)
           || '</listRelation>') AS d;
SET LOCAL statement_timeout = '1s';
SELECT is((e.state, e.message), ('57014'::text, 'canceling statement due to statement timeout'::text),
          'statement_timeout cancels a 45,000-claim import with 57014 and PostgreSQL''s own message')
FROM slow, pg_temp.import_error(d) e;
SET LOCAL statement_timeout = 0;
SELECT is((SELECT count(*) FROM source WHERE source_key = 'slow_import'), 0::bigint, 'and nothing of it is kept');

-- 3. what an error quotes is bounded
SELECT is((pg_temp.import_error(pg_temp.doc('long_actor', '', '<listRelation><relation name="stance" active="#'
             || repeat('x', 9000000) || '" passive="#RUS" ana="#peace_treaty" n="1" when="2019"><desc>q</desc></relation></listRelation>'))).state,
          '54000', 'a 9 MB @active is refused (since 1.9 before parsing: over 64 kB, test/72_tei_attribute_bounds.sql)');
SELECT cmp_ok(length((pg_temp.import_error(pg_temp.doc('long_actor', '', '<listRelation><relation name="stance" active="#'
             || repeat('x', 9000000) || '" passive="#RUS" ana="#peace_treaty" n="1" when="2019"><desc>q</desc></relation></listRelation>'))).message),
              '<', 2000, 'and its error quotes under 2,000 characters of it (before: 18 MB)');
SELECT cmp_ok(length((pg_temp.import_error(pg_temp.doc('bad_' || repeat('k', 5000000), '', ''))).message),
              '<', 2000, 'a 5 MB bad source key too');

-- the door's list is the core's (extension/next/62_xml_chars_in_core.sql): the regular expression
-- of 1.3-1.5 and the C function agree on every character of the Basic Multilingual Plane and beyond
SELECT is_empty($$
    SELECT c, xml_chars_ok(t), xml_text_ok(t)
      FROM (SELECT c, 'a' || chr(c) || 'b' AS t FROM generate_series(1, 65535) c WHERE c NOT BETWEEN 55296 AND 57343
            UNION ALL SELECT c, chr(c) FROM generate_series(1, 65535) c WHERE c NOT BETWEEN 55296 AND 57343
            UNION ALL SELECT c, chr(c) FROM unnest(ARRAY[65536, 131070, 131071, 1114109, 1114110, 1114111]) c) x
     WHERE xml_chars_ok(t) IS DISTINCT FROM (t !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
        OR xml_text_ok(t) IS DISTINCT FROM xml_chars_ok(t)$$,
    'xml_chars_ok and xml_text_ok answer as the regular expression of 1.3 on every character');
SELECT is((SELECT l.lanname || ':' || p.prosrc FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
            WHERE p.oid = 'xml_chars_ok(text)'::regprocedure), 'c:xml_text_ok',
          'xml_chars_ok is the C core''s list, as xml_text_ok');

-- 4. every stored value gives well-formed XML: a value stored before the door refused such
-- characters (simulated: the 1.3 door's constraints, if any, dropped inside this test)
SELECT throws_ok($$SELECT add_event('many_claims', 'summit_door', E'Summit \x01', 'summit', '2019-06-01',
                                    ARRAY['JPN', 'RUS'], 'q')$$, '23514', NULL,
                 'the door refuses a character XML cannot hold (event_xml_chars)');
ALTER TABLE source DROP CONSTRAINT IF EXISTS source_xml_chars;
ALTER TABLE position_claim DROP CONSTRAINT IF EXISTS position_claim_xml_chars;
ALTER TABLE event DROP CONSTRAINT IF EXISTS event_xml_chars;
DO $$ BEGIN
  PERFORM add_source('hostile_chars', E'Title \x01 with U+FFFE \uFFFE', E'Auth\x1For', DATE '2019-01-01', 'en',
                     note => E'note \uFFFF');
  PERFORM add_claim('hostile_chars', 'JPN->RUS:peace_treaty:+1:2019/2019', E'quote \x08 here', E'statement \x0B', E'p. \x0C');
  PERFORM add_event('hostile_chars', 'summit_x', E'Summit \x01', 'summit', '2019-06-01', ARRAY['JPN', 'RUS'],
                    E'a quote \x02');
END $$;
CREATE TEMP TABLE out AS SELECT export_tei('hostile_chars')::text AS tei,
                                timeline_svg('JPN', 'RUS', during => daterange('2018-01-01', '2020-01-01'))::text AS svg;
SELECT ok(xml_is_well_formed_document(tei), 'export_tei: well-formed with control characters and U+FFFE/U+FFFF stored') FROM out;
SELECT ok(tei !~ E'[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]', 'export_tei: none of them is written') FROM out;
SELECT is((SELECT count(*) FROM regexp_matches(tei, E'\uFFFD', 'g')), 9::bigint,
          'export_tei: each is written as U+FFFD (9 of them)') FROM out;
SELECT ok(position(E'<label>Summit \uFFFD</label>' IN tei) > 0, 'export_tei: in place, the rest of the value kept') FROM out;
SELECT ok(xml_is_well_formed_document(svg), 'timeline_svg: well-formed with an event named E''Summit \x01''') FROM out;
SELECT ok(svg !~ E'[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]' AND position(E'Summit \uFFFD' IN svg) > 0,
          'timeline_svg: the character is drawn as U+FFFD') FROM out;
SELECT lives_ok($$SELECT export_tei('hostile_chars')$$, 'export_tei does not fail for everyone because of one value');
-- the export reads back: the same rows, U+FFFD in place of each character
UPDATE out SET tei = replace(tei, '<idno type="bilateral">hostile_chars</idno>', '<idno type="bilateral">hostile_back</idno>');
SELECT is((SELECT (claims, events)::text FROM out, import_tei(tei::xml)), '(1,1)', 'the export imports back');
SELECT is((SELECT title FROM source WHERE source_key = 'hostile_back'), E'Title \uFFFD with U+FFFE \uFFFD',
          'with U+FFFD where the stored value had a character XML cannot hold');

-- 5. an output PostgreSQL cannot return is refused before it is built, and nothing leaks
DO $$ BEGIN PERFORM add_source('huge_title', repeat('&', 215000000), NULL, DATE '2019-01-01', 'en'); END $$;
CREATE FUNCTION pg_temp.export_state(key text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  PERFORM export_tei(key);
  RETURN '00000';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE;
END $$;
SELECT is(pg_temp.export_state('huge_title'), '54000', 'export_tei refuses a document over 1 GB (a 215 MB title of &) with 54000');
CREATE TEMP TABLE rss AS SELECT pg_temp.proc_kb('VmRSS') AS kb;
SELECT is(pg_temp.export_state('huge_title') || pg_temp.export_state('huge_title') || pg_temp.export_state('huge_title'),
          '540005400054000', 'three more times');
SELECT cmp_ok((pg_temp.proc_kb('VmRSS') - kb) / 1024, '<', 400::bigint,
              'three more refusals leave the backend''s memory where it was (before: +1 GB each)') FROM rss;

SELECT * FROM finish();
ROLLBACK;
