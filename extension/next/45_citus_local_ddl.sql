-- On a Citus coordinator, what follows (the objects this version adds or restates: new tables,
-- policies that call the new check_span(), their grants) is not sent to the workers while this
-- script runs: Citus would send a policy of a distributed or reference table to the shards on the
-- workers before the workers' own update has made the functions it calls.  After the update,
-- SELECT bilateral.distribute() makes the new tables reference tables and sends the tables'
-- policies and grants, as they now are, to every shard (docs/scale.md).  The setting is put back
-- by extension/next/95_citus_local_ddl_end.after.sql.  The columns added above (40) were sent to
-- the shards already.  Nothing on one server.
DO $bl_step$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        PERFORM pg_catalog.set_config('bilateral.update_ddl_propagation',
                                      pg_catalog.current_setting('citus.enable_ddl_propagation'), true);
        PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'off', true);
    END IF;
END
$bl_step$;
