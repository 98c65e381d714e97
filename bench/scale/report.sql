-- bench/scale/report.sql: the figures of bench/scale.sh as markdown (psql -At).
\pset footer off
SELECT '## Targets';
SELECT '';
SELECT '| figure | ours | target | | plain model, same run |';
SELECT '|---|---:|---:|---|---:|';
WITH q AS (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY q) FILTER (WHERE model = 'ext') AS med_e,
                  max(q) FILTER (WHERE model = 'ext') AS max_e,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY q) FILTER (WHERE model = 'plain') AS med_p,
                  max(q) FILTER (WHERE model = 'plain') AS max_p, count(*) / 2 AS n
             FROM scale.qerr WHERE tag = '1M'),
     imp AS (SELECT sum(ms) FILTER (WHERE metric = 'import_claims') / sum(ms) FILTER (WHERE metric = 'copy_final_rows') AS r,
                    sum(ms) FILTER (WHERE metric IN ('import_claims', 'copy_staging')) / sum(ms) FILTER (WHERE metric = 'copy_final_rows') AS r2
               FROM scale.result WHERE tag = '1M'),
     lk AS (SELECT min(ms) FILTER (WHERE tag = 'tile 10M' AND model = 'ext') / min(ms) FILTER (WHERE tag = 'tile 1M' AND model = 'ext') AS e,
                   min(ms) FILTER (WHERE tag = 'tile 10M' AND model = 'plain') / min(ms) FILTER (WHERE tag = 'tile 1M' AND model = 'plain') AS p
              FROM scale.lookup WHERE run > 0),
     ib AS (SELECT tag, min(ms) FILTER (WHERE model = 'ext') / min(ms) FILTER (WHERE model = 'plain') AS r
              FROM scale.result WHERE metric = 'index_build' AND tag LIKE 'tile %' GROUP BY tag),
     sz AS (SELECT tag, max(value) FILTER (WHERE model = 'ext') / max(value) FILTER (WHERE model = 'plain') AS r
              FROM scale.fact WHERE metric = 'index_mb' AND tag LIKE 'tile %' GROUP BY tag),
     t(o, label, v, target, plain) AS (
        SELECT 1, format('q-error, median over the %s queries (skewed 1M)', n), med_e, 2.0, med_p FROM q
        UNION ALL SELECT 2, 'q-error, maximum', max_e, 10.0, max_p FROM q
        UNION ALL SELECT 3, 'import_claims() of 1,000,000 rows / COPY of the same rows into a plain table with the same indexes', r, 3.0, NULL FROM imp
        UNION ALL SELECT 4, '(the same with the `COPY` of the CSV into the staging table)', r2, 3.0, NULL FROM imp
        UNION ALL SELECT 5, '20,000 warm lookups: 10M / 1M', e, 1.5, p FROM lk WHERE e IS NOT NULL
        UNION ALL SELECT 6, 'index build, ext / plain, at ' || substr(tag, 6), r, 0.25, NULL FROM ib
        UNION ALL SELECT 7, 'index size, ext / plain, at ' || substr(tag, 6), r, 0.5, NULL FROM sz)
SELECT format('| %s | **%s** | ≤ %s | %s | %s |', label, round(v::numeric, 3), target,
              CASE WHEN v <= target THEN 'pass' ELSE 'MISSED' END, coalesce(round(plain::numeric, 3)::text, ''))
  FROM t ORDER BY o, label DESC;
SELECT '';
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
SELECT '';
SELECT '## 10 million claims: bench/run.sh''s tiling set at 1M and 10M'
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT ''
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT 'The generator of `bench/run.sh` (bench/generator.sql): every directed dyad of N actors, 10 issues, 10 periods per dyad and issue tiling 1855..2021, so each of the 20,000 random probes (dyad, issue, day) matches exactly one row at every size. 1M: 100 actors; 10M: 317 actors. Times in ms; index builds and lookups are the best of the runs listed below; lookups are warm, both sizes loaded and looked up in the same rounds.'
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT ''
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT '| figure | ext 1M | plain 1M | ext/plain 1M | ext 10M | plain 10M | ext/plain 10M | ext 10M/1M | plain 10M/1M |'
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT '|---|---:|---:|---:|---:|---:|---:|---:|---:|'
 WHERE EXISTS (SELECT FROM scale.lookup);
