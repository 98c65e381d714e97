-- On a Citus coordinator the workers are updated first.  This version's policies call functions
-- it adds (check_span() in the insert and update policies of the editable tables), and Citus sends
-- a policy of a distributed or reference table to the shards on the workers while this script
-- runs, before Citus runs the update on the workers: the workers' update would come too late.  So
-- the coordinator has each worker run ALTER EXTENSION bilateral UPDATE first (each worker in its
-- own transaction: if the coordinator's update then fails, the workers stay updated, and running
-- the update again on the coordinator finishes it); when Citus later sends the update to the
-- workers it finds them at 1.11 already.  Nothing on one server or on a worker.
DO $bl_step$
DECLARE
    failed text;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus') AND bilateral.applies_shipped_rows() THEN
        EXECUTE $q$SELECT string_agg(w.nodename || ':' || w.nodeport || ': ' || w.result, '; ')
                     FROM pg_catalog.run_command_on_workers('ALTER EXTENSION bilateral UPDATE TO ''1.11''') w
                    WHERE NOT w.success$q$ INTO failed;
        IF failed IS NOT NULL THEN
            RAISE EXCEPTION 'the update of the workers to bilateral 1.11 failed'
                USING ERRCODE = '55000', DETAIL = failed,
                      HINT = 'Install the files of 1.11 on every node (make install), then run ALTER EXTENSION bilateral UPDATE on the coordinator again.';
        END IF;
    END IF;
END
$bl_step$;
