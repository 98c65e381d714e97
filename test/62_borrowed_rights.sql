-- pgTAP: no borrowed rights (issue #22, items 1 and 2).  Whose rights a row check uses is the
-- current user in every context: after SET ROLE, inside another role's SECURITY DEFINER function,
-- inside a security-restricted operation (a superuser's ANALYZE running an index expression of
-- mallory's); only the extension's own gates (delete_row, delete_source, import_claims_rows) act
-- for their caller.  docs/security.md.
BEGIN;
SELECT plan(16);

DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_alice') THEN CREATE ROLE bl_alice NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_mallory') THEN CREATE ROLE bl_mallory NOLOGIN; END IF; END $$;

SET ROLE bl_alice;
SELECT bilateral.add_source('alice_br', 'Alice''s study', 'Alice', '2019-05-01', 'en');
SELECT bilateral.add_claim('alice_br', 'JPN->RUS:peace_treaty:+2:2018-11/2019-01', 'Alice''s words.') AS alice_claim \gset
RESET ROLE;

CREATE SCHEMA m AUTHORIZATION bl_mallory;
SET ROLE bl_mallory;
SELECT bilateral.add_source('mallory_br', 'Mallory''s study', 'Mallory', '2019-05-01', 'en');
CREATE FUNCTION m.evil() RETURNS int VOLATILE LANGUAGE plpgsql AS $$BEGIN
  UPDATE bilateral.position_claim SET quote = 'pwned' WHERE NOT shipped; RETURN 1; END$$;
CREATE FUNCTION m.f(int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$BEGIN PERFORM m.evil(); RETURN $1; END$$;
CREATE TABLE m.seen (r name);
CREATE FUNCTION m.note() RETURNS int VOLATILE LANGUAGE plpgsql AS $$BEGIN
  INSERT INTO m.seen SELECT bilateral.calling_role(); RETURN 1; END$$;
CREATE FUNCTION m.who(int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$BEGIN PERFORM m.note(); RETURN $1; END$$;
CREATE TABLE m.bait (i int);
INSERT INTO m.bait SELECT generate_series(1, 200);
CREATE INDEX ON m.bait (m.f(i));
CREATE INDEX ON m.bait (m.who(i)) WHERE i = 1;
-- a definer function of mallory's that alice may be lured into calling
CREATE FUNCTION m.steal() RETURNS bigint SECURITY DEFINER VOLATILE LANGUAGE plpgsql AS $$
DECLARE n bigint; BEGIN
  WITH u AS (UPDATE bilateral.position_claim SET quote = 'stolen' WHERE NOT shipped RETURNING 1) SELECT count(*) INTO n FROM u;
  RETURN n; END$$;
CREATE FUNCTION m.drop_claim(id bigint) RETURNS void SECURITY DEFINER VOLATILE LANGUAGE plpgsql AS $$
BEGIN PERFORM bilateral.delete_row('position_claim', id::text); END$$;
GRANT USAGE ON SCHEMA m TO PUBLIC;
GRANT EXECUTE ON FUNCTION m.steal(), m.drop_claim(bigint) TO PUBLIC;
RESET ROLE;

-- maintenance: a superuser's ANALYZE runs mallory's index expressions as mallory (a security-
-- restricted operation); autovacuum's ANALYZE takes the same path
TRUNCATE m.seen;
ANALYZE m.bait;
SELECT is((SELECT quote FROM bilateral.position_claim WHERE claim_id = :alice_claim), 'Alice''s words.',
          'a superuser''s ANALYZE running mallory''s index expression does not rewrite alice''s claim');
SELECT is((SELECT array_agg(DISTINCT r::text) FROM m.seen), ARRAY['bl_mallory'],
          'inside the ANALYZE, calling_role() is the table''s owner, whose code runs, not the superuser');
SELECT ok((SELECT count(*) FROM bilateral.position_claim WHERE quote = 'pwned') = 0, 'no claim of anyone''s was rewritten');

-- another role's SECURITY DEFINER function runs with that role's rights, for rows too
SET ROLE bl_alice;
SELECT is(m.steal(), 0::bigint, 'mallory''s definer function, called by alice, rewrites none of alice''s claims');
SELECT throws_ok(format('SELECT m.drop_claim(%s)', :alice_claim), '42501', NULL,
                 'nor deletes one through delete_row: the gate acts for mallory, who called it');
SELECT is(bilateral.calling_role()::text, 'bl_alice', 'after SET ROLE, calling_role() is the role set');
RESET ROLE;
SELECT is((SELECT quote FROM bilateral.position_claim WHERE claim_id = :alice_claim), 'Alice''s words.', 'alice''s claim is intact');

-- the gate: the extension's own definer functions act for their caller, and their bodies are
-- nobody else's to call
SET ROLE bl_mallory;
SELECT throws_ok(format($$SELECT bilateral.delete_row('position_claim', '%s')$$, :alice_claim), '42501', NULL,
                 'mallory''s delete_row of alice''s claim is refused');
SELECT throws_ok(format($$SELECT bilateral.delete_row_as_owner('position_claim', '%s')$$, :alice_claim), '42501', NULL,
                 'the body of delete_row is not executable on its own');
RESET ROLE;
SET ROLE bl_alice;
SELECT lives_ok(format($$SELECT bilateral.delete_row('position_claim', '%s')$$, :alice_claim), 'alice deletes her own claim through the gate');
SELECT is(bilateral.calling_role()::text, 'bl_alice', 'and the gate restores the role after it');
SELECT is(current_user::text, 'bl_alice', 'and current_user');
RESET ROLE;

-- item 2: the import reads exactly the one plain table it checked (ONLY), never its inheritance
-- children: a child of mallory's plain staging table, plain or foreign, is not read, least of all
-- with the extension owner's user mapping
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER bl_loop FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '1', dbname 'nothing');
CREATE USER MAPPING FOR CURRENT_USER SERVER bl_loop OPTIONS (user 'postgres');
GRANT USAGE ON FOREIGN SERVER bl_loop TO bl_mallory;
SET ROLE bl_mallory;
CREATE TABLE m.stage (position text, quote text);
INSERT INTO m.stage VALUES ('JPN->RUS:energy:+1:2010/2011', 'Mallory''s words.');
CREATE TABLE m.stage_child () INHERITS (m.stage);
INSERT INTO m.stage_child VALUES ('JPN->RUS:energy:-3:2010/2011', 'A child''s words.');
SELECT is(bilateral.import_claims_rows('mallory_br', 'm.stage'), 1::bigint,
          'import_claims_rows reads the staging table only, not its plain child');
SELECT is(bilateral.import_claims('mallory_br', 'm.stage'), 1::bigint, 'and so does import_claims');
CREATE FOREIGN TABLE m.stage_far () INHERITS (m.stage) SERVER bl_loop OPTIONS (table_name 'pg_authid');
SELECT is(bilateral.import_claims_rows('mallory_br', 'm.stage'), 1::bigint,
          'a foreign-table child is never read with the extension owner''s user mapping');
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'mallory_br' AND quote = 'A child''s words.'), 0,
          'no row of a child was imported');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
