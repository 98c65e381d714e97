-- src/sql/90_views.sql: Views for people and tools: the readable views (sources, actors, ...) and the plain views
-- for BI tools and dataframes (*_plain: standard types only).  Reference: docs/clients.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE VIEW bilateral.sources WITH (security_invoker = true) AS
SELECT s.source_key, s.title, s.author, s.publisher, s.published, s.language,
       s.published_precision, s.kind, s.title_en, s.shipped, s.metadata_inferred, s.owner::text AS owner
  FROM bilateral.source s;
GRANT SELECT ON bilateral.sources TO PUBLIC;
COMMENT ON VIEW bilateral.sources IS 'Documents: key, title, author, publisher, first day of publication (see published_precision), language, kind, English title, shipped; metadata_inferred says which of title, author, publisher and date the document does not state and what they were inferred from (NULL: all stated); owner of a user''s source.';

CREATE VIEW bilateral.actors WITH (security_invoker = true) AS
SELECT a.actor, a.name_en, a.cow_ccode, a.cow_abb, a.gw_code, a.iso2, a.iso3, a.iso_numeric,
       a.cameo, a.wikidata, a.kind, a.shipped
  FROM bilateral.actor a;
COMMENT ON VIEW bilateral.actors IS 'Actor catalogue with the codes of COW (ccode, abbreviation), Gleditsch-Ward, ISO 3166-1 (alpha-2, alpha-3, numeric), CAMEO and Wikidata, for joins with other datasets.';
GRANT SELECT ON bilateral.actors TO PUBLIC;

CREATE VIEW bilateral.treaties WITH (security_invoker = true) AS
SELECT t.treaty,
       t.name_en,
       bilateral.signed_on(t.treaty)        AS signed_on,
       bilateral.signed_precision(t.treaty) AS signed_precision,
       bilateral.parties(t.treaty)          AS parties,
       t.in_force_from,
       t.in_force_to,
       m.source_key,
       m.quote,
       m.locator,
       m.mention_id,
       t.kind,
       t.general_knowledge,
       t.shipped
  FROM bilateral.treaty t
  LEFT JOIN bilateral.treaty_mention m ON m.treaty OPERATOR(bilateral.=) t.treaty;
COMMENT ON VIEW bilateral.treaties IS 'Treaties with signature date and precision, parties and period in force: one row per mention in a document (a treaty nobody mentions appears once, with NULL source).';
GRANT SELECT ON bilateral.treaties TO PUBLIC;

CREATE VIEW bilateral.events WITH (security_invoker = true) AS
SELECT e.event_id,
       e.name_en,
       e.occurred_from,
       e.occurred_to,
       CASE WHEN e.from_precision = 'year'  OR e.to_precision = 'year'  THEN 'year'
            WHEN e.from_precision = 'month' OR e.to_precision = 'month' THEN 'month'
            ELSE 'day' END AS precision,
       e.actors,
       e.kind,
       e.source_key,
       e.quote,
       e.event_key,
       e.locator,
       e.from_precision,
       e.to_precision,
       e.general_knowledge,
       e.shipped
  FROM bilateral.event e;
COMMENT ON VIEW bilateral.events IS 'Dated events as the documents state them; precision is the coarser of the precisions of the two bounds.';
GRANT SELECT ON bilateral.events TO PUBLIC;

CREATE VIEW bilateral.positions WITH (security_invoker = true) AS
SELECT c.claim_id,
       c.position,
       bilateral.actor(c.position)        AS actor,
       bilateral.counterpart(c.position)  AS counterpart,
       bilateral.issue(c.position)        AS issue,
       bilateral.stance(c.position)       AS stance,
       bilateral.stance_label(c.position) AS stance_label,
       bilateral.valid_from(c.position)   AS valid_from,
       bilateral.valid_to(c.position)     AS valid_to,
       c.statement_en,
       c.source_key,
       c.quote,
       c.shipped,
       c.locator,
       c.quote_lang,
       c.general_knowledge,
       c.voice,
       c.owner::text AS owner
  FROM bilateral.position_claim c;
