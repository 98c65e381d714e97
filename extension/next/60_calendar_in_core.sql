-- 60_calendar_in_core.sql: the calendar of partial dates lives once, in the C core (src/core/pdate.c).
--
-- The first and last day of a date's year, month or day were computed in SQL with date_trunc and
-- intervals by published_by() and add_source(); they now call the core's arithmetic through two
-- C functions, the same the types, partial_date_bounds() and the TEI import use.  Same answers
-- on every date where 1.5 answered, and the same errors (add_source still checks the precision
-- first, with its own message); a date after 294276 AD, which date_trunc's timestamp could not hold
-- (SQLSTATE 22008), now gets its answer.  The year panels (check_years, state_years, dyad_years)
-- keep make_date and extract: they cut PostgreSQL dates into calendar years, not partial dates.

CREATE FUNCTION bilateral.precision_first_day(day date, date_precision text) RETURNS date
    AS 'MODULE_PATHNAME', 'precision_first_day' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.precision_first_day(date, text) IS
    'First day of the year, month or day (date_precision) that holds the date: what a partial date of that precision starts on; infinity stays infinity. SQLSTATE 22023 for another precision, 22008 when that day is before 4714-11-24 BC.';
GRANT EXECUTE ON FUNCTION bilateral.precision_first_day(date, text) TO PUBLIC;

CREATE FUNCTION bilateral.precision_last_day(day date, date_precision text) RETURNS date
    AS 'MODULE_PATHNAME', 'precision_last_day' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.precision_last_day(date, text) IS
    'Last day of the year, month or day (date_precision) that holds the date: what a partial date of that precision ends on; infinity stays infinity. SQLSTATE 22023 for another precision.';
GRANT EXECUTE ON FUNCTION bilateral.precision_last_day(date, text) TO PUBLIC;

-- published_by: the last day of the publication date at its precision, by the core

CREATE OR REPLACE FUNCTION bilateral.published_by(source_key text, known_by date) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT known_by IS NULL OR EXISTS (
        SELECT 1 FROM bilateral.source s
         WHERE s.source_key = published_by.source_key
           AND bilateral.precision_last_day(s.published, s.published_precision) <= known_by)
$$;

-- add_source: published stored as the first day of its precision, by the core

CREATE OR REPLACE FUNCTION bilateral.add_source(source_key text, title text, author text, published date,
                                     language text, publisher text DEFAULT NULL,
                                     published_precision text DEFAULT 'day', kind text DEFAULT 'user',
                                     title_en text DEFAULT NULL, note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF published_precision IS NULL OR published_precision NOT IN ('year', 'month', 'day') THEN
        RAISE EXCEPTION 'invalid published_precision: "%"', published_precision
            USING ERRCODE = '22023', HINT = 'Use year, month or day.';
    END IF;
    INSERT INTO bilateral.source AS s (source_key, title, title_en, author, publisher, published,
                                       published_precision, language, kind, note, shipped)
    VALUES (add_source.source_key, add_source.title, add_source.title_en, add_source.author,
            add_source.publisher,
            bilateral.precision_first_day(add_source.published, add_source.published_precision),
            add_source.published_precision, lower(add_source.language), add_source.kind,
            add_source.note, false);
    RETURN add_source.source_key;
END
$$;
