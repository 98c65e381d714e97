-- 50_documents.sql (next version): text that XML 1.0 cannot hold is refused at the door.
--
-- A TEI document can never carry U+0001-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE or
-- U+FFFF (XML 1.0 has no way to write them), so a row holding one could be exported only
-- altered.  Refusing them where rows come in (add_source(), add_claim(), add_event() and plain
-- INSERTs alike: these are table constraints, the functions are unchanged) keeps every round
-- trip exact.  The constraints are validated: a row stored before this version that holds such a
-- character would later make a dump fail to restore (the restored extension checks what COPY
-- brings back), so the update stops first, naming the rows to correct, and changes nothing.
-- export_tei and timeline_svg still write U+FFFD for any such value (docs/tei.md, "Characters XML
-- cannot hold").

CREATE FUNCTION bilateral.xml_chars_ok(value text)
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN value !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]';

COMMENT ON FUNCTION bilateral.xml_chars_ok(text) IS 'True when the text holds no character XML 1.0 cannot hold (U+0001-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF); the check of the tables'' *_xml_chars constraints.';

DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(k, ', ') INTO bad FROM (
        SELECT 'source ' || source_key AS k FROM bilateral.source
         WHERE NOT bilateral.xml_chars_ok(concat_ws(' ', source_key, title, title_en, author, publisher, language, kind, note))
        UNION ALL
        SELECT 'position_claim ' || claim_id FROM bilateral.position_claim
         WHERE NOT bilateral.xml_chars_ok(concat_ws(' ', quote, quote_lang, statement_en, locator, general_knowledge))
        UNION ALL
        SELECT 'event ' || event_id FROM bilateral.event
         WHERE NOT bilateral.xml_chars_ok(concat_ws(' ', event_key, name_en, kind, array_to_string(actors, ' '), quote, locator, general_knowledge))
        LIMIT 20) x;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'rows hold characters XML cannot hold: %', bad
            USING ERRCODE = '22021',
                  DETAIL = 'U+0001-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE and U+FFFF cannot be exported as TEI, and such a row would keep a dump from restoring.',
                  HINT = 'Correct those rows (e.g. UPDATE ... SET quote = regexp_replace(quote, ''[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]'', '''', ''g'')), then update again.';
    END IF;
END
$$;

ALTER TABLE bilateral.source ADD CONSTRAINT source_xml_chars
  CHECK (bilateral.xml_chars_ok(concat_ws(' ', source_key, title, title_en, author, publisher, language, kind, note)))
;
ALTER TABLE bilateral.position_claim ADD CONSTRAINT position_claim_xml_chars
  CHECK (bilateral.xml_chars_ok(concat_ws(' ', quote, quote_lang, statement_en, locator, general_knowledge)))
;
ALTER TABLE bilateral.event ADD CONSTRAINT event_xml_chars
  CHECK (bilateral.xml_chars_ok(concat_ws(' ', event_key, name_en, kind, array_to_string(actors, ' '), quote, locator, general_knowledge)))
;