GRANT SELECT ON bilateral.positions TO PUBLIC;
COMMENT ON VIEW bilateral.positions IS 'Stance claims flattened: actor, counterpart, issue, stance (-3..+3) and label, period (valid_from: first day of the earliest reading, valid_to: last day of the latest reading; NULL: open), English statement, source and quote, whose voice (state, public_opinion, elite, author_assessment, author_proposal) and the owner of a user''s row.';

CREATE VIEW bilateral.indicators WITH (security_invoker = true) AS
SELECT i.indicator, i.actor, i.counterpart, i.year, i.value, i.unit, i.source_key, i.quote,
       i.indicator_id, i.locator, i.general_knowledge, i.shipped
  FROM bilateral.indicator i;
COMMENT ON VIEW bilateral.indicators IS 'Figures from the documents: indicator, actor, counterpart, year, value, unit, source and quote.';
GRANT SELECT ON bilateral.indicators TO PUBLIC;

CREATE VIEW bilateral.office_terms WITH (security_invoker = true) AS
SELECT o.person, o.office, o.actor, o.term_from, o.term_to,
       CASE WHEN o.from_precision IS NULL AND o.to_precision IS NULL THEN NULL
            WHEN o.from_precision = 'year'  OR o.to_precision = 'year'  THEN 'year'
            WHEN o.from_precision = 'month' OR o.to_precision = 'month' THEN 'month'
            ELSE 'day' END AS precision,
       o.source_key, o.quote,
       o.term_id, o.locator, o.from_precision, o.to_precision, o.general_knowledge, o.shipped
  FROM bilateral.office_term o;
COMMENT ON VIEW bilateral.office_terms IS 'Terms of office as the documents state them; precision is the coarser of the stated bounds'' precisions (NULL when neither bound is stated).';
GRANT SELECT ON bilateral.office_terms TO PUBLIC;

CREATE VIEW bilateral.errata WITH (security_invoker = true) AS
SELECT r.source_key, r.quote, r.correction,
       r.erratum_id, r.locator, r.subject_kind, r.subject_id, r.shipped
  FROM bilateral.erratum r;
COMMENT ON VIEW bilateral.errata IS 'Slips in the documents: the quote as printed and the correction; the corrected fact is in the row named by subject_kind and subject_id.';
GRANT SELECT ON bilateral.errata TO PUBLIC;

CREATE VIEW bilateral.evidence WITH (security_invoker = true) AS
SELECT 'claim'::text AS subject_kind, c.claim_id::text AS subject_id, c.source_key, c.locator, c.quote, c.shipped
  FROM bilateral.position_claim c
UNION ALL
SELECT 'event', e.event_id::text, e.source_key, e.locator, e.quote, e.shipped
  FROM bilateral.event e
UNION ALL
SELECT 'treaty_mention', m.mention_id::text, m.source_key, m.locator, m.quote, m.shipped
  FROM bilateral.treaty_mention m
UNION ALL
SELECT 'indicator', i.indicator_id::text, i.source_key, i.locator, i.quote, i.shipped
  FROM bilateral.indicator i
UNION ALL
SELECT 'office_term', o.term_id::text, o.source_key, o.locator, o.quote, o.shipped
  FROM bilateral.office_term o
UNION ALL
SELECT 'erratum', r.erratum_id::text, r.source_key, r.locator, r.quote, r.shipped
  FROM bilateral.erratum r
UNION ALL
SELECT 'coverage', v.coverage_id::text, v.source_key, v.locator, v.quote, v.shipped
  FROM bilateral.source_coverage v
 WHERE v.quote IS NOT NULL
UNION ALL
SELECT 'prospective_claim', p.prospect_id::text, p.source_key, p.locator, p.quote, p.shipped
  FROM bilateral.prospective_claim p;
COMMENT ON VIEW bilateral.evidence IS 'Every quote in the dataset, one row each (claims, events, treaty mentions, indicators, office terms, errata, the coverage of sources, forecasts and conditionals): what tools/test/quotes verifies against the documents.';
GRANT SELECT ON bilateral.evidence TO PUBLIC;

