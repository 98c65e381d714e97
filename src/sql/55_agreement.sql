-- src/sql/55_agreement.sql: Inter-coder agreement: aggregates over (unit, coder, value) rows for
-- Krippendorff's alpha and its bootstrap interval, Cohen's and weighted kappa, Fleiss' kappa, Gwet's
-- AC1, percent agreement; over (document, coder, span) rows for Krippendorff's unitizing alpha and the
-- matching of spans into units.  The measures are computed in the C core (src/core/agreement.c);
-- src/agreement.c keeps the rows.  Reference: docs/agreement.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

-- ---- transition functions (internal state: the rows, in the aggregate's memory) ----

CREATE FUNCTION bilateral.agreement_level_step(internal, text, text, double precision, text) RETURNS internal
AS 'MODULE_PATHNAME', 'bl_agree_level_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.agreement_level_step(internal, text, text, double precision, text) IS
    'internal: the transition of krippendorff_alpha(): keeps (unit, coder, value), checks the level.';

CREATE FUNCTION bilateral.agreement_weights_step(internal, text, text, double precision, text) RETURNS internal
AS 'MODULE_PATHNAME', 'bl_agree_weights_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.agreement_weights_step(internal, text, text, double precision, text) IS
    'internal: the transition of weighted_kappa(): keeps (unit, coder, value), checks the weights.';

CREATE FUNCTION bilateral.agreement_text_step(internal, text, text, text) RETURNS internal
AS 'MODULE_PATHNAME', 'bl_agree_text_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.agreement_text_step(internal, text, text, text) IS
    'internal: the transition of cohen_kappa(), fleiss_kappa(), gwet_ac1() and percent_agreement(): keeps (unit, coder, value).';

CREATE FUNCTION bilateral.agreement_interval_step(internal, text, text, double precision, text, integer,
                                                  double precision) RETURNS internal
AS 'MODULE_PATHNAME', 'bl_agree_interval_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.agreement_interval_step(internal, text, text, double precision, text, integer, double precision) IS
    'internal: the transition of krippendorff_alpha_interval() with the default seed.';

CREATE FUNCTION bilateral.agreement_interval_step(internal, text, text, double precision, text, integer,
                                                  double precision, bigint) RETURNS internal
AS 'MODULE_PATHNAME', 'bl_agree_interval_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.agreement_interval_step(internal, text, text, double precision, text, integer, double precision, bigint) IS
    'internal: the transition of krippendorff_alpha_interval() with a seed.';

CREATE FUNCTION bilateral.agreement_span_step(internal, text, text, integer, integer, integer) RETURNS internal
AS 'MODULE_PATHNAME', 'bl_agree_span_step'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.agreement_span_step(internal, text, text, integer, integer, integer) IS
    'internal: the transition of unitizing_alpha() and match_spans(): keeps (document, coder, span_start, span_end, document_length).';

-- ---- final functions: the core's measures ----

CREATE FUNCTION bilateral.krippendorff_alpha_final(internal) RETURNS double precision
AS 'MODULE_PATHNAME', 'bl_krippendorff_alpha_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.krippendorff_alpha_final(internal) IS 'internal: the final function of krippendorff_alpha().';

CREATE FUNCTION bilateral.weighted_kappa_final(internal) RETURNS double precision
AS 'MODULE_PATHNAME', 'bl_weighted_kappa_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.weighted_kappa_final(internal) IS 'internal: the final function of weighted_kappa().';

CREATE FUNCTION bilateral.cohen_kappa_final(internal) RETURNS double precision
AS 'MODULE_PATHNAME', 'bl_cohen_kappa_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.cohen_kappa_final(internal) IS 'internal: the final function of cohen_kappa().';

CREATE FUNCTION bilateral.fleiss_kappa_final(internal) RETURNS double precision
AS 'MODULE_PATHNAME', 'bl_fleiss_kappa_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.fleiss_kappa_final(internal) IS 'internal: the final function of fleiss_kappa().';

CREATE FUNCTION bilateral.gwet_ac1_final(internal) RETURNS double precision
AS 'MODULE_PATHNAME', 'bl_gwet_ac1_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.gwet_ac1_final(internal) IS 'internal: the final function of gwet_ac1().';

CREATE FUNCTION bilateral.percent_agreement_final(internal) RETURNS double precision
AS 'MODULE_PATHNAME', 'bl_percent_agreement_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.percent_agreement_final(internal) IS 'internal: the final function of percent_agreement().';

CREATE FUNCTION bilateral.krippendorff_alpha_interval_final(internal) RETURNS double precision[]
AS 'MODULE_PATHNAME', 'bl_krippendorff_alpha_interval_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.krippendorff_alpha_interval_final(internal) IS 'internal: the final function of krippendorff_alpha_interval().';

CREATE FUNCTION bilateral.unitizing_alpha_final(internal) RETURNS double precision
AS 'MODULE_PATHNAME', 'bl_unitizing_alpha_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.unitizing_alpha_final(internal) IS 'internal: the final function of unitizing_alpha().';

CREATE TYPE bilateral.span_match AS (
    document text,
    unit integer,
    unit_start integer,
    unit_end integer,
    coder text,
    spans integer,
    span_start integer,
    span_end integer
);
COMMENT ON TYPE bilateral.span_match IS
    'One coder in one unit of match_spans(): the unit (numbered from 1 by start within its document, [unit_start, unit_end) the hull of its spans), the coder, how many of the coder''s spans lie in it (0: the coder is missing from the unit) and their hull [span_start, span_end) (NULL when missing).';

CREATE FUNCTION bilateral.match_spans_final(internal) RETURNS bilateral.span_match[]
AS 'MODULE_PATHNAME', 'bl_match_spans_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.match_spans_final(internal) IS 'internal: the final function of match_spans().';

-- ---- the aggregates ----

CREATE AGGREGATE bilateral.krippendorff_alpha(unit text, coder text, value double precision, level text) (
    SFUNC = bilateral.agreement_level_step,
    STYPE = internal,
    FINALFUNC = bilateral.krippendorff_alpha_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.krippendorff_alpha(text, text, double precision, text) IS
    'Krippendorff''s alpha over (unit, coder, value) rows, any number of coders, NULL values missing; level nominal, ordinal (ranks by the pairable values'' frequencies), interval or ratio (values >= 0). NULL when undefined (no unit with two values, or a single value throughout). docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.krippendorff_alpha(text, text, double precision, text) TO PUBLIC;

CREATE AGGREGATE bilateral.krippendorff_alpha_interval(unit text, coder text, value double precision, level text,
                                                       samples integer, confidence double precision) (
    SFUNC = bilateral.agreement_interval_step,
    STYPE = internal,
    FINALFUNC = bilateral.krippendorff_alpha_interval_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.krippendorff_alpha_interval(text, text, double precision, text, integer, double precision) IS
    'A percentile bootstrap interval {lo, hi} of Krippendorff''s alpha: samples resamplings of the units with two values or more (with replacement, seed 0), the (1 - confidence)/2 and (1 + confidence)/2 quantiles of their alphas. The same rows give the same interval. docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.krippendorff_alpha_interval(text, text, double precision, text, integer, double precision) TO PUBLIC;

CREATE AGGREGATE bilateral.krippendorff_alpha_interval(unit text, coder text, value double precision, level text,
                                                       samples integer, confidence double precision, seed bigint) (
    SFUNC = bilateral.agreement_interval_step,
    STYPE = internal,
    FINALFUNC = bilateral.krippendorff_alpha_interval_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.krippendorff_alpha_interval(text, text, double precision, text, integer, double precision, bigint) IS
    'krippendorff_alpha_interval() with the seed of its random stream: the same rows and seed give the same interval. docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.krippendorff_alpha_interval(text, text, double precision, text, integer, double precision, bigint) TO PUBLIC;

CREATE AGGREGATE bilateral.cohen_kappa(unit text, coder text, value text) (
    SFUNC = bilateral.agreement_text_step,
    STYPE = internal,
    FINALFUNC = bilateral.cohen_kappa_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.cohen_kappa(text, text, text) IS
    'Cohen''s kappa of two coders over the units both coded: (po - pe) / (1 - pe). A third coder is an error (22000); NULL when undefined. docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.cohen_kappa(text, text, text) TO PUBLIC;

CREATE AGGREGATE bilateral.weighted_kappa(unit text, coder text, value double precision, weights text) (
    SFUNC = bilateral.agreement_weights_step,
    STYPE = internal,
    FINALFUNC = bilateral.weighted_kappa_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.weighted_kappa(text, text, double precision, text) IS
    'Cohen''s weighted kappa of two coders over the units both coded, weights linear (1 - |x - y| / (max - min)) or quadratic (1 - (x - y)^2 / (max - min)^2) of the values observed. docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.weighted_kappa(text, text, double precision, text) TO PUBLIC;

CREATE AGGREGATE bilateral.fleiss_kappa(unit text, coder text, value text) (
    SFUNC = bilateral.agreement_text_step,
    STYPE = internal,
    FINALFUNC = bilateral.fleiss_kappa_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.fleiss_kappa(text, text, text) IS
    'Fleiss'' kappa for any number of coders and missing values, as Gwet (2014) generalises it: agreement over units with two values or more, category shares over every unit. docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.fleiss_kappa(text, text, text) TO PUBLIC;

CREATE AGGREGATE bilateral.gwet_ac1(unit text, coder text, value text) (
    SFUNC = bilateral.agreement_text_step,
    STYPE = internal,
    FINALFUNC = bilateral.gwet_ac1_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.gwet_ac1(text, text, text) IS
    'Gwet''s AC1 for any number of coders and missing values (Gwet, Handbook of Inter-Rater Reliability, 4th ed.). NULL with a single category. docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.gwet_ac1(text, text, text) TO PUBLIC;

CREATE AGGREGATE bilateral.percent_agreement(unit text, coder text, value text) (
    SFUNC = bilateral.agreement_text_step,
    STYPE = internal,
    FINALFUNC = bilateral.percent_agreement_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.percent_agreement(text, text, text) IS
    'The share of agreeing pairs of values within a unit, averaged over the units with two values or more (0..1). docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.percent_agreement(text, text, text) TO PUBLIC;

CREATE AGGREGATE bilateral.unitizing_alpha(document text, coder text, span_start integer, span_end integer,
                                           document_length integer) (
    SFUNC = bilateral.agreement_span_step,
    STYPE = internal,
    FINALFUNC = bilateral.unitizing_alpha_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.unitizing_alpha(text, text, integer, integer, integer) IS
    'Krippendorff''s unitizing alpha (u-alpha) for one category: how far coders agree on which character spans [span_start, span_end) of each document (of document_length characters) they marked. Every coder of the rows counts as having coded every document; spans NULL: coded, nothing marked. docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.unitizing_alpha(text, text, integer, integer, integer) TO PUBLIC;

CREATE AGGREGATE bilateral.match_spans(document text, coder text, span_start integer, span_end integer,
                                       document_length integer) (
    SFUNC = bilateral.agreement_span_step,
    STYPE = internal,
    FINALFUNC = bilateral.match_spans_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.match_spans(text, text, integer, integer, integer) IS
    'Matches the coders'' spans into units: overlapping spans (a chain of overlaps) are one unit; one span_match per unit and coder, spans = 0 where the coder is missing. unnest() it and feed (document || unit, coder, ...) to the other measures. docs/agreement.md';
GRANT EXECUTE ON FUNCTION bilateral.match_spans(text, text, integer, integer, integer) TO PUBLIC;
