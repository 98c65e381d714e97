-- bench/size.sql: one data size, both models side by side.  Included twice by bench/bench.sql,
-- with size = 100k or 1M, sfx = 100k or 1m, and actors = the number of actors.
-- Generates the data once, loads it into both models, builds both GiST indexes (best of 3,
-- alternating which goes first), measures heap and index sizes, and makes 20,000 random probes;
-- the tables stay, renamed bench.ext_<sfx> and bench.plain_<sfx>, for bench/lookups.sql.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
\pset footer off
SELECT set_config('bench.size', :'size', false) \g /dev/null

\echo == :size: generating :actors actors x every directed dyad x 10 issues x 10 periods
SELECT bench.generate(:actors, 0.42) AS generated_rows \gset
\echo :generated_rows rows

-- the plain model's daterange is exactly the extension's widest reading of the same period
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM bench.gen
               WHERE bilateral.valid_period(bilateral.make_position(actor, counterpart, issue, stance,
                                                                    valid_from, valid_to))
                     IS DISTINCT FROM daterange(lo, hi)) THEN
        RAISE EXCEPTION 'generator: a plain daterange differs from the extension''s widest reading';
    END IF;
END
$$;

DROP TABLE IF EXISTS bench.ext_pos, bench.plain_pos;
CREATE TABLE bench.ext_pos (p bilateral.bilateral_position);
CREATE TABLE bench.plain_pos (actor char(3), counterpart char(3), issue text, stance smallint, valid daterange);

\echo == :size: loading both models (same rows, same order)
CALL bench.timeit(:'size', 'ext', 'load', 1,
  'INSERT INTO bench.ext_pos SELECT bilateral.make_position(actor, counterpart, issue, stance, valid_from, valid_to) FROM bench.gen ORDER BY id');
CALL bench.timeit(:'size', 'plain', 'load', 1,
  'INSERT INTO bench.plain_pos SELECT actor, counterpart, issue, stance, daterange(lo, hi) FROM bench.gen ORDER BY id');
VACUUM ANALYZE bench.ext_pos;
VACUUM ANALYZE bench.plain_pos;

-- both tables hold the same facts
CALL bench.check_same_rows('bench.ext_pos', 'bench.plain_pos');

\echo == :size: index builds (best of 3)
\set ext_index 'CREATE INDEX ext_pos_gist ON bench.ext_pos USING gist (p)'
\set plain_index 'CREATE INDEX plain_pos_gist ON bench.plain_pos USING gist (actor, counterpart, issue, valid)'
CHECKPOINT;
CALL bench.timeit(:'size', 'ext', 'index_build', 1, :'ext_index');
CHECKPOINT;
CALL bench.timeit(:'size', 'plain', 'index_build', 1, :'plain_index');
DROP INDEX bench.ext_pos_gist;
DROP INDEX bench.plain_pos_gist;
CHECKPOINT;
CALL bench.timeit(:'size', 'plain', 'index_build', 2, :'plain_index');
CHECKPOINT;
CALL bench.timeit(:'size', 'ext', 'index_build', 2, :'ext_index');
DROP INDEX bench.ext_pos_gist;
DROP INDEX bench.plain_pos_gist;
CHECKPOINT;
CALL bench.timeit(:'size', 'ext', 'index_build', 3, :'ext_index');
CHECKPOINT;
CALL bench.timeit(:'size', 'plain', 'index_build', 3, :'plain_index');

VACUUM ANALYZE bench.ext_pos;
VACUUM ANALYZE bench.plain_pos;
CHECKPOINT;
INSERT INTO bench.fact
SELECT :'size', 'ext', 'rows', count(*) FROM bench.ext_pos
UNION ALL SELECT :'size', 'plain', 'rows', count(*) FROM bench.plain_pos
UNION ALL SELECT :'size', 'ext', 'heap_bytes', pg_relation_size('bench.ext_pos')
UNION ALL SELECT :'size', 'plain', 'heap_bytes', pg_relation_size('bench.plain_pos')
UNION ALL SELECT :'size', 'ext', 'index_bytes', pg_relation_size('bench.ext_pos_gist')
UNION ALL SELECT :'size', 'plain', 'index_bytes', pg_relation_size('bench.plain_pos_gist')
UNION ALL SELECT :'size', 'ext', 'row_bytes', avg(pg_column_size(e.*)) FROM bench.ext_pos e
UNION ALL SELECT :'size', 'plain', 'row_bytes', avg(pg_column_size(t.*)) FROM bench.plain_pos t;

-- the probes for this size; then the tables take the size's name and stay for lookups.sql
SELECT bench.make_probes(:actors, 20000, 0.7) AS probes \gset
\set probe_name probe_ :sfx
\set ext_name ext_ :sfx
\set ext_index_name ext_ :sfx _gist
\set plain_name plain_ :sfx
\set plain_index_name plain_ :sfx _gist
ALTER TABLE bench.probe RENAME TO :probe_name;
ALTER TABLE bench.ext_pos RENAME TO :ext_name;
ALTER INDEX bench.ext_pos_gist RENAME TO :ext_index_name;
ALTER TABLE bench.plain_pos RENAME TO :plain_name;
ALTER INDEX bench.plain_pos_gist RENAME TO :plain_index_name;
DROP TABLE bench.gen;