-- issue #25: both sides of a disagreement between documents about a figure, as conflicting_claims()
-- gives them for stances
CREATE VIEW bilateral.figure_disagreements WITH (security_invoker = true) AS
SELECT a.indicator, a.actor, a.counterpart,
       a.indicator_id AS indicator_a, a.source_key AS source_a, a.year AS year_a, a.value AS value_a, a.qualifier AS qualifier_a,
       b.indicator_id AS indicator_b, b.source_key AS source_b, b.year AS year_b, b.value AS value_b, b.qualifier AS qualifier_b
  FROM bilateral.indicator a
  JOIN bilateral.indicator b
    ON b.indicator = a.indicator AND b.actor = a.actor AND b.counterpart IS NOT DISTINCT FROM a.counterpart
   AND b.source_key > a.source_key
   AND (b.value <> a.value OR b.qualifier <> a.qualifier)
   AND (b.year = a.year OR (a.unit = 'assessment' AND b.unit = 'assessment'));
COMMENT ON VIEW bilateral.figure_disagreements IS 'Pairs of figures from two sources that disagree: the same indicator, actor and counterpart, different values or qualifiers, in the same year, or in any years for an assessment (unit assessment: economic_complementarity, economic_interdependence, dependence_change), which describes a structure rather than a year (docs/codebook.md#structural-statements-disagreements-baselines).';
GRANT SELECT ON bilateral.figure_disagreements TO PUBLIC;

CREATE VIEW bilateral.positions_plain WITH (security_invoker = true) AS
SELECT c.claim_id,
       c.position::text                            AS position_literal,
       bilateral.actor(c.position)                 AS actor,
       bilateral.counterpart(c.position)           AS counterpart,
       bilateral.issue(c.position)                 AS issue,
       bilateral.stance(c.position)                AS stance,
       bilateral.stance_label(c.position)          AS stance_label,
       bilateral.valid_from(c.position)            AS valid_from,
       bilateral.valid_from_precision(c.position)  AS valid_from_precision,
       extract(year FROM bilateral.valid_from(c.position))::int AS valid_from_year,
       bilateral.valid_to(c.position)              AS valid_to,
       bilateral.valid_to_precision(c.position)    AS valid_to_precision,
       extract(year FROM bilateral.valid_to(c.position))::int   AS valid_to_year,
       c.statement_en,
       c.source_key,
       c.quote,
       c.quote_lang,
       c.locator,
       c.general_knowledge,
       c.shipped,
       c.voice,
       c.owner::text                               AS row_owner
  FROM bilateral.position_claim c;
COMMENT ON VIEW bilateral.positions_plain IS 'Stance claims for every client: bilateral.positions with the position as its canonical literal (text) beside its parts, the precision and the year of each bound; only standard types, no reserved-word column names.';
COMMENT ON COLUMN bilateral.positions_plain.claim_id IS 'The claim''s id (bigint).';
COMMENT ON COLUMN bilateral.positions_plain.position_literal IS 'The bilateral_position as its canonical literal, e.g. JPN->RUS:territorial_dispute:-1:2016/2016.';
COMMENT ON COLUMN bilateral.positions_plain.actor IS 'Code of the actor whose stance this is (actors.actor).';
COMMENT ON COLUMN bilateral.positions_plain.counterpart IS 'Code of the actor the stance is toward.';
COMMENT ON COLUMN bilateral.positions_plain.issue IS 'Issue code of the codebook (bilateral.issue).';
COMMENT ON COLUMN bilateral.positions_plain.stance IS 'Stance, -3 (hostile) .. +3 (aligned).';
COMMENT ON COLUMN bilateral.positions_plain.stance_label IS 'Name of the stance level (hostile .. aligned).';
COMMENT ON COLUMN bilateral.positions_plain.valid_from IS 'First day of the period''s start (widest reading); NULL when open.';
COMMENT ON COLUMN bilateral.positions_plain.valid_from_precision IS 'Precision of the start as the source gives it: year, month or day; NULL when open.';
COMMENT ON COLUMN bilateral.positions_plain.valid_from_year IS 'Year of valid_from (integer); NULL when open.';
COMMENT ON COLUMN bilateral.positions_plain.valid_to IS 'Last day of the period''s end (widest reading); NULL when open.';
COMMENT ON COLUMN bilateral.positions_plain.valid_to_precision IS 'Precision of the end: year, month or day; NULL when open.';
COMMENT ON COLUMN bilateral.positions_plain.valid_to_year IS 'Year of valid_to (integer); NULL when open.';
COMMENT ON COLUMN bilateral.positions_plain.statement_en IS 'The claim in one English sentence.';
COMMENT ON COLUMN bilateral.positions_plain.source_key IS 'The document that makes the claim (sources.source_key).';
COMMENT ON COLUMN bilateral.positions_plain.quote IS 'The exact words of the source, in its language.';
COMMENT ON COLUMN bilateral.positions_plain.quote_lang IS 'Language of the quote (ISO 639-1).';
COMMENT ON COLUMN bilateral.positions_plain.locator IS 'Where the quote is in the document.';
COMMENT ON COLUMN bilateral.positions_plain.general_knowledge IS 'What was completed from general knowledge, with its reference; NULL when nothing.';
COMMENT ON COLUMN bilateral.positions_plain.shipped IS 'True for the document-derived rows shipped with the extension, false for users'' rows.';
GRANT SELECT ON bilateral.positions_plain TO PUBLIC;
COMMENT ON COLUMN bilateral.positions_plain.voice IS 'Whose stance: state, public_opinion, elite, author_assessment or author_proposal (docs/codebook.md); filter on state for what governments do.';
COMMENT ON COLUMN bilateral.positions_plain.row_owner IS 'The role that owns a user''s row (empty for shipped rows).';

