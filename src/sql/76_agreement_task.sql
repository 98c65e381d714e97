-- src/sql/76_agreement_task.sql: agreement(task_key), the measures of a closed coding task, from
-- its long rows (bilateral.coding_values, 75_coding.sql) and the aggregates of the C core
-- (55_agreement.sql).  Reference: docs/coding.md, docs/agreement.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE FUNCTION bilateral.agreement(task_key text)
RETURNS TABLE (field text, measure text, value double precision, n_units integer, n_coders integer,
               interval_low double precision, interval_high double precision)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    t record;
BEGIN
    SELECT x.task_key, x.closed_at, x.sources, x.source_chars INTO t
      FROM bilateral.coding_task x WHERE x.task_key = agreement.task_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown coding task "%"', bilateral.clip(agreement.task_key)
            USING ERRCODE = '22023', HINT = 'See bilateral.coding_task; bilateral.create_coding_task() opens one.';
    END IF;
    IF t.closed_at IS NULL THEN
        RAISE EXCEPTION 'coding task "%" is still open', bilateral.clip(agreement.task_key)
            USING ERRCODE = '55000',
                  HINT = 'Agreement is measured once every coding may be read: bilateral.close_task(task_key) closes it (the task''s owner).';
    END IF;
    RETURN QUERY
    WITH v AS (                 -- one value per unit, field and coder: the coder's first coding of the unit
        SELECT DISTINCT ON (cv.unit, cv.field, cv.coder) cv.unit, cv.field, cv.coder::text AS coder, cv.value
          FROM bilateral.coding_values cv
         WHERE cv.task_key = agreement.task_key
         ORDER BY cv.unit, cv.field, cv.coder, cv.coding_id
    ), n AS (                   -- nominal values as numbers for alpha (only equality counts); stance as itself
        SELECT v.*, CASE WHEN v.field = 'stance' THEN v.value::double precision
                         ELSE dense_rank() OVER (PARTITION BY v.field ORDER BY v.value COLLATE "C")::double precision END AS num
          FROM v
    ), per_field AS (
        SELECT n.field,
               count(DISTINCT n.unit)::int AS nu, count(DISTINCT n.coder)::int AS nc,
               bilateral.percent_agreement(n.unit, n.coder, n.value) AS pa,
               bilateral.krippendorff_alpha(n.unit, n.coder, n.num, CASE WHEN n.field = 'stance' THEN 'interval' ELSE 'nominal' END) AS ka,
               bilateral.krippendorff_alpha_interval(n.unit, n.coder, n.num, CASE WHEN n.field = 'stance' THEN 'interval' ELSE 'nominal' END,
                                                     1000, 0.95) AS ki,
               bilateral.fleiss_kappa(n.unit, n.coder, n.value) AS fk,
               bilateral.gwet_ac1(n.unit, n.coder, n.value) AS ac1
          FROM n GROUP BY n.field
    ), two AS (                 -- the two-coder measures, where the task has two coders
        SELECT n.field,
               bilateral.cohen_kappa(n.unit, n.coder, n.value) AS ck,
               CASE WHEN n.field = 'stance' THEN bilateral.weighted_kappa(n.unit, n.coder, n.num, 'quadratic') END AS wk
          FROM n
         WHERE (SELECT count(DISTINCT v.coder) FROM v) = 2
         GROUP BY n.field
    ), spans AS (               -- each coder's coded characters per source, overlapping spans merged
        SELECT s.source_key, s.coder, min(s.span_start) AS span_start, max(s.span_end) AS span_end
          FROM (SELECT r.*, sum(CASE WHEN r.reach IS NULL OR r.span_start > r.reach THEN 1 ELSE 0 END)
                                OVER (PARTITION BY r.source_key, r.coder ORDER BY r.span_start, r.span_end ROWS UNBOUNDED PRECEDING) AS g
                  FROM (SELECT c.source_key, c.coder::text AS coder, c.span_start, c.span_end,
                               max(c.span_end) OVER (PARTITION BY c.source_key, c.coder ORDER BY c.span_start, c.span_end
                                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
                          FROM bilateral.coding_units c WHERE c.task_key = agreement.task_key) r) s
         GROUP BY s.source_key, s.coder, s.g
    ), unitizing AS (
        SELECT count(DISTINCT (s.source_key, s.span_start))::int AS spans, count(DISTINCT s.coder)::int AS nc,
               bilateral.unitizing_alpha(s.source_key, s.coder, s.span_start, s.span_end, l.chars) AS ua
          FROM spans s
          JOIN unnest(t.sources, t.source_chars) l(source_key, chars) ON l.source_key = s.source_key
    )
    SELECT r.field, r.measure, r.value, r.nu, r.nc, r.lo, r.hi
      FROM (SELECT p.field, m.measure, m.value, p.nu, p.nc, m.lo, m.hi, m.ord
              FROM per_field p
              LEFT JOIN two w ON w.field = p.field
             CROSS JOIN LATERAL (VALUES
                   (1, 'percent_agreement', p.pa, NULL::double precision, NULL::double precision),
                   (2, 'krippendorff_alpha', p.ka, p.ki[1], p.ki[2]),
                   (3, 'fleiss_kappa', p.fk, NULL, NULL),
                   (4, 'gwet_ac1', p.ac1, NULL, NULL),
                   (5, 'cohen_kappa', w.ck, NULL, NULL),
                   (6, 'weighted_kappa_quadratic', w.wk, NULL, NULL)) m(ord, measure, value, lo, hi)
             WHERE (m.ord < 5 OR w.field IS NOT NULL) AND (m.ord <> 6 OR p.field = 'stance')
            UNION ALL
            SELECT 'span', 'unitizing_alpha', u.ua,
                   (SELECT count(DISTINCT c.unit)::int FROM bilateral.coding_units c WHERE c.task_key = agreement.task_key),
                   u.nc, NULL, NULL, 7
              FROM unitizing u) r
     ORDER BY r.field = 'span', r.field, r.ord;
END
$$;
COMMENT ON FUNCTION bilateral.agreement(text) IS
    'The agreement of a closed coding task, one row per field and measure: percent agreement, Krippendorff''s alpha (interval for stance, nominal otherwise) with a 95% bootstrap interval (1,000 resamples of units, seed 0), Fleiss'' kappa and Gwet''s AC1 for any number of coders, Cohen''s kappa (and quadratic weighted kappa for stance) when the task has two; then field span, Krippendorff''s unitizing alpha over the characters each coder coded. n_units: the units (coding_units) with a value of the field; n_coders: the coders who gave one. A coder with several codings in one unit counts with the first (lowest coding_id). NULL where a measure is undefined (one category, no pairable values). 55000 while the task is open. docs/coding.md.';
GRANT EXECUTE ON FUNCTION bilateral.agreement(text) TO PUBLIC;
