-- bench/lookups.sql: 20,000 random point-in-time lookups, both models and both sizes, warm,
-- best of 3.  Included by bench/bench.sql once both sizes are loaded and indexed, so that the
-- four queries run side by side in the same minutes (the machine's background noise then weighs
-- on all four alike), in a different order in each round.
--
-- One statement per model and size joins the probe table LATERAL to the index condition: the
-- extension's probe positions were built beforehand (bench.make_probes), so both sides do only
-- the lookup.  Every probe matches exactly one period; the checksum sum(probe id * stance)
-- shows both sides found the same rows.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
-- every probe is distinct, so a Memoize cache (which the planner may put on one side only)
-- could never hit: off for both, so that both sides do only the lookup
SET enable_memoize = off;

\echo == 20,000 random point-in-time lookups, 100k and 1M (warm, best of 3)
\set ext_100k 'SELECT count(*), sum(pr.id * bilateral.stance(e.p))::float8 FROM bench.probe_100k pr CROSS JOIN LATERAL (SELECT p FROM bench.ext_100k WHERE p OPERATOR(bilateral.&&) pr.q) e'
\set plain_100k 'SELECT count(*), sum(pr.id * t.stance)::float8 FROM bench.probe_100k pr CROSS JOIN LATERAL (SELECT stance FROM bench.plain_100k WHERE actor = pr.a AND counterpart = pr.c AND issue = pr.i AND valid @> pr.d) t'
\set ext_1m 'SELECT count(*), sum(pr.id * bilateral.stance(e.p))::float8 FROM bench.probe_1m pr CROSS JOIN LATERAL (SELECT p FROM bench.ext_1m WHERE p OPERATOR(bilateral.&&) pr.q) e'
\set plain_1m 'SELECT count(*), sum(pr.id * t.stance)::float8 FROM bench.probe_1m pr CROSS JOIN LATERAL (SELECT stance FROM bench.plain_1m WHERE actor = pr.a AND counterpart = pr.c AND issue = pr.i AND valid @> pr.d) t'
SELECT bench.explain('100k', 'ext', 'lookups', :'ext_100k', 'ext_100k_gist') \g /dev/null
SELECT bench.explain('100k', 'plain', 'lookups', :'plain_100k', 'plain_100k_gist') \g /dev/null
SELECT bench.explain('1M', 'ext', 'lookups', :'ext_1m', 'ext_1m_gist') \g /dev/null
SELECT bench.explain('1M', 'plain', 'lookups', :'plain_1m', 'plain_1m_gist') \g /dev/null
-- warm-up: one untimed run each (run 0), then the buffers each index scan touches
CALL bench.timeit('100k', 'ext', 'lookups', 0, :'ext_100k');
CALL bench.timeit('100k', 'plain', 'lookups', 0, :'plain_100k');
CALL bench.timeit('1M', 'ext', 'lookups', 0, :'ext_1m');
CALL bench.timeit('1M', 'plain', 'lookups', 0, :'plain_1m');
SELECT bench.buffers('100k', 'ext', :'ext_100k', 20000) \g /dev/null
SELECT bench.buffers('100k', 'plain', :'plain_100k', 20000) \g /dev/null
SELECT bench.buffers('1M', 'ext', :'ext_1m', 20000) \g /dev/null
SELECT bench.buffers('1M', 'plain', :'plain_1m', 20000) \g /dev/null
-- three rounds
CALL bench.timeit('100k', 'ext', 'lookups', 1, :'ext_100k');
CALL bench.timeit('100k', 'plain', 'lookups', 1, :'plain_100k');
CALL bench.timeit('1M', 'ext', 'lookups', 1, :'ext_1m');
CALL bench.timeit('1M', 'plain', 'lookups', 1, :'plain_1m');
CALL bench.timeit('1M', 'plain', 'lookups', 2, :'plain_1m');
CALL bench.timeit('1M', 'ext', 'lookups', 2, :'ext_1m');
CALL bench.timeit('100k', 'plain', 'lookups', 2, :'plain_100k');
CALL bench.timeit('100k', 'ext', 'lookups', 2, :'ext_100k');
CALL bench.timeit('1M', 'ext', 'lookups', 3, :'ext_1m');
CALL bench.timeit('100k', 'ext', 'lookups', 3, :'ext_100k');
CALL bench.timeit('1M', 'plain', 'lookups', 3, :'plain_1m');
CALL bench.timeit('100k', 'plain', 'lookups', 3, :'plain_100k');
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM bench.result r
               WHERE metric = 'lookups'
                 AND (n <> 20000 OR chk IS DISTINCT FROM
                      (SELECT chk FROM bench.result c WHERE c.metric = 'lookups' AND c.model = 'plain'
                                                       AND c.size = r.size AND c.run = 0))) THEN
        RAISE EXCEPTION 'lookups: the two models did not return the same 20,000 rows';
    END IF;
END
$$;