CREATE VIEW bilateral.treaties_plain WITH (security_invoker = true) AS
SELECT t.treaty::text                                   AS treaty_literal,
       t.name_en,
       bilateral.signed_on(t.treaty)                    AS signed_on,
       bilateral.signed_precision(t.treaty)             AS signed_precision,
       extract(year FROM bilateral.signed_on(t.treaty))::int AS signed_year,
       array_to_string(bilateral.parties(t.treaty), '+') AS parties_text,
       cardinality(bilateral.parties(t.treaty))         AS party_count,
       bilateral.slug(t.treaty)                         AS slug,
       bilateral.to_akn_uri(t.treaty)                   AS akn_uri,
       t.in_force_from,
       t.in_force_to,
       m.mention_id,
       m.source_key,
       m.quote,
       m.locator,
       t.kind,
       t.general_knowledge,
       t.shipped
  FROM bilateral.treaty t
  LEFT JOIN bilateral.treaty_mention m ON m.treaty OPERATOR(bilateral.=) t.treaty;
COMMENT ON VIEW bilateral.treaties_plain IS 'Treaties for every client: bilateral.treaties with the treaty_ref as its canonical literal (text) beside its parts and the parties as text; one row per mention in a document (a treaty nobody mentions appears once, with NULL source); only standard types.';
COMMENT ON COLUMN bilateral.treaties_plain.treaty_literal IS 'The treaty_ref as its canonical literal, e.g. 1956-10-19:JPN+RUS:joint_declaration.';
COMMENT ON COLUMN bilateral.treaties_plain.name_en IS 'English name of the treaty.';
COMMENT ON COLUMN bilateral.treaties_plain.signed_on IS 'First day of the signature date.';
COMMENT ON COLUMN bilateral.treaties_plain.signed_precision IS 'Precision of the signature date: year, month or day.';
COMMENT ON COLUMN bilateral.treaties_plain.signed_year IS 'Year of signature (integer).';
COMMENT ON COLUMN bilateral.treaties_plain.parties_text IS 'The parties'' actor codes, sorted, joined by +, e.g. JPN+RUS.';
COMMENT ON COLUMN bilateral.treaties_plain.party_count IS 'Number of parties.';
COMMENT ON COLUMN bilateral.treaties_plain.slug IS 'The treaty''s short name in the treaty_ref.';
COMMENT ON COLUMN bilateral.treaties_plain.akn_uri IS 'Akoma Ntoso style FRBR work URI of the treaty.';
COMMENT ON COLUMN bilateral.treaties_plain.in_force_from IS 'Day of entry into force; NULL when the data do not know it.';
COMMENT ON COLUMN bilateral.treaties_plain.in_force_to IS 'Last day in force; NULL when not ended, as far as the data know.';
COMMENT ON COLUMN bilateral.treaties_plain.mention_id IS 'Id of the mention in a document (bigint); NULL for a treaty nobody mentions.';
COMMENT ON COLUMN bilateral.treaties_plain.source_key IS 'The document that mentions the treaty.';
COMMENT ON COLUMN bilateral.treaties_plain.quote IS 'The exact words of the mention, in the document''s language.';
COMMENT ON COLUMN bilateral.treaties_plain.locator IS 'Where the mention is in the document.';
COMMENT ON COLUMN bilateral.treaties_plain.kind IS 'Kind of agreement (treaty, joint declaration, ...).';
COMMENT ON COLUMN bilateral.treaties_plain.general_knowledge IS 'What was completed from general knowledge, with its reference; NULL when nothing.';
COMMENT ON COLUMN bilateral.treaties_plain.shipped IS 'True for the shipped rows, false for users'' rows.';
GRANT SELECT ON bilateral.treaties_plain TO PUBLIC;

