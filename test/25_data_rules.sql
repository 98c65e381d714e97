-- pgTAP: the coding rules of the codebook that a machine can check, over every shipped row
-- (the data audit of release 1.3; docs/codebook.md, docs/provenance.md).
BEGIN;
SELECT plan(14);
SET LOCAL search_path = bilateral, public;

-- issues as the codebook defines them
SELECT is_empty($$
    SELECT claim_id, quote FROM position_claim
     WHERE shipped AND claim_issue = 'territorial_dispute'
       AND quote ~* '(senkaku|diaoyu|china sea|mar de(l)? china|(east|south)[- ]china|китайск\w* мор|spratly|paracel)'$$,
    'territorial_dispute is the Kurils only: no claim about the East or South China Sea under it');
SELECT is_empty($$
    SELECT claim_id FROM position_claim
     WHERE shipped AND claim_issue = 'maritime_disputes'
       AND quote ~* '(kuril|northern territor|курил|islas kuriles|territorios del norte)'
       AND quote !~* '(senkaku|diaoyu|china sea|mar de(l)? china|китайск)'$$,
    'and maritime_disputes never holds the Kurils');
SELECT ok((SELECT count(DISTINCT claim_issue) FROM position_claim
            WHERE shipped AND claim_issue IN ('maritime_disputes', 'quality_infrastructure')) = 2,
          'the codebook''s maritime_disputes and quality_infrastructure are used where the documents speak of them');
SELECT is_empty($$
    SELECT i.issue, k FROM issue i, regexp_matches(i.example, '([a-z][a-z0-9_]*_(?:20[0-9]{2}|view))', 'g') m(k)
     WHERE i.shipped AND NOT EXISTS (SELECT 1 FROM source s WHERE s.source_key = m.k[1])$$,
    'every codebook example names sources that exist');

-- voices
SELECT ok((SELECT count(DISTINCT voice) FROM position_claim WHERE shipped) >= 4,
          'claims are coded with their voice (state, public opinion, elites, the author)');
SELECT is_empty($$
    SELECT claim_id FROM position_claim
     WHERE shipped AND voice = 'state'
       AND statement_en ~* '^(according to [^,]*, )?(in the author''s (view|assessment|opinion)|the author (argues|recommends|proposes|suggests|expects))'$$,
    'no claim whose statement is the author''s view is coded as the state''s');

-- periods no wider than the text: nothing outlasts or precedes the document's own date
SELECT is_empty($$
    SELECT c.claim_id, c.position, s.published, s.published_precision
      FROM position_claim c JOIN source s USING (source_key)
     WHERE c.shipped
       AND (valid_to(c.position) IS NULL AND c.voice NOT IN ('author_proposal')
            OR valid_to(c.position) > (CASE s.published_precision
                                           WHEN 'year' THEN (date_trunc('year', s.published) + interval '1 year - 1 day')::date
                                           WHEN 'month' THEN (date_trunc('month', s.published) + interval '1 month - 1 day')::date
                                           ELSE s.published END))$$,
    'no stance claim runs past the publication of its source (present tense ends at the time of writing)');
SELECT is_empty($$
    SELECT e.event_id FROM event e JOIN source s USING (source_key)
     WHERE e.shipped AND e.occurred_from > (date_trunc('year', s.published) + interval '1 year - 1 day')::date$$,
    'no event starts after its source was written');

