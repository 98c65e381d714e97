-- pgTAP: a sample of the facts coded from document 002 (Streltsov; source_key streltsov_2020),
-- read through the public views (release 1.1 data).

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SELECT plan(13);

SELECT is((SELECT count(*)::int FROM bilateral.positions WHERE source_key = 'streltsov_2020'), 33,
          'streltsov_2020: 33 stance claims (22 of release 1.1, 11 added by the 1.3 audit)');
SELECT ok((SELECT bool_and(shipped) FROM bilateral.positions WHERE source_key = 'streltsov_2020'),
          'streltsov_2020: every claim is shipped');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 300001), 'JPN->USA:us_alliance:+1:2019/2020',
          'Japan relies on the Security Treaty with the US');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 300002), 'JPN->RUS:sanctions:-1:2019/2020',
          'Japan joins the G7 sanctions policy');
SELECT results_eq(
    $$SELECT actor, counterpart, issue, stance_label FROM bilateral.positions
      WHERE source_key = 'streltsov_2020' AND issue = 'peace_treaty' AND voice = 'state' ORDER BY actor$$,
    $$VALUES ('JPN'::text, 'RUS'::text, 'peace_treaty'::text, 'cool'::text),
             ('RUS', 'JPN', 'peace_treaty', 'cool')$$,
    'deadlock in the peace treaty talks: both sides cool');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 300008), 'RUS->JPN:china:+1:2019/2020',
          'Russia courts Japan to avoid dependence on the Chinese market');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 300020), 'RUS->JPN:military_security:-1:2014-03/2020',
          'post-Crimea Russian reaction to US-Japan military actions: military security, a negative reaction (-1; audit 1.3)');
SELECT results_eq(
    $$SELECT quote, quote_lang FROM bilateral.positions WHERE claim_id = 300018$$,
    $$VALUES ('Очевидный стратегический приоритет Москвы в пользу отношений с Пекином'::text, 'ru'::text)$$,
    'Russian quote kept in Russian');
SELECT ok(EXISTS (SELECT 1 FROM bilateral.treaties
                  WHERE treaty::text = '1960-01-19:JPN+USA:security_treaty' AND source_key = 'streltsov_2020'
                    AND quote = 'its membership in the Security Treaty with the United States'),
          'the Security Treaty with the United States is mentioned');
SELECT results_eq(
    $$SELECT name_en, kind, occurred_from::text, occurred_to::text, precision FROM bilateral.events
      WHERE source_key = 'streltsov_2020' AND event_id = 300001$$,
    $$VALUES ('Deadlock in the Japan-Russia peace treaty talks'::text, 'negotiation'::text,
              '2019-01-01'::text, '2019-12-31'::text, 'year'::text)$$,
    'the 2019 deadlock, at year precision');
SELECT is((SELECT count(*)::int FROM bilateral.events WHERE source_key = 'streltsov_2020'), 3,
          'streltsov_2020: 3 events');
SELECT results_eq(
    $$SELECT person, office, actor FROM bilateral.office_terms
      WHERE source_key = 'streltsov_2020' ORDER BY person$$,
    $$VALUES ('Donald Trump'::text, 'President'::text, 'USA'::text),
             ('Sergey Lavrov', 'Minister of Foreign Affairs', 'RUS'),
             ('Shinzo Abe', 'Prime Minister', 'JPN'),
             ('Vladimir Putin', 'President', 'RUS')$$,
    'four officials named');
SELECT is((SELECT count(*)::int FROM bilateral.indicators WHERE source_key = 'streltsov_2020'), 0,
          'the abstract and fragments give no figure');

SELECT * FROM finish();
ROLLBACK;
