-- The roles the pgTAP suite (test/*.sql) uses, made on the coordinator before the suite runs on a
-- distributed install: Citus makes a role on the workers when it is created, but a role made inside
-- a test's transaction cannot connect to the workers before it commits.  The tests make them
-- themselves when they do not exist (a single server), and undo their grants by ROLLBACK.  LOGIN:
-- Citus opens its connections to the workers as the role that runs the query.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['bl_reader', 'bl_attacker', 'bl_alice', 'bl_bob', 'bl_carol', 'bl_team',
                             'bl_stats_reader', 'bl_imp_alice', 'bl_imp_bob', 'bl_integrity_user', 'bl_mallory',
                             'bl_io_alice', 'bl_o''h,ara', 'bl_q"x', 'bl_Mixed', 'bl_o', 'bl_wb_alice', 'bl_wb_mallory',
                             'bl_or_tmpu', 'bl_doc_alice', 'bl_doc_bob', 'bl_ct_pi', 'bl_ct_alice', 'bl_ct_bob',
                             'bl_ct_eve', 'bl_ct_grp', 'bl_ct_pim', 'bl_adj_pi', 'bl_adj_alice', 'bl_adj_bob',
                             'bl_adj_carol', 'bl_adj_eve', 'bl_ag_pi', 'bl_ag_alice', 'bl_ag_bob', 'bl_ag_carol', 'bl_pc_alice', 'bl_pc_carol', 'bl_pr_user'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I LOGIN', r);  -- Citus connects to the workers as the role
        END IF;
    END LOOP;
END $$;
-- and the group 61_shared_database.sql makes (it grants it again, a no-op here): roles are the whole
-- server's, but Citus propagates a GRANT only for roles it has made from this database (its
-- pg_dist_object is the database's), so the grant goes to the workers as well
GRANT bl_team TO bl_alice, bl_carol;
DO $$
BEGIN
    IF EXISTS (SELECT FROM run_command_on_workers('GRANT bl_team TO bl_alice, bl_carol') WHERE NOT success) THEN
        RAISE EXCEPTION 'GRANT bl_team failed on a worker';
    END IF;
END $$;
