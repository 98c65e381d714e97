-- pgTAP: every error that quotes an argument is short (issue #22, item 8).  Generated over the
-- catalogue of functions, not a list by hand: every function of schema bilateral that takes a text
-- argument is called with a 4 MB value in each text argument in turn (the other arguments
-- plausible), and the error's message, detail and hint together must stay under 2,000 bytes, its
-- context must not quote the value.  Both types' input functions likewise.  docs/security.md.
BEGIN;
SELECT plan(6);

SELECT bilateral.add_source('err_src', 'A study', 'Someone', '2019-05-01', 'en');
CREATE TEMP TABLE long_errors (fn text, arg int, sqlstate text, bytes int, msg text);
CREATE TEMP TABLE calls (fn text, arg int);

DO $$
DECLARE
    big text := repeat('x', 4 * 1024 * 1024);
    p record;
    i int;
    args text[];
    vals text[];
    t text;
    n text;
    m text; d text; h text; c text; st text;
BEGIN
    FOR p IN SELECT f.oid, f.oid::regprocedure::text AS sig, f.proname, ARRAY(SELECT unnest(f.proargtypes::oid[])) AS types,
                    coalesce(f.proargnames, '{}') AS names, f.pronargs AS nargs
               FROM pg_proc f
              WHERE f.pronamespace = 'bilateral'::regnamespace AND f.prokind = 'f'
                AND 'text'::regtype = ANY (f.proargtypes::oid[])
                AND f.proname NOT LIKE '%\_as\_owner'
                AND f.proname NOT IN ('apply_table_policy', 'distribute', 'insert_shipped')
              ORDER BY 2 LOOP
        FOR i IN 1 .. p.nargs LOOP
            CONTINUE WHEN p.types[i] <> 'text'::regtype;
            args := '{}';
            vals := '{}';
            FOR j IN 1 .. p.nargs LOOP
                t := format_type(p.types[j], NULL);
                n := coalesce(p.names[j], '');
                args := args || format('($1[%s])::%s', j, t);
                vals := vals || CASE
                    WHEN j = i THEN big
                    WHEN t = 'text' AND n IN ('source_key', 'source') THEN 'err_src'
                    WHEN t = 'text' AND n IN ('actor', 'a', 'actor1') THEN 'JPN'
                    WHEN t = 'text' AND n IN ('counterpart', 'b', 'actor2', 'name') THEN 'RUS'
                    WHEN t = 'text' AND n = 'issue' THEN 'peace_treaty'
                    WHEN t = 'text' AND n IN ('lang', 'language', 'quote_lang') THEN 'en'
                    WHEN t = 'text' AND n = 'system' THEN 'iso3'
                    WHEN t = 'text' AND n LIKE '%precision' THEN 'day'
                    WHEN t = 'text' THEN 'x'
                    WHEN t = 'date' THEN '2016-01-01'
                    WHEN t IN ('integer', 'bigint', 'smallint', 'numeric', 'double precision') THEN '1'
                    WHEN t = 'boolean' THEN 'false'
                    WHEN t = 'daterange' THEN '[2000-01-01,2001-01-01)'
                    WHEN t = 'text[]' THEN '{JPN,RUS}'
                    WHEN t = 'regclass' THEN 'bilateral.source'
                    WHEN t = 'bilateral.bilateral_position' THEN 'JPN->RUS:peace_treaty:+2:2018-11/2019-01'
                    WHEN t = 'bilateral.treaty_ref' THEN '1956-10-19:JPN+RUS:joint_declaration'
                    ELSE NULL END;
            END LOOP;
            INSERT INTO calls VALUES (p.sig, i);
            BEGIN
                EXECUTE format('SELECT bilateral.%I(%s)', p.proname, array_to_string(args, ', ')) USING vals;
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT,
                                        c = PG_EXCEPTION_CONTEXT, st = RETURNED_SQLSTATE;
                -- the context names the functions and their statements, never the value
                IF octet_length(concat(m, d, h)) > 2000 OR strpos(c, repeat('x', 200)) > 0 THEN
                    INSERT INTO long_errors VALUES (p.sig, i, st, octet_length(concat(m, d, h, c)), left(m, 80));
                END IF;
            END;
        END LOOP;
    END LOOP;
END $$;
SELECT diag((SELECT count(*) FROM calls) || ' calls, ' || (SELECT count(DISTINCT fn) FROM calls) || ' functions');
SELECT ok((SELECT count(*) FROM calls) >= 40, 'the catalogue gives at least 40 calls with a long text argument');
SELECT is_empty($$SELECT fn, arg, sqlstate, bytes, msg FROM long_errors$$,
                'no error of a function that takes text is longer than 2,000 bytes with a 4 MB argument');

CREATE FUNCTION pg_temp.error_bytes(q text) RETURNS int LANGUAGE plpgsql AS $f$
DECLARE m text; d text; h text; c text;
BEGIN
    EXECUTE q;
    RETURN 0;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT, c = PG_EXCEPTION_CONTEXT;
    RETURN octet_length(concat(m, d, h, c));
END $f$;
SELECT cmp_ok(pg_temp.error_bytes(format('SELECT %L::bilateral.bilateral_position', repeat('x', 4 * 1024 * 1024))), '<', 2000,
              'a 4 MB bilateral_position literal: a short error');
SELECT cmp_ok(pg_temp.error_bytes(format('SELECT %L::bilateral.treaty_ref', repeat('x', 4 * 1024 * 1024))), '<', 2000,
              'a 4 MB treaty_ref literal: a short error');
-- actor_code() refuses a name over 1,000 characters before any pattern runs over it (issue #22,
-- item 9: its patterns were superlinear, 80 kB 5.2 s); below that its time is flat (bench/growth.sh)
SELECT throws_ok(format('SELECT bilateral.actor_code(%L)', repeat('( ', 200000)), '22023', NULL,
                 'actor_code() of a 400 kB name: 22023 at once');
SELECT is(bilateral.actor_code(repeat(' ', 990) || 'Japan'), 'JPN', 'a name of 995 characters is still read');

SELECT diag(fn || ' arg ' || arg || ': ' || bytes || ' bytes') FROM long_errors;
SELECT * FROM finish();
ROLLBACK;
