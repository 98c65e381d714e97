-- docs/reliability/figures.sql: the published reliability figures (figures.md,
-- figures_before_adjudication.md), computed in SQL by the extension's agreement aggregates over the
-- stored codings: the second coding (second_coding.csv, what the second coder gave each unit of
-- units.csv) against the first coding, as it is now in bilateral.position_claim (the shipped
-- claims, after adjudication) or, with -v before=1, as it stood when the codings were compared
-- (first_coding.csv).  Run by tools/test/reliability.sh in the test command, which compares its
-- output with the two pages; run by hand from this folder:
--   psql -X -q -At -v before=0 -f figures.sql
-- (needs the extension installed; reads the CSV files of this folder with \copy).
\set ON_ERROR_STOP 1
SET search_path = bilateral, public;
CREATE TEMP TABLE rel_unit (unit int PRIMARY KEY, source_key text, document text, locator text, actor text,
                            counterpart text, quote text);
CREATE TEMP TABLE rel_sample (unit int PRIMARY KEY, claim_id bigint);
CREATE TEMP TABLE rel_second (unit int PRIMARY KEY, issue text, stance text, voice text, valid_from text,
                              valid_to text, confidence text, note text);
CREATE TEMP TABLE rel_first_then (unit int PRIMARY KEY, claim_id bigint, "position" text, voice text);
CREATE TEMP TABLE rel_adjudication (unit int, claim_id bigint, field text, first text, second text,
                                    resolution text, value text, reason text);
\copy rel_unit FROM 'units.csv' (FORMAT csv, HEADER)
\copy rel_sample FROM 'sample.csv' (FORMAT csv, HEADER)
\copy rel_second FROM 'second_coding.csv' (FORMAT csv, HEADER)
\copy rel_first_then FROM 'first_coding.csv' (FORMAT csv, HEADER)
\copy rel_adjudication FROM 'adjudication.csv' (FORMAT csv, HEADER)

-- the first coding of each sampled unit, as text fields of its position literal
CREATE TEMP VIEW rel_first AS
SELECT s.unit, split_part(split_part(f.p, ':', 1), '->', 1) AS actor, split_part(f.p, ':', 2) AS issue,
       split_part(f.p, ':', 3)::int AS stance, split_part(split_part(f.p, ':', 4), '/', 1) AS valid_from,
       split_part(split_part(f.p, ':', 4), '/', 2) AS valid_to, f.voice
  FROM rel_sample s
  JOIN LATERAL (SELECT c."position"::text AS p, c.voice FROM bilateral.position_claim c
                 WHERE c.claim_id = s.claim_id AND :'before' = '0'
                UNION ALL
                SELECT t."position", t.voice FROM rel_first_then t
                 WHERE t.claim_id = s.claim_id AND :'before' = '1') f ON true;

-- a unit compared: both codings, side by side (a unit whose claim was deleted since is not)
CREATE TEMP VIEW rel_pair AS
SELECT f.unit, f.issue AS issue_1, s.issue AS issue_2, f.stance AS stance_1, nullif(s.stance, '')::int AS stance_2,
       f.voice AS voice_1, s.voice AS voice_2, f.valid_from AS from_1, s.valid_from AS from_2,
       f.valid_to AS to_1, s.valid_to AS to_2
  FROM rel_first f JOIN rel_second s ON s.unit = f.unit;

-- the two coders as rows (unit, coder, value), what the aggregates read
CREATE TEMP VIEW rel_long AS
SELECT p.unit::text AS unit, c.coder, c.issue, c.stance, c.voice, p.issue_1 = p.issue_2 AS same_issue,
       p.stance_2 IS NOT NULL AS stance_2_given
  FROM rel_pair p
 CROSS JOIN LATERAL (VALUES ('first', p.issue_1, p.stance_1, p.voice_1),
                            ('second', p.issue_2, p.stance_2, p.voice_2)) c(coder, issue, stance, voice);

-- a period's widest reading, first and last day (an open end: the calendar's first or last day)
CREATE TEMP VIEW rel_overlap AS
SELECT p.unit,
       greatest(0, least(b1.hi, b2.hi) - greatest(b1.lo, b2.lo) + 1)::numeric
       / (greatest(b1.hi, b2.hi) - least(b1.lo, b2.lo) + 1) AS jaccard
  FROM rel_pair p
 CROSS JOIN LATERAL (SELECT coalesce((SELECT first_day FROM bilateral.partial_date_bounds(nullif(nullif(p.from_1, '..'), ''))), DATE '0001-01-01') AS lo,
                            coalesce((SELECT last_day FROM bilateral.partial_date_bounds(nullif(nullif(p.to_1, '..'), ''))), DATE '9999-12-31') AS hi) b1
 CROSS JOIN LATERAL (SELECT coalesce((SELECT first_day FROM bilateral.partial_date_bounds(nullif(nullif(p.from_2, '..'), ''))), DATE '0001-01-01') AS lo,
                            coalesce((SELECT last_day FROM bilateral.partial_date_bounds(nullif(nullif(p.to_2, '..'), ''))), DATE '9999-12-31') AS hi) b2;

