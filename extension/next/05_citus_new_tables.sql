-- This version adds tables that refer to the catalogue (document, coding_task and the others of
-- 1.11).  On a distributed install the catalogue tables are reference tables, and Citus would turn a
-- new table that refers to one into a "citus local table" at once, sending commands to the
-- workers, which do not have the table before their own update runs; the update would fail.  For
-- this update Citus leaves them plain tables of the coordinator; SELECT bilateral.distribute()
-- after the update makes them reference tables (docs/scale.md).  Nothing on one server.
DO $bl_step$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        PERFORM pg_catalog.set_config('citus.enable_local_reference_table_foreign_keys', 'off', true);
    END IF;
END
$bl_step$;
