-- Per-table policy in one place: every table of bilateral.editable_tables() has the same
-- privileges, row level security, policies and pg_dump registration, and no table that holds
-- shipped rows is missing from the list.
BEGIN;
SELECT plan(9);

SELECT set_eq(
    $$SELECT c.relname::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
       WHERE c.relnamespace = 'bilateral'::regnamespace AND c.relkind = 'r' AND a.attname = 'shipped'
         AND c.relname NOT IN ('data_release', 'data_change')$$,
    $$SELECT table_name FROM bilateral.editable_tables()$$,
    'editable_tables() lists exactly the tables with a shipped column, but the data''s history (data_release, data_change: shipped rows only, read by everyone, written by releases)');

SELECT is_empty(
    $$SELECT table_name FROM bilateral.editable_tables() t
       WHERE NOT (SELECT relrowsecurity FROM pg_class WHERE oid = ('bilateral.' || t.table_name)::regclass)$$,
    'row level security is on for every listed table');

SELECT is_empty(
    $$SELECT t.table_name FROM bilateral.editable_tables() t
       WHERE (SELECT array_agg(policyname::text ORDER BY policyname) FROM pg_policies
               WHERE schemaname = 'bilateral' AND tablename = t.table_name)
             IS DISTINCT FROM ARRAY['delete_own', 'insert_own', 'read_scope', 'update_own']$$,
    'every listed table has exactly the four policies');

SELECT is_empty(
    $$SELECT t.table_name, p FROM bilateral.editable_tables() t, unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p
       WHERE has_table_privilege('public', 'bilateral.' || t.table_name, p) <> (p = 'SELECT')
          OR (p IN ('INSERT', 'UPDATE') AND NOT has_any_column_privilege('public', 'bilateral.' || t.table_name, p))$$,
    'PUBLIC reads every listed table and inserts and updates columns of it, with no table-wide write privilege (row level security decides which rows)');
SELECT is_empty(
    $$SELECT t.table_name, c FROM bilateral.editable_tables() t, unnest(ARRAY['owner', 'shipped', coalesce(t.id_column, 'owner')]) c
       WHERE has_column_privilege('public', 'bilateral.' || t.table_name, c, 'UPDATE')
          OR (c <> 'shipped' AND has_column_privilege('public', 'bilateral.' || t.table_name, c, 'INSERT'))$$,
    'nobody but the extension writes an id or an owner, or updates shipped');

SELECT is_empty(
    $$SELECT t.table_name FROM bilateral.editable_tables() t
       WHERE NOT EXISTS (SELECT 1 FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(rel, cond)
                          WHERE e.extname = 'bilateral' AND x.rel = ('bilateral.' || t.table_name)::regclass
                            AND x.cond = 'WHERE NOT shipped')$$,
    'every listed table is registered for pg_dump with WHERE NOT shipped');

SELECT is_empty(
    $$SELECT t.table_name FROM bilateral.editable_tables() t
       WHERE t.id_column IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM pg_extension e, unnest(e.extconfig) AS x(rel)
              WHERE e.extname = 'bilateral'
                AND x.rel = pg_get_serial_sequence('bilateral.' || t.table_name, t.id_column)::regclass)$$,
    'the identity sequence of every listed table is registered for pg_dump');

SELECT is_empty(
    $$SELECT t.table_name FROM bilateral.editable_tables() t
       WHERE t.id_column IS NOT NULL
         AND has_sequence_privilege('public', pg_get_serial_sequence('bilateral.' || t.table_name, t.id_column), 'USAGE')$$,
    'nobody takes ids from the identity sequences by hand (the identity default needs no privilege)');

SELECT ok(NOT has_function_privilege('public', 'bilateral.apply_table_policy()', 'EXECUTE'),
          'apply_table_policy() is for the extension scripts only');

SELECT * FROM finish();
ROLLBACK;
