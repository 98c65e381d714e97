-- test/citus/writes.sql: an ordinary role writes through the functions (add_*, import_tei, delete_*),
-- then the answers; the same output on one server and on the Citus coordinator (tools/test/citus.sh).
\pset format unaligned
\pset tuples_only on
\set ON_ERROR_STOP 1
SET search_path = bilateral, public;
SET ROLE bl_citus_tester;
SELECT add_source('tester_study', 'A tester''s study', 'Tester', DATE '2020-05-01', 'en');
SELECT add_claim('tester_study', 'JPN->RUS:peace_treaty:+2:2018-11/2019-01', 'The tester''s words.') > 999999;
SELECT add_claim('tester_study', 'RUS->JPN:energy:+1:2019/2020', 'More words.') > 999999;
SELECT add_event('tester_study', 'tester_visit', 'A visit', 'visit', '2019-03', ARRAY['Japan', 'RUS'], 'They visited.') > 999999;
SELECT s::text FROM stance_at('JPN', 'RUS', 'peace_treaty', DATE '2018-12-15') s WHERE s.source_key = 'tester_study';
-- errors are the same: unknown actors, an event naming an unknown actor, a claim under another's source
DO $$ BEGIN PERFORM add_claim('tester_study', 'JPN->ZZZ:peace_treaty:+2:2018/2019', 'x'); EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'add_claim: %', SQLSTATE; END $$;
DO $$ BEGIN PERFORM add_event('tester_study', 'bad', 'Bad', 'visit', '2019', ARRAY['JPN', 'ZZZ'], 'x'); EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'add_event: %', SQLSTATE; END $$;
DO $$ BEGIN INSERT INTO event (event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, source_key, quote)
           VALUES ('bad', 'Bad', 'visit', '2019-01-01', '2019-01-01', 'day', 'day', ARRAY['JPN', 'ZZZ'], 'tester_study', 'x');
           EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'event naming an unknown actor: %', SQLSTATE; END $$;
DO $$ BEGIN PERFORM add_claim('generated_claims', 'JPN->RUS:peace_treaty:+2:2018/2019', 'x'); EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'other''s source: %', SQLSTATE; END $$;
DO $$ BEGIN PERFORM delete_row('actor', 'JPN'); EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'shipped actor: %', SQLSTATE; END $$;
-- TEI out and back in
SELECT export_tei('tester_study') AS doc \gset
SELECT delete_source('tester_study', cascade => true);
SELECT count(*) FROM position_claim WHERE source_key = 'tester_study';
SELECT x::text FROM import_tei(:'doc') x;
SELECT bilateral.stance(position), quote FROM position_claim WHERE source_key = 'tester_study' ORDER BY 1, 2;
SELECT delete_row('position_claim', min(claim_id)::text) FROM position_claim WHERE source_key = 'tester_study';
SELECT count(*) FROM position_claim WHERE source_key = 'tester_study';
SELECT x::text FROM stance_history('RUS', 'JPN', 'energy') x WHERE 'tester_study' = ANY (x.sources);
RESET ROLE;
-- bulk import (import_claims) through the coordinator
SET ROLE bl_citus_tester;
CREATE TEMP TABLE staged (position text, quote text, voice text);
INSERT INTO staged VALUES ('KOR->JPN:territorial_dispute:-2:2001/2003', 'Staged one.', NULL),
                          ('JPN->KOR:territorial_dispute:-1:2002/2002', 'Staged two.', 'elite');
SELECT import_claims('tester_study', 'staged');
SELECT position::text, voice, statement_en FROM position_claim WHERE source_key = 'tester_study' AND quote LIKE 'Staged%' ORDER BY 1;
RESET ROLE;
-- another role sees the tester's claims only when it names the tester in bilateral.include_owners; on a
-- distributed install the setting reaches the shards as SET LOCAL with citus.propagate_set_commands
-- = 'local' (docs/scale.md), which a single server ignores
SET ROLE bl_citus_reader;
SELECT count(*) FROM position_claim WHERE source_key = 'tester_study';
BEGIN;
SET LOCAL citus.propagate_set_commands = 'local';
SET LOCAL bilateral.include_owners = 'bl_citus_tester';
SELECT count(*) FROM position_claim WHERE source_key = 'tester_study';
SELECT x::text FROM stance_history('KOR', 'JPN', 'territorial_dispute') x WHERE 'tester_study' = ANY (x.sources);
COMMIT;
RESET ROLE;
-- the tester's coverage makes a panel cell silent for another role only when it opts in; the panel's
-- steps run over connections to the coordinator (src/citus.c), which the setting reaches as SET LOCAL
-- with citus.propagate_set_commands, as the shards do
SET ROLE bl_citus_tester;
SELECT set_coverage('tester_study', 'BRA', 'ARG', 2009, 2010) > 999999;
RESET ROLE;
SET ROLE bl_citus_reader;
SELECT year, coverage FROM dyad_years(2009, 2009, all_dyads => true) WHERE actor1 = 'BRA' AND actor2 = 'ARG' AND issue IS NULL;
BEGIN;
SET LOCAL citus.propagate_set_commands = 'local';
SET LOCAL bilateral.include_owners = 'bl_citus_tester';
SELECT year, coverage FROM dyad_years(2009, 2009, all_dyads => true) WHERE actor1 = 'BRA' AND actor2 = 'ARG' AND issue IS NULL;
COMMIT;
RESET ROLE;
