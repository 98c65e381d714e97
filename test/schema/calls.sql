-- test/schema/calls.sql - run by tools/test/library-schema.sh in a fresh database where
-- CREATE EXTENSION bilateral VERSION '...' has just run (any release), with psql variable
-- tei_doc (test/schema/fixture.tei.xml).  Test scaffolding in the schema library_schema_test
-- of that throwaway database, not part of the extension.  Prints one psql script: one
-- statement per call of every C function of the library that this database's catalogue
-- declares, each printing "id <TAB> state <TAB> message <TAB> hint <TAB> md5 <TAB> answer".
SET client_min_messages = warning;
SET search_path = pg_catalog, public;
CREATE SCHEMA library_schema_test;

-- sample arguments: an SQL expression per argument name and type (argname NULL: any name)
CREATE TABLE library_schema_test.sample (argname text, typ text NOT NULL, expr text NOT NULL);
INSERT INTO library_schema_test.sample VALUES
  (NULL,           'text',                         $$'JPN'$$),
  ('counterpart',  'text',                         $$'RUS'$$),
  ('issue',        'text',                         $$'peace_treaty'$$),
  ('source_key',   'text',                         $$'pajon_ifri_2017'$$),
  ('valid_from',   'text',                         $$'2016'$$),
  ('valid_to',     'text',                         $$'2018-05'$$),
  ('signed',       'text',                         $$'1956-10-19'$$),
  ('slug',         'text',                         $$'joint_declaration'$$),
  ('literal',      'text',                         $$'JPN->RUS:peace_treaty:+2:2018-11/2019-01'$$),
  ('value',        'text',                         $$'1945-08'$$),
  ('number',       'text',                         $$'2.50'$$),
  ('date_precision', 'text',                       $$'month'$$),
  ('edtf',         'text',                         $$'1984?/2004-06~'$$),
  ('partial_date', 'text',                         $$'1945-08'$$),
  ('from_date',    'text',                         $$'2016'$$),
  ('to_date',      'text',                         $$'..'$$),
  ('from_qualifier', 'text',                       $$'approximate'$$),
  ('to_qualifier', 'text',                         'NULL'),
  ('is_interval',  'boolean',                      'true'),
  (NULL,           'text[]',                       $$'{JPN,RUS}'$$),
  ('precisions',   'text[]',                       $$'{year,day,month}'$$),
  ('issues',       'text[]',                       'NULL'),
  (NULL,           'integer',                      '2'),
  (NULL,           'integer[]',                    $$'{0,1}'$$),
  ('lo',           'integer[]',                    $$'{0,5}'$$),
  ('hi',           'integer[]',                    $$'{10,20}'$$),
  (NULL,           'smallint',                     '3'),
  (NULL,           'bigint',                       '42'),
  (NULL,           'bigint[]',                     $$'{42,43}'$$),
  (NULL,           'int4range',                    $$'[0,10)'$$),
  (NULL,           'boolean',                      'false'),
  (NULL,           'jsonb',                        'NULL'),
  (NULL,           'regrole[]',                    'ARRAY[current_user::regrole]'),
  (NULL,           'name',                         'current_user'),
  (NULL,           'date',                         $$'2018-12-01'$$),
  (NULL,           'daterange',                    $$'[2010-01-01,2022-01-01)'$$),
  (NULL,           'regclass',                     $$'bilateral.position_claim'$$),
  ('col',          'name',                         $$'position'$$),
  (NULL,           'xml',                          quote_literal(:'tei_doc')),
  (NULL,           'bilateral.bilateral_position', $$'JPN->RUS:peace_treaty:+2:2018-11/2019-01'$$),
  (NULL,           'bilateral.treaty_ref',         $$'1956-10-19:JPN+RUS:joint_declaration'$$);

-- one call: its answer as text, or the error's SQLSTATE, message and hint (on one line)
CREATE FUNCTION library_schema_test.try(call text, OUT state text, OUT message text, OUT hint text, OUT answer text)
LANGUAGE plpgsql AS $f$
BEGIN
    EXECUTE call INTO answer;
    state := '00000';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
END
$f$;

CREATE FUNCTION library_schema_test.line(id text, call text) RETURNS text
LANGUAGE sql AS $f$
    SELECT concat_ws(E'\t', id, t.state,
                     regexp_replace(coalesce(t.message, ''), '\s+', ' ', 'g'),
                     regexp_replace(coalesce(t.hint, ''), '\s+', ' ', 'g'),
                     coalesce(md5(t.answer), 'null'),
                     left(regexp_replace(coalesce(t.answer, ''), '\s+', ' ', 'g'), 80))
      FROM library_schema_test.try(call) t
$f$;

