-- pgTAP: integrity of the whole dataset (any release), the catalogue, name resolution, the
-- functions that add users' rows, and the read-only protection of shipped rows.
-- Runs against a database where the harness has run CREATE EXTENSION bilateral CASCADE.

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SELECT plan(52);

-- Every quote has a source, a non-empty quote and a locator -------------------------------------

SELECT is_empty($$SELECT subject_kind, subject_id FROM bilateral.evidence
                  WHERE source_key IS NULL OR quote IS NULL OR btrim(quote) = ''$$,
                'every claim, event, treaty mention, indicator, office term and erratum has a source and a quote');
SELECT is((SELECT count(*) FROM bilateral.evidence),
          (SELECT (SELECT count(*) FROM bilateral.position_claim) + (SELECT count(*) FROM bilateral.event)
                + (SELECT count(*) FROM bilateral.treaty_mention) + (SELECT count(*) FROM bilateral.indicator)
                + (SELECT count(*) FROM bilateral.office_term) + (SELECT count(*) FROM bilateral.erratum)
                + (SELECT count(*) FROM bilateral.source_coverage WHERE quote IS NOT NULL)
                + (SELECT count(*) FROM bilateral.prospective_claim)),
          'bilateral.evidence holds one row per quote of every data table');
SELECT is_empty($$SELECT subject_kind, subject_id, locator FROM bilateral.evidence
                  WHERE shipped AND (locator IS NULL OR locator !~ '^line [1-9][0-9]*$')$$,
                'every shipped quote has a locator "line N"');
SELECT is_empty($$SELECT subject_kind, subject_id FROM bilateral.evidence e
                  WHERE e.shipped AND NOT EXISTS (SELECT 1 FROM bilateral.source s
                                                  WHERE s.source_key = e.source_key AND s.shipped)$$,
                'shipped quotes cite shipped sources');
SELECT is_empty($$SELECT claim_id, quote_lang FROM bilateral.position_claim
                  WHERE (quote_lang = 'ru' AND quote !~ '[А-Яа-яЁё]')
                     OR (quote_lang IN ('en', 'es') AND quote ~ '[А-Яа-яЁё]'
                         -- a Cyrillic letter the document slipped into an English word ("Сold"), named
                         AND NOT (quote !~ '[А-Яа-яЁё]{2}' AND general_knowledge ~ 'erratum [0-9]+: the Cyrillic'))$$,
                'quote_lang agrees with the script of the quote (Cyrillic for ru, none for en and es; a slipped letter named)');
SELECT is_empty($$SELECT claim_id FROM bilateral.position_claim WHERE btrim(statement_en) = ''$$,
                'every claim has an English statement');

-- Positions stay inside the catalogue and the scale ------------------------------------------------

SELECT is_empty($$SELECT claim_id, actor FROM bilateral.positions p
                  WHERE NOT EXISTS (SELECT 1 FROM bilateral.actor a WHERE a.actor = p.actor)$$,
                'every position''s actor is in the catalogue');
SELECT is_empty($$SELECT claim_id, counterpart FROM bilateral.positions p
                  WHERE NOT EXISTS (SELECT 1 FROM bilateral.actor a WHERE a.actor = p.counterpart)$$,
                'every position''s counterpart is in the catalogue');
SELECT is_empty($$SELECT claim_id, issue FROM bilateral.positions p
                  WHERE NOT EXISTS (SELECT 1 FROM bilateral.issue i WHERE i.issue = p.issue)$$,
                'every position''s issue is in the codebook');
SELECT is_empty($$SELECT claim_id, stance FROM bilateral.positions WHERE stance NOT BETWEEN -3 AND 3$$,
                'no stance outside -3 .. +3');
SELECT is_empty($$SELECT claim_id FROM bilateral.positions WHERE actor = counterpart$$,
                'no actor holds a stance toward itself');
SELECT is_empty($$SELECT event_id, x FROM bilateral.events e, unnest(e.actors) AS x
                  WHERE NOT EXISTS (SELECT 1 FROM bilateral.actor a WHERE a.actor = x)$$,
                'every actor of every event is in the catalogue');
SELECT is_empty($$SELECT event_id FROM bilateral.events WHERE cardinality(actors) IS NULL OR cardinality(actors) = 0$$,
                'every event names at least one actor');

-- No period ends before it starts ---------------------------------------------------------------------

SELECT is_empty($$SELECT claim_id FROM bilateral.positions WHERE valid_to < valid_from$$,
                'no position''s period ends before it starts');
SELECT is_empty($$SELECT event_id FROM bilateral.events WHERE occurred_to < occurred_from$$,
                'no event ends before it starts');
