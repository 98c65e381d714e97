-- pgTAP: no one where they don't belong.  Shipped rows are read-only to
-- ordinary roles, a role with nothing but USAGE on the schema can query every
-- view and function, and planted look-alike objects in public change nothing.
BEGIN;
SELECT plan(23);

-- the roles are made here unless they exist: on a Citus cluster tools/test-citus.sh makes them first
-- (a role made inside a transaction cannot connect to the workers before it commits)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_reader') THEN CREATE ROLE bl_reader NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_attacker') THEN CREATE ROLE bl_attacker NOLOGIN; END IF; END $$;
GRANT CREATE ON SCHEMA public TO bl_attacker;

-- nothing runs with its owner's rights, and every function that is not C pins its search_path, or
-- has a SQL-standard body (RETURN ...: its names are bound when it is created, never looked up when
-- it runs, and without SET it can be inlined)
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
                 WHERE p.pronamespace = 'bilateral'::regnamespace AND (p.prosecdef OR p.prosrc = 'bl_owner_gate') ORDER BY 1),
          ARRAY['bilateral.add_coding(text,text,integer,integer,bilateral.bilateral_position,text)',
                'bilateral.adjudicate(text,text,text,jsonb,text)',
                'bilateral.adjudicate_claim(text,text,bigint[],jsonb,jsonb,bigint,int4range,text)', 'bilateral.close_task(text)',
                'bilateral.create_coding_task(text,regrole[],text[],text[])',
                'bilateral.delete_row(text,text[])', 'bilateral.delete_source(text,boolean)', 'bilateral.dismiss_coding(text,bigint,text)',
                'bilateral.import_claims_rows(text,regclass)', 'bilateral.task_progress(text)'],
          'only the two delete functions (ordinary roles hold no DELETE privilege), the bulk insert of import_claims (row level security checked once, not per row) and the writers of coding tasks (tables no role writes directly; docs/coding.md) run with their owner''s rights, through the gate (no SECURITY DEFINER function)');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
                 WHERE p.pronamespace = 'bilateral'::regnamespace AND p.proname LIKE '%\_as\_owner'
                   AND has_function_privilege('public', p.oid, 'EXECUTE') ORDER BY 1),
          ARRAY[]::text[], 'the bodies the gate runs as the owner are executable by nobody else');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
                 WHERE p.pronamespace = 'bilateral'::regnamespace
                   AND p.prolang <> (SELECT oid FROM pg_language WHERE lanname = 'c')
                   AND p.prokind <> 'a'   -- an aggregate runs its C support functions
                   AND NOT coalesce(p.proconfig::text[] @> ARRAY['search_path=pg_catalog, pg_temp'], false)
                   AND p.prosqlbody IS NULL
                 ORDER BY 1),
          ARRAY[]::text[], 'every SQL and PL/pgSQL function pins search_path = pg_catalog, pg_temp or has a SQL-standard body');
SELECT is(ARRAY(SELECT c.relname::text FROM pg_class c
                 WHERE c.relnamespace = 'bilateral'::regnamespace AND c.relkind = 'v'
                   AND NOT coalesce(c.reloptions @> ARRAY['security_invoker=true'], false) ORDER BY 1),
          ARRAY[]::text[], 'every view runs with the invoker''s rights');

-- a role with only what PUBLIC has
SET ROLE bl_reader;
SELECT ok((SELECT count(*) FROM bilateral.positions) > 0, 'reader: positions');
SELECT ok((SELECT count(*) FROM bilateral.sources) = 4, 'reader: sources');
SELECT ok((SELECT count(*) FROM bilateral.actors) > 0 AND (SELECT count(*) FROM bilateral.treaties) > 0
          AND (SELECT count(*) FROM bilateral.events) > 0 AND (SELECT count(*) FROM bilateral.indicators) > 0
          AND (SELECT count(*) FROM bilateral.office_terms) > 0 AND (SELECT count(*) FROM bilateral.errata) > 0
          AND (SELECT count(*) FROM bilateral.evidence) > 0, 'reader: every other view');
