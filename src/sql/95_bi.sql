-- src/sql/95_bi.sql: the schema for BI tools, bilateral_bi: only flat views (built-in scalar types,
-- no column named by a reserved word), so that a BI connection pointed at it sees nothing else.
-- Reference: docs/clients.md, "Which view for which tool".
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE SCHEMA bilateral_bi;
COMMENT ON SCHEMA bilateral_bi IS 'bilateral for BI tools (Excel, Power BI, Tableau, LibreOffice): flat views only, with built-in scalar types and no reserved-word column names; the full dyad-year panel (dyad_years) and the dyad-issue-years (dyad_issue_years). Point a BI connection here. Reference: docs/clients.md.';
GRANT USAGE ON SCHEMA bilateral_bi TO PUBLIC;

-- the twins keep their source's column comments, written once in 90_views.sql
CREATE FUNCTION bilateral.copy_column_comments(from_view regclass, to_view regclass) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c record;
    n integer := 0;
BEGIN
    FOR c IN SELECT t.attname, col_description(from_view, f.attnum) AS d
               FROM pg_attribute t JOIN pg_attribute f ON f.attrelid = from_view AND f.attname = t.attname
              WHERE t.attrelid = to_view AND t.attnum > 0 AND NOT t.attisdropped
                AND col_description(from_view, f.attnum) IS NOT NULL
    LOOP
        EXECUTE format('COMMENT ON COLUMN %s.%I IS %L', to_view, c.attname, c.d);
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bilateral.copy_column_comments(regclass, regclass) IS 'Copies the column comments of one view to the columns of the same name of another (the views of bilateral_bi keep those of their sources); returns how many. Used by the extension''s scripts.';
REVOKE ALL ON FUNCTION bilateral.copy_column_comments(regclass, regclass) FROM PUBLIC;

CREATE VIEW bilateral_bi.positions WITH (security_invoker = true) AS
SELECT p.claim_id, p.position_literal, p.actor, p.counterpart, p.issue, p.stance, p.stance_label,
       p.valid_from, p.valid_from_precision, p.valid_from_year, p.valid_to, p.valid_to_precision, p.valid_to_year,
       p.statement_en, p.source_key, p.quote, p.quote_lang, p.locator, p.general_knowledge, p.shipped, p.voice,
       p.row_owner
  FROM bilateral.positions_plain p;
COMMENT ON VIEW bilateral_bi.positions IS 'Stance claims, one row each (bilateral.positions_plain): the position as text beside its parts, each bound''s date, precision and year, the source and its exact words, whose voice.';
GRANT SELECT ON bilateral_bi.positions TO PUBLIC;
SELECT bilateral.copy_column_comments('bilateral.positions_plain', 'bilateral_bi.positions');

CREATE VIEW bilateral_bi.treaties WITH (security_invoker = true) AS
SELECT t.treaty_literal, t.name_en, t.signed_on, t.signed_precision, t.signed_year, t.parties_text, t.party_count,
       t.slug, t.akn_uri, t.in_force_from, t.in_force_to, t.mention_id, t.source_key, t.quote, t.locator, t.kind,
       t.general_knowledge, t.shipped
  FROM bilateral.treaties_plain t;
COMMENT ON VIEW bilateral_bi.treaties IS 'Treaties, one row per mention in a document (bilateral.treaties_plain): the treaty_ref as text, signature date and year, parties as text, period in force.';
GRANT SELECT ON bilateral_bi.treaties TO PUBLIC;
SELECT bilateral.copy_column_comments('bilateral.treaties_plain', 'bilateral_bi.treaties');

CREATE VIEW bilateral_bi.events WITH (security_invoker = true) AS
SELECT e.event_id, e.event_key, e.name_en, e.occurred_from, e.occurred_from_year, e.occurred_to, e.occurred_to_year,
       e.date_precision, e.from_precision, e.to_precision, e.actors_text, e.actor_count, e.kind, e.source_key,
       e.quote, e.locator, e.general_knowledge, e.shipped
  FROM bilateral.events_plain e;
COMMENT ON VIEW bilateral_bi.events IS 'Dated events as the documents state them (bilateral.events_plain), with the year of each bound as an integer.';
GRANT SELECT ON bilateral_bi.events TO PUBLIC;
SELECT bilateral.copy_column_comments('bilateral.events_plain', 'bilateral_bi.events');

CREATE VIEW bilateral_bi.indicators WITH (security_invoker = true) AS
SELECT i.indicator_id, i.indicator_code, i.actor, i.counterpart, i.indicator_year, i.indicator_value, i.unit,
       i.qualifier, i.source_key, i.quote, i.locator, i.general_knowledge, i.shipped, i.row_owner
  FROM bilateral.indicators_plain i;
