-- pgTAP: what a researcher gets from the query functions over the rows coded from document 001, the
-- Ifri page by Céline Pajon, "Japan-Russia: The Limits of a Strategic Rapprochement" (source_key
-- pajon_ifri_2017, published "2017-10": known from 2017-10-31). The page speaks of the Ukraine crisis
-- (2014) and of the Abe-Putin summit of December 2016 up to its time of writing, so its claims run
-- "from 2014" or "from 2016-12" "to 2017-10"; since 1.13 (the adjudicated blind recoding, "Adjudication
-- of the blind coding (release 1.13)" in docs/provenance/pajon_ifri_2017.md) the changes it dates have
-- baselines for 2013, a stance it anchors nowhere runs only at the time of writing (2017-10), "the West"
-- is the group WST, and its forecast (line 4, "should finally allow") is a prospective claim, which no
-- query function returns. Each check is an answer of a query function; the comment above it names the
-- line of the seed text (/work/shared/seeds/001_6f2994f7fdac46d2.txt) the expected value rests on.

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

-- Knowledge time: Russia on the islands in 2017 -------------------------------------------------------
-- Line 4, the joint approach (claim 200013, +1, from 2016-12 to 2017-10), and line 3: "Russia is also
-- sceptical about the economic benefit of an eventual territorial agreement" (claim 200006, -1). The page
-- anchors the scepticism nowhere, so since 1.13 it runs only at the time of writing, 2017-10 (adjudication,
-- unit 4: not the year 2017): on 1 June 2017 only the joint approach (certain); on 1 October 2017 the page
-- gives both, the certain one first. Known from 2017-10-31, not a day earlier.
SELECT results_eq(
    $$SELECT d, s.claim_id, s.stance, s.certain, s.source_key
        FROM unnest(ARRAY['2017-06-01', '2017-10-01']::date[]) d,
             LATERAL stance_at('Россия', '日本', 'territorial_dispute', d, known_by => '2017-10-31') s
       ORDER BY d, s.certain DESC, s.claim_id$$,
    $$VALUES ('2017-06-01'::date, 200013::bigint, 1, true, 'pajon_ifri_2017'::text),
             ('2017-10-01', 200013, 1, true, 'pajon_ifri_2017'), ('2017-10-01', 200006, -1, false, 'pajon_ifri_2017')$$,
    'Russia on the islands as known in October 2017: the joint approach (certain) in June, and the scepticism beside it in October');
SELECT is_empty(
    $$SELECT * FROM stance_at('RUS', 'JPN', 'territorial_dispute', '2017-06-01', known_by => '2017-10-30')$$,
    'on 2017-10-30 the page (dated to the month) was not yet certainly published: nothing known for mid-2017');

-- "Japan has become more reliant on the United States" (line 2) --------------------------------------
-- claim 200004, +2 from 2014 (the Ukraine crisis) to 2017-10; "has become more reliant" dates a change,
-- so 1.13 codes the stance before it, +1 (relies on the alliance while keeping autonomy) for 2013, the
-- year before the crisis (claim 200021, baselines rule). The 2016 chapter codes both +1 (dependence on US
-- guarantees and its compensation, its lines 8, 11 and 14: claims 100002, 100077, 100078) and -1 (doubt
-- about a US response, its line 21: claim 100006) for 2016.
SELECT results_eq(
    $$SELECT valid_from, valid_to, stance, contested, stances, sources
        FROM stance_history('JPN', 'USA', 'us_alliance', known_by => '2017-10-31')$$,
    $$VALUES ('2013-01-01'::date, '2013-12-31'::date, 1, false, '{1}'::int[], '{pajon_ifri_2017}'::text[]),
             ('2014-01-01', '2015-12-31', 2, false, '{2}', '{pajon_ifri_2017}'),
             ('2016-01-01', '2016-12-31', NULL, true, '{-1,1,2}', '{pajon_ifri_2017,russo_japanese_skeptical_view}'),
             ('2017-01-01', '2017-10-31', 2, false, '{2}', '{pajon_ifri_2017}')$$,
    'Japan toward the US alliance as known in October 2017: pragmatic in 2013, cooperative, contested in 2016, cooperative');
SELECT results_eq(
    $$SELECT valid_from, valid_to, stances FROM stance_history('JPN', 'USA', 'us_alliance', known_by => '2017-10-30')$$,
    $$VALUES ('2016-01-01'::date, '2016-12-31'::date, '{-1,1}'::int[])$$,
    'a day earlier only the 2016 chapter is known: 2013-2015 and 2017 have no history');
-- In the whole panel the stance before 2014 is the page's own baseline (+1 in 2013, claim 200021), so
-- the turning point of 2014 goes up from +1 to +2, the direction "more reliant" states; the chapter's
-- 2016 makes that year contested. From Trump's inauguration (2017-01-20) Streltsov's +1 (claim 300017,
-- his line 15: strong ties with Russia as Tokyo's "insurance" should US guarantees seem insufficient)
-- contests the page's +2, and stands alone after the page's time of writing (from 2017-11-01).
SELECT results_eq(
    $$SELECT changed_on, precision, from_stance, to_stance FROM stance_changes('JPN', 'USA', 'us_alliance',
                                                                              daterange('2014-01-01', '2018-01-01'))$$,
    $$VALUES ('2014-01-01'::date, 'year'::text, 1, 2), ('2016-01-01', 'year', 2, NULL::int), ('2017-01-01', 'year', NULL, 2),
             ('2017-01-20', 'day', 2, NULL), ('2017-11-01', 'month', NULL, 1)$$,
    'turning points: from the page''s pragmatic baseline to its cooperative in 2014, into the contested 2016 and out, contested again under Trump (Streltsov)');
SELECT results_eq(
    $$SELECT claim_a, claim_b, overlap, stance_a, stance_b FROM conflicting_claims('JPN', 'USA', 'us_alliance')
       WHERE source_b = 'pajon_ifri_2017' ORDER BY claim_a$$,
    $$VALUES (100002::bigint, 200004::bigint, daterange('2016-01-01', '2017-01-01'), 1, 2),
             (100006, 200004, daterange('2016-01-01', '2017-01-01'), -1, 2),
             (100077, 200004, daterange('2016-01-01', '2017-01-01'), 1, 2),
             (100078, 200004, daterange('2016-01-01', '2017-01-01'), 1, 2)$$,
    'the Ifri page''s +2 conflicts with all four 2016 claims of the chapter (lines 8, 21, 11, 14), over 2016');

-- "hostility between Russia and the West" (line 2), "first and foremost the United States" (line 3) ------
-- Since 1.13 "the West" is the group WST, never the United States (collectives rule): line 2 gives Russia
-- adversarial (-2) toward the West from 2014 to 2017-10 (claim 200001), line 3 Russia's "hardening stance
-- towards the Western powers" (claim 200025, WST, -2) and, since it names the United States, toward the US
-- (claim 200023, -2), with its baseline in 2013 (claim 200024): -2 since 1.14, the level of the West
-- before the crisis that "reinforced" the hostility (docs/reliability/blind/review). Lafuente has Russia
-- cool (-1) toward the US from 2000 ("competir mano a mano con EE. UU.", claim 400038, his line 270): a
-- conflict in 2013 and from 2014 to the end of October 2017.
SELECT results_eq(
    $$SELECT claim_a, claim_b, overlap, stance_a, stance_b FROM conflicting_claims('RUS', 'USA', 'diplomatic_relations')
       ORDER BY overlap$$,
    $$VALUES (200024::bigint, 400038::bigint, daterange('2013-01-01', '2014-01-01'), -2, -1),
             (200023, 400038, daterange('2014-01-01', '2017-11-01'), -2, -1)$$,
    'Russia toward the US: Ifri''s adversarial (line 3, and its baseline of 2013) against Lafuente''s cool, 2013 to October 2017');
SELECT results_eq(
    $$SELECT c, s.claim_id, s.stance_label, s.certain
        FROM unnest(ARRAY['WST', 'USA']) c,
             LATERAL stance_at('RUS', c, 'diplomatic_relations', '2015-01-01', known_by => '2017-10-31') s
       ORDER BY c DESC, s.claim_id$$,
    $$VALUES ('WST'::text, 200001::bigint, 'adversarial'::text, true), ('WST', 200025, 'adversarial', true),
             ('USA', 200023, 'adversarial', true)$$,
    'as known in October 2017, Russia was adversarial toward the West (lines 2 and 3) and toward the US (line 3) in 2015');

-- The 2017 dyad-year, Russia toward Japan, as known in October 2017 -------------------------------------
-- Only the Ifri page covers 2017, and only its state claims count: the pragmatic improvement (+1,
-- line 4, claim 200008), economic cooperation (+2, line 4, 200010), the joint approach to the islands
-- (+1, line 4, 200013) and Russia's wariness of Japan as a US ally, "the renewed prominence of security
-- issues in talks over territory" as a symptom of its hardening toward the United States (-1, line 3,
-- 200022, since 1.13), each for its 304 days (2017-01-01 .. 2017-10-31); the scepticism (-1, line 3,
-- 200006) only for October 2017 (31 days), the time of writing. Day-weighted means: the islands
-- (304 - 31) / 335 = 0.815; all issues (304 + 608 + 304 - 31 - 304) / 1247 = 0.706 over 5 claims.
SELECT results_eq(
    $$SELECT issue, stance_mean, stance_min, stance_max, n_claims FROM dyad_years(2017, 2017, known_by => '2017-10-31')
       WHERE ccode1 = 365 AND ccode2 = 740 ORDER BY issue NULLS LAST$$,
    $$VALUES ('diplomatic_relations'::text, 1.000, 1, 1, 1), ('economic_cooperation', 2.000, 2, 2, 1),
             ('territorial_dispute', 0.815, -1, 1, 2), ('us_alliance', -1.000, -1, -1, 1), (NULL, 0.706, -1, 2, 5)$$,
    'COW 365->740 in 2017: four issues and the summary row');
-- As known in October 2017, Russia's stance on economic cooperation is contested ({+1, +2}) through
-- 2016, the year of the 2016 chapter (its claims 100010, 100110, 100120: its lines 40, 171, 273), and is
-- Ifri's +2 (line 4, claim 200010) alone from 2017; the nearest dated event is the summit of December 2016 (event 200002, line 4). (In the whole
-- panel nothing changes in 2017 any more: since 1.13 Lafuente's +2 from 2014, claim 400175, keeps the
-- stance contested beside his +1 after the page's October 2017.)
SELECT results_eq(
    $$SELECT changed_on, from_stance, to_stance, nearest_event FROM stance_changes('RUS', 'JPN', 'economic_cooperation',
                                                           daterange('2017-01-01', '2018-01-01'), known_by => '2017-10-31')$$,
    $$VALUES ('2017-01-01'::date, NULL::int, 2, 'Abe-Putin summit of December 2016'::text)$$,
    'as known in October 2017, Ifri''s +2 stands alone from 2017; the nearest event is the December 2016 summit');
-- In the whole panel, Japan's economic cooperation in 2017 rests on four +2 claims: Ifri's joint
-- development (line 4, from 2016-12, claim 200009) and Lafuente's three: the deepening of economic
-- relations despite the 2014 setback (his line 569, from 2014, claim 400176, since 1.13) and two for
-- Abe's term (his lines 315 and 337: from 2016-09-01 and from 2012-12-26, to 2020-09-16)
SELECT results_eq(
    $$SELECT stance_mean, n_claims, stance_min, stance_max FROM dyad_years(2017, 2017)
       WHERE ccode1 = 740 AND ccode2 = 365 AND issue = 'economic_cooperation'$$,
    $$VALUES (2.000, 4, 2, 2)$$,
    'COW 740->365, 2017, economic cooperation: Ifri''s +2 (line 4) and Lafuente''s three +2 (from 2014 and under Abe)');
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
