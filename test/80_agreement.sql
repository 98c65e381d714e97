-- pgTAP: the agreement aggregates (src/sql/55_agreement.sql, the C core's src/core/agreement.c)
-- over VALUES: the published worked examples (docs/agreement.md names each source), NULL
-- handling, GROUP BY, the bootstrap interval, unitizing alpha and match_spans(), errors and their
-- SQLSTATEs.
BEGIN;
SELECT plan(45);
SET LOCAL search_path = bilateral, public;

-- Krippendorff's reliability data (4 coders, 12 units, values 1-5, missing values)
CREATE TEMP TABLE rel(coder text, unit text, value double precision);
INSERT INTO rel
SELECT c, u::text, v
  FROM (VALUES ('A', ARRAY[1,2,3,3,2,1,4,1,2,NULL,NULL,NULL]),
               ('B', ARRAY[1,2,3,3,2,2,4,1,2,5,NULL,3]),
               ('C', ARRAY[NULL,3,3,3,2,3,4,2,2,5,1,NULL]),
               ('D', ARRAY[1,2,3,3,2,4,4,1,2,5,1,NULL])) m(c, vals),
       unnest(vals) WITH ORDINALITY x(v, u);

SELECT is(round(krippendorff_alpha(unit, coder, value, 'nominal')::numeric, 3), 0.743, 'reliability data: nominal alpha 0.743') FROM rel;
SELECT is(round(krippendorff_alpha(unit, coder, value, 'ordinal')::numeric, 3), 0.815, 'ordinal alpha 0.815') FROM rel;
SELECT is(round(krippendorff_alpha(unit, coder, value, 'interval')::numeric, 3), 0.849, 'interval alpha 0.849') FROM rel;
SELECT is(round(krippendorff_alpha(unit, coder, value, 'ratio')::numeric, 3), 0.797, 'ratio alpha 0.797') FROM rel;
SELECT is(round(gwet_ac1(unit, coder, value::text)::numeric, 3), 0.775, 'the same data (Gwet''s cac.raw4raters): AC1 0.775') FROM rel;
SELECT is(round(fleiss_kappa(unit, coder, value::text)::numeric, 3), 0.761, 'Fleiss'' kappa 0.761') FROM rel;
SELECT is(round(percent_agreement(unit, coder, value::text)::numeric, 3), 0.818, 'percent agreement 0.818') FROM rel;
SELECT is(count(*), 7::bigint, 'the missing values are NULL rows') FROM rel WHERE value IS NULL;

-- Krippendorff's binary example: two coders, ten units, alpha 0.095
SELECT is(round(krippendorff_alpha(u::text, c, v, 'nominal')::numeric, 3), 0.095, 'the binary example: alpha 0.095')
  FROM (VALUES ('A', ARRAY[0,1,0,0,0,0,0,0,1,0]), ('B', ARRAY[1,1,1,0,0,1,0,0,0,0])) m(c, vals),
       unnest(vals) WITH ORDINALITY x(v, u);

-- Cohen's kappa: Gwet's cont3x3abstractors (kappa 0.796, linear 0.843, quadratic 0.892)
CREATE TEMP TABLE abstractors AS
SELECT row_number() OVER () AS unit, a, b
  FROM (VALUES (1, 1, 13), (2, 2, 20), (2, 3, 7), (3, 2, 4), (3, 3, 56)) t(a, b, n), generate_series(1, n);
CREATE TEMP TABLE abstractors_rows AS
SELECT unit::text AS unit, 'A' AS coder, a AS value FROM abstractors
UNION ALL SELECT unit::text, 'B', b FROM abstractors;
SELECT is(round(cohen_kappa(unit, coder, value::text)::numeric, 4), 0.7964, 'cont3x3abstractors: Cohen''s kappa 0.7964') FROM abstractors_rows;
SELECT is(round(weighted_kappa(unit, coder, value, 'linear')::numeric, 3), 0.843, 'linear weighted kappa 0.843') FROM abstractors_rows;
SELECT is(round(weighted_kappa(unit, coder, value, 'quadratic')::numeric, 3), 0.892, 'quadratic weighted kappa 0.892') FROM abstractors_rows;
SELECT is(round(weighted_kappa(unit, coder, value * 10 + 7, 'linear')::numeric, 3), 0.843,
          'weighted kappa does not change with a linear change of scale (the denominator cancels)') FROM abstractors_rows;
-- the textbook 2x2 example: 0.4
SELECT is(round(cohen_kappa(u::text, c, v)::numeric, 12), 0.4, 'the textbook example: Cohen''s kappa 0.4')
  FROM (SELECT row_number() OVER () AS u, a, b
          FROM (VALUES ('yes', 'yes', 20), ('yes', 'no', 5), ('no', 'yes', 10), ('no', 'no', 15)) t(a, b, n),
               generate_series(1, n)) x,
       LATERAL (VALUES ('A', a), ('B', b)) y(c, v);

-- Gwet's 5 observers (AC1 0.497, Fleiss 0.458, alpha 0.481)
CREATE TEMP TABLE five(unit text, coder text, value text);
INSERT INTO five
SELECT u::text, 'O' || c, v
  FROM (VALUES (1, ARRAY['1','1','2',NULL,'2']), (2, ARRAY['1','1','0','1',NULL]), (3, ARRAY['2','3','3','3',NULL]),
               (4, ARRAY[NULL,'0','0',NULL,'0']), (5, ARRAY['0','0','0',NULL,'0']), (6, ARRAY['0','0','0',NULL,'0']),
               (7, ARRAY['1','0','2',NULL,'1']), (8, ARRAY['1',NULL,'2','0',NULL]), (9, ARRAY['2','2','2',NULL,'2']),
               (10, ARRAY['2','1','1','1',NULL]), (11, ARRAY[NULL,'1','0','0',NULL]), (12, ARRAY['0','0','0','0',NULL]),
               (13, ARRAY['1','2','2','2',NULL]), (14, ARRAY['3','3','2','2','3']), (15, ARRAY['1','1','1',NULL,'1'])) m(u, vals),
       unnest(vals) WITH ORDINALITY x(v, c);
SELECT is(round(gwet_ac1(unit, coder, value)::numeric, 3), 0.497, 'Gwet''s 5 observers: AC1 0.497') FROM five;
SELECT is(round(fleiss_kappa(unit, coder, value)::numeric, 3), 0.458, 'Fleiss'' kappa 0.458') FROM five;
SELECT is(round(krippendorff_alpha(unit, coder, value::float8, 'nominal')::numeric, 3), 0.481, 'Krippendorff''s alpha 0.481') FROM five;

-- GROUP BY: one figure per group; an empty group gives NULL
SELECT results_eq($$
    SELECT g, krippendorff_alpha(unit, coder, value, 'interval')
      FROM (SELECT 'rel' AS g, unit, coder, value FROM rel UNION ALL SELECT 'five', unit, coder, value::float8 FROM five) x
     GROUP BY g ORDER BY g$$,
    $$SELECT 'five', krippendorff_alpha(unit, coder, value::float8, 'interval') FROM five
      UNION ALL SELECT 'rel', krippendorff_alpha(unit, coder, value, 'interval') FROM rel$$,
    'GROUP BY: one alpha per group, each as alone');
SELECT results_eq($$SELECT round(krippendorff_alpha(unit, coder, value, 'nominal')::numeric, 3) FROM rel WHERE coder IN ('A', 'B')$$,
                  $$SELECT round(krippendorff_alpha(unit, coder, value, 'nominal')::numeric, 3) FROM rel WHERE coder <> 'C' AND coder <> 'D'$$,
                  'a WHERE on the coders is the same as the subset');
SELECT is(krippendorff_alpha(unit, coder, value, 'nominal'), NULL, 'no rows: NULL') FROM rel WHERE false;
SELECT is(krippendorff_alpha(unit, coder, value, 'nominal'), NULL, 'only NULL values: NULL') FROM rel WHERE value IS NULL;
SELECT is(krippendorff_alpha(unit, coder, 3, 'nominal'), NULL, 'a single value throughout: alpha undefined, NULL') FROM rel;
SELECT is(cohen_kappa(unit, coder, 'x'), NULL, 'a single category: kappa NULL') FROM rel WHERE coder IN ('A', 'B');
SELECT is(percent_agreement(unit, coder, 'x'), 1::float8, 'a single category: percent agreement 1') FROM rel;
SELECT is(gwet_ac1(unit, coder, 'x'), NULL, 'a single category: AC1 NULL (q - 1 = 0)') FROM rel;
SELECT is(round(krippendorff_alpha(unit, coder, value, 'nominal')::numeric, 3), 0.743,
          'rows in another order: the same alpha') FROM (SELECT * FROM rel ORDER BY md5(unit || coder)) x;

-- the bootstrap interval
SELECT ok(i[1] < 0.743 AND 0.743 < i[2] AND i[2] <= 1 AND cardinality(i) = 2, 'a 95% bootstrap interval {lo, hi} around 0.743')
  FROM (SELECT krippendorff_alpha_interval(unit, coder, value, 'nominal', 1000, 0.95) i FROM rel) x;
SELECT is((SELECT krippendorff_alpha_interval(unit, coder, value, 'nominal', 1000, 0.95, 0) FROM rel),
          (SELECT krippendorff_alpha_interval(unit, coder, value, 'nominal', 1000, 0.95) FROM rel),
          'the default seed is 0, and the same seed gives the same interval');
SELECT isnt((SELECT krippendorff_alpha_interval(unit, coder, value, 'nominal', 1000, 0.95, 42) FROM rel),
            (SELECT krippendorff_alpha_interval(unit, coder, value, 'nominal', 1000, 0.95, 0) FROM rel),
            'another seed, another draw');

-- unitizing: Krippendorff (2004: 254), category c, u-alpha 0.7286; match_spans
CREATE TEMP TABLE spans(document text, coder text, s int, e int);
INSERT INTO spans VALUES ('d', 'i', 75, 145), ('d', 'i', 220, 250), ('d', 'j', 70, 150), ('d', 'j', 205, 225), ('d', 'j', 250, 270);
SELECT is(round(unitizing_alpha(document, coder, s, e, 300)::numeric, 4), 0.7286, 'Krippendorff''s unitizing example: u-alpha 0.7286') FROM spans;
SELECT is(unitizing_alpha(document, coder, s, e, 300), 1::float8, 'two coders marking alike: 1')
  FROM (SELECT document, c, s, e FROM spans, (VALUES ('x'), ('y')) k(c) WHERE coder = 'i') x(document, coder, s, e);
SELECT results_eq($$
    SELECT m.unit, m.unit_start, m.unit_end, m.coder, m.spans, m.span_start, m.span_end
      FROM (SELECT match_spans(document, coder, s, e, 300) a
              FROM (SELECT * FROM spans UNION ALL VALUES ('d', 'k', NULL::int, NULL::int)) x) y, unnest(y.a) m$$,
    $$VALUES (1, 70, 150, 'i', 1, 75, 145), (1, 70, 150, 'j', 1, 70, 150), (1, 70, 150, 'k', 0, NULL, NULL),
             (2, 205, 250, 'i', 1, 220, 250), (2, 205, 250, 'j', 1, 205, 225), (2, 205, 250, 'k', 0, NULL, NULL),
             (3, 250, 270, 'i', 0, NULL, NULL), (3, 250, 270, 'j', 1, 250, 270), (3, 250, 270, 'k', 0, NULL, NULL)$$,
    'match_spans: overlapping spans make a unit, a coder who marked nothing there is missing (spans 0)');
SELECT is(round(krippendorff_alpha(m.document || '#' || m.unit, m.coder, (m.spans > 0)::int, 'nominal')::numeric, 12), -0.2,
          'alpha over matched units, whether each coder marked each: 1 - 8 * 6 / 40')
  FROM (SELECT match_spans(document, coder, s, e, 300) a
          FROM (SELECT * FROM spans UNION ALL VALUES ('d', 'k', NULL::int, NULL::int)) x) y, unnest(y.a) m;

-- errors
SELECT throws_ok($$SELECT krippendorff_alpha(unit, coder, value, 'Nominal') FROM rel$$, '22023',
                 'invalid level of measurement for krippendorff_alpha(): "Nominal"', 'a bad level: 22023 naming it');
SELECT throws_ok($$SELECT weighted_kappa(unit, coder, value, 'squared') FROM rel WHERE coder IN ('A', 'B')$$, '22023',
                 'invalid weights for weighted_kappa(): "squared"', 'bad weights: 22023 naming them');
SELECT throws_ok($$SELECT krippendorff_alpha(unit, coder, value, CASE WHEN coder = 'A' THEN 'nominal' ELSE 'interval' END) FROM rel$$,
                 '22023', NULL, 'two levels in one aggregate: 22023');
SELECT throws_ok($$SELECT krippendorff_alpha(NULL, coder, value, 'nominal') FROM rel$$, '22004',
                 'krippendorff_alpha() does not take a null unit', 'a NULL unit: 22004');
SELECT throws_ok($$SELECT fleiss_kappa(unit, NULL, '1') FROM rel$$, '22004', NULL, 'a NULL coder: 22004');
SELECT throws_ok($$SELECT krippendorff_alpha(unit, 'A', value, 'nominal') FROM rel$$, '21000',
                 'krippendorff_alpha(): coder "A" gave unit "1" more than one value', 'a coder with two values for a unit: 21000');
SELECT throws_ok($$SELECT cohen_kappa(unit, coder, value::text) FROM rel$$, '22000',
                 'cohen_kappa() compares two coders, and the rows have a third: "A", "B" and "C"', 'Cohen''s kappa of four coders: 22000');
SELECT throws_ok($$SELECT krippendorff_alpha(unit, coder, value - 3, 'ratio') FROM rel$$, '22003', NULL,
                 'a negative ratio value: 22003');
SELECT throws_ok($$SELECT krippendorff_alpha(unit, coder, 'NaN', 'interval') FROM rel$$, '22003', NULL, 'NaN: 22003');
SELECT throws_ok($$SELECT krippendorff_alpha_interval(unit, coder, value, 'nominal', 0, 0.95) FROM rel$$, '22023', NULL,
                 '0 bootstrap samples: 22023');
SELECT throws_ok($$SELECT unitizing_alpha(document, coder, s, e + 60, 300) FROM spans$$, '22000', NULL,
                 'a span past its document''s end: 22000');
SELECT throws_ok($$SELECT krippendorff_alpha(g::text, (g % 2)::text, g, 'interval') FROM generate_series(1, 2000001) g$$,
                 '54000', 'krippendorff_alpha() takes at most 2000000 rows', 'more than 2,000,000 rows: 54000');

SELECT * FROM finish();
ROLLBACK;
