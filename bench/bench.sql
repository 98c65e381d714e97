-- bench/bench.sql: the whole measurement in one session (so one backend loads bilateral.so
-- once for the whole run).  Run by bench/run.sh; see docs/benchmark.md.
\set ON_ERROR_STOP on
\ir setup.sql
\set size 100k
\set sfx 100k
\set actors 32
\ir size.sql
\set size 1M
\set sfx 1m
\set actors 100
\ir size.sql
\ir lookups.sql
\ir panel.sql
