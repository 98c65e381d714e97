-- pgTAP: the owner sees what blocks a delete (issue #22, item 4).  Another role may build on your
-- catalogue rows (an alias, a membership, a claim naming your actor); those rows then block
-- delete_row(), and its error names each referring table, how many rows and whose, even rows the
-- owner cannot read.  docs/security.md.
BEGIN;
SELECT plan(3);
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_wb_alice') THEN CREATE ROLE bl_wb_alice NOLOGIN; END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_wb_mallory') THEN CREATE ROLE bl_wb_mallory NOLOGIN; END IF; END $$;
SET ROLE bl_wb_alice;
SELECT bilateral.add_actor('ZZA', 'Zedland');
RESET ROLE;
SET ROLE bl_wb_mallory;
SELECT bilateral.add_source('wb_m', 'M', 'M', '2019-01-01', 'en');
SELECT bilateral.add_actor_name('ZZA', 'en', 'Zeddy', source_key => 'wb_m');
-- a plain INSERT (add_claim() refuses an actor its caller cannot see; the foreign key does not);
-- on a distributed install the distribution column is given
DO $$ BEGIN
EXECUTE format('INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en%s)
                VALUES (bilateral.make_position(''ZZA'', ''RUS'', ''peace_treaty'', 2, ''2018'', ''2019''), ''wb_m'', ''q'', ''en'', ''s''%s)',
               CASE WHEN bilateral.is_distributed() THEN ', dyad' ELSE '' END,
               CASE WHEN bilateral.is_distributed() THEN ', ''RUS+ZZA''' ELSE '' END);
END $$;
RESET ROLE;
SET ROLE bl_wb_alice;
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE claim_actor = 'ZZA'), 0, 'alice cannot read mallory''s claim naming her actor');
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE s text; d text;
BEGIN EXECUTE q; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, d = PG_EXCEPTION_DETAIL; RETURN s || ' ' || coalesce(d, ''); END $f$;
SELECT matches(pg_temp.err($$SELECT bilateral.delete_row('actor', 'ZZA')$$), '^23503 .*actor_name: 1 row\(s\) of bl_wb_mallory',
               'the delete fails and names mallory''s alias (before: 23503 with nothing she could see)');
SELECT matches(pg_temp.err($$SELECT bilateral.delete_row('actor', 'ZZA')$$), 'position_claim: 1 row\(s\) of bl_wb_mallory',
               'and mallory''s claim');
RESET ROLE;
SELECT * FROM finish();
ROLLBACK;
