-- pgTAP: TEI import and export (docs/tei.md): the catalogue of the two functions and
-- their behaviour (rows made, round trip, all-or-nothing, SQLSTATEs of every refusal).
BEGIN;
SELECT plan(38);
SET search_path TO bilateral, public;

-- catalogue
SELECT has_function('bilateral', 'import_tei', ARRAY['xml'], 'import_tei(xml) exists');
SELECT has_function('bilateral', 'export_tei', ARRAY['text'], 'export_tei(text) exists');
SELECT function_returns('bilateral', 'import_tei', ARRAY['xml'], 'setof record', 'import_tei returns a table');
SELECT function_returns('bilateral', 'export_tei', ARRAY['text'], 'xml', 'export_tei returns xml');
SELECT function_lang_is('bilateral', 'import_tei', ARRAY['xml'], 'c', 'import_tei is C');
SELECT function_lang_is('bilateral', 'export_tei', ARRAY['text'], 'c', 'export_tei is C');
SELECT volatility_is('bilateral', 'import_tei', ARRAY['xml'], 'volatile', 'import_tei is volatile (it writes)');
SELECT volatility_is('bilateral', 'export_tei', ARRAY['text'], 'stable', 'export_tei is stable (it reads)');
SELECT is_strict('bilateral', 'import_tei', ARRAY['xml'], 'import_tei is strict');
SELECT is_strict('bilateral', 'export_tei', ARRAY['text'], 'export_tei is strict');
SELECT is((SELECT array_agg(p.proargnames::text ORDER BY p.proname)
             FROM pg_proc p WHERE p.pronamespace = 'bilateral'::regnamespace
              AND p.proname IN ('import_tei', 'export_tei')),
          ARRAY['{source_key}', '{doc,source_key,claims,events}', '{doc,source_key,claims,events}'],
          'argument and column names are the contract: doc (xml or text) -> (source_key, claims, events); source_key');
SELECT ok((SELECT bool_and(obj_description(p.oid, 'pg_proc') IS NOT NULL)
             FROM pg_proc p WHERE p.pronamespace = 'bilateral'::regnamespace
              AND p.proname IN ('import_tei', 'export_tei')),
          'both functions have a COMMENT');
SELECT ok((SELECT bool_and(has_function_privilege('public', p.oid, 'EXECUTE'))
             FROM pg_proc p WHERE p.pronamespace = 'bilateral'::regnamespace
              AND p.proname IN ('import_tei', 'export_tei')),
          'everyone may run both');

-- behaviour: an import and the rows it made
CREATE TEMP TABLE doc (name text PRIMARY KEY, body text);
INSERT INTO doc VALUES ('ok', $$<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc>
    <titleStmt><title>Estudio de prueba</title><title type="translated" xml:lang="en">A test study</title><author>Ana</author><author>Boris</author></titleStmt>
    <publicationStmt><publisher>Editorial</publisher><date when="2020-02-29"/><idno type="bilateral">tap_tei_study</idno></publicationStmt>
    <sourceDesc><bibl type="journal_article"/></sourceDesc></fileDesc>
    <profileDesc><langUsage><language ident="ES"/></langUsage></profileDesc></teiHeader>
  <standOff>
    <listRelation>
      <listRelation type="claim">
        <desc type="statement" xml:lang="en">Japan pragmatic toward Russia on energy from 2016.</desc>
        <desc type="locator">página 3</desc>
        <relation name="stance" active="Japón" passive="Россия" ana="#energy" n="PRAGMATIC" from="2016"><desc>Japón busca   gas ruso.</desc></relation>
      </listRelation>
      <relation name="stance" active="#RUS" passive="#JPN" ana="#territorial_dispute" n="-2" to="2019-06"><desc xml:lang="ru">Курилы — наши.</desc></relation>
      <relation name="friendship" active="#RUS" passive="#JPN"/>
    </listRelation>
    <listEvent>
      <event from="2018-11" to="2019" type="negotiations" corresp="#JPN #RUS"><label>Talks</label><desc>negociaciones</desc><note type="general_knowledge">ref</note></event>
    </listEvent>
  </standOff>
</TEI>$$);

