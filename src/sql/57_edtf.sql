-- EDTF (Extended Date/Time Format, ISO 8601-2:2019), levels 0 and 1, in and out: the field's
-- standard for dates with uncertainty, read into partial dates and periods and written from them.
-- The reader and writer are the C core's (src/core/edtf.c); the mapping is docs/edtf.md.

CREATE FUNCTION bilateral.from_edtf(edtf text,
                                    OUT from_date text, OUT to_date text,
                                    OUT from_qualifier text, OUT to_qualifier text, OUT is_interval boolean)
RETURNS record
AS 'MODULE_PATHNAME', 'edtf_read' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
GRANT EXECUTE ON FUNCTION bilateral.from_edtf(text) TO PUBLIC;
COMMENT ON FUNCTION bilateral.from_edtf(text) IS 'Reads an EDTF date or interval of levels 0 and 1 (blanks around it ignored, at most 64 bytes): its ends as partial dates (YYYY, YYYY-MM, YYYY-MM-DD; .. for an open end, NULL for an unknown one; a single date has both ends the same), each end''s qualifier (uncertain, approximate, uncertain_approximate or NULL) and whether it is an interval. An unspecified month or day (1985-XX, 1985-04-XX) reads as the coarser date. SQLSTATE 22007 for text that is not EDTF of levels 0 and 1 (the detail names the character), 22008 for a month or day that does not exist, 22P02 for EDTF a partial date cannot hold (years before 0001 or after 9999, decades and centuries written with X, seasons, times of day; the detail names the part), 22023 for an interval that ends before it starts. docs/edtf.md';

CREATE FUNCTION bilateral.to_edtf(partial_date text) RETURNS text
AS 'MODULE_PATHNAME', 'edtf_of_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
GRANT EXECUTE ON FUNCTION bilateral.to_edtf(text) TO PUBLIC;
COMMENT ON FUNCTION bilateral.to_edtf(text) IS 'A partial date (YYYY, YYYY-MM or YYYY-MM-DD, blanks around it ignored) as an EDTF date of level 0, which is the same text; SQLSTATE 22007 for another form, 22008 for a day that does not exist, as partial_date_bounds(). docs/edtf.md';

CREATE FUNCTION bilateral.to_edtf(from_date text, to_date text, from_qualifier text DEFAULT NULL,
                                  to_qualifier text DEFAULT NULL, is_interval boolean DEFAULT true) RETURNS text
AS 'MODULE_PATHNAME', 'edtf_of_period' LANGUAGE C IMMUTABLE PARALLEL SAFE;
GRANT EXECUTE ON FUNCTION bilateral.to_edtf(text, text, text, text, boolean) TO PUBLIC;
COMMENT ON FUNCTION bilateral.to_edtf(text, text, text, text, boolean) IS 'A period as an EDTF interval FROM/TO: each end a partial date, .. for an open end or NULL for an unknown one (written as nothing), each with an optional qualifier (uncertain ?, approximate ~, uncertain_approximate %; NULL for none). With is_interval false, a single date: both ends the same partial date with the same qualifier. The inverse of from_edtf(), whose columns it takes in order. Not STRICT: NULL is an unknown end or no qualifier. SQLSTATE 22007/22008 for an end that is not a partial date, 22023 for a period that ends before it starts, a qualifier on an open or unknown end, or a single date with two values, 22004 for is_interval NULL. docs/edtf.md';

CREATE FUNCTION bilateral.to_edtf(p bilateral.bilateral_position) RETURNS text
AS 'MODULE_PATHNAME', 'edtf_of_position' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
GRANT EXECUTE ON FUNCTION bilateral.to_edtf(bilateral.bilateral_position) TO PUBLIC;
COMMENT ON FUNCTION bilateral.to_edtf(bilateral.bilateral_position) IS 'The period of a position as an EDTF interval FROM/TO (level 1): its bounds as written in its literal, an open bound as .., e.g. 1956-10-19/.. ; from_edtf() reads it back to the same bounds. docs/edtf.md';