-- slips: errata point at rows that exist, and every row that quotes a slip names it
SELECT is_empty($$
    SELECT e.erratum_id FROM erratum e
     WHERE e.shipped AND (e.subject_kind IS NULL OR NOT CASE e.subject_kind
        WHEN 'claim' THEN (e.subject_id, e.source_key) IN (SELECT c.claim_id::text, c.source_key FROM position_claim c)
        WHEN 'event' THEN EXISTS (SELECT 1 FROM event c WHERE c.event_id::text = e.subject_id AND c.source_key = e.source_key)
        WHEN 'indicator' THEN EXISTS (SELECT 1 FROM indicator c WHERE c.indicator_id::text = e.subject_id AND c.source_key = e.source_key)
        WHEN 'office_term' THEN EXISTS (SELECT 1 FROM office_term c WHERE c.term_id::text = e.subject_id AND c.source_key = e.source_key)
        WHEN 'source' THEN EXISTS (SELECT 1 FROM source c WHERE c.source_key = e.subject_id)
        WHEN 'treaty' THEN EXISTS (SELECT 1 FROM treaty c WHERE c.treaty::text = e.subject_id)
        WHEN 'actor' THEN EXISTS (SELECT 1 FROM actor c WHERE c.actor = e.subject_id) END)$$,
    'every erratum names the row that holds the correct fact');
SELECT is_empty($$
    SELECT e.erratum_id, x.kind, x.id
      FROM erratum e
      JOIN (SELECT 'claim' AS kind, claim_id::text AS id, source_key, quote, general_knowledge FROM position_claim WHERE shipped
            UNION ALL SELECT 'event', event_id::text, source_key, quote, general_knowledge FROM event WHERE shipped
            UNION ALL SELECT 'indicator', indicator_id::text, source_key, quote, general_knowledge FROM indicator WHERE shipped
            UNION ALL SELECT 'office_term', term_id::text, source_key, quote, general_knowledge FROM office_term WHERE shipped) x
        ON x.source_key = e.source_key AND (strpos(x.quote, e.quote) > 0 OR strpos(e.quote, x.quote) > 0)
     WHERE e.shipped AND NOT (x.kind = e.subject_kind AND x.id = e.subject_id)
       AND coalesce(x.general_knowledge, '') !~ ('erratum ' || e.erratum_id || '\M')$$,
    'every row that quotes a slip is the erratum''s row or says how it treats the slip (erratum N: ...)');

-- figures: one orientation per indicator (docs/codebook.md, Indicators), and approximations marked
SELECT is_empty($$
    SELECT i.indicator_id, i.indicator, i.unit, i.counterpart IS NOT NULL
      FROM indicator i
     WHERE i.shipped AND (i.indicator, i.unit, i.counterpart IS NOT NULL) NOT IN (
           ('trade_share', 'percent', true), ('trade_rank', 'rank', true), ('export_share', 'percent', true),
           ('export_rank', 'rank', true), ('import_share', 'percent', true), ('import_rank', 'rank', true),
           ('gas_export_value', 'jpy_billion', true), ('gas_market_share', 'percent', true),
           ('gdp_rank', 'rank', false), ('seclusion_policy_age', 'years', false),
           ('economic_complementarity', 'assessment', true), ('economic_interdependence', 'assessment', true),
           ('dependence_change', 'assessment', true), ('export_rank_asia', 'rank', true))$$,
    'every figure uses a code of the codebook with its unit and orientation');
SELECT is_empty($$
    SELECT indicator_id FROM indicator
     WHERE shipped AND unit = 'percent' AND NOT (value BETWEEN 0 AND 100)$$,
    'shares are percentages');
SELECT is_empty($$
    SELECT indicator_id, quote FROM indicator
     WHERE shipped AND qualifier = 'exact'
       AND quote ~* '(approximately|almost|about|nearly|around|roughly|some [0-9]|casi|aproximadamente|alrededor de|cerca de|около|почти|примерно)'$$,
    'a figure the document gives as approximate is not stored as exact');

-- metadata: what a document does not state is said in the public view
SELECT is_empty($$
    SELECT source_key FROM sources
     WHERE shipped AND metadata_inferred IS NULL
       AND (author IS NULL OR publisher IS NULL OR published_precision <> 'day')$$,
    'a source whose author, publisher or exact date is not stated says what was inferred (sources.metadata_inferred)');

SELECT * FROM finish();
ROLLBACK;
