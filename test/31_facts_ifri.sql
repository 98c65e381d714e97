-- pgTAP: what a researcher gets from the query functions over the rows coded from document 001, the
-- Ifri page by Céline Pajon, "Japan-Russia: The Limits of a Strategic Rapprochement" (source_key
-- pajon_ifri_2017, published "2017-10": known from 2017-10-31). The page speaks of the Ukraine crisis
-- (2014) and of the Abe-Putin summit of December 2016 up to its time of writing, so its claims run
-- "from 2014" or "from 2016-12" "to 2017-10". Each check is an answer of a query function; the comment
-- above it names the line of the seed text (tools/seeds.map) the expected value rests on.

BEGIN;
SET LOCAL datestyle = 'ISO, YMD';
SET LOCAL search_path = bilateral, public;
SELECT plan(13);

-- Precision at both ends: the summit of December 2016 (line 4) -------------------------------------
-- "the summit between Abe and Putin in December 2016 seemed to herald a new approach ... the territorial
-- dispute ... will only be solved once they cooperate better economically" (claim 200012, Japan +1, from
-- 2016-12 to 2017-10): possibly from 2016-12-01 to 2017-10-31, certainly from 2016-12-31 to 2017-10-01.
SELECT results_eq(
    $$SELECT d, s.certain FROM unnest(ARRAY['2016-11-30', '2016-12-01', '2016-12-30', '2016-12-31', '2017-06-01',
                                             '2017-10-01', '2017-10-02', '2017-10-31', '2017-11-01']::date[]) d
        JOIN LATERAL stance_at('JPN', 'RUS', 'territorial_dispute', d) s ON s.claim_id = 200012
       ORDER BY d$$,
    $$VALUES ('2016-12-01'::date, false), ('2016-12-30', false), ('2016-12-31', true), ('2017-06-01', true),
             ('2017-10-01', true), ('2017-10-02', false), ('2017-10-31', false)$$,
    'Japan''s +1 after the December 2016 summit: possibly Dec 2016-Oct 2017, certainly 2016-12-31 .. 2017-10-01');

-- Knowledge time: Russia on the islands in mid-2017 ----------------------------------------------------
-- Line 3: "Russia is also sceptical about the economic benefit of an eventual territorial agreement"
-- (claim 200006, -1, 2017 to 2017-10) and line 4, the joint approach (claim 200013, +1, from 2016-12):
-- one page gives both, the certain one first. Known from 2017-10-31, not a day earlier.
SELECT results_eq(
    $$SELECT claim_id, stance, certain, source_key FROM stance_at('Россия', '日本', 'territorial_dispute', '2017-06-01',
                                                                  known_by => '2017-10-31')$$,
    $$VALUES (200013::bigint, 1, true, 'pajon_ifri_2017'::text), (200006, -1, false, 'pajon_ifri_2017')$$,
    'Russia on the islands, 1 June 2017, as known in October 2017: the joint approach (certain) and the scepticism');
SELECT is_empty(
    $$SELECT * FROM stance_at('RUS', 'JPN', 'territorial_dispute', '2017-06-01', known_by => '2017-10-30')$$,
    'on 2017-10-30 the page (dated to the month) was not yet certainly published: nothing known for mid-2017');

-- "Japan has become more reliant on the United States" (line 2) --------------------------------------
-- claim 200004, +2 from 2014 (the Ukraine crisis) to 2017-10; the 2016 chapter codes both +1 (dependence
-- on US guarantees, its line 8) and -1 (doubt about a US response, its line 21) for 2016.
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, contested, stances, sources
        FROM stance_history('JPN', 'USA', 'us_alliance', known_by => '2017-10-31')$$,
    $$VALUES ('2014-01-01'::date, '2015-12-31'::date, 2, false, '{2}'::int[], '{pajon_ifri_2017}'::text[]),
             ('2016-01-01', '2016-12-31', NULL, true, '{-1,1,2}', '{pajon_ifri_2017,russo_japanese_skeptical_view}'),
             ('2017-01-01', '2017-10-31', 2, false, '{2}', '{pajon_ifri_2017}')$$,
    'Japan toward the US alliance as known in October 2017: cooperative, contested in 2016, cooperative');
SELECT results_eq(
    $$SELECT valid_from, valid_to, stances FROM stance_history('JPN', 'USA', 'us_alliance', known_by => '2017-10-30')$$,
    $$VALUES ('2016-01-01'::date, '2016-12-31'::date, '{-1,1}'::int[])$$,
    'a day earlier only the 2016 chapter is known: 2014-2015 and 2017 have no history');
-- the stance before 2014 is Lafuente's aligned (+3) of the Cold War ("la esfera de influencia", his line 238)
SELECT results_eq(
    $$SELECT changed_on, precision, from_stance, to_stance FROM stance_changes('JPN', 'USA', 'us_alliance',
                                                                              daterange('2014-01-01', '2018-01-01'))$$,
    $$VALUES ('2014-01-01'::date, 'year'::text, 3, 2), ('2016-01-01', 'year', 2, NULL::int), ('2017-01-01', 'year', NULL, 2)$$,
    'turning points: from the Cold War''s aligned (Lafuente) to Ifri''s cooperative in 2014, into the contested 2016 and out');