SELECT is_empty($$SELECT term_id FROM bilateral.office_terms WHERE term_to < term_from$$,
                'no term of office ends before it starts');
SELECT is_empty($$SELECT treaty FROM bilateral.treaty WHERE in_force_to < in_force_from
                  UNION ALL
                  SELECT treaty FROM bilateral.treaty WHERE in_force_from < bilateral.signed_on(treaty)$$,
                'no treaty leaves force before it enters it, or enters it before signature');
SELECT is_empty($$SELECT actor, name_en FROM bilateral.actor_era WHERE era_to < era_from
                  UNION ALL SELECT actor, code FROM bilateral.actor_code_era WHERE valid_to < valid_from
                  UNION ALL SELECT actor, member_from::text FROM bilateral.system_membership WHERE member_to < member_from
                  UNION ALL SELECT actor, name FROM bilateral.actor_name WHERE valid_to < valid_from$$,
                'no era, code era, membership spell or name validity ends before it starts');

-- Sources, ids, codebook --------------------------------------------------------------------------------

SELECT is_empty($$SELECT source_key FROM bilateral.source s
                  WHERE s.shipped AND s.source_key NOT IN (SELECT c.source_key FROM bilateral.position_claim c)$$,
                'every shipped source has at least one claim');
SELECT is_empty($$SELECT subject_kind, subject_id FROM bilateral.evidence
                  WHERE shipped AND subject_id::bigint >= 1000000$$,
                'shipped rows have explicit ids below 1,000,000');
SELECT is_empty($$SELECT issue FROM bilateral.issue
                  WHERE shipped AND (btrim(definition) = '' OR scale_minus3 IS NULL OR scale_minus2 IS NULL
                        OR scale_minus1 IS NULL OR scale_0 IS NULL OR scale_plus1 IS NULL
                        OR scale_plus2 IS NULL OR scale_plus3 IS NULL OR example IS NULL)$$,
                'every shipped issue has a definition, a meaning for each stance level and an example');
SELECT is_empty($$SELECT a.actor FROM bilateral.actor a
                  WHERE a.shipped AND a.kind = 'state'
                    AND (SELECT count(DISTINCT n.lang) FROM bilateral.actor_name n
                          WHERE n.actor = a.actor AND n.lang IN ('en', 'es', 'ru', 'ja')) < 4$$,
                'every shipped state actor has names in en, es, ru and ja');

-- The views return rows ---------------------------------------------------------------------------------

SELECT ok(EXISTS (SELECT 1 FROM bilateral.sources),      'bilateral.sources returns rows');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.actors),       'bilateral.actors returns rows');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.treaties),     'bilateral.treaties returns rows');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.events),       'bilateral.events returns rows');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.positions),    'bilateral.positions returns rows');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.indicators),   'bilateral.indicators returns rows');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.office_terms), 'bilateral.office_terms returns rows');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.errata),       'bilateral.errata returns rows');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.evidence),     'bilateral.evidence returns rows');

-- Name resolution ------------------------------------------------------------------------------------------

SELECT is(bilateral.actor_code('Japón'), 'JPN', 'actor_code: Spanish name of Japan');
SELECT is(bilateral.actor_code('Soviet Union'), 'RUS', 'actor_code: the Soviet Union is RUS');
SELECT is(bilateral.actor_code('Россия'), 'RUS', 'actor_code: Russian name of Russia');
SELECT is(bilateral.actor_code('日本'), 'JPN', 'actor_code: Japanese name of Japan');
SELECT is(bilateral.actor_code('  united STATES '), 'USA', 'actor_code: case and white space do not matter');
SELECT is(bilateral.actor_code('SUN'), 'RUS', 'actor_code: ISO 3166-3 code of the USSR');
SELECT is(bilateral.actor_code('740'), 'JPN', 'actor_code: COW ccode');
SELECT is(bilateral.actor_code('Moscú'), 'RUS', 'actor_code: the metonym Moscú (lafuente_2021)');
SELECT throws_ok($$SELECT bilateral.actor_code('Atlantis')$$, '22023', NULL,
                 'actor_code: an unknown name fails with SQLSTATE 22023');

-- Catalogue facts --------------------------------------------------------------------------------------------

SELECT results_eq($$SELECT cow_ccode, cow_abb, gw_code, iso3, iso_numeric FROM bilateral.actors WHERE actor = 'JPN'$$,
                  $$VALUES (740, 'JPN'::text, 740, 'JPN'::text, 392)$$,
                  'Japan: COW 740 JPN, GW 740, ISO JPN/392');
