-- 62_xml_chars_in_core.sql: one list of the characters XML cannot hold, the C core's (src/core/xmlchars.c).
--
-- xml_chars_ok(), the check of the tables' *_xml_chars constraints, was a regular expression of
-- its own beside the core's list that export_tei and import_claims (xml_text_ok) use.  It is now
-- the same C function.  Same answers: the regex and the core refuse the same characters (test
-- 65_hostile_documents compares them on every character).  In a server encoding other than
-- UTF-8, which cannot write U+FFFE or U+FFFF, both now refuse only the control characters, as the
-- regex did (xml_text_ok read such text as UTF-8); the shipped rows hold characters that keep the
-- extension out of a Latin-1 or SQL_ASCII database today, so that is for later.  The constraints
-- keep their definitions and need no new check: no answer changes.

CREATE OR REPLACE FUNCTION bilateral.xml_chars_ok(value text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'xml_text_ok' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
