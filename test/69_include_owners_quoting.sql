-- pgTAP: bilateral.include_owners can name every role (issue #22, item 7): a name in double
-- quotes is taken exactly ("" for a quote), so names holding a comma or a quote can be named; an
-- unquoted name is taken as written, '*' is everyone.  docs/security.md.
BEGIN;
SELECT plan(9);

DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_io_alice') THEN CREATE ROLE bl_io_alice NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_o''h,ara') THEN CREATE ROLE "bl_o'h,ara" NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_q"x') THEN CREATE ROLE "bl_q""x" NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_Mixed') THEN CREATE ROLE "bl_Mixed" NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_o') THEN CREATE ROLE bl_o NOLOGIN; END IF;
END $$;
SET ROLE "bl_o'h,ara"; SELECT bilateral.add_source('io_ohara', 'O', 'A', '2019-01-01', 'en'); RESET ROLE;
SET ROLE "bl_q""x";    SELECT bilateral.add_source('io_qx', 'Q', 'A', '2019-01-01', 'en'); RESET ROLE;
SET ROLE "bl_Mixed";   SELECT bilateral.add_source('io_mixed', 'M', 'A', '2019-01-01', 'en'); RESET ROLE;
SET ROLE bl_o;         SELECT bilateral.add_source('io_o', 'P', 'A', '2019-01-01', 'en'); RESET ROLE;

CREATE FUNCTION pg_temp.seen(list text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE r text;
BEGIN
    PERFORM set_config('bilateral.include_owners', list, true);
    EXECUTE 'SET LOCAL ROLE bl_io_alice';
    SELECT string_agg(source_key, ',' ORDER BY source_key) INTO r FROM bilateral.source WHERE source_key LIKE 'io\_%';
    RESET ROLE;
    RETURN coalesce(r, '');
END $f$;

SELECT is(pg_temp.seen(''), '', 'nothing without opting in');
SELECT is(pg_temp.seen('"bl_o''h,ara"'), 'io_ohara', 'a quoted name with a comma and a quote (before: split at the comma)');
SELECT is(pg_temp.seen('bl_o''h,ara'), '', 'unquoted, the comma still separates: neither bl_o''h nor ara is the role');
SELECT is(pg_temp.seen('"bl_q""x"'), 'io_qx', '"" stands for a double quote');
SELECT is(pg_temp.seen(' bl_Mixed , "bl_q""x" ,bl_o'), 'io_mixed,io_o,io_qx', 'quoted and unquoted names mix; an unquoted name is taken as written');
SELECT is(pg_temp.seen('"bl_mixed"'), '', 'a quoted name is exact: no case folding');
SELECT is(pg_temp.seen('*'), 'io_mixed,io_o,io_ohara,io_qx', '* is everyone');
SELECT is(pg_temp.seen('"*"'), '', '"*" is a role named *');
SELECT is(pg_temp.seen('"bl_o'), '', 'a quote left open matches nothing');

SELECT * FROM finish();
ROLLBACK;
