-- bench/state_panel.sql: the full directed COW dyad-year panel 1816-2016 (about 1.9 million
-- dyad-years), built by bilateral.dyad_years(..., all_dyads => true) and by plain SQL from the same
-- catalogue, side by side in one session (bench/state_panel.sh runs it and writes the results).
--
-- The plain way is what a user writes without the function: state-years from the membership
-- spells (each spell's code from the code eras), joined with themselves on the year where the two
-- spells share a day, and for each dyad-year the claims, treaties and events counted by
-- correlated subqueries over the same tables (the approach of bilateral 1.0's dyad_years).
-- Both answers are reduced to (rows, claims, treaties, events) so that no rows travel to the
-- client, and must agree.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET jit = off;
SET max_parallel_workers_per_gather = 0;
\pset footer off

\set ext 'SELECT count(*) AS dyad_years, sum(n_claims) AS claims, sum(treaties_in_force) AS treaties, sum(events) AS events FROM bilateral.dyad_years(1816, 2016, all_dyads => true) WHERE issue IS NULL AND in_system'
\set plain 'WITH sy AS (SELECT m.actor, coalesce((SELECT e.code::int FROM bilateral.actor_code_era e WHERE e.actor = m.actor AND e.system = ''cow'' AND coalesce(e.valid_from, ''-infinity'') <= m.member_from AND coalesce(e.valid_to, ''infinity'') >= m.member_from ORDER BY e.valid_from DESC NULLS LAST LIMIT 1), x.cow_ccode) AS code, y AS year, greatest(m.member_from, make_date(y, 1, 1)) AS f, least(coalesce(m.member_to, DATE ''2016-12-31''), make_date(y, 12, 31)) AS t FROM bilateral.system_membership m JOIN bilateral.actor x ON x.actor = m.actor CROSS JOIN LATERAL generate_series(extract(year FROM m.member_from)::int, least(extract(year FROM coalesce(m.member_to, DATE ''2016-12-31''))::int, 2016)) y WHERE m.system = ''cow''), dy AS (SELECT a.code AS c1, b.code AS c2, a.actor AS a1, b.actor AS a2, a.year, (SELECT count(*)::int FROM bilateral.position_claim p WHERE p.claim_actor = a.actor AND p.claim_counterpart = b.actor AND p.voice = ''state'' AND bilateral.valid_period(p.position) && daterange(make_date(a.year, 1, 1), make_date(a.year + 1, 1, 1))) AS n_claims, (SELECT count(*)::int FROM bilateral.treaty t WHERE bilateral.parties(t.treaty) @> ARRAY[a.actor, b.actor] AND t.in_force_from <= make_date(a.year, 12, 31) AND (t.in_force_to IS NULL OR t.in_force_to >= make_date(a.year, 1, 1))) AS treaties, (SELECT count(DISTINCT e.event_key)::int FROM bilateral.event e WHERE e.actors @> ARRAY[a.actor, b.actor] AND e.occurred_from <= make_date(a.year, 12, 31) AND e.occurred_to >= make_date(a.year, 1, 1)) AS events FROM sy a JOIN sy b ON b.year = a.year AND b.actor <> a.actor AND greatest(a.f, b.f) <= least(a.t, b.t)) SELECT count(*) AS dyad_years, sum(n_claims) AS claims, sum(treaties) AS treaties, sum(events) AS events FROM dy'

CREATE TEMP TABLE timing (what text, run int, ms numeric);
CREATE TEMP TABLE answer (what text, dyad_years bigint, claims bigint, treaties bigint, events bigint);

CREATE FUNCTION pg_temp.timeit(what text, run int, q text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; r record;
BEGIN
    t0 := clock_timestamp();
    EXECUTE q INTO r;
    INSERT INTO timing VALUES (what, run, round(extract(epoch FROM clock_timestamp() - t0) * 1000, 1));
    IF run = 1 THEN INSERT INTO answer VALUES (what, r.dyad_years, r.claims, r.treaties, r.events); END IF;
END $$;

-- warm both (catalogue pages in shared buffers), then alternate who goes first
SELECT pg_temp.timeit('warm-ext', 0, :'ext');
SELECT pg_temp.timeit('ext', 1, :'ext');
SELECT pg_temp.timeit('plain', 1, :'plain');
SELECT pg_temp.timeit('plain', 2, :'plain');
SELECT pg_temp.timeit('ext', 2, :'ext');
SELECT pg_temp.timeit('ext', 3, :'ext');

\echo answers (must be equal)
SELECT * FROM answer ORDER BY what;
\echo best times
SELECT what, min(ms) AS best_ms, count(*) AS runs FROM timing WHERE run > 0 GROUP BY what ORDER BY what;
SELECT (SELECT min(ms) FROM timing WHERE what = 'ext' AND run > 0) / (SELECT min(ms) FROM timing WHERE what = 'plain') AS ratio,
       (SELECT count(DISTINCT (dyad_years, claims, treaties, events)) FROM answer) = 1 AS same_answer \gset
\echo ratio :ratio same_answer :same_answer