WITH f AS (
    SELECT 1 AS o, 'rows' AS label, tag, model, value AS v FROM scale.fact WHERE metric = 'rows' AND tag LIKE 'tile %'
    UNION ALL SELECT 2, 'load (`INSERT … SELECT`, ms, one run)', tag, model, ms FROM scale.result WHERE metric = 'load' AND tag LIKE 'tile %'
    UNION ALL SELECT 3, 'index build (ms, best)', tag, model, min(ms) FROM scale.result WHERE metric = 'index_build' AND tag LIKE 'tile %' GROUP BY tag, model
    UNION ALL SELECT 4, 'heap (MB)', tag, model, value FROM scale.fact WHERE metric = 'table_mb' AND tag LIKE 'tile %'
    UNION ALL SELECT 5, 'index (MB)', tag, model, value FROM scale.fact WHERE metric = 'index_mb' AND tag LIKE 'tile %'
    UNION ALL SELECT 6, '20,000 warm lookups (ms, best of 3)', tag, model, min(ms) FROM scale.lookup WHERE run > 0 GROUP BY tag, model
    UNION ALL SELECT 7, 'per lookup (µs)', tag, model, min(ms) * 1000 / 20000 FROM scale.lookup WHERE run > 0 GROUP BY tag, model
    UNION ALL SELECT 8, 'shared buffers the index scan touches per lookup', tag, model, value FROM scale.fact WHERE metric = 'buffers_per_lookup' AND tag LIKE 'tile %'
), g AS (
    SELECT o, label, CASE WHEN o = 1 THEN 0 ELSE 1 END AS d,
           max(v) FILTER (WHERE tag = 'tile 1M' AND model = 'ext') AS e1, max(v) FILTER (WHERE tag = 'tile 1M' AND model = 'plain') AS p1,
           max(v) FILTER (WHERE tag = 'tile 10M' AND model = 'ext') AS e10, max(v) FILTER (WHERE tag = 'tile 10M' AND model = 'plain') AS p10
      FROM f GROUP BY o, label
)
SELECT format('| %s | %s | %s | %s | %s | %s | %s | %s | %s |', label,
              round(e1::numeric, d), round(p1::numeric, d), round((e1 / p1)::numeric, 3),
              round(e10::numeric, d), round(p10::numeric, d), round((e10 / p10)::numeric, 3),
              round((e10 / e1)::numeric, 2), round((p10 / p1)::numeric, 2))
  FROM g ORDER BY o;
SELECT ''
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT 'Every run (ms; run 0 is the warm-up, not counted; answer = rows, checksum, equal in both models):'
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT ''
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT '| set | figure | model | runs | answer |'
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT '|---|---|---|---|---|'
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT format('| %s | lookups | %s | %s | %s, %s |', substr(tag, 6), model, string_agg(round(ms::numeric, 1)::text, ', ' ORDER BY run),
              min(n), min(chk))
  FROM scale.lookup GROUP BY tag, model ORDER BY tag, model;
SELECT format('| %s | index build | %s | %s | |', substr(tag, 6), model, string_agg(round(ms::numeric, 1)::text, ', ' ORDER BY at))
  FROM scale.result WHERE metric = 'index_build' AND tag LIKE 'tile %' GROUP BY tag, model ORDER BY tag, model;
SELECT ''
 WHERE EXISTS (SELECT FROM scale.lookup);
SELECT format(E'lookups, %s, %s:\n\n```\n%s```\n', substr(tag, 6), model, plan) FROM scale.plan WHERE tag = 'tile 10M' ORDER BY model;
SELECT '## The run: time and disk';
SELECT '';
SELECT '| stage | wall time |';
SELECT '|---|---:|';
SELECT format('| %s | %s min %s s |', metric, floor(value / 60)::int, value::int % 60) FROM scale.fact WHERE tag = 'run' AND model = 'stage' ORDER BY ctid;
SELECT '';
SELECT format('Disk at the peak (after the 10M stage, before the lookups): the database %s GB, `pg_wal` %s GB, the two CSV files %s GB; %s GB of temporary files written over the run (sorts that spill; transient).',
              round((max(value) FILTER (WHERE metric = 'database_mb') / 1024)::numeric, 1),
              round((max(value) FILTER (WHERE metric = 'wal_mb') / 1024)::numeric, 1),
              round((max(value) FILTER (WHERE metric = 'csv_mb') / 1024)::numeric, 1),
              round(((max(value) FILTER (WHERE metric = 'temp_bytes_after') - max(value) FILTER (WHERE metric = 'temp_bytes_before')) / 1073741824)::numeric, 1))
  FROM scale.fact WHERE tag = 'run' AND model = 'disk';
