-- issue #22 item 5: ownership is tied to the role.  Every owner column's default becomes
-- bilateral.row_owner() (new in 1.10: calling_role(), pinned by a grant of REFERENCES on
-- bilateral.owner_pin, so that DROP ROLE is refused while the role owns rows).  It runs after the
-- tree's blocks, which create row_owner().  The roles that own rows already are not pinned here: a
-- grant made by an extension script would count as the extension's initial privileges, which
-- pg_dump leaves out; the extension's owner runs SELECT bilateral.pin_row_owners() after the update
-- (docs/security.md).  Each ALTER TABLE runs by EXECUTE, one subcommand each, only where
-- bilateral.applies_shipped_rows() (one server, a Citus coordinator; see docs/data-model.md).
-- On a Citus coordinator the change is not propagated: Citus would send it to the workers before
-- their own update has made row_owner(), and a default is evaluated on the coordinator, where the
-- extension's writes are made (the workers' copies keep calling_role(), the same role unpinned:
-- a role is dropped on the coordinator, whose pin counts).
DO $bl_step$
DECLARE
    t text;
    citus boolean := EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus');
BEGIN
    IF bilateral.applies_shipped_rows() THEN
        IF citus THEN
            PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'off', true);
        END IF;
        FOR t IN SELECT e.table_name FROM bilateral.editable_tables() e LOOP
            EXECUTE format('ALTER TABLE bilateral.%I ALTER COLUMN owner SET DEFAULT bilateral.row_owner()', t);
        END LOOP;
        IF citus THEN
            PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'on', true);
        END IF;
    END IF;
END
$bl_step$;
