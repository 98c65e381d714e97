-- 50_documents.sql (next version): text that XML 1.0 cannot hold is refused at the door.
--
-- A TEI document can never carry U+0001-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE or
-- U+FFFF (XML 1.0 has no way to write them), so a row holding one could be exported only
-- altered.  Refusing them where rows come in (add_source(), add_claim(), add_event() and plain
-- INSERTs alike: these are table constraints, the functions are unchanged) keeps every round
-- trip exact.  NOT VALID: rows stored before this version are not checked (the upgrade never
-- fails on them); export_tei and timeline_svg write U+FFFD for them, with a WARNING from
-- export_tei (docs/tei.md, "Characters XML cannot hold").  Such an old row must be corrected
-- before a dump is restored, since the restored extension checks what COPY brings back.

CREATE FUNCTION bilateral.xml_chars_ok(value text)
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN value !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]';

COMMENT ON FUNCTION bilateral.xml_chars_ok(text) IS 'True when the text holds no character XML 1.0 cannot hold (U+0001-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF); the check of the tables'' *_xml_chars constraints.';

ALTER TABLE bilateral.source ADD CONSTRAINT source_xml_chars
  CHECK (bilateral.xml_chars_ok(concat_ws(' ', source_key, title, title_en, author, publisher, language, kind, note)))
  NOT VALID;
ALTER TABLE bilateral.position_claim ADD CONSTRAINT position_claim_xml_chars
  CHECK (bilateral.xml_chars_ok(concat_ws(' ', quote, quote_lang, statement_en, locator, general_knowledge)))
  NOT VALID;
ALTER TABLE bilateral.event ADD CONSTRAINT event_xml_chars
  CHECK (bilateral.xml_chars_ok(concat_ws(' ', event_key, name_en, kind, array_to_string(actors, ' '), quote, locator, general_knowledge)))
  NOT VALID;
