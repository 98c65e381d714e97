-- bench/scale/load.sql: generate :n skewed claims and load both models (psql -v n=... -v tag=...).
-- The generator (docs/benchmark.md, "Planner estimates, import and scale"): subjects from the
-- shipped catalogue (27 actors, 14 issues) drawn with a power law (the top dyad ~7% of the rows,
-- its top issue ~2%); starts skewed toward recent years (1816..2021, density rising to the
-- present); lengths one day (30%), up to 60 days (30%), up to 5 years (30%), up to 40 years (10%);
-- bounds at year, month or day precision; 1% open starts, 1% open ends.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '1GB';
SET work_mem = '256MB';
SELECT setseed(0.1316);
DROP TABLE IF EXISTS scale.gen, scale.ext, scale.plain;
CREATE UNLOGGED TABLE scale.gen AS
WITH cat AS (
    SELECT (SELECT array_agg(actor ORDER BY actor) FROM bilateral.actor WHERE shipped) AS actors,
           (SELECT array_agg(issue ORDER BY issue) FROM bilateral.issue WHERE shipped) AS issues
), r AS (
    SELECT i, floor(power(random(), 4) * (array_length(actors, 1) * (array_length(actors, 1) - 1)))::int AS k,
           1 + floor(power(random(), 2) * array_length(issues, 1))::int AS iss,
           random() AS u1, random() AS u2, random() AS u3, random() AS u4, actors, issues
      FROM generate_series(1, :n) i, cat
), d AS (
    SELECT i, actors[1 + k / (array_length(actors, 1) - 1)] AS a,
           actors[1 + (k % (array_length(actors, 1) - 1) + CASE WHEN k % (array_length(actors, 1) - 1) >= k / (array_length(actors, 1) - 1) THEN 1 ELSE 0 END)] AS c,
           issues[iss] AS issue,
           make_date(2021 - floor(205 * power(u1, 2))::int, 1, 1) + floor(365 * u2)::int AS s,
           CASE WHEN u3 < 0.3 THEN 0 WHEN u3 < 0.6 THEN floor(u4 * 60) WHEN u3 < 0.9 THEN floor(u4 * 1826)
                ELSE floor(u4 * 14610) END::int AS len
      FROM r
)
SELECT i, format('%s->%s:%s:%s:%s/%s', a, c, issue, i % 7 - 3,
                 CASE WHEN i % 100 = 13 THEN '..' ELSE to_char(s, (ARRAY['YYYY', 'YYYY-MM', 'YYYY-MM-DD'])[1 + i % 3]) END,
                 CASE WHEN i % 100 = 7 THEN '..' ELSE to_char(s + len, (ARRAY['YYYY', 'YYYY-MM', 'YYYY-MM-DD'])[1 + (i / 3) % 3]) END) AS literal
  FROM d;

CREATE TABLE scale.ext (claim_id bigint, position bilateral.bilateral_position);
CREATE TABLE scale.plain (claim_id bigint, actor char(3), counterpart char(3), issue text, stance smallint, valid daterange);
CALL scale.timeit(:'tag', 'ext', 'load', $$INSERT INTO scale.ext SELECT i, literal::bilateral.bilateral_position FROM scale.gen$$);
CALL scale.timeit(:'tag', 'plain', 'load', $$INSERT INTO scale.plain SELECT claim_id, bilateral.actor(position), bilateral.counterpart(position), bilateral.issue(position), bilateral.stance(position), bilateral.valid_period(position) FROM scale.ext$$);
CALL scale.timeit(:'tag', 'ext', 'index_build', $$CREATE INDEX ext_gist ON scale.ext USING gist (position)$$);
CALL scale.timeit(:'tag', 'plain', 'index_build', $$CREATE INDEX plain_gist ON scale.plain USING gist (actor, counterpart, issue, valid)$$);
VACUUM ANALYZE scale.ext;
VACUUM ANALYZE scale.plain;
CALL scale.timeit(:'tag', 'ext', 'analyze', $$ANALYZE scale.ext$$);
CALL scale.timeit(:'tag', 'plain', 'analyze', $$ANALYZE scale.plain$$);
INSERT INTO scale.fact VALUES
    (:'tag', 'ext', 'rows', (SELECT count(*) FROM scale.ext)),
    (:'tag', 'plain', 'rows', (SELECT count(*) FROM scale.plain)),
    (:'tag', 'ext', 'table_mb', pg_relation_size('scale.ext') / 1048576.0),
    (:'tag', 'plain', 'table_mb', pg_relation_size('scale.plain') / 1048576.0),
    (:'tag', 'ext', 'index_mb', pg_relation_size('scale.ext_gist') / 1048576.0),
    (:'tag', 'plain', 'index_mb', pg_relation_size('scale.plain_gist') / 1048576.0);