COMMENT ON VIEW bilateral_bi.indicators IS 'Figures from the documents (bilateral.indicators_plain): trade shares and ranks, gas volumes, with unit, year, source and quote.';
GRANT SELECT ON bilateral_bi.indicators TO PUBLIC;
SELECT bilateral.copy_column_comments('bilateral.indicators_plain', 'bilateral_bi.indicators');

CREATE VIEW bilateral_bi.office_terms WITH (security_invoker = true) AS
SELECT o.term_id, o.person, o.office, o.actor, o.term_from, o.term_from_year, o.term_to, o.term_to_year,
       o.term_precision, o.from_precision, o.to_precision, o.source_key, o.quote, o.locator, o.general_knowledge,
       o.shipped
  FROM bilateral.office_terms_plain o;
COMMENT ON VIEW bilateral_bi.office_terms IS 'Terms of office as the documents state them (bilateral.office_terms_plain).';
GRANT SELECT ON bilateral_bi.office_terms TO PUBLIC;
SELECT bilateral.copy_column_comments('bilateral.office_terms_plain', 'bilateral_bi.office_terms');

CREATE VIEW bilateral_bi.sources WITH (security_invoker = true) AS
SELECT s.source_key, s.title, s.title_en, s.author, s.publisher, s.published, s.published_precision,
       s.published_year, s.source_language, s.kind, s.shipped, s.metadata_inferred, s.row_owner
  FROM bilateral.sources_plain s;
COMMENT ON VIEW bilateral_bi.sources IS 'The documents (bilateral.sources_plain).';
GRANT SELECT ON bilateral_bi.sources TO PUBLIC;
SELECT bilateral.copy_column_comments('bilateral.sources_plain', 'bilateral_bi.sources');

CREATE VIEW bilateral_bi.actors WITH (security_invoker = true) AS
SELECT a.actor, a.name_en, a.cow_ccode, a.cow_abb, a.gw_code, a.iso2, a.iso3, a.iso_numeric, a.cameo, a.wikidata,
       a.kind, a.shipped
  FROM bilateral.actors a;
COMMENT ON VIEW bilateral_bi.actors IS 'The actor catalogue with its codes (COW ccode and abbreviation, Gleditsch-Ward, ISO 3166-1 alpha-2, alpha-3 and numeric, CAMEO, Wikidata), for joins with other datasets.';
COMMENT ON COLUMN bilateral_bi.actors.actor IS 'The actor''s code in bilateral (three letters).';
COMMENT ON COLUMN bilateral_bi.actors.name_en IS 'English name.';
COMMENT ON COLUMN bilateral_bi.actors.cow_ccode IS 'COW country code (integer); NULL when not a COW state.';
COMMENT ON COLUMN bilateral_bi.actors.cow_abb IS 'COW abbreviation.';
COMMENT ON COLUMN bilateral_bi.actors.gw_code IS 'Gleditsch-Ward code (integer).';
COMMENT ON COLUMN bilateral_bi.actors.iso2 IS 'ISO 3166-1 alpha-2 code (ISO 3166-3 for a dissolved state).';
COMMENT ON COLUMN bilateral_bi.actors.iso3 IS 'ISO 3166-1 alpha-3 code (ISO 3166-3 for a dissolved state).';
COMMENT ON COLUMN bilateral_bi.actors.iso_numeric IS 'ISO 3166-1 numeric code (integer: format it with three digits, 036).';
COMMENT ON COLUMN bilateral_bi.actors.cameo IS 'CAMEO actor code.';
COMMENT ON COLUMN bilateral_bi.actors.wikidata IS 'Wikidata item (Q...).';
COMMENT ON COLUMN bilateral_bi.actors.kind IS 'Kind of actor (state, organisation, group of states).';
COMMENT ON COLUMN bilateral_bi.actors.shipped IS 'True for the shipped rows, false for users'' rows.';
GRANT SELECT ON bilateral_bi.actors TO PUBLIC;

CREATE VIEW bilateral_bi.errata WITH (security_invoker = true) AS
SELECT r.erratum_id, r.source_key, r.quote, r.correction, r.locator, r.subject_kind, r.subject_id, r.shipped
  FROM bilateral.errata r;
