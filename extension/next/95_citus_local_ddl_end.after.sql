-- The end of extension/next/45_citus_local_ddl.sql: on a Citus coordinator Citus sends DDL to the
-- workers again, as it did before this script (and so sends this update to the workers).
DO $bl_step$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        PERFORM pg_catalog.set_config('citus.enable_ddl_propagation',
                                      coalesce(nullif(pg_catalog.current_setting('bilateral.update_ddl_propagation', true), ''), 'on'), true);
    END IF;
END
$bl_step$;