SELECT results_eq(
    $$SELECT claim_a, claim_b, overlap, stance_a, stance_b FROM conflicting_claims('JPN', 'USA', 'us_alliance')
       WHERE source_b = 'pajon_ifri_2017' ORDER BY claim_a$$,
    $$VALUES (100002::bigint, 200004::bigint, daterange('2016-01-01', '2017-01-01'), 1, 2),
             (100006, 200004, daterange('2016-01-01', '2017-01-01'), -1, 2)$$,
    'the Ifri page''s +2 conflicts with both 2016 claims of the chapter, over 2016');

-- "hostility between Russia and the West" (line 2) -----------------------------------------------------
-- Russia adversarial (-2) toward the US from 2014 to 2017-10; Lafuente has it cool (-1) from 2000
-- ("competir mano a mano con EE. UU.", claim 400038): a conflict from 2014 to the end of October 2017
SELECT results_eq(
    $$SELECT claim_a, claim_b, overlap, stance_a, stance_b FROM conflicting_claims('RUS', 'USA', 'diplomatic_relations')$$,
    $$VALUES (200001::bigint, 400038::bigint, daterange('2014-01-01', '2017-11-01'), -2, -1)$$,
    'Russia toward the US: Ifri''s adversarial against Lafuente''s cool, 2014 to October 2017');
SELECT results_eq(
    $$SELECT claim_id, stance_label FROM stance_at('RUS', 'USA', 'diplomatic_relations', '2015-01-01',
                                                   known_by => '2017-10-31')$$,
    $$VALUES (200001::bigint, 'adversarial'::text)$$,
    'as known in October 2017, Russia was adversarial toward the US in 2015');

-- The 2017 dyad-year, Russia toward Japan, as known in October 2017 -------------------------------------
-- Only the Ifri page covers 2017, each claim for its 304 days (2017-01-01 .. 2017-10-31): the
-- scepticism (-1, line 3), the pragmatic improvement (+1, line 4), economic cooperation (+2) and the
-- joint approach to the islands (+1, line 4): mean (-1 + 1 + 2 + 1) / 4 = 0.750.
SELECT results_eq(
    $$SELECT issue, stance_mean, stance_min, stance_max, n_claims FROM dyad_years(2017, 2017, known_by => '2017-10-31')
       WHERE ccode1 = 365 AND ccode2 = 740 ORDER BY issue NULLS LAST$$,
    $$VALUES ('diplomatic_relations'::text, 1.000, 1, 1, 1), ('economic_cooperation', 2.000, 2, 2, 1),
             ('territorial_dispute', 0.000, -1, 1, 2), (NULL, 0.750, -1, 2, 4)$$,
    'COW 365->740 in 2017: three issues and the summary row');
-- Russia's stance on economic cooperation is contested ({+1, +2}) while Ifri's +2 (line 4) runs, and
-- turns to Lafuente's +1 alone when it ends with October 2017; the nearest dated event is the Nagato
-- summit of December 2016 (event 200002, line 4)
SELECT results_eq(
    $$SELECT changed_on, nearest_event FROM stance_changes('RUS', 'JPN', 'economic_cooperation',
                                                           daterange('2017-01-01', '2018-01-01'))$$,
    $$VALUES ('2017-11-01'::date, 'Abe-Putin summit of December 2016'::text)$$,
    'after the Ifri page''s claims end (October 2017) the nearest event is the December 2016 summit');
-- In the whole panel, Japan's economic cooperation in 2017 rests on three +2 claims: Ifri's joint
-- development (line 4, from 2016-12) and Lafuente's two for Abe's term (from 2012-12 and from 2016-09)
SELECT results_eq(
    $$SELECT stance_mean, n_claims, stance_min, stance_max FROM dyad_years(2017, 2017)
       WHERE ccode1 = 740 AND ccode2 = 365 AND issue = 'economic_cooperation'$$,
    $$VALUES (2.000, 3, 2, 2)$$,
    'COW 740->365, 2017, economic cooperation: Ifri''s +2 (line 4) and Lafuente''s two +2 under Abe');
-- "Russia and Japan now favour an improvement in relations that is gradual, pragmatic and wide-ranging"
-- (line 4): both directions pragmatic (+1), certainly so in March 2017
SELECT results_eq(
    $$SELECT a.claim_id, a.stance_label, a.certain, b.claim_id, b.stance_label, b.certain
        FROM stance_at('Japan', 'Russia', 'diplomatic_relations', '2017-03-01', known_by => '2017-10-31') a,
             stance_at('Russia', 'Japan', 'diplomatic_relations', '2017-03-01', known_by => '2017-10-31') b$$,
    $$VALUES (200007::bigint, 'pragmatic'::text, true, 200008::bigint, 'pragmatic'::text, true)$$,
    'March 2017, as known in October 2017: Japan and Russia pragmatic toward each other');

SELECT * FROM finish();
ROLLBACK;