COMMENT ON VIEW bilateral_bi.errata IS 'Slips in the documents: the quote as printed and the correction; the corrected fact is in the row named by subject_kind and subject_id.';
COMMENT ON COLUMN bilateral_bi.errata.erratum_id IS 'The erratum''s id (bigint).';
COMMENT ON COLUMN bilateral_bi.errata.source_key IS 'The document with the slip.';
COMMENT ON COLUMN bilateral_bi.errata.quote IS 'The words as printed.';
COMMENT ON COLUMN bilateral_bi.errata.correction IS 'What is right, and why.';
COMMENT ON COLUMN bilateral_bi.errata.locator IS 'Where the quote is in the document.';
COMMENT ON COLUMN bilateral_bi.errata.subject_kind IS 'Kind of row that holds the corrected fact (claim, event, ...).';
COMMENT ON COLUMN bilateral_bi.errata.subject_id IS 'Id of the row that holds the corrected fact.';
COMMENT ON COLUMN bilateral_bi.errata.shipped IS 'True for the shipped rows, false for users'' rows.';
GRANT SELECT ON bilateral_bi.errata TO PUBLIC;

CREATE VIEW bilateral_bi.evidence WITH (security_invoker = true) AS
SELECT e.subject_kind, e.subject_id, e.source_key, e.locator, e.quote, e.shipped
  FROM bilateral.evidence e;
COMMENT ON VIEW bilateral_bi.evidence IS 'Every quote in the dataset, one row each (claims, events, treaty mentions, indicators, office terms, errata).';
COMMENT ON COLUMN bilateral_bi.evidence.subject_kind IS 'Kind of row the quote supports: claim, event, treaty_mention, indicator, office_term, erratum.';
COMMENT ON COLUMN bilateral_bi.evidence.subject_id IS 'Id of that row, as text.';
COMMENT ON COLUMN bilateral_bi.evidence.source_key IS 'The document.';
COMMENT ON COLUMN bilateral_bi.evidence.locator IS 'Where the quote is in the document.';
COMMENT ON COLUMN bilateral_bi.evidence.quote IS 'The exact words of the document.';
COMMENT ON COLUMN bilateral_bi.evidence.shipped IS 'True for the shipped rows, false for users'' rows.';
GRANT SELECT ON bilateral_bi.evidence TO PUBLIC;

-- the whole system: every dyad-year is a row, the documents' silence is NULL, never a value
CREATE VIEW bilateral_bi.dyad_years WITH (security_invoker = true) AS
SELECT d.ccode1, d.ccode2, d.actor1, d.actor2, d.year AS panel_year, d.in_system, d.n_claims,
       d.stance_mean, d.stance_min, d.stance_max, d.treaties_in_force, d.events AS n_events,
       d.stance_certain_min, d.stance_certain_max, d.stance_possible_min, d.stance_possible_max,
       d.coverage, d.contested, d.n_sources
  FROM bilateral.dyad_years(1816, extract(year FROM current_date)::int, all_dyads => true) d
 WHERE d.issue IS NULL;