SELECT results_eq($$SELECT code, valid_from, valid_to FROM bilateral.actor_code_era
                    WHERE actor = 'RUS' AND system = 'iso3'$$,
                  $$VALUES ('SUN'::text, DATE '1922-12-30', DATE '1991-12-26')$$,
                  'Russia: ISO 3166-3 alpha-3 SUN for the Soviet era');
SELECT results_eq($$SELECT member_from, member_to FROM bilateral.system_membership
                    WHERE actor = 'JPN' AND system = 'cow' ORDER BY member_from$$,
                  $$VALUES (DATE '1860-01-01', DATE '1945-08-14'), (DATE '1952-04-28', NULL::date)$$,
                  'Japan: out of the COW state system during the occupation (1945-08-15 .. 1952-04-27)');
SELECT is((SELECT name_en FROM bilateral.actor_era WHERE actor = 'RUS' AND DATE '1956-10-19' BETWEEN era_from AND era_to),
          'Soviet Union', 'Russia in 1956 is the Soviet Union');

-- Users add rows with the functions; the catalogue and RLS guard them ----------------------------------------

-- an ordinary role of its own, made here unless it exists (on a Citus cluster tools/test-citus.sh
-- makes it first: a role made inside a transaction cannot connect to the workers before it commits);
-- CREATE ROLE and GRANT are undone by the ROLLBACK at the end
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_integrity_user') THEN
        CREATE ROLE bl_integrity_user;
    END IF;
    GRANT bl_integrity_user TO CURRENT_USER;
END
$$;
SET ROLE bl_integrity_user;

SELECT lives_ok($$SELECT bilateral.add_source('test_notes', 'Test notes', 'A. Tester', DATE '2024-05-17', 'es')$$,
                'add_source: a user adds a source');
SELECT cmp_ok(bilateral.add_claim('test_notes', 'JPN->RUS:energy:+2:2009/..'::bilateral.bilateral_position,
                                  'Japón compra GNL ruso.'), '>', 999999::bigint,
              'add_claim: a user''s claim gets an id from the users'' range');
SELECT results_eq($$SELECT actor, counterpart, issue, stance, quote_lang, shipped FROM bilateral.positions
                    WHERE source_key = 'test_notes'$$,
                  $$VALUES ('JPN'::text, 'RUS'::text, 'energy'::text, 2, 'es'::text, false)$$,
                  'add_claim: the claim is in bilateral.positions, not shipped, in the source''s language');
SELECT throws_ok($$SELECT bilateral.add_claim('test_notes', 'JPN->RUS:whaling:-1:2019/..'::bilateral.bilateral_position, 'x')$$,
                 '23503', NULL, 'add_claim refuses an issue that is not in the codebook');
SELECT throws_ok($$SELECT bilateral.add_claim('no_such_source', 'JPN->RUS:energy:+1:2019/..'::bilateral.bilateral_position, 'x')$$,
                 '23503', NULL, 'add_claim refuses an unknown source');
-- (a direct INSERT names the dyad on a distributed install, where it is the distribution column)
SELECT throws_ok(format($$INSERT INTO bilateral.position_claim (position, source_key, quote, quote_lang, statement_en%s)
                   VALUES ('JPN->ZZZ:energy:+1:2019/..', 'test_notes', 'x', 'es', 'x'%s)$$,
                        CASE WHEN bilateral.is_distributed() THEN ', dyad' ELSE '' END,
                        CASE WHEN bilateral.is_distributed() THEN ', ''JPN+ZZZ''' ELSE '' END),
                 '23503', NULL, 'a direct INSERT naming an actor outside the catalogue is refused');
SELECT throws_ok(format($$INSERT INTO bilateral.position_claim (position, source_key, quote, quote_lang, statement_en, shipped%s)
                   VALUES ('JPN->RUS:energy:+1:2019/..', 'test_notes', 'x', 'es', 'x', true%s)$$,
                        CASE WHEN bilateral.is_distributed() THEN ', dyad' ELSE '' END,
                        CASE WHEN bilateral.is_distributed() THEN ', ''JPN+RUS''' ELSE '' END),
                 '42501', NULL, 'users cannot add rows marked shipped');
UPDATE bilateral.issue SET definition = 'changed' WHERE issue = 'energy';
UPDATE bilateral.position_claim SET quote = 'changed' WHERE shipped;
RESET ROLE;
SELECT is_empty($$SELECT 1 FROM bilateral.issue WHERE issue = 'energy' AND definition = 'changed'
                  UNION ALL SELECT 1 FROM bilateral.position_claim WHERE quote = 'changed'$$,
                'shipped rows are read-only to users');

SELECT * FROM finish();
ROLLBACK;
