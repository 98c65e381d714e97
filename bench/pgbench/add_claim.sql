\set st random(-3, 3)
\set y random(1855, 2021)
SELECT bilateral.add_claim('pgbench_study', bilateral.make_position('JPN', 'RUS', 'energy', :st, :y::text, NULL), 'pgbench client ' || :client_id);
