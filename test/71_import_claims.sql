-- pgTAP: bulk import of claims from a staging table (extension/next/71_import_claims.sql,
-- docs/queries.md "Importing claims in bulk"): every bad row reported, all or nothing, the caller's
-- source and ownership, the staging table read with the caller's privileges.
BEGIN;
SELECT plan(27);

-- the roles are made here unless they exist: on a Citus cluster tools/test-citus.sh makes them first
-- (a role made inside a transaction cannot connect to the workers before it commits)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_imp_alice') THEN CREATE ROLE bl_imp_alice NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_imp_bob') THEN CREATE ROLE bl_imp_bob NOLOGIN; END IF; END $$;

SET ROLE bl_imp_alice;
SELECT bilateral.add_source('alice_import', 'Alice''s coded events', 'Alice', '2020-01-01', 'ja');
CREATE TEMP TABLE stage (position text, quote text, locator text, voice text);
INSERT INTO stage VALUES
    ('JPN->RUS:peace_treaty:+2:2018-11/2019-01', 'words one', 'p. 1', NULL),
    ('JPN->XXX:peace_treaty:+2:2018-11/2019-01', 'words two', NULL, NULL),
    ('JPN->RUS:peace_treaty:+9:2018/2019', '', NULL, 'gov'),
    ('JPN->RUS:peace_treaty:0:2018/2019', 'words four', NULL, 'elite'),
    (NULL, 'words five', NULL, NULL);

SELECT results_eq(
    $$SELECT row_number, column_name, reason FROM bilateral.check_claims('stage')$$,
    $$VALUES (2::bigint, 'position', 'the counterpart XXX is not in the catalogue (bilateral.actor)'),
             (3::bigint, 'position', 'The stance "+9" is outside -3..+3.'),
             (3::bigint, 'quote', 'missing: every claim carries the exact words of its source'),
             (3::bigint, 'voice', 'not a voice: state, public_opinion, elite, author_assessment or author_proposal'),
             (5::bigint, 'position', 'missing')$$,
    'check_claims reports every bad value: row, column, reason');
SELECT throws_like($$SELECT bilateral.import_claims('alice_import', 'stage')$$,
                   'staging table % holds 5 bad values; no claim was added',
                   'import_claims refuses the table when any row is bad');
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'alice_import'), 0,
          '... and adds none of the good rows');
