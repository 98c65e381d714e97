-- src/sql/65_timeline.sql: The relationship at a glance: timeline_svg() (layout and drawing in the C core).
-- Reference: docs/timeline.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE FUNCTION bilateral.timeline_svg(actor text, counterpart text, issues text[] DEFAULT NULL,
                                       during daterange DEFAULT NULL)
RETURNS xml
AS 'MODULE_PATHNAME', 'timeline_svg'
LANGUAGE C STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION bilateral.timeline_svg(text, text, text[], daterange) IS
    'An SVG timeline of actor''s stances toward counterpart: one lane per issue (NULL: every issue with claims for the dyad in the period), the stance_history() rows as coloured segments on the diverging -3..+3 scale, hatched where a bound is known only to the year or month, contested rows as one band per claimed stance with a dashed outline; events naming both as numbered ticks, treaties between them as lettered diamonds at signature, a year axis, a legend and a key. during NULL: the span of the data. Elements carry classes (lane, segment, uncertain, contested, event, treaty, axis, legend) and segments data-issue, data-stance, data-from, data-to. Same data, same bytes.';
GRANT EXECUTE ON FUNCTION bilateral.timeline_svg(text, text, text[], daterange) TO PUBLIC;
