-- bench/report.sql: turns bench.result / bench.fact / bench.plan into the markdown body of
-- bench/results.md (run by bench/run.sh with psql -At).  Timed figures are the best of 3 runs.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.fmt(x float8, unit text) RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN unit = '' THEN round(x)::text
                WHEN unit IN ('bytes', 'buffers') THEN to_char(x, 'FM99990.0') || ' ' || unit
                ELSE to_char(x, 'FM999999990.00') || ' ' || unit END
$$;

CREATE TEMP VIEW best AS
SELECT size, model, metric, min(ms) AS ms FROM bench.result WHERE run >= 1 GROUP BY 1, 2, 3;

CREATE TEMP VIEW figure AS
SELECT size, model, metric, ms AS value FROM best
UNION ALL
SELECT size, model, metric, value FROM bench.fact;

CREATE TEMP VIEW pair AS
SELECT e.size, e.metric, e.value AS ext, p.value AS plain, e.value / p.value AS ratio
FROM figure e JOIN figure p ON p.size = e.size AND p.metric = e.metric AND p.model = 'plain'
WHERE e.model = 'ext';

CREATE TEMP TABLE target (ord int, metric text, label text, unit text, scale float8, target float8);
INSERT INTO target VALUES
 (1, 'index_build', 'index build (`CREATE INDEX … USING gist`)', 'ms', 1, 0.25),
 (2, 'index_bytes', 'index size (`pg_relation_size`)', 'MB', 1048576, 0.5),
 (3, 'heap_bytes', 'heap size (`pg_relation_size`)', 'MB', 1048576, 0.85),
 (4, 'lookups', '20,000 point-in-time lookups, warm', 'ms', 1, 1.0),
 (5, 'panel', 'dyad-year panel over the whole set (no target)', 'ms', 1, NULL),
 (6, 'panel_naive', 'dyad-year panel, naive form (one run, not a target)', 'ms', 1, NULL),
 (7, 'load', 'load (`INSERT … SELECT`, one run, not a target)', 'ms', 1, NULL),
 (8, 'buffers_per_lookup', 'shared buffers the index scan touches per lookup (`EXPLAIN (ANALYZE, BUFFERS)`)', 'buffers', 1, NULL),
 (8, 'rows', 'rows', '', 1, NULL),
 (9, 'row_bytes', 'mean row size (`pg_column_size` of the row)', 'bytes', 1, NULL);

CREATE TEMP VIEW growth AS
SELECT m.model, m.ms AS ms_1m, k.ms AS ms_100k, m.ms / k.ms AS ratio
FROM best m JOIN best k ON k.model = m.model AND k.metric = 'lookups' AND k.size = '100k'
WHERE m.metric = 'lookups' AND m.size = '1M';

\pset tuples_only on
\pset format unaligned

SELECT '## Targets (1M set; ratio = extension / plain, lower is better for the extension)';
SELECT '';
SELECT '| figure | extension | plain | ratio | target | |';
SELECT '|---|---:|---:|---:|---:|---|';
SELECT format('| %s | %s | %s | **%s** | %s | %s |', t.label,
              pg_temp.fmt(p.ext / t.scale, t.unit), pg_temp.fmt(p.plain / t.scale, t.unit),
              to_char(p.ratio, 'FM990.000'), coalesce('≤ ' || to_char(t.target, 'FM0.00'), '—'),
              CASE WHEN t.target IS NULL THEN '' WHEN p.ratio <= t.target THEN 'pass' ELSE '**MISSED**' END)
FROM target t JOIN pair p ON p.metric = t.metric AND p.size = '1M'
WHERE t.target IS NOT NULL OR t.metric = 'panel' ORDER BY t.ord;
SELECT format('| lookups at 1M / lookups at 100k, extension | %s ms | %s ms | **%s** | ≤ 1.50 | %s |',
              to_char(ms_1m, 'FM999999990.00'), to_char(ms_100k, 'FM999999990.00'),
              to_char(ratio, 'FM990.000'), CASE WHEN ratio <= 1.5 THEN 'pass' ELSE '**MISSED**' END)
FROM growth WHERE model = 'ext';
SELECT format('| lookups at 1M / lookups at 100k, plain (for comparison) | %s ms | %s ms | %s | | |',
              to_char(ms_1m, 'FM999999990.00'), to_char(ms_100k, 'FM999999990.00'),
              to_char(ratio, 'FM990.000'))
FROM growth WHERE model = 'plain';
SELECT '';
SELECT '## All figures';
SELECT '';
SELECT 'Timed figures are the best of 3 runs (ms), measured inside the server with `clock_timestamp()`.';
SELECT '';
SELECT '| figure | set | extension | plain | ratio ext / plain |';
SELECT '|---|---|---:|---:|---:|';
SELECT format('| %s | %s | %s | %s | %s |', t.label, p.size,
              pg_temp.fmt(p.ext / t.scale, t.unit), pg_temp.fmt(p.plain / t.scale, t.unit),
              to_char(p.ratio, 'FM990.000'))
FROM target t JOIN pair p ON p.metric = t.metric
ORDER BY t.ord, p.size DESC;
SELECT format('| per lookup | %s | %s µs | %s µs | %s |', b.size,
              to_char(e.ms * 1000 / 20000, 'FM99990.0'), to_char(b.ms * 1000 / 20000, 'FM99990.0'),
              to_char(e.ms / b.ms, 'FM990.000'))
FROM best b JOIN best e ON e.size = b.size AND e.metric = 'lookups' AND e.model = 'ext'
WHERE b.metric = 'lookups' AND b.model = 'plain' ORDER BY b.size DESC;
SELECT '';
SELECT '## Every run';
SELECT '';
SELECT '| set | figure | model | run 1 | run 2 | run 3 | answer (rows, checksum) |';
SELECT '|---|---|---|---:|---:|---:|---|';
SELECT format('| %s | %s | %s | %s | %s | %s | %s |', size, metric, model,
              to_char(max(ms) FILTER (WHERE run = 1), 'FM999999990.0'),
              to_char(max(ms) FILTER (WHERE run = 2), 'FM999999990.0'),
              to_char(max(ms) FILTER (WHERE run = 3), 'FM999999990.0'),
              coalesce(max(n)::text || ', ' || round(max(chk)::numeric, 3)::text, ''))
FROM bench.result WHERE metric <> 'load' AND run >= 1
GROUP BY size, metric, model
ORDER BY size DESC, metric, model;
SELECT '';
SELECT '## Plans (`EXPLAIN (COSTS OFF)`)';
SELECT format(E'\n%s, %s set, %s:\n\n```\n%s```', query, size, CASE model WHEN 'ext' THEN 'extension' ELSE 'plain' END, plan)
FROM bench.plan ORDER BY query, size DESC, model;
