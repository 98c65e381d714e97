-- Operator classes: validation, btree, hash, GiST index scans, EXCLUDE,
-- binary COPY round trips, and the stored size of a position.
SET search_path TO bilateral, public;
SET datestyle TO ISO;

-- every operator class the extension defines passes amvalidate()
SELECT opc.opcname, am.amname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcnamespace = 'bilateral'::regnamespace
ORDER BY 1, 2;

CREATE TABLE pos (id int PRIMARY KEY, p bilateral_position NOT NULL);
INSERT INTO pos
SELECT i, make_position(a, c, iss, (i % 7) - 3, y::text, (y + 1 + i % 3)::text)
FROM generate_series(1, 6000) i,
     LATERAL (SELECT (ARRAY['JPN','RUS','USA','CHN'])[1 + i % 4] AS a,
                     (ARRAY['KOR','PRK','UKR'])[1 + (i / 4) % 3] AS c,
                     (ARRAY['energy','peace_treaty','territorial_dispute','sanctions','trade'])[1 + (i / 12) % 5] AS iss,
                     1855 + (i / 60) % 160 AS y) x;
INSERT INTO pos VALUES (0, 'JPN->RUS:territorial_dispute:-2:1956-10-19/2016-12');
ANALYZE pos;

-- stored compactly: 12-character issue <= 24 bytes, 32 characters <= 40
CREATE TABLE sizes (p bilateral_position);
INSERT INTO sizes VALUES ('JPN->RUS:abcdefghijkl:+2:1956-10-19/2016-12'),
                         (('JPN->RUS:' || repeat('z', 32) || ':+2:1956-10-19/2016-12')::bilateral_position),
                         ('JPN->RUS:a:+2:../..');
SELECT length(issue(p)) AS issue_chars, pg_column_size(p) AS stored_bytes FROM sizes ORDER BY 1;
SELECT length(issue(p)) <= 12 AS short_issue, max(pg_column_size(p)) AS max_stored_bytes
FROM pos GROUP BY 1 ORDER BY 1;

-- GiST: && position, @> date, && daterange are index scans, and agree with a scan
CREATE INDEX pos_gist ON pos USING gist (p);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM pos WHERE p && 'JPN->RUS:territorial_dispute:0:2000/2000'::bilateral_position;
EXPLAIN (COSTS OFF) SELECT id FROM pos WHERE p @> DATE '1950-06-01';
EXPLAIN (COSTS OFF) SELECT id FROM pos WHERE p && daterange('1950-01-01', '1951-01-01');
SELECT array_agg(id ORDER BY id) FROM pos WHERE p && 'JPN->RUS:territorial_dispute:0:2000/2000'::bilateral_position;
CREATE TEMP TABLE via_index AS
    SELECT (SELECT count(*) FROM pos WHERE p @> DATE '1950-06-01') AS at_date,
           (SELECT count(*) FROM pos WHERE p && daterange('1950-01-01', '1951-01-01')) AS in_range,
           (SELECT count(*) FROM pos WHERE p && 'USA->KOR:energy:0:1900/1910'::bilateral_position) AS overlapping;
RESET enable_seqscan;
SET enable_indexscan = off; SET enable_bitmapscan = off;
SELECT v.at_date = (SELECT count(*) FROM pos WHERE p @> DATE '1950-06-01') AS same_at_date,
       v.in_range = (SELECT count(*) FROM pos WHERE p && daterange('1950-01-01', '1951-01-01')) AS same_in_range,
       v.overlapping = (SELECT count(*) FROM pos WHERE p && 'USA->KOR:energy:0:1900/1910'::bilateral_position) AS same_overlapping,
       v.at_date > 0 AND v.in_range > 0 AND v.overlapping > 0 AS nonempty
FROM via_index v;
RESET enable_indexscan; RESET enable_bitmapscan;

-- a GiST index built by inserts (not sorted) gives the same answers
CREATE TABLE pos2 (LIKE pos);
CREATE INDEX pos2_gist ON pos2 USING gist (p);
INSERT INTO pos2 SELECT * FROM pos;
SET enable_seqscan = off;
SELECT count(*) = (SELECT at_date FROM via_index) AS inserted_index_agrees FROM pos2 WHERE p @> DATE '1950-06-01';
RESET enable_seqscan;