SELECT results_eq($$SELECT * FROM import_tei((SELECT body FROM doc WHERE name = 'ok')::xml)$$,
                  $$VALUES ('tap_tei_study'::text, 2, 1)$$,
                  'import returns the key and the numbers of claims and events (other relations are not stances)');
SELECT results_eq($$SELECT title, title_en, author, publisher, published, published_precision, language, kind, shipped
                      FROM sources WHERE source_key = 'tap_tei_study'$$,
                  $$VALUES ('Estudio de prueba'::text, 'A test study'::text, 'Ana; Boris'::text, 'Editorial'::text,
                            DATE '2020-02-29', 'day'::text, 'es'::text, 'journal_article'::text, false)$$,
                  'the header became a user''s source');
SELECT results_eq($$SELECT position::text, quote, quote_lang, statement_en, locator, shipped
                      FROM positions WHERE source_key = 'tap_tei_study' ORDER BY claim_id$$,
                  $$VALUES ('JPN->RUS:energy:+1:2016/..'::text, 'Japón busca gas ruso.'::text, 'es'::text,
                            'Japan pragmatic toward Russia on energy from 2016.'::text, 'página 3'::text, false),
                           ('RUS->JPN:territorial_dispute:-2:../2019-06', 'Курилы — наши.', 'ru',
                            'According to tap_tei_study, RUS holds a adversarial (-2) stance toward JPN on territorial_dispute from an open start to 2019-06-30.',
                            NULL, false)$$,
                  'stances: names resolved, labels read, open ends, whitespace normalised, quote languages kept');
SELECT results_eq($$SELECT event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, quote, general_knowledge
                      FROM events WHERE source_key = 'tap_tei_study'$$,
                  $$VALUES ('negotiations_2018_11'::text, 'Talks'::text, 'negotiations'::text, DATE '2018-11-01', DATE '2019-12-31',
                            'month'::text, 'year'::text, ARRAY['JPN', 'RUS'], 'negociaciones'::text, 'ref'::text)$$,
                  'the event, with a key derived from its type and start');

-- export: deterministic, and a round trip under a new key gives the same document
SELECT is(export_tei('tap_tei_study')::text, export_tei('tap_tei_study')::text, 'same rows, same bytes');
SELECT matches(export_tei('tap_tei_study')::text,
               '<relation name="stance" active="#RUS" passive="#JPN" ana="#territorial_dispute" n="-2" notAfter="2019-06">',
               'an open start is left out, an end known to the month is @notAfter, the stance is signed');
SELECT lives_ok($$SELECT * FROM import_tei(replace(export_tei('tap_tei_study')::text, '>tap_tei_study<', '>tap_tei_again<')::xml)$$,
                'an export imports under a new key');
SELECT is(replace(export_tei('tap_tei_again')::text, '>tap_tei_again<', '>tap_tei_study<'),
          export_tei('tap_tei_study')::text, 'export -> import -> export gives the same document');
SELECT is((SELECT count(*)::int FROM position_claim WHERE source_key = 'tap_tei_again'), 2, 'all claims came back');

-- refusals and their SQLSTATEs; nothing of a refused document stays
CREATE TEMP TABLE bad (name text PRIMARY KEY, body text);
INSERT INTO bad
SELECT n, replace(replace((SELECT body FROM doc WHERE name = 'ok'), 'tap_tei_study', 'tap_tei_bad'), f, t)
  FROM (VALUES ('actor', 'passive="#JPN" ana="#territorial_dispute"', 'passive="#XYZ" ana="#territorial_dispute"'),
               ('issue', 'ana="#energy"', 'ana="#fishing"'),
               ('stance', 'n="-2"', 'n="4"'),
               ('date', 'from="2016"', 'from="2019-02-30"'),
               ('period', 'from="2016"', 'from="2016" to="2015"'),
               ('key', '<idno type="bilateral">tap_tei_bad</idno>', ''),
               ('event', 'corresp="#JPN #RUS"', 'corresp="#JPN #QQQ"')) v(n, f, t);