-- the library's C functions as this database declares them, with their IN arguments
CREATE VIEW library_schema_test.c_function AS
SELECT p.oid, p.oid::regprocedure::text AS signature, p.pronamespace::regnamespace::text AS nsp,
       p.proname, p.proretset, p.prorettype::regtype::text AS rettype, p.provariadic <> 0 AS variadic,
       coalesce((SELECT array_agg(a.t::regtype::text ORDER BY a.n)
                   FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY a(t, n)), '{}') AS argtypes,
       coalesce((SELECT array_agg(a.nm ORDER BY a.n)
                   FROM unnest(p.proargnames, coalesce(p.proargmodes, array_fill('i'::"char", ARRAY[coalesce(cardinality(p.proargnames), 0)])))
                        WITH ORDINALITY a(nm, md, n)
                  WHERE a.md IN ('i', 'b', 'v')), '{}') AS argnames
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE l.lanname = 'c' AND p.probin ~ 'bilateral';

-- why a function cannot be called from SQL (NULL: it can): the rule, not a list
CREATE FUNCTION library_schema_test.uncallable(f library_schema_test.c_function) RETURNS text
LANGUAGE sql AS $f$
    SELECT CASE
        WHEN 'internal' = ANY (f.argtypes) THEN 'an argument of type internal (GiST, planner or receive support)'
        WHEN EXISTS (SELECT 1 FROM pg_opclass o
                      WHERE o.opcnamespace = 'bilateral'::regnamespace
                        AND o.opckeytype <> 0 AND o.opckeytype <> o.opcintype
                        AND (o.opckeytype::regtype::text = ANY (f.argtypes) OR o.opckeytype::regtype::text = f.rettype))
            THEN 'an index storage type (GiST key), made only by the index'
    END
$f$;

-- an argument's sample expression; cstring (type input): a sample of the result type
CREATE FUNCTION library_schema_test.arg(argname text, typ text, rettype text) RETURNS text
LANGUAGE sql AS $f$
    SELECT CASE WHEN arg.typ = 'cstring'
                THEN (SELECT format('(%s)::text::cstring', s.expr) FROM library_schema_test.sample s
                       WHERE s.typ = arg.rettype AND s.argname IS NULL)
                ELSE (SELECT format('(%s)::%s', s.expr, arg.typ) FROM library_schema_test.sample s
                       WHERE s.typ = arg.typ AND (s.argname = arg.argname OR s.argname IS NULL)
                       ORDER BY s.argname IS NULL LIMIT 1)
           END
$f$;

CREATE FUNCTION library_schema_test.call0(f library_schema_test.c_function, args text[]) RETURNS text
LANGUAGE sql AS $f$
    SELECT CASE WHEN f.proretset
                THEN format('SELECT string_agg(r::text, E''\n'') FROM %I.%I(%s) r', f.nsp, f.proname, array_to_string(args, ', '))
                ELSE format('SELECT (%I.%I(%s))::text', f.nsp, f.proname, array_to_string(args, ', '))
           END
$f$;
CREATE FUNCTION library_schema_test.call(f library_schema_test.c_function, args text[]) RETURNS text
LANGUAGE sql AS $f$
    -- a VARIADIC function's last argument is its array, passed as one
    SELECT CASE WHEN f.variadic AND cardinality(args) > 0
                THEN library_schema_test.call0(f, args[:cardinality(args) - 1] || ('VARIADIC ' || args[cardinality(args)]))
                ELSE library_schema_test.call0(f, args) END
$f$;

-- the script: "sample" (sample arguments) and "null" (every argument NULL) calls, in name order
\pset format unaligned
\pset tuples_only on
\o :script
SELECT format('SELECT library_schema_test.line(%L, %L);', r || ':' || f.signature,
              library_schema_test.call(f, CASE WHEN r = 'sample'
                  THEN (SELECT coalesce(array_agg(library_schema_test.arg(f.argnames[i], f.argtypes[i], f.rettype) ORDER BY i), '{}')
                          FROM generate_subscripts(f.argtypes, 1) i)
                  ELSE (SELECT coalesce(array_agg(format('NULL::%s', f.argtypes[i]) ORDER BY i), '{}')
                          FROM generate_subscripts(f.argtypes, 1) i)
                  END))
  FROM library_schema_test.c_function f, unnest(ARRAY['sample', 'null']) r
 WHERE library_schema_test.uncallable(f) IS NULL
 ORDER BY f.signature, r DESC;
\o
-- the functions skipped, and why
\o :skipped
SELECT concat_ws(E'\t', f.signature, library_schema_test.uncallable(f))
  FROM library_schema_test.c_function f
 WHERE library_schema_test.uncallable(f) IS NOT NULL
 ORDER BY f.signature;
\o
