-- pgTAP: the codebook rules of release 1.13 (docs/codebook.md: forecasts and conditionals,
-- collectives, structural statements, disagreements, ends; issue #25) that a query can check, over
-- the shipped rows; and the table that keeps forecasts and conditionals apart from the stances.
BEGIN;
SET LOCAL search_path = bilateral, public;
SELECT plan(16);
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_pr_user') THEN CREATE ROLE bl_pr_user NOLOGIN; END IF; END $$;

-- forecasts and conditionals: a table of their own, which no query function reads as a stance
SELECT ok((SELECT count(*) FROM prospective_claim WHERE shipped) > 0, 'the shipped forecasts and conditionals are in prospective_claim');
SELECT is_empty($$
    SELECT p.prospect_id FROM prospective_claim p
      JOIN position_claim c ON c.source_key = p.source_key AND c.quote = p.quote AND c.position = p.position$$,
    'no forecast or conditional is also stored as a stance');
-- (each prospective claim's question asked on its own: on a distributed install a join of the table
-- with stance_at() would be sent whole to one shard)
CREATE TEMP TABLE pr_answered (prospect_id bigint);
DO $$
DECLARE p record;
BEGIN
    FOR p IN SELECT * FROM bilateral.prospective_claim LOOP
        INSERT INTO pr_answered
        SELECT p.prospect_id
          FROM bilateral.stance_at(bilateral.actor(p.position), bilateral.counterpart(p.position), bilateral.issue(p.position),
                                   coalesce(bilateral.valid_from(p.position), DATE '2021-10-01'),
                                   voices => ARRAY['state', 'public_opinion', 'elite', 'author_assessment', 'author_proposal']) s
         WHERE s.quote = p.quote AND s.source_key = p.source_key AND s.position = p.position;
    END LOOP;
END $$;
SELECT is_empty('SELECT prospect_id FROM pr_answered',
    'stance_at() never answers with a forecast or a conditional, whatever the voices');
-- a future tense in a stance's quote is a forecast unless reviewed: the governments' declared approach
-- of December 2016 ("will only be solved once they cooperate better economically", Pajon, line 4) is
-- their commitment, a present stance (codebook: a declared intention is the actor's stance now); and
-- "the political will of the two leaders" (the chapter, line 144) is the noun
SELECT set_eq($$
    SELECT claim_id FROM position_claim
     WHERE shipped AND voice <> 'author_proposal'
       AND quote ~* '(\m(will|shall)\M|\m[a-záéíóú]+r(á|án)\M|\m(будет|будут)\M)'$$,
    ARRAY[100105, 200009, 200010, 200012, 200013]::bigint[],
    'every shipped stance whose quote speaks in the future tense was reviewed: the declared approach of December 2016, a noun');

-- collectives are not states: "the West" and "the allies" (plural: one "overseas ally" of Japan's is
-- the United States) are WST (or not coded), never the United States or Britain unless the quote
-- names them
SELECT is(actor_code('the West'), 'WST', 'the West is an actor of the catalogue, a group');
SELECT is_empty($$
    SELECT c.claim_id, x.a
      FROM position_claim c
     CROSS JOIN LATERAL (VALUES (c.claim_actor), (c.claim_counterpart)) x(a)
     WHERE c.shipped AND x.a IN ('USA', 'GBR')
       AND c.quote ~* '(\mthe west\M|\mwestern\M|\mallies\M|\moccidente\M|\moccidental(es)?\M|\maliados\M|\mзапад|\mсоюзник(и|ов|ам|ами|ах)\M)'
       AND NOT EXISTS (SELECT 1 FROM actor_name n WHERE n.actor = x.a AND n.lang = c.quote_lang
                                                    AND strpos(lower(c.quote), lower(n.name)) > 0)
       AND c.quote !~ (CASE x.a WHEN 'USA' THEN '(\mUS\M|\mU\.S\.|Washington|EE\. ?UU\.|США)' ELSE '(\mUK\M|Britain|British|London)' END)$$,
    'no stance codes the United States or Britain for "the West" or "the allies" the quote does not name');

-- periods: no present stance of the four documents runs past its source's time of writing, none is open
SELECT is_empty($$
    SELECT c.claim_id, c.position::text
      FROM position_claim c JOIN source s ON s.source_key = c.source_key
     WHERE c.shipped
       AND (valid_to(c.position) IS NULL OR valid_from(c.position) IS NULL
            OR valid_to(c.position) > bilateral.precision_last_day(s.published, s.published_precision))$$,
    'no shipped stance is open or ends after its source was written');
-- an end that an event fixed is that event's: Abe's personal diplomacy ends when he left office
SELECT is((SELECT valid_to(position) FROM position_claim WHERE source_key = 'streltsov_2020' AND claim_actor = 'JPN'
             AND claim_counterpart = 'RUS' AND quote LIKE 'close personal relationships%'),
          DATE '2020-09-16', 'Abe''s personal diplomacy with Putin (Streltsov) ends on 16 September 2020, not at the end of 2020');

-- structural statements are figures, and both sides of a disagreement are coded
SELECT results_eq($$
    SELECT source_a, value_a, source_b, value_b FROM figure_disagreements
     WHERE indicator = 'economic_complementarity' AND actor = 'JPN' AND counterpart = 'RUS'$$,
    $$VALUES ('lafuente_2021'::text, 1::numeric, 'russo_japanese_skeptical_view'::text, -1::numeric)$$,
    'the two documents that disagree whether the economies complement each other are both coded, and the view pairs them');
SELECT ok((SELECT count(*) FROM conflicting_claims('JPN', 'RUS') WHERE source_a <> source_b) > 0,
          'conflicting_claims() finds disagreements between documents on Japan and Russia');

-- slips are errata, and no row repeats them
SELECT is((SELECT occurred_to::text || ' ' || to_precision FROM event WHERE event_id = 400001), '1854-03-31 day',
          'the seclusion ended with the Convention of Kanagawa (31 March 1854), not with the Treaty of Shimoda as Lafuente says');
SELECT is((SELECT year || ' ' || qualifier FROM indicator WHERE indicator = 'seclusion_policy_age'), '1854 approximate',
          'its "220 years" is a duration, approximate, at its true end: never turned into an exact start');
SELECT is_empty($$
    SELECT claim_id FROM position_claim
     WHERE shipped AND claim_actor IN ('JPN', 'RUS') AND claim_counterpart IN ('JPN', 'RUS') AND claim_issue = 'military_security'
       AND stance(position) = -3 AND position && 'JPN->RUS:military_security:0:1941-04-13/1945-08-07'::bilateral_position$$,
    'Japan and the Soviet Union were not at war before 8 August 1945 (the neutrality pact), whatever "bandos enfrentados" says');

-- users add their own: refused without a modality, or with an unknown actor
SET LOCAL ROLE bl_pr_user;
SELECT add_source('pr_study', 'A study', 'Me', DATE '2020-01-01', 'en');
SELECT ok(add_prospective_claim('pr_study', 'JPN->RUS:peace_treaty:+2:2021/..', 'forecast', 'A treaty will be signed.') > 999999,
          'a user adds a forecast of their own');
SELECT throws_ok($$SELECT add_prospective_claim('pr_study', 'JPN->RUS:peace_treaty:+2:2021/..', 'hope', 'x')$$, '22023', NULL,
                 'a modality that is neither forecast nor conditional: 22023');
SELECT throws_ok($$SELECT add_prospective_claim('pr_study', 'JPN->ZZZ:peace_treaty:+2:2021/..', 'forecast', 'x')$$, '23503', NULL,
                 'an unknown counterpart: 23503');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