SELECT ok((SELECT count(*) FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', '2016-06-01')) > 0, 'reader: stance_at');
SELECT ok((SELECT count(*) FROM bilateral.stance_history('JPN', 'RUS', 'peace_treaty')) > 0, 'reader: stance_history');
SELECT ok((SELECT count(*) FROM bilateral.dyad_years(2010, 2020)) > 0, 'reader: dyad_years');
SELECT is(bilateral.code_at('iso3', 'RUS', '1950-01-01'), 'SUN', 'reader: code_at');

-- shipped rows are read-only
SELECT is_empty($$UPDATE bilateral.position_claim SET quote = 'x' WHERE shipped RETURNING claim_id$$, 'reader cannot change shipped claims');
SELECT throws_ok($$DELETE FROM bilateral.source WHERE shipped RETURNING source_key$$, '42501', NULL,
                 'reader holds no DELETE privilege (it would allow LOCK TABLE against every reader)');
SELECT throws_ok($$INSERT INTO bilateral.source (source_key, title, published, published_precision, language, kind, shipped)
                   VALUES ('fake', 'Fake', '2020-01-01', 'day', 'en', 'user', true)$$,
                 '42501', NULL, 'reader cannot insert rows marked shipped');
SELECT lives_ok($$SELECT bilateral.add_source('reader_study', 'Mine', 'Me', '2020-01-01', 'en')$$, 'reader adds a source of their own');
SELECT lives_ok($$SELECT bilateral.add_claim('reader_study', 'JPN->RUS:energy:+1:2019/2020', 'my quote')$$, 'reader adds a claim');
SELECT is((SELECT count(*)::int FROM bilateral.positions WHERE source_key = 'reader_study' AND NOT shipped), 1, 'the claim is the reader''s');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE shipped AND quote = 'x'), 0, 'shipped claims unchanged');

-- planted look-alikes in public, first in the caller's search_path: the extension never looks there
SET ROLE bl_attacker;
CREATE TABLE public.issue (issue text);
INSERT INTO public.issue VALUES ('weather');
CREATE TABLE public.actor (actor text, name_en text);
INSERT INTO public.actor VALUES ('ATL', 'Atlantis');
CREATE TABLE public.actor_name (actor text, lang text, name text);
INSERT INTO public.actor_name VALUES ('ATL', 'en', 'Atlantis');
CREATE FUNCTION public.check_issue(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$;
CREATE FUNCTION public.actor_code(text) RETURNS text LANGUAGE sql AS $$ SELECT 'JPN'::text $$;
CREATE FUNCTION public.stance(bilateral.bilateral_position) RETURNS int LANGUAGE sql AS $$ SELECT 3 $$;
CREATE FUNCTION public.texteq_evil(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, PROCEDURE = public.texteq_evil);
CREATE FUNCTION public.date_le_evil(date, date) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR public.<= (LEFTARG = date, RIGHTARG = date, PROCEDURE = public.date_le_evil);
RESET ROLE;
SET search_path = public, bilateral;
SELECT throws_ok($$SELECT * FROM bilateral.stance_at('JPN', 'RUS', 'weather', '2016-06-01')$$, '22023', NULL,
                 'a planted issue table and check_issue do not let an unknown issue through');
SELECT throws_ok($$SELECT bilateral.actor_code('Atlantis')$$, '22023', NULL, 'planted actor tables and a planted = do not make Atlantis an actor');
SELECT is((SELECT array_agg(DISTINCT stance ORDER BY stance) FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', '2016-06-01')),
          ARRAY[-1, 1], 'a planted stance() does not change stances');
SELECT is((SELECT count(*)::int FROM bilateral.treaties_in_force('JPN', 'RUS', '1900-01-01')), 0,
          'a planted <= on dates does not put 1956 treaties in force in 1900');
SELECT is(bilateral.actor_code('Japan'), 'JPN', 'names still resolve from the catalogue, not from planted tables');

SELECT * FROM finish();
ROLLBACK;
