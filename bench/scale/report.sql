-- bench/scale/report.sql: the figures of bench/scale.sh as markdown (psql -At).
\pset footer off
SELECT '## Planner estimates (q-error), ' || (SELECT value FROM scale.fact WHERE metric = 'rows' AND model = 'ext' AND tag = '1M')::bigint || ' skewed claims';
SELECT '';
SELECT 'q-error = max(estimate/actual, actual/estimate), counts below 1 taken as 1; estimate = the planner''s rows for the query''s top node, actual = count(*).';
SELECT '';
SELECT '| | queries | median (ext) | max (ext) | median (plain) | max (plain) |';
SELECT '|---|---|---|---|---|---|';
SELECT format('| %s | %s | %s | %s | %s | %s |', coalesce(kind, '**all**'), count(*) / 2,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY q) FILTER (WHERE model = 'ext'))::numeric, 2),
              round((max(q) FILTER (WHERE model = 'ext'))::numeric, 2),
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY q) FILTER (WHERE model = 'plain'))::numeric, 2),
              round((max(q) FILTER (WHERE model = 'plain'))::numeric, 2))
  FROM scale.qerr WHERE tag = '1M' GROUP BY ROLLUP (kind) ORDER BY kind NULLS LAST;
SELECT '';
SELECT '| query | actual | ext estimate | ext q | plain estimate | plain q |';
SELECT '|---|---|---|---|---|---|';
SELECT format('| %s | %s | %s | %s | %s | %s |', e.query, e.actual::bigint, e.est::bigint, round(e.q::numeric, 2), p.est::bigint, round(p.q::numeric, 2))
  FROM scale.qerr e JOIN scale.qerr p ON p.tag = e.tag AND p.query = e.query AND p.model = 'plain'
 WHERE e.model = 'ext' AND e.tag = '1M' ORDER BY e.kind, e.query;
SELECT '';
SELECT '## A user''s table of 206 dates joined with the claims';
SELECT '';
SELECT format(E'%s:\n\n```\n%s```\n', model || ', ' || query, plan) FROM scale.plan WHERE tag = '1M' ORDER BY model, query;
SELECT '## Bulk import of 1,000,000 claims';
SELECT '';
SELECT '| step | ms | vs COPY |';
SELECT '|---|---|---|';
WITH c AS (SELECT ms FROM scale.result WHERE metric = 'copy_final_rows' AND tag = '1M')
SELECT format('| %s | %s | %s |', r.label, round(r.ms), round((r.ms / c.ms)::numeric, 2))
  FROM (SELECT 'COPY of the final rows into a plain table with position_claim''s columns and indexes' AS label, ms, 1 AS o FROM scale.result WHERE metric = 'copy_final_rows' AND tag = '1M'
        UNION ALL SELECT 'COPY of the CSV into the staging table', ms, 2 FROM scale.result WHERE metric = 'copy_staging' AND tag = '1M'
        UNION ALL SELECT 'import_claims() (check every row, then insert), as an ordinary role', ms, 3 FROM scale.result WHERE metric = 'import_claims' AND tag = '1M'
        UNION ALL SELECT '**staging COPY + import_claims()**', sum(ms), 4 FROM scale.result WHERE metric IN ('copy_staging', 'import_claims') AND tag = '1M') r, c
 ORDER BY r.o;
SELECT '';
SELECT '## Load, index build, sizes (skewed 1M set)';
SELECT '';
SELECT '| | ext | plain | ext / plain |';
SELECT '|---|---|---|---|';
SELECT format('| %s (ms) | %s | %s | %s |', metric, round(max(ms) FILTER (WHERE model = 'ext')), round(max(ms) FILTER (WHERE model = 'plain')),
              round((max(ms) FILTER (WHERE model = 'ext') / max(ms) FILTER (WHERE model = 'plain'))::numeric, 2))
  FROM scale.result WHERE tag = '1M' AND metric IN ('load', 'index_build', 'analyze') GROUP BY metric ORDER BY metric;
SELECT format('| %s | %s | %s | %s |', metric, round(max(value) FILTER (WHERE model = 'ext')::numeric, 1), round(max(value) FILTER (WHERE model = 'plain')::numeric, 1),
              round((max(value) FILTER (WHERE model = 'ext') / max(value) FILTER (WHERE model = 'plain'))::numeric, 2))
  FROM scale.fact WHERE tag = '1M' AND metric IN ('table_mb', 'index_mb') GROUP BY metric ORDER BY metric;