CREATE VIEW bilateral.events_plain WITH (security_invoker = true) AS
SELECT e.event_id,
       e.event_key,
       e.name_en,
       e.occurred_from,
       extract(year FROM e.occurred_from)::int AS occurred_from_year,
       e.occurred_to,
       extract(year FROM e.occurred_to)::int   AS occurred_to_year,
       CASE WHEN e.from_precision = 'year'  OR e.to_precision = 'year'  THEN 'year'
            WHEN e.from_precision = 'month' OR e.to_precision = 'month' THEN 'month'
            ELSE 'day' END                      AS date_precision,
       e.from_precision,
       e.to_precision,
       array_to_string(e.actors, '+')           AS actors_text,
       cardinality(e.actors)                    AS actor_count,
       e.kind,
       e.source_key,
       e.quote,
       e.locator,
       e.general_knowledge,
       e.shipped
  FROM bilateral.event e;
COMMENT ON VIEW bilateral.events_plain IS 'Dated events for every client: bilateral.events with the year of each bound as an integer, the actors as text and "precision" renamed date_precision; only standard types.';
COMMENT ON COLUMN bilateral.events_plain.event_id IS 'The event''s id (bigint).';
COMMENT ON COLUMN bilateral.events_plain.event_key IS 'Key shared by the rows of one event stated by several documents.';
COMMENT ON COLUMN bilateral.events_plain.name_en IS 'English name of the event.';
COMMENT ON COLUMN bilateral.events_plain.occurred_from IS 'First day of the event (first day of its start''s partial date).';
COMMENT ON COLUMN bilateral.events_plain.occurred_from_year IS 'Year of occurred_from (integer): the event of 1635 keeps its year where a tool''s dates begin later.';
COMMENT ON COLUMN bilateral.events_plain.occurred_to IS 'Last day of the event (last day of its end''s partial date).';
COMMENT ON COLUMN bilateral.events_plain.occurred_to_year IS 'Year of occurred_to (integer).';
COMMENT ON COLUMN bilateral.events_plain.date_precision IS 'The coarser of the precisions of the two bounds: year, month or day (events.precision).';
COMMENT ON COLUMN bilateral.events_plain.from_precision IS 'Precision of the start: year, month or day.';
COMMENT ON COLUMN bilateral.events_plain.to_precision IS 'Precision of the end: year, month or day.';
COMMENT ON COLUMN bilateral.events_plain.actors_text IS 'The actors'' codes joined by +, e.g. JPN+RUS.';
COMMENT ON COLUMN bilateral.events_plain.actor_count IS 'Number of actors.';
COMMENT ON COLUMN bilateral.events_plain.kind IS 'Kind of event (war, visit, summit, ...).';
COMMENT ON COLUMN bilateral.events_plain.source_key IS 'The document that states the event.';
COMMENT ON COLUMN bilateral.events_plain.quote IS 'The exact words of the document.';
COMMENT ON COLUMN bilateral.events_plain.locator IS 'Where the quote is in the document.';
COMMENT ON COLUMN bilateral.events_plain.general_knowledge IS 'What was completed from general knowledge, with its reference; NULL when nothing.';
COMMENT ON COLUMN bilateral.events_plain.shipped IS 'True for the shipped rows, false for users'' rows.';
GRANT SELECT ON bilateral.events_plain TO PUBLIC;

