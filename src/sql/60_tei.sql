-- src/sql/60_tei.sql: TEI P5 import and export (libxml2, in C).  Reference: docs/tei.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE FUNCTION bilateral.import_tei(doc xml)
RETURNS TABLE (source_key text, claims int, events int)
LANGUAGE C VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'bl_import_tei';
COMMENT ON FUNCTION bilateral.import_tei(xml) IS 'Imports one annotated TEI P5 document as a user''s source (shipped = false): the header becomes the source (key from publicationStmt/idno[@type="bilateral"]), standOff/listRelation/relation[@name="stance"] become stance claims and standOff/listEvent/event events; returns the source key and the numbers of claims and events. All or nothing: a bad element is an error naming the element, its line and the value (22023), an existing key 23505, XML that is not well-formed, not TEI, has a DOCTYPE or is nested over 64 deep 2200M, over 10 MB 54000. No DTD, entity or network access. See docs/tei.md.';
GRANT EXECUTE ON FUNCTION bilateral.import_tei(xml) TO PUBLIC;

CREATE FUNCTION bilateral.import_tei(doc text)
RETURNS TABLE (source_key text, claims int, events int)
LANGUAGE C VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'bl_import_tei';
COMMENT ON FUNCTION bilateral.import_tei(text) IS 'import_tei(xml) on the document as text, so that nothing parses it before the import''s own bounds: an element with over 256 attributes or an attribute value over 64 kB is refused (54000) in one linear pass before libxml2 reads it. The xml argument of the other form has been parsed by PostgreSQL''s xml input already, which libxml2 2.9 makes quadratic in the attributes of one element and cannot cancel (docs/tei.md). A quoted literal calls this form.';
GRANT EXECUTE ON FUNCTION bilateral.import_tei(text) TO PUBLIC;

CREATE FUNCTION bilateral.export_tei(source_key text)
RETURNS xml
LANGUAGE C STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'bl_export_tei';
COMMENT ON FUNCTION bilateral.export_tei(text) IS 'One source (shipped or a user''s) as a TEI P5 document in the conventions import_tei reads: header, stance claims by claim_id, events by event_id, partial dates at their stored precision; deterministic (same rows, same bytes), so that export, import under a new key and export again give the same document but for the key. Unknown key: 22023. See docs/tei.md.';
GRANT EXECUTE ON FUNCTION bilateral.export_tei(text) TO PUBLIC;