CREATE TEMP VIEW rel_figures AS
WITH st AS (SELECT * FROM rel_pair WHERE stance_2 IS NOT NULL),
     si AS (SELECT * FROM st WHERE issue_1 = issue_2),
     pct AS (SELECT 1)
SELECT 1 AS n, format('| stance (-3..+3) | %s | %s exact, %s within one step | weighted kappa (quadratic) %s; Krippendorff''s alpha (interval) %s |',
              (SELECT count(*) FROM st),
              (SELECT format('%s/%s (%s%%)', count(*) FILTER (WHERE stance_1 = stance_2), count(*), round(100.0 * count(*) FILTER (WHERE stance_1 = stance_2) / count(*))) FROM st),
              (SELECT format('%s/%s (%s%%)', count(*) FILTER (WHERE abs(stance_1 - stance_2) <= 1), count(*), round(100.0 * count(*) FILTER (WHERE abs(stance_1 - stance_2) <= 1) / count(*))) FROM st),
              (SELECT to_char(bilateral.weighted_kappa(unit, coder, stance, 'quadratic'), 'FM0.00') FROM rel_long WHERE stance_2_given),
              (SELECT to_char(bilateral.krippendorff_alpha(unit, coder, stance, 'interval'), 'FM0.00') FROM rel_long WHERE stance_2_given)) AS line
UNION ALL
SELECT 2, format('| stance, where both chose the same issue | %s | %s exact | weighted kappa (quadratic) %s |',
              (SELECT count(*) FROM si),
              (SELECT format('%s/%s (%s%%)', count(*) FILTER (WHERE stance_1 = stance_2), count(*), round(100.0 * count(*) FILTER (WHERE stance_1 = stance_2) / count(*))) FROM si),
              (SELECT to_char(bilateral.weighted_kappa(unit, coder, stance, 'quadratic'), 'FM0.00') FROM rel_long WHERE stance_2_given AND same_issue))
UNION ALL
SELECT 3, format('| issue | %s | %s | Cohen''s kappa %s |',
              (SELECT count(*) FROM rel_pair),
              (SELECT format('%s/%s (%s%%)', count(*) FILTER (WHERE issue_1 = issue_2), count(*), round(100.0 * count(*) FILTER (WHERE issue_1 = issue_2) / count(*))) FROM rel_pair),
              (SELECT to_char(bilateral.cohen_kappa(unit, coder, issue), 'FM0.00') FROM rel_long))
UNION ALL
SELECT 4, format('| voice | %s | %s | Cohen''s kappa %s |',
              (SELECT count(*) FROM rel_pair),
              (SELECT format('%s/%s (%s%%)', count(*) FILTER (WHERE voice_1 = voice_2), count(*), round(100.0 * count(*) FILTER (WHERE voice_1 = voice_2) / count(*))) FROM rel_pair),
              (SELECT to_char(bilateral.cohen_kappa(unit, coder, voice), 'FM0.00') FROM rel_long))
UNION ALL
SELECT 5, format('| period | %s | first day %s, last day %s, both %s | mean overlap (Jaccard, days) %s |',
              (SELECT count(*) FROM rel_pair),
              (SELECT format('%s/%s (%s%%)', count(*) FILTER (WHERE from_1 = from_2), count(*), round(100.0 * count(*) FILTER (WHERE from_1 = from_2) / count(*))) FROM rel_pair),
              (SELECT format('%s/%s (%s%%)', count(*) FILTER (WHERE to_1 = to_2), count(*), round(100.0 * count(*) FILTER (WHERE to_1 = to_2) / count(*))) FROM rel_pair),
              (SELECT format('%s/%s (%s%%)', count(*) FILTER (WHERE from_1 = from_2 AND to_1 = to_2), count(*), round(100.0 * count(*) FILTER (WHERE from_1 = from_2 AND to_1 = to_2) / count(*))) FROM rel_pair),
              (SELECT to_char(avg(jaccard), 'FM0.00') FROM rel_overlap))
UNION ALL
SELECT 6, ''
UNION ALL
SELECT 7, format('%s units drawn (seed 20261130, `docs/reliability/sample.csv`); %s compared%s.',
              (SELECT count(*) FROM rel_unit), (SELECT count(*) FROM rel_pair),
              (SELECT CASE WHEN count(*) > 0 THEN '; not compared (claim deleted since): ' || string_agg(s.unit::text, ', ' ORDER BY s.unit) ELSE '' END
                 FROM rel_sample s WHERE NOT EXISTS (SELECT 1 FROM rel_pair p WHERE p.unit = s.unit)))
UNION ALL
SELECT 8, (SELECT format('Disagreements adjudicated (`docs/reliability/adjudication.csv`): %s; %s.', sum(n),
                          string_agg(resolution || ' ' || n, ', ' ORDER BY resolution))
             FROM (SELECT resolution, count(*) AS n FROM rel_adjudication GROUP BY resolution) a)
 WHERE :'before' = '0';

\echo '| figure | units | agreement | coefficient |'
\echo '|---|---|---|---|'
SELECT line FROM rel_figures ORDER BY n;
