-- issue #22 item 5: ownership is tied to the role.  Every owner column's default becomes
-- bilateral.row_owner() (new in 1.10: calling_role(), pinned by a grant of REFERENCES on
-- bilateral.owner_pin, so that DROP ROLE is refused while the role owns rows).  It runs after the
-- tree's blocks, which create row_owner().  The roles that own rows already are not pinned here: a
-- grant made by an extension script would count as the extension's initial privileges, which
-- pg_dump leaves out; the extension's owner runs SELECT bilateral.pin_row_owners() after the update
-- (docs/security.md).  Each ALTER TABLE runs by EXECUTE, one subcommand each, only where
-- bilateral.applies_shipped_rows() (one server, a Citus coordinator; see docs/data-model.md).
DO $bl_step$
DECLARE
    t text;
BEGIN
    IF bilateral.applies_shipped_rows() THEN
        FOR t IN SELECT e.table_name FROM bilateral.editable_tables() e LOOP
            EXECUTE format('ALTER TABLE bilateral.%I ALTER COLUMN owner SET DEFAULT bilateral.row_owner()', t);
        END LOOP;
    END IF;
END
$bl_step$;
