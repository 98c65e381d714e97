-- TEI import and export (docs/tei.md): an import and the rows it made, the
-- export's bytes, round trips (the example files, every shipped source, a new
-- key), every refusal with its message, hostile XML, and that a failed import
-- leaves nothing behind (no rows, no leaked memory, libxml2 still usable).
SET search_path TO bilateral, public;
SET datestyle TO ISO;
\getenv abs_srcdir PG_ABS_SRCDIR
\set en_file :abs_srcdir '/docs/examples/example_study.tei.xml'
\set es_file :abs_srcdir '/docs/examples/estudio_ejemplo.tei.xml'

-- 1. the skeleton of the issue, filled in: header, one stance, one event
SELECT * FROM import_tei($$<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc>
    <titleStmt><title>My study</title><author>A. Researcher</author></titleStmt>
    <publicationStmt><publisher>Self-published</publisher><date when="2019-05"/><idno type="bilateral">my_study</idno></publicationStmt>
    <sourceDesc><p>Notes from reading.</p></sourceDesc></fileDesc>
    <profileDesc><langUsage><language ident="en"/></langUsage></profileDesc></teiHeader>
  <standOff>
    <listRelation>
      <relation name="stance" active="#JPN" passive="#RUS" ana="#peace_treaty" n="2" from="2018-11" to="2019-01"><desc xml:lang="en">Abe and Putin agreed
        to speed up the talks.</desc></relation>
    </listRelation>
    <listEvent>
      <event when="2016-12-15" type="summit" corresp="#JPN #RUS"><label>Nagato summit</label><desc>the summit in Nagato</desc></event>
    </listEvent>
  </standOff>
  <text><body><p>The document itself.</p></body></text>
</TEI>$$);

