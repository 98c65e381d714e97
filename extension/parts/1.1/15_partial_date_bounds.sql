-- partial_date_bounds() of 1.0 parsed partial dates a second time, in PL/pgSQL, and drifted from
-- the types' parser ('0000' gave a raw out-of-range error).  From 1.1 it calls the C core.
CREATE OR REPLACE FUNCTION bilateral.partial_date_bounds(value text,
                                                         OUT first_day date, OUT last_day date, OUT date_precision text)
RETURNS record
AS 'MODULE_PATHNAME', 'partial_date_bounds' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.partial_date_bounds(text) IS 'First day, last day and precision (year, month, day) of a partial date written YYYY, YYYY-MM or YYYY-MM-DD (years 0001-9999, blanks around it ignored), read by the same parser as the types; SQLSTATE 22007 for another form, 22008 for a day that does not exist.';
