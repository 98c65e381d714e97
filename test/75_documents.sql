-- pgTAP: documents with stand-off quotes (issue #24 item 1).  A source's text (add_document()); a
-- claim, an event or a figure that points at a span of it: the quote at the span must be the
-- document's text there under the quote normalisation, checked at the door (add_*() and plain
-- INSERTs alike), spans in characters (Russian, Japanese), bounded; the locator is derived.
-- docs/coding.md.
BEGIN;
SELECT plan(32);
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_doc_alice') THEN CREATE ROLE bl_doc_alice NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_doc_bob') THEN CREATE ROLE bl_doc_bob NOLOGIN; END IF;
END $$;
-- SQLSTATE and message of a statement's error, and its hint
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE s text; m text;
BEGIN EXECUTE q; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT; RETURN s || ' ' || m; END $f$;
CREATE FUNCTION pg_temp.hint(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE h text;
BEGIN EXECUTE q; RETURN NULL;
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT; RETURN h; END $f$;

SET ROLE bl_doc_alice;
SELECT bilateral.add_source('doc_ru', 'Декларация', 'A', '2019-05-01', 'ru');
SELECT bilateral.add_source('doc_ja', '宣言', 'A', '2019-05-01', 'ja');
SELECT bilateral.add_source('doc_en', 'Hyphens', 'A', '2019-05-01', 'en');
SELECT bilateral.add_source('doc_none', 'No text', 'A', '2019-05-01', 'en');
SELECT is(bilateral.add_document('doc_ru', 'Россия и Япония подписали декларацию в 1956 году.', NULL), 'doc_ru',
          'add_document() stores a text and returns its key');
SELECT bilateral.add_document('doc_ja', E'日ソ共同宣言は1956年に署名された。\n両国は平和条約を結ぶ。', 'ja');
SELECT bilateral.add_document('doc_en', E'Japan seeks bi-\n   lateral talks and anti-\nWestern   rhetoric\tfades.', 'en');
SELECT is((SELECT lang FROM bilateral.document WHERE source_key = 'doc_ru'), 'ru', 'lang NULL: the source''s language');
SELECT is((SELECT chars FROM bilateral.document WHERE source_key = 'doc_ru'), 49, 'chars counts characters');
SELECT ok((SELECT octet_length(body) FROM bilateral.document WHERE source_key = 'doc_ru') > 49, '(not bytes: Cyrillic takes two each)');

-- spans in characters: 'Япония' is characters 9 to 15 (bytes 16 to 28)
SELECT is(bilateral.document_text('doc_ru', 9, 15), 'Япония', 'document_text() at a span: characters from 0, end exclusive');
SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'Япония', span_start => 9, span_end => 15) AS ru_claim \gset
SELECT is((SELECT locator FROM bilateral.position_claim WHERE claim_id = :ru_claim), 'char=9,15',
          'the locator of a span is derived: char=START,END (RFC 5147)');
SELECT matches(pg_temp.err($$SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'Япония', span_start => 16, span_end => 28)$$),
               '^23514 ', 'byte offsets of the same word are refused: spans count characters');
SELECT is(bilateral.document_text('doc_ja', 0, 6), '日ソ共同宣言', 'Japanese: characters, not bytes');
SELECT bilateral.add_claim('doc_ja', 'JPN->RUS:peace_treaty:+2:1956/1956', '日ソ共同宣言', span_start => 0, span_end => 6) AS ja_claim \gset
SELECT is((SELECT quote FROM bilateral.position_claim WHERE claim_id = :ja_claim), '日ソ共同宣言', 'a Japanese quote at its span is stored');
SELECT bilateral.add_claim('doc_ja', 'JPN->RUS:peace_treaty:+2:1956/1956', NULL, span_start => 20, span_end => 30) AS ja_derived \gset
SELECT is((SELECT quote FROM bilateral.position_claim WHERE claim_id = :ja_derived), '両国は平和条約を結ぶ',
          'a quote left NULL is read from the document at the span (after a line break)');

-- the door: the quote must be the text at the span
SELECT matches(pg_temp.err($$SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'Китай', span_start => 9, span_end => 15)$$),
               '^23514 the quote is not the document''s text at span 9-15', 'another text at the span: 23514');
SELECT matches(pg_temp.hint($$SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'Китай', span_start => 9, span_end => 15)$$),
               'document_text', 'with a hint that shows how to read the text at the span');
SELECT matches(pg_temp.err($$SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'году.', span_start => 44, span_end => 50)$$),
               '^22023 span 44-50 is out of range', 'a span past the end: 22023');
SELECT matches(pg_temp.err($$SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'x', span_start => 5, span_end => 5)$$),
               '^22023 invalid span', 'an empty span: 22023');
SELECT matches(pg_temp.err($$SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'x', span_start => -1, span_end => 3)$$),
               '^22023 invalid span', 'a negative offset: 22023');
SELECT matches(pg_temp.err($$SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'x', span_start => 0, span_end => 10001)$$),
               '^54000 ', 'a span over 10,000 characters: 54000');