-- the rows it made, as the views show them (users' rows: shipped = false, ids from 1000001)
SELECT source_key, title, author, publisher, published, published_precision, language, kind, shipped
FROM sources WHERE source_key = 'my_study';
SELECT claim_id > 999999 AS users_id, position, stance_label, valid_from, valid_to, quote, quote_lang,
       statement_en, locator, shipped
FROM positions WHERE source_key = 'my_study';
SELECT event_id > 999999 AS users_id, event_key, name_en, occurred_from, occurred_to, precision, actors,
       kind, quote, shipped
FROM events WHERE source_key = 'my_study';

-- its export, byte for byte; the same rows give the same bytes
SELECT export_tei('my_study');
SELECT export_tei('my_study')::text = export_tei('my_study')::text AS deterministic;

-- 2. the example files (English, and Spanish with its English glosses) go in and come out unchanged
SELECT * FROM import_tei(pg_read_file(:'en_file')::xml);
SELECT export_tei('example_study')::text = pg_read_file(:'en_file') AS english_unchanged;
SELECT * FROM import_tei(pg_read_file(:'es_file')::xml);
SELECT export_tei('estudio_ejemplo')::text = pg_read_file(:'es_file') AS spanish_unchanged;
-- quotes keep their own language (a Russian quote in an English study)
SELECT source_key, actor, counterpart, issue, stance, valid_from, valid_to, quote_lang, locator
FROM positions WHERE source_key IN ('example_study', 'estudio_ejemplo') ORDER BY claim_id;
SELECT source_key, event_key, occurred_from, occurred_to, from_precision, to_precision, general_knowledge IS NOT NULL AS gk
FROM events WHERE source_key IN ('example_study', 'estudio_ejemplo') ORDER BY event_id;

-- 3. round trip: import -> export -> import under a new key -> export gives the same document
SELECT * FROM import_tei(replace(export_tei('my_study')::text, '>my_study</idno>', '>my_study_again</idno>')::xml);
SELECT replace(export_tei('my_study_again')::text, '>my_study_again</idno>', '>my_study</idno>')
       = export_tei('my_study')::text AS round_trip_equal;
-- and for every shipped source, under a new key rt_<key>
CREATE TEMP TABLE round_trip (source_key text, claims int, events int, equal boolean);
DO $$
DECLARE
    s record;
    a text;
    b text;
BEGIN
    FOR s IN SELECT source_key FROM bilateral.source WHERE shipped ORDER BY source_key LOOP
        a := bilateral.export_tei(s.source_key)::text;
        INSERT INTO round_trip (source_key, claims, events)
        SELECT s.source_key, i.claims, i.events
          FROM bilateral.import_tei(replace(a, '>' || s.source_key || '</idno>',
                                            '>rt_' || s.source_key || '</idno>')::xml) i;
        b := replace(bilateral.export_tei('rt_' || s.source_key)::text,
                     '>rt_' || s.source_key || '</idno>', '>' || s.source_key || '</idno>');
        UPDATE round_trip SET equal = (a = b) WHERE source_key = s.source_key;
    END LOOP;
END
$$;
-- (the claims counted first, uncorrelated: on a distributed install Citus does not join them to a local table)
WITH c AS MATERIALIZED (SELECT source_key, count(*) AS n FROM position_claim GROUP BY source_key)
SELECT r.source_key, r.equal,
       r.claims = coalesce((SELECT c.n FROM c WHERE c.source_key = r.source_key), 0) AS all_claims,
       r.events = (SELECT count(*) FROM event e WHERE e.source_key = r.source_key) AS all_events
FROM round_trip r ORDER BY source_key;

-- 4. refusals: the element, its line and the bad value; nothing of the document stays
\set head '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Bad</title></titleStmt><publicationStmt><publisher/><date when="2019"/><idno type="bilateral">bad_doc</idno></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc><langUsage><language ident="en"/></langUsage></profileDesc></teiHeader>'
\set good '<relation name="stance" active="Japan" passive="Россия" ana="#energy" n="pragmatic" from="2016"><desc>a good claim</desc></relation>'
-- unknown actor (after a good claim: the good one must not stay)
SELECT * FROM import_tei((:'head' || '<standOff><listRelation>' || :'good' || E'\n<relation name="stance" active="#XYZ" passive="#RUS" ana="#peace_treaty" n="2"><desc>q</desc></relation></listRelation></standOff></TEI>')::xml);
-- unknown issue
SELECT * FROM import_tei((:'head' || '<standOff><listRelation>' || :'good' || E'\n<relation name="stance" active="#JPN" passive="#RUS" ana="#fishing" n="2"><desc>q</desc></relation></listRelation></standOff></TEI>')::xml);
-- stance 4
SELECT * FROM import_tei((:'head' || E'<standOff><listRelation>\n\n<relation name="stance" active="#JPN" passive="#RUS" ana="#peace_treaty" n="4"><desc>q</desc></relation></listRelation></standOff></TEI>')::xml);
-- impossible date
SELECT * FROM import_tei((:'head' || E'<standOff><listRelation>\n<relation name="stance" active="#JPN" passive="#RUS" ana="#peace_treaty" n="+1" from="2019-02-30"><desc>q</desc></relation></listRelation></standOff></TEI>')::xml);
-- a period that ends before it starts
SELECT * FROM import_tei((:'head' || E'<standOff><listRelation>\n<relation name="stance" active="#JPN" passive="#RUS" ana="#peace_treaty" n="0" from="2019" to="2018-06"><desc>q</desc></relation></listRelation></standOff></TEI>')::xml);
-- the same actor twice
SELECT * FROM import_tei((:'head' || E'<standOff><listRelation>\n<relation name="stance" active="#JPN" passive="Japón" ana="#peace_treaty" n="0"><desc>q</desc></relation></listRelation></standOff></TEI>')::xml);
-- a stance without its quote
SELECT * FROM import_tei((:'head' || E'<standOff><listRelation>\n<relation name="stance" active="#JPN" passive="#RUS" ana="#peace_treaty" n="0"/></listRelation></standOff></TEI>')::xml);
-- an event with an unknown actor, one without a date
SELECT * FROM import_tei((:'head' || E'<standOff><listEvent>\n<event when="2016-12-15" type="summit" corresp="#JPN #ZZZ"><label>x</label><desc>q</desc></event></listEvent></standOff></TEI>')::xml);
SELECT * FROM import_tei((:'head' || E'<standOff><listEvent>\n<event type="summit"><label>x</label><desc>q</desc></event></listEvent></standOff></TEI>')::xml);
-- missing source key
SELECT * FROM import_tei(replace(:'head' || '</TEI>', '<idno type="bilateral">bad_doc</idno>', '')::xml);
-- a key that exists (23505)
SELECT * FROM import_tei(replace(:'head' || '</TEI>', '>bad_doc</idno>', '>my_study</idno>')::xml);
-- not TEI: another root, or TEI outside the TEI namespace
SELECT * FROM import_tei('<html><body><p>hello</p></body></html>');
SELECT * FROM import_tei('<TEI><teiHeader/></TEI>');
-- well-formed XML content but not one document: libxml2's message, with the line
SELECT * FROM import_tei(E'<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>');
-- nothing of any refused document stayed
SELECT (SELECT count(*) FROM source WHERE source_key = 'bad_doc') AS sources,
       (SELECT count(*) FROM position_claim WHERE source_key = 'bad_doc' OR quote = 'a good claim') AS claims,
       (SELECT count(*) FROM event WHERE source_key = 'bad_doc') AS events;

-- 5. hostile XML
-- an external entity: refused with its DOCTYPE before it is declared; /etc/passwd is never read
SELECT * FROM import_tei($$<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>&x;</title></titleStmt></fileDesc></teiHeader></TEI>$$);
-- a DTD from the network: refused, never fetched
SELECT * FROM import_tei($$<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/tei_all.dtd"><TEI xmlns="http://www.tei-c.org/ns/1.0"/>$$);
-- XInclude is never processed: the included file does not appear in the quote
SELECT * FROM import_tei((replace(:'head', '>bad_doc<', '>xinclude_doc<') || '<standOff><listRelation><relation name="stance" active="#JPN" passive="#RUS" ana="#energy" n="1"><desc>before <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>after</desc></relation></listRelation></standOff></TEI>')::xml);
SELECT quote FROM positions WHERE source_key = 'xinclude_doc';
-- a small entity expansion that the xml type accepts still meets the DOCTYPE refusal
SELECT * FROM import_tei($$<!DOCTYPE TEI [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0">&lol2;</TEI>$$);
-- a depth bomb that the xml type accepts (200 levels): refused at depth 65
SELECT * FROM import_tei(('<TEI xmlns="http://www.tei-c.org/ns/1.0">' || repeat('<p>', 200) || repeat('</p>', 200) || '</TEI>')::xml);
-- a "billion laughs" DTD: the xml type's own check refuses it as an entity loop, at once
\set laughs '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>&lol9;</teiHeader></TEI>'
\set VERBOSITY terse
SELECT * FROM import_tei(:'laughs');
\set VERBOSITY default

-- values that never went through the xml type's parser (bytes cast straight to xml, as a
-- corrupt or hand-made datum would be) meet import_tei's own parser and limits
BEGIN;
CREATE CAST (bytea AS xml) WITHOUT FUNCTION;
SELECT clock_timestamp() AS t0 \gset
SAVEPOINT s;
SELECT * FROM import_tei(convert_to(:'laughs', 'UTF8')::xml);
ROLLBACK TO s;
SELECT clock_timestamp() - :'t0' < interval '2 seconds' AS billion_laughs_failed_fast;
SELECT * FROM import_tei(convert_to(E'<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n<fileDesc>\n</TEI>', 'UTF8')::xml);
ROLLBACK TO s;
SELECT * FROM import_tei(convert_to('<TEI xmlns="http://www.tei-c.org/ns/1.0">' || repeat('<p>', 100000) || '</TEI>', 'UTF8')::xml);
ROLLBACK TO s;
-- the size cap comes first: 11 MB of anything is refused before a byte is parsed
SELECT * FROM import_tei(convert_to(repeat('<p/>', 11 * 1024 * 256), 'UTF8')::xml);
ROLLBACK TO s;
SELECT clock_timestamp() - :'t0' < interval '10 seconds' AS all_failed_fast;
ROLLBACK;

-- 6. nothing leaks across aborted imports: after a warm-up, 300 failures (in the core's
-- reading, in libxml2's parsing, in SQL after a full parse) of a 400 kB document grow the
-- backend by less than 10 MB (a leaked parse would be over 40 MB), and libxml2 works afterwards
CREATE FUNCTION pg_temp.rss_kb() RETURNS bigint LANGUAGE sql AS
$$ SELECT substring(pg_read_file('/proc/self/status') FROM 'VmRSS:\s+(\d+)')::bigint $$;
CREATE FUNCTION pg_temp.fail_imports(n int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    big text := '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Leak</title></titleStmt><publicationStmt><date when="2019"/><idno type="bilateral">leak_doc</idno></publicationStmt></fileDesc><profileDesc><langUsage><language ident="en"/></langUsage></profileDesc></teiHeader><standOff><listEvent>'
        || '<event when="2016" type="summit" corresp="#NOPE"><label>x</label><desc>q</desc></event>'
        || repeat('<event when="2016" type="summit" corresp="#JPN #RUS"><label>a summit</label><desc>' || repeat('words ', 50) || '</desc></event>', 1000)
        || '</listEvent></standOff></TEI>';
    docs xml[] := ARRAY[big::xml,
                        replace(big, '<date when="2019"/>', '<date when="2019-13"/>')::xml,
                        (big || '<extra/>')::xml];
    failed int := 0;
BEGIN
    FOR i IN 1..n LOOP
        BEGIN
            PERFORM * FROM bilateral.import_tei(docs[1 + i % 3]);
        EXCEPTION WHEN OTHERS THEN
            failed := failed + 1;
        END;
    END LOOP;
    RETURN failed;
END
$$;
SELECT pg_temp.fail_imports(30) AS warm_up_failures;
SELECT pg_temp.rss_kb() AS rss0 \gset
SELECT pg_temp.fail_imports(300) AS failures;
SELECT pg_temp.rss_kb() - :rss0 < 10000 AS no_leak_over_300_aborted_imports;
SELECT xpath('/a/text()', '<a>libxml2 still fine</a>'::xml) AS after;
SELECT count(*) AS leak_doc_rows FROM source WHERE source_key = 'leak_doc';

-- 7. export: an unknown key
SELECT export_tei('no_such_source');

-- clean up the users' rows this test made
CREATE TEMP TABLE made AS
SELECT source_key FROM source
 WHERE NOT shipped AND (source_key IN ('my_study', 'my_study_again', 'example_study', 'estudio_ejemplo', 'xinclude_doc')
                        OR source_key IN (SELECT 'rt_' || r.source_key FROM round_trip r));
DELETE FROM position_claim WHERE source_key IN (SELECT source_key FROM made);
DELETE FROM event WHERE source_key IN (SELECT source_key FROM made);
DELETE FROM source WHERE source_key IN (SELECT source_key FROM made);
SELECT count(*) AS users_sources_left FROM made m JOIN source s USING (source_key);
