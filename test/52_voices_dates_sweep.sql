-- pgTAP: whose voice the query functions answer with, days outside the types' range, and the
-- stance_history sweep checked against the claims day by day on a random history.
BEGIN;
SELECT plan(16);

-- voices: the state's stance by default, others on request
SELECT ok((SELECT bool_and(voice = 'state') FROM bilateral.stance_at('RUS', 'JPN', 'territorial_dispute', '2016-06-01')),
          'stance_at answers with state claims by default');
SELECT ok((SELECT count(*) FROM bilateral.positions p
            WHERE p.voice = 'public_opinion' AND p.actor = 'RUS' AND p.counterpart = 'JPN' AND p.issue = 'territorial_dispute'
              AND p.valid_from <= '2016-06-01' AND coalesce(p.valid_to, 'infinity') >= '2016-06-01') > 0,
          'the data hold a public-opinion claim of Russia on the islands in 2016');
SELECT ok((SELECT count(*) FROM bilateral.stance_at('RUS', 'JPN', 'territorial_dispute', '2016-06-01',
                                                    voices => ARRAY['public_opinion']) WHERE voice = 'public_opinion') > 0,
          'voices => public_opinion finds it');
SELECT is((SELECT count(*)::int FROM bilateral.stance_history('RUS', 'JPN', 'territorial_dispute',
                                                              voices => ARRAY['state', 'public_opinion', 'elite', 'author_assessment', 'author_proposal'])) > 0,
          true, 'stance_history takes every voice');
SELECT throws_ok($$SELECT * FROM bilateral.stance_at('JPN', 'RUS', 'peace_treaty', '2016-06-01', voices => ARRAY['pundits'])$$,
                 '22023', NULL, 'an unknown voice is an error listing the valid ones');
SELECT ok((SELECT count(*) FROM bilateral.conflicting_claims('JPN', 'RUS', 'peace_treaty', ARRAY['state', 'author_proposal']))
          >= (SELECT count(*) FROM bilateral.conflicting_claims('JPN', 'RUS', 'peace_treaty')),
          'more voices, at least as many conflicts');

-- days outside 0001..9999: a clean error, never the same year AD
SELECT throws_ok($$SELECT * FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01 BC')$$,
                 '22008', 'date out of range: 2016-06-01 BC', 'a BC date is refused, not read as 2016 AD');
SELECT throws_ok($$SELECT * FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', DATE '10000-01-01')$$,
                 '22008', NULL, 'a day past 9999 is refused cleanly');
SELECT throws_ok($$SELECT * FROM bilateral.stance_at('JPN', 'RUS', 'territorial_dispute', 'infinity')$$,
                 '22004', NULL, 'stance_at needs a day, not infinity');
SELECT throws_ok($$SELECT * FROM bilateral.dyad_years(2000, 10000)$$, '22023', NULL, 'a panel past 9999 is refused');
SELECT ok((SELECT count(*) FROM bilateral.stance_changes('RUS', 'JPN', NULL, daterange('2000-01-01', NULL))) > 0,
          'stance_changes with an open range still answers');

-- the sweep: a random history of 400 claims from 40 sources, against stance_at day by day
SELECT bilateral.add_issue('sweep_test', 'A test issue');
SELECT bilateral.add_source('sweep_' || s, 'Sweep ' || s, 'Me', '2030-01-01', 'en') FROM generate_series(1, 40) s;
SELECT setseed(0.42);
SELECT bilateral.add_claim('sweep_' || (1 + floor(random() * 40))::int,
                           bilateral.make_position('JPN', 'RUS', 'sweep_test', (floor(random() * 7) - 3)::int,
                                                   CASE WHEN random() < 0.05 THEN NULL ELSE lo END,
                                                   CASE WHEN random() < 0.05 THEN NULL ELSE hi END),
                           'Sweep claim ' || n)
  FROM (SELECT n, to_char(d, 'YYYY-MM-DD') AS lo, to_char(d + (random() * 120)::int, 'YYYY-MM-DD') AS hi
          FROM (SELECT n, DATE '2000-01-01' + (random() * 3650)::int AS d FROM generate_series(1, 400) n) x) y;
CREATE TEMP TABLE sweep_days AS
    SELECT DATE '1999-06-01' + (random() * 4800)::int AS d FROM generate_series(1, 150);
CREATE TEMP TABLE sweep_history AS SELECT * FROM bilateral.stance_history('JPN', 'RUS', 'sweep_test');
SELECT is_empty($$
    SELECT d.d FROM sweep_days d
     WHERE (SELECT h.stances FROM sweep_history h
             WHERE coalesce(h.valid_from, '-infinity') <= d.d AND coalesce(h.valid_to, 'infinity') >= d.d)
           IS DISTINCT FROM
           (SELECT array_agg(DISTINCT s.stance ORDER BY s.stance) FROM bilateral.stance_at('JPN', 'RUS', 'sweep_test', d.d) s
             WHERE bilateral.valid_period(s.position) @> d.d)$$,
    'on 150 random days the history''s set of stances is that of the claims covering the day');
SELECT is_empty($$
    SELECT d.d FROM sweep_days d
     WHERE (SELECT h.sources FROM sweep_history h
             WHERE coalesce(h.valid_from, '-infinity') <= d.d AND coalesce(h.valid_to, 'infinity') >= d.d)
           IS DISTINCT FROM NULL
       AND NOT (SELECT h.sources FROM sweep_history h
                 WHERE coalesce(h.valid_from, '-infinity') <= d.d AND coalesce(h.valid_to, 'infinity') >= d.d)
               @> (SELECT array_agg(DISTINCT s.source_key) FROM bilateral.stance_at('JPN', 'RUS', 'sweep_test', d.d) s
                    WHERE bilateral.valid_period(s.position) @> d.d)$$,
    'and its sources include every source of a claim covering the day');
SELECT is_empty($$
    WITH c AS MATERIALIZED (SELECT c.source_key, bilateral.valid_period(c.position) AS period
                              FROM bilateral.position_claim c WHERE c.claim_issue = 'sweep_test')
    SELECT h.valid_from, u.src FROM sweep_history h, unnest(h.sources) u(src)
     WHERE NOT EXISTS (SELECT 1 FROM c
                        WHERE c.source_key = u.src AND c.period && daterange(h.valid_from, h.valid_to, '[]'))$$,
    'and names no source without a claim in the period');
SELECT is_empty($$
    SELECT 1 FROM (SELECT h.*, lead(h.valid_from) OVER (ORDER BY h.valid_from NULLS FIRST) AS next_from,
                          lead(h.stances) OVER (ORDER BY h.valid_from NULLS FIRST) AS next_stances
                     FROM sweep_history h) x
     WHERE x.next_from = x.valid_to + 1 AND x.next_stances = x.stances$$,
    'neighbouring periods with the same stances are merged');
SELECT ok((SELECT count(*) FROM sweep_history) > 10, 'the random history has many periods');

SELECT * FROM finish();
ROLLBACK;