COMMENT ON VIEW bilateral_bi.dyad_years IS 'The full directed COW dyad-year panel, 1816 to the current year: one row per dyad and year (bilateral.dyad_years(..., all_dyads => true), its summary rows over all issues), whether or not a claim covers it. n_claims 0 with NULL stances means no claim: coverage says whether a source covers the dyad and year and is silent (silent) or none does (outside). Rows with claims about a dyad outside the state system are kept with in_system false: count states with WHERE in_system. About 1.9 million rows, computed when read (a few seconds).';
COMMENT ON COLUMN bilateral_bi.dyad_years.ccode1 IS 'COW country code of side 1 in that year (the actor).';
COMMENT ON COLUMN bilateral_bi.dyad_years.ccode2 IS 'COW country code of side 2 in that year (the counterpart).';
COMMENT ON COLUMN bilateral_bi.dyad_years.actor1 IS 'Actor code of side 1.';
COMMENT ON COLUMN bilateral_bi.dyad_years.actor2 IS 'Actor code of side 2.';
COMMENT ON COLUMN bilateral_bi.dyad_years.panel_year IS 'Calendar year (dyad_years().year; YEAR is a reserved word in standard SQL and ODBC).';
COMMENT ON COLUMN bilateral_bi.dyad_years.in_system IS 'Both states members of the COW state system on the same day at some time in the year; false only on rows kept for claims outside the system.';
COMMENT ON COLUMN bilateral_bi.dyad_years.n_claims IS 'Number of claims that possibly hold in the year, over all issues; 0 where the documents are silent.';
COMMENT ON COLUMN bilateral_bi.dyad_years.stance_mean IS 'Mean stance over all issues, each claim weighted by the days it possibly covers in the year (numeric, 3 decimals); NULL where no claim.';
COMMENT ON COLUMN bilateral_bi.dyad_years.stance_min IS 'Lowest stance claimed in the year; NULL where no claim.';
COMMENT ON COLUMN bilateral_bi.dyad_years.stance_max IS 'Highest stance claimed in the year; NULL where no claim.';
COMMENT ON COLUMN bilateral_bi.dyad_years.treaties_in_force IS 'Treaties between the two in force at some time in the year.';
COMMENT ON COLUMN bilateral_bi.dyad_years.n_events IS 'Distinct events naming both during the year.';
COMMENT ON COLUMN bilateral_bi.dyad_years.stance_certain_min IS 'Lowest stance of the claims that certainly hold through the whole year (narrowest reading from Jan 1 to Dec 31); NULL where none does.';
COMMENT ON COLUMN bilateral_bi.dyad_years.stance_certain_max IS 'Highest stance of the claims that certainly hold through the whole year; NULL where none does.';
COMMENT ON COLUMN bilateral_bi.dyad_years.stance_possible_min IS 'Lowest stance of the claims that possibly hold on some day of the year (widest reading); NULL where none does.';
COMMENT ON COLUMN bilateral_bi.dyad_years.stance_possible_max IS 'Highest stance of the claims that possibly hold on some day of the year; NULL where none does.';
COMMENT ON COLUMN bilateral_bi.dyad_years.coverage IS 'documented (claims), silent (no claim, but a source covers the dyad and year), outside (no source covers it: no data, never a value).';
COMMENT ON COLUMN bilateral_bi.dyad_years.contested IS 'Two claims give different stances on one day of the year (widest readings); NULL without claims.';
COMMENT ON COLUMN bilateral_bi.dyad_years.n_sources IS 'Distinct sources of the claims that possibly hold in the year; 0 without claims.';
GRANT SELECT ON bilateral_bi.dyad_years TO PUBLIC;

CREATE VIEW bilateral_bi.dyad_issue_years WITH (security_invoker = true) AS
SELECT d.ccode1, d.ccode2, d.actor1, d.actor2, d.year AS panel_year, d.issue, d.in_system, d.n_claims,
       d.stance_mean, d.stance_min, d.stance_max, d.treaties_in_force, d.events AS n_events,
       d.stance_certain_min, d.stance_certain_max, d.stance_possible_min, d.stance_possible_max,
       d.contested, d.n_sources
  FROM bilateral.dyad_years(1816, extract(year FROM current_date)::int) d
 WHERE d.issue IS NOT NULL;
COMMENT ON VIEW bilateral_bi.dyad_issue_years IS 'The directed COW dyad-years by issue, 1816 to the current year: one row per dyad, year and issue that has claims (bilateral.dyad_years(), its issue rows). The rows over all issues are in dyad_years.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.ccode1 IS 'COW country code of side 1 in that year (the actor).';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.ccode2 IS 'COW country code of side 2 in that year (the counterpart).';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.actor1 IS 'Actor code of side 1.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.actor2 IS 'Actor code of side 2.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.panel_year IS 'Calendar year (dyad_years().year; YEAR is a reserved word in standard SQL and ODBC).';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.issue IS 'Issue code of the codebook.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.in_system IS 'Both states members of the COW state system on the same day at some time in the year.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.n_claims IS 'Number of claims on the issue that possibly hold in the year.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.stance_mean IS 'Mean stance on the issue, each claim weighted by the days it possibly covers in the year (numeric, 3 decimals).';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.stance_min IS 'Lowest stance claimed on the issue in the year.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.stance_max IS 'Highest stance claimed on the issue in the year.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.treaties_in_force IS 'Treaties between the two in force at some time in the year.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.n_events IS 'Distinct events naming both during the year.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.stance_certain_min IS 'Lowest stance of the claims that certainly hold through the whole year (narrowest reading from Jan 1 to Dec 31); NULL where none does.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.stance_certain_max IS 'Highest stance of the claims that certainly hold through the whole year; NULL where none does.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.stance_possible_min IS 'Lowest stance of the claims that possibly hold on some day of the year (widest reading); NULL where none does.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.stance_possible_max IS 'Highest stance of the claims that possibly hold on some day of the year; NULL where none does.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.contested IS 'Two claims give different stances on one day of the year (widest readings); NULL without claims.';
COMMENT ON COLUMN bilateral_bi.dyad_issue_years.n_sources IS 'Distinct sources of the claims that possibly hold in the year; 0 without claims.';
GRANT SELECT ON bilateral_bi.dyad_issue_years TO PUBLIC;
