-- bench/scale/tiling.sql: one size of bench/run.sh's tiling set in both models, for the lookups at
-- 10M against 1M (psql -v tag=... -v sfx=... -v actors=... -v plain_builds=...).  The generator
-- (bench/generator.sql) tiles 1855..2021 with 10 periods per dyad and issue, so each of the 20,000
-- probes matches exactly one row at every size: the lookups compare like with like.  Loads
-- both models (same rows, same order), checks they hold the same facts, builds both GiST
-- indexes (the extension's 3 times, the plain model's :plain_builds times: one build of it takes
-- about 50 s at 1M and ten minutes or more at 10M), measures the sizes and makes the probes; the
-- tables stay as scale.tile_ext_<sfx>, scale.tile_plain_<sfx> and scale.probe_<sfx>.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '1GB';
SET work_mem = '512MB';

SELECT bench.generate(:actors, 0.42) AS generated_rows \gset
INSERT INTO scale.fact VALUES (:'tag', 'gen', 'generated_rows', :generated_rows);

-- the plain model's daterange is exactly the extension's widest reading of the same period
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM bench.gen
               WHERE bilateral.valid_period(bilateral.make_position(actor, counterpart, issue, stance, valid_from, valid_to))
                     IS DISTINCT FROM daterange(lo, hi)) THEN
        RAISE EXCEPTION 'generator: a plain daterange differs from the extension''s widest reading';
    END IF;
END
$$;

DROP TABLE IF EXISTS scale.tile_ext, scale.tile_plain;
CREATE TABLE scale.tile_ext (p bilateral.bilateral_position);
CREATE TABLE scale.tile_plain (actor char(3), counterpart char(3), issue text, stance smallint, valid daterange);
CHECKPOINT;
CALL scale.timeit(:'tag', 'ext', 'load',
  'INSERT INTO scale.tile_ext SELECT bilateral.make_position(actor, counterpart, issue, stance, valid_from, valid_to) FROM bench.gen ORDER BY id');
CHECKPOINT;
CALL scale.timeit(:'tag', 'plain', 'load',
  'INSERT INTO scale.tile_plain SELECT actor, counterpart, issue, stance, daterange(lo, hi) FROM bench.gen ORDER BY id');
DROP TABLE bench.gen;
VACUUM ANALYZE scale.tile_ext;
VACUUM ANALYZE scale.tile_plain;

-- both tables hold the same facts
CALL bench.check_same_rows('scale.tile_ext', 'scale.tile_plain');

-- index builds, each after a CHECKPOINT; the plain model's first, then the extension's
\set ext_index 'CREATE INDEX tile_ext_gist ON scale.tile_ext USING gist (p)'
\set plain_index 'CREATE INDEX tile_plain_gist ON scale.tile_plain USING gist (actor, counterpart, issue, valid)'
SELECT format('CHECKPOINT; CALL scale.timeit(%L, %L, %L, %L); DROP INDEX scale.tile_plain_gist;',
              :'tag', 'plain', 'index_build', :'plain_index')
  FROM generate_series(1, :plain_builds - 1) \gexec
CHECKPOINT;
CALL scale.timeit(:'tag', 'plain', 'index_build', :'plain_index');
SELECT format('CHECKPOINT; CALL scale.timeit(%L, %L, %L, %L); DROP INDEX scale.tile_ext_gist;',
              :'tag', 'ext', 'index_build', :'ext_index')
  FROM generate_series(1, 2) \gexec
CHECKPOINT;
CALL scale.timeit(:'tag', 'ext', 'index_build', :'ext_index');

VACUUM ANALYZE scale.tile_ext;
VACUUM ANALYZE scale.tile_plain;
CHECKPOINT;
INSERT INTO scale.fact
SELECT :'tag', 'ext', 'rows', count(*) FROM scale.tile_ext
UNION ALL SELECT :'tag', 'plain', 'rows', count(*) FROM scale.tile_plain
UNION ALL SELECT :'tag', 'ext', 'table_mb', pg_relation_size('scale.tile_ext') / 1048576.0
UNION ALL SELECT :'tag', 'plain', 'table_mb', pg_relation_size('scale.tile_plain') / 1048576.0
UNION ALL SELECT :'tag', 'ext', 'index_mb', pg_relation_size('scale.tile_ext_gist') / 1048576.0
UNION ALL SELECT :'tag', 'plain', 'index_mb', pg_relation_size('scale.tile_plain_gist') / 1048576.0;

-- the probes for this size; then the tables take the size's name and stay for lookups.sql
SELECT bench.make_probes(:actors, 20000, 0.7) AS probes \gset
\set probe_name probe_ :sfx
\set ext_name tile_ext_ :sfx
\set ext_index_name tile_ext_ :sfx _gist
\set plain_name tile_plain_ :sfx
\set plain_index_name tile_plain_ :sfx _gist
DROP TABLE IF EXISTS scale.:probe_name, scale.:ext_name, scale.:plain_name;
ALTER TABLE bench.probe SET SCHEMA scale;
ALTER TABLE scale.probe RENAME TO :probe_name;
ALTER TABLE scale.tile_ext RENAME TO :ext_name;
ALTER INDEX scale.tile_ext_gist RENAME TO :ext_index_name;
ALTER TABLE scale.tile_plain RENAME TO :plain_name;
ALTER INDEX scale.tile_plain_gist RENAME TO :plain_index_name;
-- the lookups' plans for this size, now (a plan that does not scan its index stops the run here,
-- not after the next size's builds)
SELECT scale.lookup_plan(:'tag', 'ext', :'sfx') \g /dev/null
SELECT scale.lookup_plan(:'tag', 'plain', :'sfx') \g /dev/null
