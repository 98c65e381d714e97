-- bench/panel.sql: the directed dyad-year panel over the whole set, both models, best of 3
-- (alternating which goes first).  Included by bench/bench.sql after the 1M bench/size.sql.
-- For each (actor, counterpart, issue, year) the day-weighted mean stance over the days of that
-- year the periods cover (widest reading).  Both queries have the same shape: an inner select
-- that yields (actor, counterpart, issue, stance, lo, hi) with [lo, hi) the period, and the same
-- outer query that spreads each period over its years and aggregates.  The answer is reduced to
-- (groups, checksum) so that no rows travel to the client.
--
-- The timed form fences the inner select with OFFSET 0 on both sides, so that its columns are
-- computed once per period; without the fence the planner pulls the subquery up and computes
-- them once per (period, year) row, about 17 times as often.  That naive form is also run once
-- per model ('panel_naive'), not as a target: it shows what the per-row accessors cost.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
\pset footer off

\echo == :size: dyad-year panel over the whole set (best of 3, then the naive form once)
\set panel_outer 'SELECT count(*), sum(mean_stance) FROM (SELECT actor, counterpart, issue, y AS year, sum(stance * (least(hi, make_date(y + 1, 1, 1)) - greatest(lo, make_date(y, 1, 1))))::float8 / sum(least(hi, make_date(y + 1, 1, 1)) - greatest(lo, make_date(y, 1, 1))) AS mean_stance FROM ('
\set panel_tail ') s, generate_series(extract(year FROM lo)::int, extract(year FROM hi - 1)::int) AS y GROUP BY actor, counterpart, issue, y) panel'
\set ext_inner 'SELECT bilateral.actor(p) AS actor, bilateral.counterpart(p) AS counterpart, bilateral.issue(p) AS issue, bilateral.stance(p) AS stance, bilateral.valid_from(p) AS lo, bilateral.valid_to(p) + 1 AS hi FROM bench.ext_1m'
\set plain_inner 'SELECT actor, counterpart, issue, stance, lower(valid) AS lo, upper(valid) AS hi FROM bench.plain_1m'
SELECT :'panel_outer' || :'ext_inner' || ' OFFSET 0' || :'panel_tail' AS ext_panel,
       :'panel_outer' || :'plain_inner' || ' OFFSET 0' || :'panel_tail' AS plain_panel,
       :'panel_outer' || :'ext_inner' || :'panel_tail' AS ext_naive,
       :'panel_outer' || :'plain_inner' || :'panel_tail' AS plain_naive \gset
SELECT bench.explain(:'size', 'ext', 'panel', :'ext_panel', 'ext_1m') \g /dev/null
SELECT bench.explain(:'size', 'plain', 'panel', :'plain_panel', 'plain_1m') \g /dev/null
CALL bench.timeit(:'size', 'ext', 'panel', 1, :'ext_panel');
CALL bench.timeit(:'size', 'plain', 'panel', 1, :'plain_panel');
CALL bench.timeit(:'size', 'plain', 'panel', 2, :'plain_panel');
CALL bench.timeit(:'size', 'ext', 'panel', 2, :'ext_panel');
CALL bench.timeit(:'size', 'ext', 'panel', 3, :'ext_panel');
CALL bench.timeit(:'size', 'plain', 'panel', 3, :'plain_panel');
SELECT bench.explain(:'size', 'ext', 'panel_naive', :'ext_naive', 'ext_1m') \g /dev/null
SELECT bench.explain(:'size', 'plain', 'panel_naive', :'plain_naive', 'plain_1m') \g /dev/null
CALL bench.timeit(:'size', 'plain', 'panel_naive', 1, :'plain_naive');
CALL bench.timeit(:'size', 'ext', 'panel_naive', 1, :'ext_naive');
DO $$
BEGIN
    IF (SELECT count(DISTINCT (n, round(chk::numeric, 3))) FROM bench.result
        WHERE metric IN ('panel', 'panel_naive')) <> 1 THEN
        RAISE EXCEPTION 'panel: the two models gave different answers';
    END IF;
END
$$;
