-- pgTAP: conflicting_claims() is a sweep (issue #22, item 10): the same pairs as the pairwise
-- definition on a random history of several sources, and no work on the pairs of one source.
-- Growth: bench/growth.sh (conflicting, one source).
BEGIN;
SELECT plan(5);

SELECT bilateral.add_source('sw_a', 'Sweep A', 'A', '2030-01-01', 'en');
SELECT bilateral.add_source('sw_b', 'Sweep B', 'B', '2030-01-01', 'en');
SELECT bilateral.add_source('sw_c', 'Sweep C', 'C', '2030-01-01', 'en');
SELECT setseed(0.25);
-- 600 claims over three sources, day, month and year bounds, some open-ended
CREATE TEMP TABLE sw AS
SELECT bilateral.make_position('KOR', 'PRK', 'trade', (floor(random() * 4) - 2)::int,
           CASE WHEN g % 17 = 0 THEN NULL WHEN g % 3 = 0 THEN to_char(d, 'YYYY') WHEN g % 3 = 1 THEN to_char(d, 'YYYY-MM') ELSE to_char(d, 'YYYY-MM-DD') END,
           CASE WHEN g % 19 = 0 THEN NULL ELSE to_char(d + (random() * 900)::int, 'YYYY-MM-DD') END) AS p,
       (ARRAY['sw_a', 'sw_b', 'sw_c'])[1 + g % 3] AS src
  FROM (SELECT g, DATE '1960-01-01' + (random() * 20000)::int AS d FROM generate_series(1, 600) g) x;
-- on a distributed install the distribution column is given (bilateral.dyad_key()), as by add_claim()
DO $$ BEGIN
EXECUTE format('INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en%s)
                SELECT p, src, ''q'', ''en'', ''s''%s FROM sw',
               CASE WHEN bilateral.is_distributed() THEN ', dyad' ELSE '' END,
               CASE WHEN bilateral.is_distributed() THEN ', bilateral.dyad_key(p)' ELSE '' END);
END $$;

CREATE TEMP TABLE want AS
SELECT x.claim_id AS a, y.claim_id AS b,
       bilateral.valid_period(x.position) * bilateral.valid_period(y.position) AS overlap
  FROM bilateral.position_claim x JOIN bilateral.position_claim y
    ON x.claim_id < y.claim_id AND x.dyad = y.dyad AND x.claim_actor = y.claim_actor
   AND x.claim_issue = y.claim_issue
   AND bilateral.valid_period(x.position) && bilateral.valid_period(y.position)
 WHERE x.source_key LIKE 'sw\_%' AND y.source_key LIKE 'sw\_%' AND x.source_key <> y.source_key
   AND bilateral.stance(x.position) <> bilateral.stance(y.position);
SELECT cmp_ok((SELECT count(*)::int FROM want), '>', 1000, 'the random history has many conflicts');
SELECT set_eq($$SELECT claim_a, claim_b, overlap FROM bilateral.conflicting_claims('KOR', 'PRK', 'trade')$$,
              $$SELECT a, b, overlap FROM want$$,
              'the sweep finds exactly the pairs of the definition (different sources and stances, periods overlap)');
SELECT set_eq($$SELECT claim_a, claim_b FROM bilateral.conflicting_claims()$$,
              $$SELECT claim_a, claim_b FROM bilateral.conflicting_pairs(NULL, NULL, NULL, ARRAY['state'])$$,
              'unfiltered: every dyad at once');

-- 20,000 claims of one dyad and one source: no pair (before 1.10 every overlapping pair of the
-- source was read: 18 s; the time is measured by bench/growth.sh, not here)
CREATE TEMP TABLE one AS
SELECT bilateral.make_position('IND', 'PAK', 'trade', (floor(random() * 7) - 3)::int,
                               to_char(d, 'YYYY-MM-DD'), to_char(d + (random() * 400)::int, 'YYYY-MM-DD')) AS p
  FROM (SELECT DATE '1950-01-01' + (random() * 25000)::int AS d FROM generate_series(1, 20000)) x;
DO $$ BEGIN
EXECUTE format('INSERT INTO bilateral.position_claim ("position", source_key, quote, quote_lang, statement_en%s)
                SELECT p, ''sw_a'', ''q'', ''en'', ''s''%s FROM one',
               CASE WHEN bilateral.is_distributed() THEN ', dyad' ELSE '' END,
               CASE WHEN bilateral.is_distributed() THEN ', bilateral.dyad_key(p)' ELSE '' END);
END $$;
SELECT is_empty($$SELECT * FROM bilateral.conflicting_claims('IND', 'PAK', 'trade')$$, 'one source: no conflicts');
SELECT is((SELECT count(*)::int FROM bilateral.overlap_pairs(array_fill(0, ARRAY[20000]),
                                                             ARRAY(SELECT g % 7 - 3 FROM generate_series(1, 20000) g),
                                                             ARRAY(SELECT g FROM generate_series(1, 20000) g),
                                                             array_fill(100000, ARRAY[20000]))),
          0, 'the sweep alone: 20,000 claims of one source that all overlap, seven stances: no pair');

SELECT * FROM finish();
ROLLBACK;