CREATE FUNCTION pg_temp.import_error(src text, tbl text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE d text; s text;
BEGIN
    PERFORM bilateral.import_claims(src, tbl::regclass);
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, s = RETURNED_SQLSTATE;
    RETURN s || ': ' || d;
END $$;
SELECT alike(pg_temp.import_error('alice_import', 'stage'), E'22000: row 2, position %: the counterpart XXX%\nrow 3, position %',
            'the error is 22000 and its detail names the rows, columns and reasons in order');

DELETE FROM stage WHERE position IS NULL OR position LIKE '%XXX%' OR quote = '';
SELECT is_empty($$SELECT * FROM bilateral.check_claims('stage')$$, 'a corrected table has no problem');
SELECT is(bilateral.import_claims('alice_import', 'stage'), 2::bigint, 'import_claims adds every row and says how many');
SELECT results_eq(
    $$SELECT concat_ws(' | ', position, owner::text COLLATE "default", quote_lang, voice, coalesce(locator, '-')) FROM bilateral.position_claim
       WHERE source_key = 'alice_import' ORDER BY claim_id$$,
    $$VALUES ('JPN->RUS:peace_treaty:+2:2018-11/2019-01 | bl_imp_alice | ja | state | p. 1'),
             ('JPN->RUS:peace_treaty:0:2018/2019 | bl_imp_alice | ja | elite | -')$$,
    'the claims are the caller''s, in the source''s language, with the default voice');
SELECT results_eq(
    $$SELECT statement_en FROM bilateral.position_claim WHERE source_key = 'alice_import' ORDER BY claim_id$$,
    $$VALUES ('According to alice_import, JPN holds a cooperative (+2) stance toward RUS on peace_treaty from 2018-11-01 to 2019-01-31.'),
             ('According to alice_import, JPN holds a neutral (0) stance toward RUS on peace_treaty from 2018-01-01 to 2019-12-31.')$$,
    'a missing English statement is written as add_claim writes it (default_statement_en)');

-- the position in parts, typed columns, the user's own row numbers
CREATE TEMP TABLE stage_parts (row_number int, actor text, counterpart text, issue text, stance int,
                               valid_from date, valid_to text, quote text, quote_lang text);
INSERT INTO stage_parts VALUES
    (10, 'JPN', 'RUS', 'energy', 1, '2016-05-06', '2016-12', 'q1', 'en'),
    (11, 'JPN', 'RUS', 'energy', 5, NULL, '2016-13', 'q2', 'EN'),
    (12, 'JPN', 'RUS', 'energy', 1, '2017-01-01', '2016', 'q3', NULL),
    (13, 'jp', 'RUS', 'Energy', 1, NULL, NULL, 'q4', NULL);
SELECT results_eq(
    $$SELECT row_number, column_name FROM bilateral.check_claims('stage_parts')$$,
    $$VALUES (11::bigint, 'quote_lang'), (11::bigint, 'stance'), (11::bigint, 'valid_to'),
             (12::bigint, 'position'), (13::bigint, 'actor'), (13::bigint, 'issue')$$,
    'parts: each bad part named by its column, the period by position, rows by the table''s row_number');
DELETE FROM stage_parts WHERE row_number > 10;
SELECT is(bilateral.import_claims('alice_import', 'stage_parts'), 1::bigint, 'parts: a good table is added');
SELECT is((SELECT position::text FROM bilateral.position_claim WHERE source_key = 'alice_import' AND quote = 'q1'),
          'JPN->RUS:energy:+1:2016-05-06/2016-12', 'parts: the date column and the partial date make the period');
SELECT is(bilateral.import_claims('alice_import', 'stage_parts'::regclass), 1::bigint, 'importing twice adds twice (no hidden de-duplication)');

CREATE TEMP TABLE stage_typo (position text, qoute text);
SELECT throws_ok($$SELECT bilateral.import_claims('alice_import', 'stage_typo')$$, '42703', NULL,
                 'an unknown column is refused, not ignored');
CREATE TEMP TABLE stage_both (position text, actor text, counterpart text, issue text, stance text, quote text);
SELECT throws_ok($$SELECT bilateral.import_claims('alice_import', 'stage_both')$$, '42703', NULL,
                 'a position and its parts together are refused');
CREATE TEMP TABLE stage_empty (position text, quote text);
SELECT is(bilateral.import_claims('alice_import', 'stage_empty'), 0::bigint, 'an empty table adds nothing');
RESET ROLE;

-- ownership: bob cannot import under alice's source or a shipped one, nor read alice's staging table
SET ROLE bl_imp_bob;
SELECT throws_ok($$SELECT bilateral.import_claims('alice_import', 'pg_temp.stage')$$, '23503', NULL,
                 'bob does not even see alice''s source');
SET LOCAL bilateral.include_owners = '*';
SELECT throws_ok($$SELECT bilateral.import_claims('alice_import', 'pg_temp.stage')$$, '42501', 'source "alice_import" is not yours',
                 'opted in to alice''s rows, bob still cannot import under her source');
SELECT throws_ok($$SELECT bilateral.import_claims('pajon_ifri_2017', 'pg_temp.stage')$$, '42501', 'source "pajon_ifri_2017" is not yours',
                 'nobody imports under a shipped source');
SELECT bilateral.add_source('bob_import', 'Bob''s coded events', 'Bob', '2020-01-01', 'en');
SELECT throws_ok($$SELECT bilateral.import_claims('bob_import', 'pg_temp.stage')$$, '42501', NULL,
                 'the staging table is read with the caller''s privileges: bob cannot read alice''s');
SELECT throws_ok($$SELECT bilateral.import_claims_rows('bob_import', 'pg_temp.stage')$$, '42501', NULL,
                 'nor through the insert that runs with the owner''s rights');
SELECT throws_ok($$SELECT bilateral.import_claims_rows('alice_import', 'pg_temp.stage')$$, '42501', NULL,
                 '... under her source either');
CREATE TEMP TABLE stage_bob (position text, quote text);
INSERT INTO stage_bob VALUES ('JPN->RUS:energy:+1:2016/2017', 'bob''s words');
SELECT throws_ok($$SELECT bilateral.import_claims_rows('alice_import', 'stage_bob')$$, '42501', 'source "alice_import" is not yours',
                 'and bob''s own rows do not go under alice''s source by that door');
-- nothing of bob's runs with the definer's rights: not a view, not a cast of a type of his own
CREATE TYPE pg_temp.sneaky AS (t text);
CREATE FUNCTION pg_temp.sneaky_text(pg_temp.sneaky) RETURNS text LANGUAGE plpgsql AS
    $f$ BEGIN PERFORM set_config('bilateral.test_escalated', current_user, false); RETURN ($1).t; END $f$;
CREATE CAST (pg_temp.sneaky AS text) WITH FUNCTION pg_temp.sneaky_text(pg_temp.sneaky) AS IMPLICIT;
CREATE TEMP TABLE stage_sneaky (position pg_temp.sneaky, quote text);
INSERT INTO stage_sneaky VALUES (ROW('JPN->RUS:energy:+1:2016/2017'), 'q');
SELECT throws_ok($$SELECT bilateral.import_claims_rows('bob_import', 'stage_sneaky')$$, '42804', NULL,
                 'a staging column of a type of bob''s own (whose cast he wrote) is refused before it is read');
CREATE TEMP VIEW stage_view AS SELECT position, quote FROM stage_bob;
SELECT throws_ok($$SELECT bilateral.import_claims_rows('bob_import', 'stage_view')$$, '42809', NULL,
                 'and so is a view (its functions would run with the definer''s rights)');
SELECT is(current_setting('bilateral.test_escalated', true), NULL, 'bob''s cast never ran');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'bob_import'), 0, 'bob added nothing');
SELECT is((SELECT count(*)::int FROM bilateral.position_claim WHERE source_key = 'alice_import' AND owner <> 'bl_imp_alice'), 0,
          'every claim under alice''s source is hers');

SELECT * FROM finish();
ROLLBACK;