CREATE VIEW bilateral.indicators_plain WITH (security_invoker = true) AS
SELECT i.indicator_id,
       i.indicator AS indicator_code,
       i.actor,
       i.counterpart,
       i.year  AS indicator_year,
       i.value AS indicator_value,
       i.unit,
       i.source_key,
       i.quote,
       i.locator,
       i.general_knowledge,
       i.shipped,
       i.qualifier,
       i.owner::text AS row_owner
  FROM bilateral.indicator i;
COMMENT ON VIEW bilateral.indicators_plain IS 'Figures from the documents for every client: bilateral.indicators with "indicator", "year" and "value" (reserved words in standard SQL and ODBC) renamed indicator_code, indicator_year and indicator_value.';
COMMENT ON COLUMN bilateral.indicators_plain.indicator_id IS 'The figure''s id (bigint).';
COMMENT ON COLUMN bilateral.indicators_plain.indicator_code IS 'What is measured (indicators.indicator; INDICATOR is reserved in standard SQL and ODBC).';
COMMENT ON COLUMN bilateral.indicators_plain.actor IS 'Code of the actor the figure is about.';
COMMENT ON COLUMN bilateral.indicators_plain.counterpart IS 'Code of the counterpart, for dyadic figures; NULL otherwise.';
COMMENT ON COLUMN bilateral.indicators_plain.indicator_year IS 'Year of the figure (indicators.year).';
COMMENT ON COLUMN bilateral.indicators_plain.indicator_value IS 'The figure, exact decimal (indicators.value).';
COMMENT ON COLUMN bilateral.indicators_plain.unit IS 'Unit of the figure.';
COMMENT ON COLUMN bilateral.indicators_plain.source_key IS 'The document that gives the figure.';
COMMENT ON COLUMN bilateral.indicators_plain.quote IS 'The exact words of the document.';
COMMENT ON COLUMN bilateral.indicators_plain.locator IS 'Where the quote is in the document.';
COMMENT ON COLUMN bilateral.indicators_plain.general_knowledge IS 'What was completed from general knowledge, with its reference; NULL when nothing.';
COMMENT ON COLUMN bilateral.indicators_plain.shipped IS 'True for the shipped rows, false for users'' rows.';
GRANT SELECT ON bilateral.indicators_plain TO PUBLIC;
COMMENT ON COLUMN bilateral.indicators_plain.qualifier IS 'How exact the figure is: exact, approximate, more_than or less_than.';
COMMENT ON COLUMN bilateral.indicators_plain.row_owner IS 'The role that owns a user''s row (empty for shipped rows).';

CREATE VIEW bilateral.office_terms_plain WITH (security_invoker = true) AS
SELECT o.term_id,
       o.person,
       o.office,
       o.actor,
       o.term_from,
       extract(year FROM o.term_from)::int AS term_from_year,
       o.term_to,
       extract(year FROM o.term_to)::int   AS term_to_year,
       CASE WHEN o.from_precision IS NULL AND o.to_precision IS NULL THEN NULL
            WHEN o.from_precision = 'year'  OR o.to_precision = 'year'  THEN 'year'
            WHEN o.from_precision = 'month' OR o.to_precision = 'month' THEN 'month'
            ELSE 'day' END                  AS term_precision,
       o.from_precision,
       o.to_precision,
       o.source_key,
       o.quote,
       o.locator,
       o.general_knowledge,
       o.shipped
  FROM bilateral.office_term o;
