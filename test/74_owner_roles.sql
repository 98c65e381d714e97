-- pgTAP: ownership is tied to the role, not to its name (issue #22, item 5).  A role that owns rows
-- holds REFERENCES on bilateral.owner_pin (row_owner(), the owner columns' default), so DROP ROLE
-- is refused while it owns rows, and a role created later under the same name cannot inherit them.
-- docs/security.md, "Owners and their roles".
BEGIN;
SELECT plan(9);
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_or_tmpu') THEN CREATE ROLE bl_or_tmpu NOLOGIN; END IF; END $$;
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE s text; m text;
BEGIN EXECUTE q; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT; RETURN s || ' ' || m; END $f$;
CREATE FUNCTION pg_temp.pinned(r text) RETURNS boolean LANGUAGE sql AS $f$
SELECT EXISTS (SELECT 1 FROM pg_class c, aclexplode(c.relacl) a
                WHERE c.oid = 'bilateral.owner_pin'::regclass AND a.privilege_type = 'REFERENCES'
                  AND a.grantee = (SELECT oid FROM pg_roles WHERE rolname = r)) $f$;

SELECT ok(NOT pg_temp.pinned('bl_or_tmpu'), 'a role that owns no rows is not pinned');
SET ROLE bl_or_tmpu;
SELECT bilateral.add_source('or_tmpu', 'T', 'T', '2019-01-01', 'en');
SELECT bilateral.add_claim('or_tmpu', bilateral.make_position('JPN', 'RUS', 'peace_treaty', 1, '2018', '2019'), 'q', 's');  -- add_claim gives the distribution column on Citus
RESET ROLE;
SELECT ok(pg_temp.pinned('bl_or_tmpu'), 'its first row pins it: REFERENCES on bilateral.owner_pin');
SELECT matches(pg_temp.err('DROP ROLE bl_or_tmpu'), '^2BP01 ',
               'DROP ROLE is refused while the role owns rows (before 1.10 it succeeded)');
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE owner = 'bl_or_tmpu'), 1,
          'and its rows are still there, still its own');
SELECT is(bilateral.pin_row_owners(), 0, 'pin_row_owners(): nothing left to pin');
REVOKE REFERENCES ON bilateral.owner_pin FROM bl_or_tmpu;
SELECT is(bilateral.pin_row_owners(), 1, 'pin_row_owners() pins a role whose rows predate its pin (an update from before 1.10)');
SELECT ok(pg_temp.pinned('bl_or_tmpu'), 'pinned again');
SELECT matches(pg_temp.err($$SET ROLE bl_or_tmpu; SELECT bilateral.pin_row_owners()$$), '^42501 ',
               'pin_row_owners() is for the extension''s owner only');
RESET ROLE;
-- once its rows are gone (deleted, or given to another role by a superuser), the role can go
SET ROLE bl_or_tmpu;
SELECT bilateral.delete_source('or_tmpu', cascade => true);
RESET ROLE;
SELECT is(pg_temp.err('DROP OWNED BY bl_or_tmpu; DROP ROLE bl_or_tmpu'), 'ok',
          'with its rows deleted, DROP OWNED BY and DROP ROLE succeed');
SELECT * FROM finish();
ROLLBACK;
