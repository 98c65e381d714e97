-- pgTAP: one rule for every date that enters or is asked about (issue #22, item 12): a day before
-- 0001-01-01 (a BC date) or after 9999-12-31 is refused with 22008 and a hint, at the door (every
-- date column of the editable tables) and by every function that takes a date.  docs/security.md.
BEGIN;
SELECT plan(14);

SELECT throws_ok($$SELECT bilateral.add_source('bc', 'BC', 'A', '0044-03-15 BC', 'en')$$, '22008',
                 'source.published out of range: 0044-03-15 BC', 'add_source refuses a BC date (before: stored, then exported as -043)');
SELECT throws_ok($$SELECT bilateral.add_source('bc', 'BC', 'A', '10000-01-01', 'en')$$, '22008', NULL, 'and a day after 9999');
SELECT bilateral.add_source('bc_ok', 'AD', 'A', '2001-01-01', 'en');
SELECT throws_ok($$INSERT INTO bilateral.event (event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, source_key, quote)
                   VALUES ('bc_ev', 'Ides', 'summit', '0044-03-15 BC', '0044-03-15 BC', 'day', 'day', ARRAY['JPN', 'RUS'], 'bc_ok', 'q')$$,
                 '22008', NULL, 'a plain INSERT of an event on a BC day');
SELECT throws_ok($$SELECT bilateral.add_treaty('2002-01-01:JPN+RUS:bc_pact', 'A pact', 'agreement', in_force_from => '0001-12-31 BC')$$,
                 '22008', NULL, 'add_treaty(in_force_from => a BC day)');
SELECT throws_ok($$SELECT bilateral.code_at('cow', 'JPN', '0044-03-15 BC')$$, '22008', 'at out of range: 0044-03-15 BC', 'code_at');
SELECT throws_ok($$SELECT bilateral.in_system('cow', 'JPN', '0044-03-15 BC')$$, '22008', NULL, 'in_system');
SELECT throws_ok($$SELECT * FROM bilateral.treaties_in_force('JPN', 'RUS', '0044-03-15 BC')$$, '22008', NULL, 'treaties_in_force');
SELECT throws_ok($$SELECT * FROM bilateral.stance_history('JPN', 'RUS', 'peace_treaty', known_by => '0044-03-15 BC')$$, '22008', NULL, 'stance_history(known_by)');
SELECT throws_ok($$SELECT * FROM bilateral.stance_changes('JPN', 'RUS', NULL, daterange('0044-03-15 BC', '2000-01-01'))$$, '22008', NULL, 'stance_changes(daterange)');
SELECT throws_ok($$SELECT * FROM bilateral.stance_at('JPN', 'RUS', 'peace_treaty', '2016-01-01', known_by => '0044-03-15 BC')$$, '22008', NULL, 'stance_at(known_by)');
SELECT throws_ok($$SELECT bilateral.published_by('bc_ok', '0044-03-15 BC')$$, '22008', NULL, 'published_by');
SELECT throws_ok($$SELECT count(*) FROM bilateral.position_claim WHERE position OPERATOR(bilateral.@>) DATE '0044-03-15 BC'$$, '22008', NULL, 'the @> date operator');
SELECT throws_ok($$SELECT count(*) FROM bilateral.position_claim WHERE position OPERATOR(bilateral.&&) daterange('0044-03-15 BC', '0010-01-01')$$, '22008', NULL, 'the && daterange operator');
-- the hint says the right form
CREATE FUNCTION pg_temp.hint_of(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE h text; BEGIN EXECUTE q; RETURN NULL;
EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT; RETURN h; END $f$;
SELECT is(pg_temp.hint_of($$SELECT bilateral.code_at('cow', 'JPN', '0044-03-15 BC')$$), 'Pass a day between 0001-01-01 and 9999-12-31 (infinity or NULL for an open end).', 'the hint gives the form');
SELECT * FROM finish();
ROLLBACK;
