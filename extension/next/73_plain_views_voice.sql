-- The views for every client carry what 1.3 added to the typed views: whose voice a claim is,
-- how exact a figure is, which metadata a source infers, and who owns a user's row.  Columns are
-- appended (CREATE OR REPLACE VIEW keeps the others as they are).

CREATE OR REPLACE VIEW bilateral.positions_plain WITH (security_invoker = true) AS
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
COMMENT ON COLUMN bilateral.positions_plain.voice IS 'Whose stance: state, public_opinion, elite, author_assessment or author_proposal (docs/codebook.md); filter on state for what governments do.';
COMMENT ON COLUMN bilateral.positions_plain.row_owner IS 'The role that owns a user''s row (empty for shipped rows).';

CREATE OR REPLACE VIEW bilateral.indicators_plain WITH (security_invoker = true) AS
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
COMMENT ON COLUMN bilateral.indicators_plain.qualifier IS 'How exact the figure is: exact, approximate, more_than or less_than.';
COMMENT ON COLUMN bilateral.indicators_plain.row_owner IS 'The role that owns a user''s row (empty for shipped rows).';

CREATE OR REPLACE VIEW bilateral.sources_plain WITH (security_invoker = true) AS
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
COMMENT ON COLUMN bilateral.sources_plain.metadata_inferred IS 'Which of title, author, publisher and date the document does not state, and what they were inferred from (empty: all stated).';
COMMENT ON COLUMN bilateral.sources_plain.row_owner IS 'The role that owns a user''s source (empty for shipped sources).';