SELECT throws_ok($$SELECT * FROM import_tei((SELECT body FROM bad WHERE name = 'actor')::xml)$$, '22023',
                 'unknown actor: "XYZ"', 'unknown actor: 22023, actor_code''s own message (the element, line and value are its CONTEXT: test/41)');
SELECT throws_ok($$SELECT * FROM import_tei((SELECT body FROM bad WHERE name = 'issue')::xml)$$, '22023',
                 'unknown issue', 'unknown issue');
SELECT throws_ok($$SELECT * FROM import_tei((SELECT body FROM bad WHERE name = 'stance')::xml)$$, '22023',
                 'stance out of range in <relation> at line 14: n="4"', 'stance 4');
SELECT throws_ok($$SELECT * FROM import_tei((SELECT body FROM bad WHERE name = 'date')::xml)$$, '22023',
                 'impossible date in <relation> at line 12: from="2019-02-30"', 'impossible date');
SELECT throws_ok($$SELECT * FROM import_tei((SELECT body FROM bad WHERE name = 'period')::xml)$$, '22023',
                 'period ends before it starts in <relation> at line 12: to="2015"', 'a period ending before it starts');
SELECT throws_ok($$SELECT * FROM import_tei((SELECT body FROM bad WHERE name = 'key')::xml)$$, '22023',
                 'missing source key in <publicationStmt> at line 4', 'missing source key');
SELECT throws_ok($$SELECT * FROM import_tei((SELECT body FROM bad WHERE name = 'event')::xml)$$, '22023',
                 'unknown actor: "QQQ"', 'unknown actor in an event');
SELECT throws_ok($$SELECT * FROM import_tei((SELECT body FROM doc WHERE name = 'ok')::xml)$$, '23505',
                 'source key already exists', 'an existing key: 23505');
SELECT is((SELECT count(*)::int FROM source WHERE source_key = 'tap_tei_bad')
          + (SELECT count(*)::int FROM position_claim WHERE source_key = 'tap_tei_bad')
          + (SELECT count(*)::int FROM event WHERE source_key = 'tap_tei_bad'), 0,
          'nothing of a refused document stays');
SELECT throws_ok($$SELECT * FROM import_tei('<html/>')$$, '2200M', NULL, 'not TEI: 2200M');
SELECT throws_ok($$SELECT * FROM import_tei(E'<TEI xmlns="http://www.tei-c.org/ns/1.0"/>\n<x/>')$$, '2200M',
                 'TEI document is not well-formed XML', 'not one document: 2200M');
SELECT throws_ok($$SELECT * FROM import_tei('<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]><TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>')$$,
                 '2200M', 'document type declaration refused at line 1', 'external entity: refused, not read');
SELECT throws_ok($$SELECT * FROM import_tei(('<TEI xmlns="http://www.tei-c.org/ns/1.0">' || repeat('<p>', 100) || repeat('</p>', 100) || '</TEI>')::xml)$$,
                 '2200M', 'TEI document nested too deeply in <p> at line 1', 'depth bomb: 2200M');
SELECT throws_ok($$SELECT * FROM import_tei(('<TEI xmlns="http://www.tei-c.org/ns/1.0">' || repeat('<p/>', 2700000) || '</TEI>')::xml)$$,
                 '54000', 'TEI document too large', 'over 10 MB: 54000');
SELECT throws_ok($$SELECT export_tei('tap_no_such_source')$$, '22023', 'unknown source: "tap_no_such_source"',
                 'export of an unknown key: 22023');
SELECT ok(export_tei(NULL) IS NULL, 'export of NULL is NULL');

SELECT * FROM finish();
ROLLBACK;
