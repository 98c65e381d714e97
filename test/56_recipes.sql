-- The small items of #23 a recipe meets: parenthesised Russian names, a tutorial run twice.
BEGIN;
SELECT plan(6);
SET search_path TO bilateral, public;

SELECT is(actor_code('США (Соединённые Штаты Америки)'), 'USA', 'actor_code: "США (Соединённые Штаты Америки)" is USA');
SELECT is(actor_code('КНР (Китайская Народная Республика)'), 'CHN', 'actor_code: "КНР (Китайская Народная Республика)" is CHN');
SELECT throws_ok($$SELECT bilateral.actor_code('США (Россия)')$$, '22023', 'unknown actor: "США (Россия)"',
                 'parts that name two actors: unknown, never a guess');
SELECT is(actor_code_parenthesised('Japan'), NULL, 'a name without parentheses: not this rule');

SELECT lives_ok($$SELECT bilateral.add_source('tutorial_twice', 'T', 'Me', DATE '2019-05-01', 'en')$$, 'add_source once');
SELECT throws_ok($$SELECT bilateral.add_source('tutorial_twice', 'T', 'Me', DATE '2019-05-01', 'en')$$, '23505',
                 'source "tutorial_twice" exists already', 'add_source twice: a clear message, not the raw constraint');

SELECT * FROM finish();
ROLLBACK;
