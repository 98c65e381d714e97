-- test/citus/generate.sql: the same generated claims on any install (psql -v n=COUNT -v dyad_col=...).
-- Deterministic: claim 2000000 + g has an actor pair, issue, stance, voice and period derived from g,
-- with year, month and day bounds and open ends, under one user source published mid-2015.
SELECT bilateral.add_source('generated_claims', 'Generated claims for the scale test', 'tools/test/citus.sh',
                            DATE '2015-06-15', 'en', published_precision => 'month');
CREATE TEMPORARY TABLE gen AS
WITH a AS (SELECT array_agg(actor ORDER BY actor) AS xs FROM bilateral.actor WHERE actor <> 'UNO'),
     i AS (SELECT array_agg(issue ORDER BY issue) AS xs FROM bilateral.issue),
     g AS (SELECT g, a.xs AS acts, i.xs AS iss, cardinality(a.xs) AS na, cardinality(i.xs) AS ni,
                  1900 + (g::bigint * 7919 % 120)::int AS y, (g::bigint * 104729 % 11)::int AS span
             FROM generate_series(1, :n) g, a, i)
SELECT 2000000 + g AS claim_id,
       bilateral.make_position(
           acts[1 + g % na],
           acts[1 + (g % na + 1 + (g / na) % (na - 1)) % na],
           iss[1 + (g / 5) % ni],
           (g::bigint * 31 % 7)::int - 3,
           CASE WHEN g % 23 = 0 THEN NULL
                WHEN g % 3 = 0 THEN y::text
                WHEN g % 3 = 1 THEN y || '-' || lpad((1 + g % 12)::text, 2, '0')
                ELSE y || '-' || lpad((1 + g % 12)::text, 2, '0') || '-' || lpad((1 + g % 28)::text, 2, '0') END,
           CASE WHEN g % 19 = 0 THEN NULL
                WHEN g % 2 = 0 THEN (y + span)::text
                ELSE (y + span + 1) || '-' || lpad((1 + (g / 3) % 12)::text, 2, '0') END) AS position,
       CASE WHEN g % 10 = 0 THEN 'elite' WHEN g % 29 = 0 THEN 'public_opinion' ELSE 'state' END AS voice,
       'Generated claim ' || g || '.' AS quote
  FROM g;
