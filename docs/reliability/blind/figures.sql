-- docs/reliability/blind/figures.sql: the agreement of the blind second coding with the first
-- (release 1.11's claims), before adjudication, as markdown (docs/reliability/blind/figures.md).
-- Run with psql -At after the load that tools/coding-task-sql makes (tools/test/reliability.sh),
-- as the task's owner: the coding task :task is closed, its codings readable.
\set ON_ERROR_STOP 1
SET search_path = bilateral, public;

-- 1. the task's own measures: units are chained overlapping spans; a coder with several codings
--    in one unit counts with the first (docs/coding.md)
SELECT '| field | measure | value | units | coders |' || chr(10) || '|---|---|---|---|---|' || chr(10) ||
       string_agg(format('| %s | %s | %s | %s | %s |', field, measure,
                         coalesce(to_char(value, 'FM0.000'), 'undefined'), n_units, n_coders),
                  chr(10) ORDER BY field = 'span', field, measure)
  FROM agreement(:'task');
SELECT '';

-- 2. which passages both coded: units (chained overlapping spans) by who coded them
WITH u AS (
    SELECT source_key, unit, bool_or(coder = 'blind_first') AS f, bool_or(coder = 'blind_second') AS s
      FROM coding_units WHERE task_key = :'task' GROUP BY source_key, unit
)
SELECT '| document | units | both coders | first only | second only |' || chr(10) || '|---|---|---|---|---|' || chr(10) ||
       string_agg(format('| %s | %s | %s | %s | %s |', d, n, b, fo, so), chr(10) ORDER BY d = 'all', d)
  FROM (SELECT coalesce(substr(source_key, 3), 'all') AS d, count(*) AS n, count(*) FILTER (WHERE f AND s) AS b,
               count(*) FILTER (WHERE f AND NOT s) AS fo, count(*) FILTER (WHERE s AND NOT f) AS so
          FROM u GROUP BY ROLLUP (source_key)) x;
SELECT '';

-- 3. matched units: a unit and a directed dyad both coded (issue), and a unit, dyad and issue both
--    coded (stance, voice, the period's ends); each coder's first coding there (by coding_id)
WITH c AS (
    SELECT u.unit, u.coder, u.coding_id, actor(k."position") AS a, counterpart(k."position") AS b,
           issue(k."position") AS i, stance(k."position") AS st, k.voice,
           bilateral.coding_value(k."position", k.voice, 'valid_from') AS vf,
           bilateral.coding_value(k."position", k.voice, 'valid_to') AS vt
      FROM coding_units u JOIN coding k ON k.coding_id = u.coding_id
     WHERE u.task_key = :'task'
), dy AS (
    SELECT DISTINCT ON (unit, a, b, coder) unit || ' ' || a || '->' || b AS m, coder, i
      FROM c ORDER BY unit, a, b, coder, coding_id
), dy2 AS (SELECT *, dense_rank() OVER (ORDER BY i)::float8 AS i_n   -- nominal alpha reads numbers: a code per value
             FROM dy WHERE m IN (SELECT m FROM dy GROUP BY m HAVING count(*) = 2)
), di AS (
    SELECT DISTINCT ON (unit, a, b, i, coder) unit || ' ' || a || '->' || b || ':' || i AS m, coder, st, voice, vf, vt
      FROM c ORDER BY unit, a, b, i, coder, coding_id
), di2 AS (SELECT *, dense_rank() OVER (ORDER BY voice)::float8 AS voice_n, dense_rank() OVER (ORDER BY vf)::float8 AS vf_n,
                  dense_rank() OVER (ORDER BY vt)::float8 AS vt_n
             FROM di WHERE m IN (SELECT m FROM di GROUP BY m HAVING count(*) = 2)
), r AS (
    SELECT 'issue' AS field, 'unit and dyad' AS matched, count(DISTINCT m) AS n,
           percent_agreement(m, coder, i) AS pa, krippendorff_alpha(m, coder, i_n, 'nominal') AS alpha,
           cohen_kappa(m, coder, i) AS kappa FROM dy2
    UNION ALL
    SELECT 'stance', 'unit, dyad and issue', count(DISTINCT m), percent_agreement(m, coder, st::text),
           krippendorff_alpha(m, coder, st::float8, 'interval'), weighted_kappa(m, coder, st::float8, 'quadratic') FROM di2
    UNION ALL
    SELECT 'voice', 'unit, dyad and issue', count(DISTINCT m), percent_agreement(m, coder, voice),
           krippendorff_alpha(m, coder, voice_n, 'nominal'), cohen_kappa(m, coder, voice) FROM di2
    UNION ALL
    SELECT 'valid_from', 'unit, dyad and issue', count(DISTINCT m), percent_agreement(m, coder, vf),
           krippendorff_alpha(m, coder, vf_n, 'nominal'), cohen_kappa(m, coder, vf) FROM di2
    UNION ALL
    SELECT 'valid_to', 'unit, dyad and issue', count(DISTINCT m), percent_agreement(m, coder, vt),
           krippendorff_alpha(m, coder, vt_n, 'nominal'), cohen_kappa(m, coder, vt) FROM di2
)
SELECT '| field | matched on | units | percent agreement | Krippendorff''s alpha | Cohen''s kappa |' || chr(10) ||
       '|---|---|---|---|---|---|' || chr(10) ||
       string_agg(format('| %s | %s | %s | %s | %s | %s |', field, matched, n,
                         coalesce(to_char(pa, 'FM0.000'), 'undefined'), coalesce(to_char(alpha, 'FM0.000'), 'undefined'),
                         coalesce(to_char(kappa, 'FM0.000'), 'undefined')), chr(10))
  FROM r;
