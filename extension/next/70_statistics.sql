-- 70_statistics.sql (release 1.4): planner statistics for bilateral_position.
--
-- Until 1.3 the planner estimated @>, <@ and && with PostgreSQL's constant placeholders
-- (contsel, areasel): a date before every claim and a date inside the busiest decade got the same
-- estimate, and joins of users' tables with millions of claims were planned blind.  Now ANALYZE
-- gathers, besides PostgreSQL's standard statistics of the column, histograms of the periods'
-- first and last days (widest reading) and the most common subjects (actor, counterpart, issue),
-- and one restriction and one join estimator read them for all four operators.  The model and its
-- limits: docs/statistics.md.  treaty_ref keeps PostgreSQL's scalar estimators (eqsel,
-- scalarltsel, ...): it has a btree order, so ANALYZE's standard histogram and most common values
-- already serve = and the inequalities.

CREATE FUNCTION bilateral.position_analyze(internal) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_analyze' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_analyze(internal) IS
    'typanalyze of bilateral_position: PostgreSQL''s standard statistics, plus histograms of the periods'' first and last days and the most common subjects (statistics kinds 17231 and 17232; docs/statistics.md)';

CREATE FUNCTION bilateral.position_sel(internal, oid, internal, integer) RETURNS float8
    AS 'MODULE_PATHNAME', 'position_sel' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_sel(internal, oid, internal, integer) IS
    'Restriction estimator of @> date, <@, && position and && daterange on bilateral_position: share of rows from the bound histograms (and the subject''s share for && position); PostgreSQL''s range defaults without statistics';

CREATE FUNCTION bilateral.position_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
    AS 'MODULE_PATHNAME', 'position_joinsel' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_joinsel(internal, oid, internal, smallint, internal) IS
    'Join estimator of @> date, <@, && position and && daterange: the restriction estimate averaged over the other column''s statistics (most common values and histogram of dates, bound histograms of ranges, subjects and bounds of positions)';

ALTER TYPE bilateral.bilateral_position SET (ANALYZE = bilateral.position_analyze);

ALTER OPERATOR bilateral.@> (bilateral.bilateral_position, date)
    SET (RESTRICT = bilateral.position_sel, JOIN = bilateral.position_joinsel);
ALTER OPERATOR bilateral.<@ (date, bilateral.bilateral_position)
    SET (RESTRICT = bilateral.position_sel, JOIN = bilateral.position_joinsel);
ALTER OPERATOR bilateral.&& (bilateral.bilateral_position, bilateral.bilateral_position)
    SET (RESTRICT = bilateral.position_sel, JOIN = bilateral.position_joinsel);
ALTER OPERATOR bilateral.&& (bilateral.bilateral_position, daterange)
    SET (RESTRICT = bilateral.position_sel, JOIN = bilateral.position_joinsel);

CREATE FUNCTION bilateral.position_stats(tbl regclass, col name, at date DEFAULT NULL,
                                         during daterange DEFAULT NULL,
                                         overlapping bilateral.bilateral_position DEFAULT NULL)
    RETURNS jsonb
    AS 'MODULE_PATHNAME', 'position_stats' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_stats(regclass, name, date, daterange, bilateral.bilateral_position) IS
    'What the planner knows about a column of positions after ANALYZE (null and open shares, bound histograms, distinct and most common subjects) and, when given, its estimate for @> at, && during and && overlapping (selectivity and rows); NULL before ANALYZE. Same visibility as pg_stats: column read privilege, and no row level security in force for the caller.';
GRANT EXECUTE ON FUNCTION bilateral.position_stats(regclass, name, date, daterange, bilateral.bilateral_position) TO PUBLIC;