SELECT matches(pg_temp.err($$SELECT bilateral.add_claim('doc_ru', 'JPN->RUS:peace_treaty:+1:1956/1956', 'Япония', locator => 'line 3', span_start => 9, span_end => 15)$$),
               '^22023 a row with a span takes no locator', 'a typed locator beside a span: 22023');
SELECT matches(pg_temp.err($$SELECT bilateral.add_claim('doc_none', 'JPN->RUS:peace_treaty:+1:1956/1956', 'x', span_start => 0, span_end => 1)$$),
               '^23503 no document for source "doc_none"', 'a span of a source without a document: 23503');

-- the normalisation: runs of white space; a word hyphenated across a line break, joined or kept
SELECT ok(bilateral.check_span('doc_en', 0, 32, 'Japan seeks bilateral talks'),
          'white space runs and a line-end hyphen joined (bi-\n lateral: bilateral)');
SELECT ok(bilateral.check_span('doc_en', 37, 68, 'anti-Western rhetoric fades.'),
          'or kept (anti-\nWestern: anti-Western)');
SELECT matches(pg_temp.err($$SELECT bilateral.check_span('doc_en', 0, 32, 'Japan seeks bilateraltalks')$$),
               '^23514 ', 'but words are not run together');

-- plain INSERTs meet the same door (the insert policy), and the locator's CHECK
-- (on a distributed install the distribution column is given)
SELECT matches(pg_temp.err(format($$INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en, locator, span_start, span_end%s)
                             VALUES ('JPN->RUS:peace_treaty:+1:1956/1956', 'doc_ru', 'Китай', 'ru', 's', 'char=9,15', 9, 15%s)$$,
                                  CASE WHEN bilateral.is_distributed() THEN ', dyad' ELSE '' END,
                                  CASE WHEN bilateral.is_distributed() THEN ', ''JPN+RUS''' ELSE '' END)),
               '^23514 the quote is not', 'a plain INSERT with another text at the span: 23514');
SELECT matches(pg_temp.err(format($$INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en, locator, span_start, span_end%s)
                             VALUES ('JPN->RUS:peace_treaty:+1:1956/1956', 'doc_ru', 'Япония', 'ru', 's', 'line 1', 9, 15%s)$$,
                                  CASE WHEN bilateral.is_distributed() THEN ', dyad' ELSE '' END,
                                  CASE WHEN bilateral.is_distributed() THEN ', ''JPN+RUS''' ELSE '' END)),
               '^23514 .*position_claim_span', 'a plain INSERT with a typed locator: 23514 (the locator is derived)');
SELECT matches(pg_temp.err($$UPDATE bilateral.position_claim SET quote = 'Китай' WHERE claim_id = $$ || :ru_claim),
               '^23514 the quote is not', 'an UPDATE of the quote meets the door too');

-- events and figures point at spans alike
SELECT bilateral.add_event('doc_ru', 'decl_1956', 'The declaration', 'agreement', '1956', ARRAY['JPN', 'RUS'], NULL,
                           span_start => 0, span_end => 48) AS ev \gset
SELECT is((SELECT locator || ' ' || quote FROM bilateral.event WHERE event_id = :ev),
          'char=0,48 Россия и Япония подписали декларацию в 1956 году', 'add_event() with a span');
SELECT bilateral.add_indicator('doc_ja', 'signature_year', 'JPN', 'RUS', 1956, 1956, 'year', '1956年', span_start => 7, span_end => 12) AS ind \gset
SELECT is((SELECT locator FROM bilateral.indicator WHERE indicator_id = :ind), 'char=7,12', 'add_indicator() with a span');

-- documents are bounded, and only a source's owner adds its document
SELECT matches(pg_temp.err($$SELECT bilateral.add_document('doc_none', repeat('a', 10485761), 'en')$$),
               '^54000 document too large', 'over 10 MB: 54000');
SELECT matches(pg_temp.err($$SELECT bilateral.add_document('doc_ru', 'again', 'ru')$$), '^23505 ', 'one document per source');
RESET ROLE;
SET ROLE bl_doc_bob;
SELECT matches(pg_temp.err($$SELECT bilateral.add_document('doc_none', 'Bob''s text', 'en')$$), '^23503 unknown source',
               'another role''s source takes no document of bob''s (out of his scope, it is unknown to him)');
SET bilateral.include_owners = 'bl_doc_alice';
SELECT matches(pg_temp.err($$SELECT bilateral.add_document('doc_none', 'Bob''s text', 'en')$$), '^42501 ',
               'and once he reads alice''s rows: not his (42501)');
RESET bilateral.include_owners;
SELECT matches(pg_temp.err($$SELECT bilateral.add_document('pajon_ifri_2017', 'The text', 'en')$$), '^42501 ',
               'nor does a shipped source');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.document WHERE shipped), 0, 'the extension ships no document''s text');

SELECT * FROM finish();
ROLLBACK;