-- EXCLUDE: no two overlapping positions on the same dyad and issue
CREATE TABLE timeline (p bilateral_position, EXCLUDE USING gist (p WITH &&));
INSERT INTO timeline VALUES ('JPN->RUS:peace_treaty:+1:2012/2020-09');
INSERT INTO timeline VALUES ('JPN->RUS:peace_treaty:-1:2020-10/..');
INSERT INTO timeline VALUES ('RUS->JPN:peace_treaty:-1:2015/..');
INSERT INTO timeline VALUES ('JPN->RUS:peace_treaty:0:2020-09-30/2020-12');

-- btree: index scans and merge joins; sort order matches the btree
CREATE INDEX pos_btree ON pos (p);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM pos WHERE p = 'JPN->RUS:territorial_dispute:-2:1956-10-19/2016-12';
SELECT id FROM pos WHERE p = 'JPN->RUS:territorial_dispute:-2:1956-10-19/2016-12';
RESET enable_seqscan;

CREATE TABLE tr (t treaty_ref PRIMARY KEY, name text);
INSERT INTO tr VALUES ('1855-02-07:JPN+RUS:shimoda', 'Treaty of Shimoda'),
                      ('1905-09-05:JPN+RUS:portsmouth', 'Treaty of Portsmouth'),
                      ('1956-10-19:JPN+RUS:joint_declaration', 'Soviet-Japanese Joint Declaration'),
                      ('1951-09-08:JPN+USA:san_francisco', 'Treaty of San Francisco');
SET enable_seqscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT name FROM tr WHERE t = '1905-09-05:JPN+RUS:portsmouth';
SELECT name FROM tr WHERE t = '/akn/int/doc/treaty/jpn-rus/1905-09-05/portsmouth';
EXPLAIN (COSTS OFF) SELECT name FROM tr WHERE t < '1950:JPN+RUS:x' ORDER BY t;
SELECT name FROM tr WHERE t < '1950:JPN+RUS:x' ORDER BY t;
RESET enable_seqscan; RESET enable_bitmapscan;

-- hashing: forced hash aggregation and hash joins give the sort-based answers
SET enable_sort = off; SET enable_hashagg = on;
EXPLAIN (COSTS OFF) SELECT p, count(*) FROM pos GROUP BY p;
SELECT count(*) AS groups FROM (SELECT p FROM pos GROUP BY p) g;
EXPLAIN (COSTS OFF) SELECT t FROM tr GROUP BY t;
SELECT count(*) AS treaty_groups FROM (SELECT t FROM tr GROUP BY t) g;
RESET enable_sort;
SET enable_hashagg = off;
SELECT count(*) AS groups_by_sort FROM (SELECT p FROM pos GROUP BY p) g;
RESET enable_hashagg;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM pos a JOIN pos b ON a.p = b.p;
SELECT count(*) AS self_join FROM pos a JOIN pos b ON a.p = b.p;
RESET enable_mergejoin; RESET enable_nestloop;

-- hash partitioning uses the extended hash
CREATE TABLE pos_part (p bilateral_position) PARTITION BY HASH (p);
CREATE TABLE pos_part_0 PARTITION OF pos_part FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE pos_part_1 PARTITION OF pos_part FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO pos_part SELECT p FROM pos;
SELECT (SELECT count(*) FROM pos_part_0) > 0 AND (SELECT count(*) FROM pos_part_1) > 0 AS both_used,
       (SELECT count(*) FROM pos_part) = (SELECT count(*) FROM pos) AS none_lost;

-- the extended hash depends on the seed; with seed 0 its low 32 bits are the plain hash
SELECT bool_and(bilateral_position_hash_extended(p, 0) <> bilateral_position_hash_extended(p, 1)) AS seeded,
       bool_and(bilateral_position_hash(p) = bilateral_position_hash_extended(p, 0)::bit(32)::int) AS low_bits,
       bool_and(treaty_ref_hash(t) = treaty_ref_hash_extended(t, 0)::bit(32)::int) AS treaty_low_bits
FROM pos, tr;

-- binary COPY round trip, for both types
\copy (SELECT id, p FROM pos) TO 'results/pos.bin' WITH (FORMAT binary)
CREATE TABLE pos_back (id int, p bilateral_position);
\copy pos_back FROM 'results/pos.bin' WITH (FORMAT binary)
SELECT count(*) AS rows_back, bool_and(a.p = b.p) AS identical
FROM pos a JOIN pos_back b USING (id);
\copy (SELECT t FROM tr) TO 'results/tr.bin' WITH (FORMAT binary)
CREATE TABLE tr_back (t treaty_ref);
\copy tr_back FROM 'results/tr.bin' WITH (FORMAT binary)
SELECT count(*) AS treaties_back FROM tr_back JOIN tr USING (t);

