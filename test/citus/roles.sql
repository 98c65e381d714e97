-- The roles the pgTAP suite (test/*.sql) uses, made on the coordinator before the suite runs on a
-- distributed install: Citus makes a role on the workers when it is created, but a role made inside
-- a test's transaction cannot connect to the workers before it commits.  The tests make them
-- themselves when they do not exist (a single server), and undo their grants by ROLLBACK.  LOGIN:
-- Citus opens its connections to the workers as the role that runs the query.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['bl_reader', 'bl_attacker', 'bl_alice', 'bl_bob', 'bl_carol', 'bl_team',
                             'bl_stats_reader', 'bl_imp_alice', 'bl_imp_bob', 'bl_integrity_user'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I LOGIN', r);  -- Citus connects to the workers as the role
        END IF;
    END LOOP;
END $$;
