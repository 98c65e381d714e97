-- pgTAP: EDTF in and out (issue #26, item 2; docs/edtf.md).  from_edtf() against every vector of
-- test/unit/edtf_vectors.sql (the EDTF specification's examples, python-edtf's and edtf.js's test
-- cases: what each reads as, or the SQLSTATE and detail of its refusal), to_edtf() writing each
-- back in its canonical form, the bounds of every shipped claim through to_edtf() and back, and
-- the errors of both.
BEGIN;
SELECT plan(41);
SET LOCAL search_path = bilateral, public;

SELECT has_function('bilateral', 'from_edtf', ARRAY['text'], 'from_edtf(text)');
SELECT has_function('bilateral', 'to_edtf', ARRAY['text'], 'to_edtf(text)');
SELECT has_function('bilateral', 'to_edtf', ARRAY['text', 'text', 'text', 'text', 'boolean'], 'to_edtf(text, text, text, text, boolean)');
SELECT has_function('bilateral', 'to_edtf', ARRAY['bilateral_position'], 'to_edtf(bilateral_position)');
SELECT is((SELECT array_agg(p.oid::regprocedure::text || ' ' || provolatile::text || proparallel::text || CASE WHEN proisstrict THEN ' strict' ELSE '' END ORDER BY 1)
             FROM pg_proc p WHERE pronamespace = 'bilateral'::regnamespace AND proname IN ('from_edtf', 'to_edtf')),
          ARRAY['from_edtf(text) is strict', 'to_edtf(text) is strict', 'to_edtf(bilateral_position) is strict',
                'to_edtf(text,text,text,text,boolean) is'],
          'all IMMUTABLE and PARALLEL SAFE; STRICT but for to_edtf() of a period, where NULL is an unknown end');

-- the vectors, as the C unit test reads them
CREATE TEMP TABLE edtf_vector (input text, outcome text, from_date text, to_date text,
                               from_qualifier text, to_qualifier text, detail text, source text);
\ir unit/edtf_vectors.sql
SELECT cmp_ok((SELECT count(*) FROM edtf_vector)::int, '>', 250, 'the vectors are loaded');
SELECT is((SELECT array_agg(DISTINCT s ORDER BY s) FROM edtf_vector, unnest(string_to_array(source, ' ')) s),
          ARRAY['bl', 'js', 'loc', 'py'], 'from the specification, python-edtf, edtf.js and the project');

-- an error as its SQLSTATE and detail (NULL when there is none)
CREATE FUNCTION pg_temp.failure(call text, OUT state text, OUT message text, OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE call;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
END
$$;

SELECT is_empty($$
    SELECT v.input, f.* FROM edtf_vector v, from_edtf(v.input) f
     WHERE v.outcome IN ('date', 'interval')
       AND (f.from_date, f.to_date, f.from_qualifier, f.to_qualifier, f.is_interval)
           IS DISTINCT FROM (v.from_date, v.to_date, v.from_qualifier, v.to_qualifier, v.outcome = 'interval')$$,
    'every vector read reads as its ends, qualifiers and kind');
SELECT is_empty($$
    SELECT v.input, v.outcome, v.detail, e.* FROM edtf_vector v, pg_temp.failure(format('SELECT bilateral.from_edtf(%L)', v.input)) e
     WHERE v.outcome NOT IN ('date', 'interval')
       AND (e.state IS DISTINCT FROM v.outcome OR strpos(e.detail, v.detail) = 0 OR e.hint IS NULL
            OR e.message NOT LIKE 'invalid EDTF value: %')$$,
    'every vector refused is refused with its SQLSTATE, a detail naming the part or the character, and a hint');
SELECT is((SELECT count(*) FROM edtf_vector v, pg_temp.failure(format('SELECT bilateral.from_edtf(%L)', v.input)) e
            WHERE v.outcome = '22007' AND e.detail ~ 'at character [0-9]+|after character [0-9]+|bytes long|empty')::int,
          (SELECT count(*) FROM edtf_vector WHERE outcome = '22007')::int,
          'every malformed value''s detail names a character position (or the length, or emptiness)');

-- written back: the canonical form (no blanks around, no -XX), which reads the same
SELECT is_empty($$
    SELECT v.input, w.edtf FROM edtf_vector v, from_edtf(v.input) f,
           LATERAL (SELECT to_edtf(f.from_date, f.to_date, f.from_qualifier, f.to_qualifier, f.is_interval) AS edtf) w
     WHERE v.outcome IN ('date', 'interval')
       AND (w.edtf IS DISTINCT FROM replace(btrim(v.input), '-XX', '')
            OR (SELECT row(g.*) FROM from_edtf(w.edtf) g) IS DISTINCT FROM row(f.*))$$,
    'to_edtf(from_edtf(x)) is x''s canonical form, and from_edtf() reads it as x');
SELECT is((SELECT count(*) FROM edtf_vector v, from_edtf(v.input) f
            WHERE v.outcome IN ('date', 'interval') AND v.input = replace(btrim(v.input), '-XX', '')
              AND to_edtf(f.from_date, f.to_date, f.from_qualifier, f.to_qualifier, f.is_interval) = v.input)::int,
          (SELECT count(*) FROM edtf_vector v WHERE v.outcome IN ('date', 'interval') AND v.input = replace(btrim(v.input), '-XX', ''))::int,
          'every canonical vector comes back exactly: to_edtf(from_edtf(x)) = x');

-- every shipped claim's bounds: out as EDTF, and back
SELECT cmp_ok((SELECT count(*) FROM position_claim)::int, '>', 100, 'the shipped claims are there');
SELECT is_empty($$
    SELECT c.claim_id, c.position, to_edtf(c.position) FROM position_claim c
     WHERE to_edtf(c.position) IS DISTINCT FROM split_part(c.position::text, ':', 4)$$,
    'to_edtf(position) is the period of its literal, FROM/TO with .. for an open bound');
SELECT is_empty($$
    SELECT c.claim_id, c.position, f.* FROM position_claim c, from_edtf(to_edtf(c.position)) f
     WHERE (f.from_date, f.to_date, f.from_qualifier, f.to_qualifier, f.is_interval)
           IS DISTINCT FROM (split_part(split_part(c.position::text, ':', 4), '/', 1),
                             split_part(split_part(c.position::text, ':', 4), '/', 2), NULL, NULL, true)
        OR make_position(actor(c.position), counterpart(c.position), issue(c.position), stance(c.position),
                         nullif(f.from_date, '..'), nullif(f.to_date, '..')) <> c.position$$,
    'from_edtf(to_edtf(p)) gives every shipped claim''s bounds back, and make_position() the claim');
SELECT ok((SELECT bool_or(to_edtf(position) ~ '^[0-9]{4}/') AND bool_or(to_edtf(position) ~ '^[0-9]{4}-[0-9]{2}/')
                  AND bool_or(to_edtf(position) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}/') FROM position_claim),
          'the claims cover year, month and day precisions (open ends: below, and in the vectors)');
SELECT is_empty($$
    SELECT t.treaty, to_edtf(split_part(t.treaty::text, ':', 1)) FROM treaty t, from_edtf(to_edtf(split_part(t.treaty::text, ':', 1))) f
     WHERE f.from_date IS DISTINCT FROM split_part(t.treaty::text, ':', 1) OR f.is_interval$$,
    'every shipped treaty''s signature date goes out and back as one EDTF date');

-- to_edtf(), by hand
SELECT is(to_edtf('1855'), '1855', 'a partial date is an EDTF date (an unknown literal goes to to_edtf(text))');
SELECT is(to_edtf(' 1956-10-19 '), '1956-10-19', 'blanks around a partial date are ignored, as partial_date_bounds() does');
SELECT is(to_edtf('JPN->RUS:territorial_dispute:-2:1956-10-19/..'::bilateral_position), '1956-10-19/..', 'a position''s period, open end as ..');
SELECT is(ARRAY[to_edtf('1855', '1904'), to_edtf('1855', NULL), to_edtf(NULL, '1904-02'), to_edtf('..', '..'), to_edtf(NULL, NULL)],
          ARRAY['1855/1904', '1855/', '/1904-02', '../..', '/'], 'a period: NULL is an unknown end (nothing), .. an open one');
SELECT is(to_edtf('1984', '2004-06', 'uncertain', 'uncertain_approximate'), '1984?/2004-06%', 'qualifiers are written ? ~ %');
SELECT is(to_edtf('1984', '1984', 'approximate', 'approximate', false), '1984~', 'a single date with its qualifier');
SELECT is(to_edtf(NULL::text), NULL, 'to_edtf(NULL::text) is NULL');
SELECT is(from_edtf(NULL) IS NULL, true, 'from_edtf(NULL) is NULL');

-- the errors
SELECT throws_ok($$SELECT bilateral.to_edtf('1855-13')$$, '22008', NULL, 'to_edtf() of a month that does not exist: 22008');
SELECT throws_ok($$SELECT bilateral.to_edtf('..')$$, '22007', NULL, 'a single date is not open: 22007');
SELECT throws_ok($$SELECT bilateral.to_edtf('1855', '1904', 'probably')$$, '22023', 'invalid EDTF qualifier: "probably"',
                 'an unknown qualifier: 22023');
SELECT throws_ok($$SELECT bilateral.to_edtf('..', '1904', 'approximate')$$, '22023', 'cannot write EDTF',
                 'a qualifier on an open end: 22023');
SELECT throws_ok($$SELECT bilateral.to_edtf('1904', '1855')$$, '22023', 'cannot write EDTF', 'a period that ends before it starts: 22023');
SELECT throws_ok($$SELECT bilateral.to_edtf('1855', '1856', is_interval => false)$$, '22023', 'cannot write EDTF',
                 'a single date with two values: 22023');
SELECT throws_ok($$SELECT bilateral.to_edtf('1855', '1904', NULL, NULL, NULL)$$, '22004', 'is_interval must not be null',
                 'is_interval NULL: 22004');
SELECT is((SELECT concat_ws(' | ', state, detail, hint) FROM pg_temp.failure($$SELECT bilateral.from_edtf('2001-21')$$)),
          concat_ws(' | ', '22P02', '"2001-21" is a season (spring 2001), which EDTF level 1 ties to no months; a partial date is a year, a month or a day.',
              'Write the months you mean as an interval, e.g. 2001-03/2001-05, or the year alone, e.g. 2001.'),
          'a season is refused, naming it, with what to write instead');
SELECT is((SELECT concat_ws(' | ', state, message, detail) FROM pg_temp.failure($$SELECT bilateral.from_edtf('1985-04-12T23:20:30Z')$$)),
          concat_ws(' | ', '22P02', 'invalid EDTF value: "1985-04-12T23:20:30Z"',
              'The time of day "T23:20:30Z" of "1985-04-12T23:20:30Z" cannot be held: a partial date is at finest a day.'),
          'a time of day is refused, naming it');
SELECT is((SELECT concat_ws(' | ', state, detail) FROM pg_temp.failure($$SELECT bilateral.from_edtf('-0044-03-15')$$)),
          concat_ws(' | ', '22P02', 'The year of "-0044-03-15" is 45 BC (EDTF counts 0000 as 1 BC); a partial date holds no year before 0001.'),
          'a year BC is refused, naming the year');
SELECT is((SELECT concat_ws(' | ', state, detail) FROM pg_temp.failure($$SELECT bilateral.from_edtf('1985-04-12/2004-0x')$$)),
          concat_ws(' | ', '22007', 'Unexpected "x" at character 18: a month has two digits (XX when unspecified).'),
          'a malformed value: the character and its position');
SELECT is((SELECT concat_ws(' | ', state, message) FROM pg_temp.failure($$SELECT bilateral.from_edtf('1904/1855')$$)),
          concat_ws(' | ', '22023', 'invalid EDTF value: "1904/1855"'), 'an interval that ends before it starts: 22023');

-- lengths: a long value is refused by its size, quoting 100 bytes of it at most
SELECT is((SELECT concat_ws(' | ', state, length(message) < 140, detail) FROM pg_temp.failure(format('SELECT bilateral.from_edtf(%L)', repeat('é', 5000000)))),
          concat_ws(' | ', '22007', true, 'The value is 10000000 bytes long; EDTF and partial dates are read up to 64 bytes.'),
          'a 10 MB value is refused at once, its quote cut short at a whole character');
SELECT is((SELECT state FROM pg_temp.failure(format('SELECT bilateral.from_edtf(%L)', repeat(' ', 60) || '1855/..'))),
          '22007', '65 bytes with blanks around are refused');
SELECT is((SELECT to_date FROM from_edtf(repeat(' ', 57) || '1855/..')), '..', '64 bytes with blanks around are read');

-- an unknown end is NULL, which make_position() would read as open: the literal refuses it
SELECT throws_ok($$SELECT format('JPN->RUS:peace_treaty:0:%s/%s', f.from_date, f.to_date)::bilateral.bilateral_position
                     FROM bilateral.from_edtf('1985/') f$$, '22P02', NULL,
                 'a position literal built from an unknown end is refused, not read as open');

SELECT * FROM finish();
ROLLBACK;
