-- bench/scale/lookups.sql: 20,000 random point-in-time lookups in the tiling sets at 1M and 10M,
-- both models, warm, best of 3 rounds in a different order each round (the machine's background
-- noise then weighs on all four alike).  As bench/lookups.sql: one statement per model and size
-- joins the probe table LATERAL to the index condition; every probe matches exactly one period;
-- the checksum sum(probe id * stance) shows both models found the same rows.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET enable_memoize = off;
SELECT scale.lookup_sql('ext', '1m') AS ext_1m, scale.lookup_sql('plain', '1m') AS plain_1m,
       scale.lookup_sql('ext', '10m') AS ext_10m, scale.lookup_sql('plain', '10m') AS plain_10m \gset

-- warm-up (run 0, not counted), then three rounds
CALL scale.lookup('tile 1M', 'ext', 0, :'ext_1m');
CALL scale.lookup('tile 1M', 'plain', 0, :'plain_1m');
CALL scale.lookup('tile 10M', 'ext', 0, :'ext_10m');
CALL scale.lookup('tile 10M', 'plain', 0, :'plain_10m');
CALL scale.lookup('tile 1M', 'ext', 1, :'ext_1m');
CALL scale.lookup('tile 10M', 'ext', 1, :'ext_10m');
CALL scale.lookup('tile 1M', 'plain', 1, :'plain_1m');
CALL scale.lookup('tile 10M', 'plain', 1, :'plain_10m');
CALL scale.lookup('tile 10M', 'plain', 2, :'plain_10m');
CALL scale.lookup('tile 1M', 'plain', 2, :'plain_1m');
CALL scale.lookup('tile 10M', 'ext', 2, :'ext_10m');
CALL scale.lookup('tile 1M', 'ext', 2, :'ext_1m');
CALL scale.lookup('tile 10M', 'ext', 3, :'ext_10m');
CALL scale.lookup('tile 1M', 'plain', 3, :'plain_1m');
CALL scale.lookup('tile 1M', 'ext', 3, :'ext_1m');
CALL scale.lookup('tile 10M', 'plain', 3, :'plain_10m');
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM scale.lookup r
                WHERE n <> 20000 OR chk IS DISTINCT FROM
                      (SELECT chk FROM scale.lookup c WHERE c.model = 'plain' AND c.tag = r.tag AND c.run = 0)) THEN
        RAISE EXCEPTION 'lookups: the two models did not return the same 20,000 rows';
    END IF;
END $$;
