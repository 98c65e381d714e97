-- pgTAP: a sample of the facts coded from document 001 (Ifri, Pajon; source_key pajon_ifri_2017),
-- read through the public views.

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SELECT plan(12);

SELECT is((SELECT count(*)::int FROM bilateral.positions WHERE source_key = 'pajon_ifri_2017'), 17,
          'pajon_ifri_2017: 17 stance claims (11 of release 1.0, 6 added by the 1.3 audit)');
SELECT ok((SELECT bool_and(shipped) FROM bilateral.positions WHERE source_key = 'pajon_ifri_2017'),
          'pajon_ifri_2017: every claim is shipped');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 200001), 'RUS->USA:diplomatic_relations:-2:2014/2017-10',
          'Russia adversarial toward the US after the Ukraine crisis');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 200004), 'JPN->USA:us_alliance:+2:2014/2017-10',
          'Japan more reliant on the United States');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 200006), 'RUS->JPN:territorial_dispute:-1:2017/2017-10',
          'Russia sceptical about a territorial agreement');
SELECT results_eq(
    $$SELECT actor, counterpart, issue, stance_label FROM bilateral.positions
      WHERE source_key = 'pajon_ifri_2017' AND claim_id IN (200007, 200008) ORDER BY claim_id$$,
    $$VALUES ('JPN'::text, 'RUS'::text, 'diplomatic_relations'::text, 'pragmatic'::text),
             ('RUS', 'JPN', 'diplomatic_relations', 'pragmatic')$$,
    'gradual, pragmatic improvement favoured by both since December 2016');
SELECT is((SELECT position::text FROM bilateral.positions WHERE claim_id = 200011), 'JPN->RUS:territorial_dispute:+1:2016-12/2017-10',
          'Japan to return to the islands rather than the islands to Japan');
SELECT is((SELECT quote FROM bilateral.positions WHERE claim_id = 200009),
          'Henceforth, the territorial dispute between Russia and Japan will only be solved once they cooperate '
          'better economically, mainly by working together to develop the Southern Kuril Islands.',
          'joint development claim keeps its exact quote');
SELECT results_eq(
    $$SELECT name_en, kind, occurred_from::text, occurred_to::text FROM bilateral.events
      WHERE source_key = 'pajon_ifri_2017' AND event_id = 200002$$,
    $$VALUES ('Abe-Putin summit of December 2016'::text, 'summit'::text, '2016-12-01'::text, '2016-12-31'::text)$$,
    'the December 2016 summit, at month precision');
SELECT is((SELECT occurred_from::text FROM bilateral.events WHERE event_id = 200001), '2014-01-01',
          'Ukraine crisis dated 2014 (general knowledge)');
SELECT results_eq(
    $$SELECT person, office, actor, term_from::text FROM bilateral.office_terms
      WHERE source_key = 'pajon_ifri_2017' ORDER BY person$$,
    $$VALUES ('Shinzo Abe'::text, 'Prime Minister'::text, 'JPN'::text, '2012-12-26'::text),
             ('Vladimir Putin', 'President', 'RUS', '2012-05-07')$$,
    'Abe and Putin with their offices');
SELECT is((SELECT count(*)::int FROM bilateral.treaties WHERE source_key = 'pajon_ifri_2017'), 0,
          'the page mentions no treaty');

SELECT * FROM finish();
ROLLBACK;
