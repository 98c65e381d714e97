-- pgTAP: whatever the door accepts, export_tei writes and import_tei reads back (issue #22,
-- item 13).  One source holding every value class at the edges the door allows (a 63-character
-- source and event kind, a 1,000-character event key, every stance, voice and date precision, open
-- ends, several actors, non-ASCII text) is exported, imported under a new key and compared row by
-- row; a kind or key beyond the rule is refused at the door with 22023 and a short error.
BEGIN;
SELECT plan(9);

SELECT bilateral.add_source('rt_src', 'Título «ровно» 日本', 'A. Autor; B. Autorin', '2019-05-01', 'es',
                            publisher => 'Éditions & Co <x>', published_precision => 'month',
                            kind => repeat('k', 62) || '_', title_en => 'Title "exactly"');
SELECT bilateral.add_claim('rt_src', bilateral.make_position('JPN', 'RUS', 'peace_treaty', s, f, t), 'Cita ' || s || ' «q»',
                           statement_en => 'Statement ' || s, locator => 'p. ' || (s + 4))
  FROM (VALUES (-3, '1855', '1904-02'), (-2, '1945-08-09', NULL), (-1, NULL, '1956-10-19'), (0, '1991', '1991'),
               (1, '2016-12', '2018-11-14'), (2, '2019-01-22', '2019-01-22'), (3, NULL, NULL)) v(s, f, t);
UPDATE bilateral.position_claim SET voice = v
  FROM (VALUES (-2, 'public_opinion'), (-1, 'elite'), (0, 'author_assessment'), (1, 'author_proposal')) x(s, v)
 WHERE source_key = 'rt_src' AND bilateral.stance(position) = x.s;
SELECT bilateral.add_event('rt_src', 'e' || repeat('1', 999), 'A long-keyed event', repeat('z', 63), '1956-10', ARRAY['JPN', 'RUS', 'USA'],
                           'Cita del evento', occurred_to => '1956-12-12', locator => 'p. 9', general_knowledge => 'Wikipedia');
SELECT bilateral.add_event('rt_src', 'ev_year', 'A year', 'war', '1904', ARRAY['JPN', 'RUS'], 'Guerra');

SELECT throws_ok($$SELECT bilateral.add_event('rt_src', 'ev_long', 'x', repeat('k', 100), '1904', ARRAY['JPN', 'RUS'], 'q')$$,
                 '22023', 'invalid event kind: "' || repeat('k', 100) || '"',
                 'a 100-character kind is refused at the door (before: stored, exported, refused by the import)');
SELECT throws_ok($$SELECT bilateral.add_event('rt_src', 'ev_huge', 'x', repeat('k', 4000000), '1904', ARRAY['JPN', 'RUS'], 'q')$$,
                 '22023', NULL, 'a 4 MB kind too (before: stored)');
SELECT throws_ok($$SELECT bilateral.add_event('rt_src', 'e' || repeat('1', 1000), 'x', 'war', '1904', ARRAY['JPN', 'RUS'], 'q')$$,
                 '22023', NULL, 'an event key over 1,000 characters');
SELECT throws_ok($$SELECT bilateral.add_source('rt_bad', 't', 'a', '2019-01-01', 'en', kind => repeat('k', 64))$$,
                 '22023', NULL, 'a source kind over 63 characters');

SELECT lives_ok($$SELECT * FROM bilateral.import_tei(replace(bilateral.export_tei('rt_src')::text, '>rt_src<', '>rt_back<')::xml)$$,
                'the export imports under a new key');
SELECT is(replace(bilateral.export_tei('rt_back')::text, '>rt_back<', '>rt_src<'), bilateral.export_tei('rt_src')::text,
          'and exports to the same document');
SELECT set_eq($$SELECT title, title_en, author, publisher, published, published_precision, language, kind, note FROM bilateral.source WHERE source_key = 'rt_back'$$,
              $$SELECT title, title_en, author, publisher, published, published_precision, language, kind, note FROM bilateral.source WHERE source_key = 'rt_src'$$,
              'the source: every field');
SELECT set_eq($$SELECT position, quote, quote_lang, statement_en, locator, general_knowledge, voice FROM bilateral.position_claim WHERE source_key = 'rt_back'$$,
              $$SELECT position, quote, quote_lang, statement_en, locator, general_knowledge, voice FROM bilateral.position_claim WHERE source_key = 'rt_src'$$,
              'the claims: every stance, voice and precision, open ends');
SELECT set_eq($$SELECT event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, locator, quote, general_knowledge FROM bilateral.event WHERE source_key = 'rt_back'$$,
              $$SELECT event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, locator, quote, general_knowledge FROM bilateral.event WHERE source_key = 'rt_src'$$,
              'the events: a 63-character kind, a 1,000-character key, three actors');

SELECT * FROM finish();
ROLLBACK;
