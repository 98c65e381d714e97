-- docs/reliability/blind/figures_after.sql: after adjudication, how far each coding agrees with the
-- adjudicated claims (docs/reliability/blind/adjudication/final_coding.csv): the coding tasks
-- :task1 (the first coding and the adjudicated one) and :task2 (the second and the adjudicated),
-- made in the database like blind_2026 (tools/test/reliability.sh); as markdown, figures_after.md.
\set ON_ERROR_STOP 1
SET search_path = bilateral, public;
WITH a AS (
    SELECT 'first' AS coding, field, measure, value FROM agreement(:'task1')
    UNION ALL
    SELECT 'second', field, measure, value FROM agreement(:'task2')
)
SELECT '| field | measure | first coding and adjudicated | second coding and adjudicated |' || chr(10) ||
       '|---|---|---|---|' || chr(10) ||
       string_agg(format('| %s | %s | %s | %s |', field, measure,
                         coalesce(to_char(f, 'FM0.000'), 'undefined'), coalesce(to_char(s, 'FM0.000'), 'undefined')),
                  chr(10) ORDER BY field = 'span', field, measure)
  FROM (SELECT field, measure, max(value) FILTER (WHERE coding = 'first') AS f,
               max(value) FILTER (WHERE coding = 'second') AS s
          FROM a WHERE measure IN ('percent_agreement', 'krippendorff_alpha', 'unitizing_alpha')
         GROUP BY field, measure) x;
SELECT '';
-- what became of each coding's claims: kept as coded, changed, dropped (the adjudication's tables)
SELECT '| coding | claims coded | units | units also in the adjudicated coding |' || chr(10) || '|---|---|---|---|' || chr(10) ||
       string_agg(format('| %s | %s | %s | %s |', c, n, u, b), chr(10) ORDER BY c)
  FROM (SELECT CASE WHEN u.task_key = :'task1' THEN 'first' ELSE 'second' END AS c,
               count(*) FILTER (WHERE u.coder <> 'blind_final') AS n,
               count(DISTINCT u.unit) FILTER (WHERE u.coder <> 'blind_final') AS u,
               count(DISTINCT u.unit) FILTER (WHERE u.coder <> 'blind_final' AND EXISTS (
                   SELECT 1 FROM coding_units v WHERE v.task_key = u.task_key AND v.unit = u.unit AND v.coder = 'blind_final')) AS b
          FROM coding_units u WHERE u.task_key IN (:'task1', :'task2') GROUP BY 1) x;
