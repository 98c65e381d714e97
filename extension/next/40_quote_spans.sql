-- issue #24 item 1: a claim, an event or a figure may point at a span of its source's document
-- (bilateral.document, new): span_start and span_end, characters from 0, end exclusive, bounded to
-- 10,000 characters, with the locator derived from them (char=S,E).  The quote at the span is
-- checked against the document by the insert and update policies (apply_table_policy()).
-- Each ALTER TABLE runs by EXECUTE, as a statement of its own, and only where
-- bilateral.applies_shipped_rows() (one server, a Citus coordinator): see docs/data-model.md.
-- One subcommand per ALTER TABLE: Citus refuses ADD CONSTRAINT beside another.
DO $bl_step$
DECLARE
    t text;
BEGIN
    IF bilateral.applies_shipped_rows() THEN
        FOREACH t IN ARRAY ARRAY['event', 'indicator', 'position_claim'] LOOP
            EXECUTE format('ALTER TABLE bilateral.%I ADD COLUMN span_start int', t);
            EXECUTE format('ALTER TABLE bilateral.%I ADD COLUMN span_end int', t);
            EXECUTE format('ALTER TABLE bilateral.%I ADD CONSTRAINT %I CHECK ((span_start IS NULL) = (span_end IS NULL) AND (span_start IS NULL OR (span_start >= 0 AND span_end > span_start AND span_end - span_start <= 10000 AND locator IS NOT DISTINCT FROM ''char='' || span_start::text || '','' || span_end::text)))',
                           t, t || '_span');
        END LOOP;
    END IF;
END
$bl_step$;
