-- pgTAP: what changed between releases, in SQL (issue #26, item 5).  bilateral.data_change holds
-- every shipped row each release added or removed and every field it changed (tools/data-changes,
-- from each release's shipped rows); data_changes(from, to) lists them with their notes.
-- docs/queries.md, "What changed between releases".
BEGIN;
SELECT plan(16);
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bl_dc_user') THEN CREATE ROLE bl_dc_user NOLOGIN; END IF; END $$;

-- counts the git history gives (release 1.3: the audit; 1.4: the state system; 1.5 to 1.9: code only)
SELECT is((SELECT count(*)::int FROM bilateral.data_changes('1.2', '1.3')), 433, '1.3 made 433 changes (the audit)');
SELECT is((SELECT count(*)::int FROM bilateral.data_changes('1.3', '1.4') WHERE table_name = 'actor_name' AND change = 'added'), 46753,
          '1.4 added 46,753 names (the state system, ISO names in about 100 languages)');
SELECT is((SELECT array_agg(DISTINCT change) FROM bilateral.data_changes('1.0', '1.1')), ARRAY['added'], '1.1 only added rows (the two newer documents, the errata)');
SELECT is((SELECT count(*)::int FROM bilateral.data_changes('1.4', '1.9')), 0, 'no shipped row changed from 1.4 to 1.9');
-- one known change of the audit (docs/provenance/russo_japanese_skeptical_view.md): Senkaku/Diaoyu is maritime_disputes
SELECT results_eq(
    $$SELECT release, old_value, new_value, note ~ '^docs/provenance/russo_japanese_skeptical_view\.md \(Audit for release 1\.3'
        FROM bilateral.data_changes('1.2', '1.3') WHERE table_name = 'position_claim' AND row_key = ARRAY['100004'] AND field = 'position'$$,
    $$VALUES ('1.3', 'JPN->CHN:territorial_dispute:-2:2016/2016', 'JPN->CHN:maritime_disputes:-1:2016/2016', true)$$,
    'claim 100004: territorial_dispute -2 became maritime_disputes -1 in 1.3, with the audit''s reason');
SELECT is((SELECT count(*)::int FROM bilateral.data_changes('1.2', '1.3') WHERE table_name = 'position_claim' AND field = 'voice' AND old_value IS NULL),
          (SELECT count(*)::int FROM (
               SELECT row_key[1] FROM bilateral.data_change WHERE table_name = 'position_claim' AND change = 'added'
                  AND bilateral.release_order(release) <= bilateral.release_order('1.2')
               EXCEPT SELECT row_key[1] FROM bilateral.data_change WHERE table_name = 'position_claim' AND change = 'removed'
                  AND bilateral.release_order(release) <= bilateral.release_order('1.2')) x),
          'every claim shipped before 1.3 got its voice in 1.3');
-- the changes agree with the shipped rows: each field's last new value is the row's value now (on a
-- preview too: tools/release --preview records what it does to the shipped rows as the release will)
SELECT is_empty(
    $$SELECT c.row_key FROM bilateral.position_claim p
        JOIN LATERAL (SELECT * FROM bilateral.data_change c WHERE c.table_name = 'position_claim' AND c.row_key = ARRAY[p.claim_id::text]
                        AND c.field = 'position' ORDER BY c.change_id DESC LIMIT 1) c ON true
       WHERE p.shipped AND c.new_value IS DISTINCT FROM p.position::text$$,
    'every claim''s last recorded position is its position now');
SELECT set_eq(
    $$SELECT claim_id::text FROM bilateral.position_claim WHERE shipped$$,
    $$SELECT row_key[1] FROM bilateral.data_change WHERE table_name = 'position_claim' AND change = 'added'
      EXCEPT SELECT row_key[1] FROM bilateral.data_change WHERE table_name = 'position_claim' AND change = 'removed'$$,
    'the claims added and not removed are exactly the shipped claims');
-- release 1.14: the three re-adjudicated claims and Japan's baseline beside them, each with the
-- review's reason (docs/provenance/<source>.md, "Review of three adjudicated claims (release 1.14)")
SELECT results_eq(
    $$SELECT row_key[1], old_value, new_value, note LIKE '%Review of three adjudicated claims (release 1.14)%'
        FROM bilateral.data_changes('1.13', '1.14') WHERE table_name = 'position_claim' AND field = 'position' ORDER BY 1$$,
    $$VALUES ('100107', 'JPN->RUS:peace_treaty:-1:2016/2016-05-05', 'JPN->RUS:peace_treaty:-1:2016-05/2016-05-05', true),
             ('100108', 'RUS->JPN:peace_treaty:-1:2016/2016-05-05', 'RUS->JPN:peace_treaty:-1:2016-05/2016-05-06', true),
             ('200024', 'RUS->USA:diplomatic_relations:-1:2013/2013', 'RUS->USA:diplomatic_relations:-2:2013/2013', true)$$,
    '1.14 changed the positions of claims 100107, 100108 and 200024, each with the review''s reason');
SELECT is((SELECT string_agg(field, ',' ORDER BY field) FROM bilateral.data_changes('1.13', '1.14') WHERE row_key = ARRAY['200022']),
          'general_knowledge,quote,statement_en', '1.14 changed claim 200022''s quote, statement and general knowledge, not its position');
SELECT ok((SELECT bool_and(note LIKE 'release 1.4: %') FROM bilateral.data_changes('1.3', '1.4')),
          'a change no row note explains carries its release''s note');
SELECT ok((SELECT bool_and(note IS NOT NULL) FROM bilateral.data_changes('1.0', bilateral.current_data_release())), 'every change has a note');

-- arguments
SELECT throws_ok($$SELECT * FROM bilateral.data_changes('0.9', '1.3')$$, '22023', 'unknown data release for from_release: ''0.9''', 'an unknown release: 22023');
SELECT throws_ok($$SELECT * FROM bilateral.data_changes('1.4', '1.3')$$, '22023', NULL, 'from newer than to: 22023');

-- read-only, out of the users' tables
SET LOCAL ROLE bl_dc_user;
SELECT throws_ok($$INSERT INTO bilateral.data_change (change_id, release, table_name, row_key, change) VALUES (1, '1.0', 'x', '{x}', 'added')$$,
                 '42501', NULL, 'an ordinary role cannot write bilateral.data_change');
RESET ROLE;
SELECT ok(NOT EXISTS (SELECT 1 FROM bilateral.editable_tables() WHERE table_name IN ('data_change', 'data_release')),
          'the data''s history is not one of the users'' tables');

SELECT * FROM finish();
ROLLBACK;