COMMENT ON VIEW bilateral.office_terms_plain IS 'Terms of office for every client: bilateral.office_terms with the year of each bound and "precision" renamed term_precision.';
COMMENT ON COLUMN bilateral.office_terms_plain.term_id IS 'The term''s id (bigint).';
COMMENT ON COLUMN bilateral.office_terms_plain.person IS 'Who held the office.';
COMMENT ON COLUMN bilateral.office_terms_plain.office IS 'The office.';
COMMENT ON COLUMN bilateral.office_terms_plain.actor IS 'Code of the actor whose office it is.';
COMMENT ON COLUMN bilateral.office_terms_plain.term_from IS 'First day of the term; NULL when not stated.';
COMMENT ON COLUMN bilateral.office_terms_plain.term_from_year IS 'Year of term_from (integer).';
COMMENT ON COLUMN bilateral.office_terms_plain.term_to IS 'Last day of the term; NULL when not stated or not ended.';
COMMENT ON COLUMN bilateral.office_terms_plain.term_to_year IS 'Year of term_to (integer).';
COMMENT ON COLUMN bilateral.office_terms_plain.term_precision IS 'The coarser of the stated bounds'' precisions (office_terms.precision); NULL when neither bound is stated.';
COMMENT ON COLUMN bilateral.office_terms_plain.from_precision IS 'Precision of the start: year, month or day.';
COMMENT ON COLUMN bilateral.office_terms_plain.to_precision IS 'Precision of the end: year, month or day.';
COMMENT ON COLUMN bilateral.office_terms_plain.source_key IS 'The document that states the term.';
COMMENT ON COLUMN bilateral.office_terms_plain.quote IS 'The exact words of the document.';
COMMENT ON COLUMN bilateral.office_terms_plain.locator IS 'Where the quote is in the document.';
COMMENT ON COLUMN bilateral.office_terms_plain.general_knowledge IS 'What was completed from general knowledge, with its reference; NULL when nothing.';
COMMENT ON COLUMN bilateral.office_terms_plain.shipped IS 'True for the shipped rows, false for users'' rows.';
GRANT SELECT ON bilateral.office_terms_plain TO PUBLIC;

CREATE VIEW bilateral.sources_plain WITH (security_invoker = true) AS
SELECT s.source_key,
       s.title,
       s.title_en,
       s.author,
       s.publisher,
       s.published,
       s.published_precision,
       extract(year FROM s.published)::int AS published_year,
       s.language AS source_language,
       s.kind,
       s.shipped,
       s.metadata_inferred,
       s.owner::text AS row_owner
  FROM bilateral.source s;
COMMENT ON VIEW bilateral.sources_plain IS 'Documents for every client: bilateral.sources with "language" (a reserved word in standard SQL) renamed source_language and the year of publication.';
COMMENT ON COLUMN bilateral.sources_plain.source_key IS 'The document''s stable key.';
COMMENT ON COLUMN bilateral.sources_plain.title IS 'Title in the document''s language.';
COMMENT ON COLUMN bilateral.sources_plain.title_en IS 'Title in English.';
COMMENT ON COLUMN bilateral.sources_plain.author IS 'Author(s).';
COMMENT ON COLUMN bilateral.sources_plain.publisher IS 'Publisher.';
COMMENT ON COLUMN bilateral.sources_plain.published IS 'First day of the publication date (see published_precision).';
COMMENT ON COLUMN bilateral.sources_plain.published_precision IS 'Precision of the publication date: year, month or day.';
COMMENT ON COLUMN bilateral.sources_plain.published_year IS 'Year of publication (integer).';
COMMENT ON COLUMN bilateral.sources_plain.source_language IS 'Language of the document (ISO 639-1; sources.language).';
COMMENT ON COLUMN bilateral.sources_plain.kind IS 'Kind of document (book chapter, report, article, ...).';
COMMENT ON COLUMN bilateral.sources_plain.shipped IS 'True for the shipped documents, false for users'' rows.';
GRANT SELECT ON bilateral.sources_plain TO PUBLIC;
COMMENT ON COLUMN bilateral.sources_plain.metadata_inferred IS 'Which of title, author, publisher and date the document does not state, and what they were inferred from (empty: all stated).';
COMMENT ON COLUMN bilateral.sources_plain.row_owner IS 'The role that owns a user''s source (empty for shipped sources).';
