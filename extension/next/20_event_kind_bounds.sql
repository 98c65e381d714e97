-- issue #22 item 13: whatever the door accepts, export_tei writes and import_tei reads back.  The
-- tables take the import's rules: a source's and an event's kind 1 to 63 lower-case letters and
-- underscores, an event key at most 1,000 characters (before: unbounded; a 100-character kind was
-- exported and then refused by the import).  A stored row that breaks them stops the update here.
ALTER TABLE bilateral.source DROP CONSTRAINT source_kind_check,
    ADD CONSTRAINT source_kind_check CHECK (kind ~ '^[a-z][a-z_]{0,62}$');
ALTER TABLE bilateral.event DROP CONSTRAINT event_kind_check,
    ADD CONSTRAINT event_kind_check CHECK (kind ~ '^[a-z][a-z_]{0,62}$');
ALTER TABLE bilateral.event DROP CONSTRAINT event_event_key_check,
    ADD CONSTRAINT event_event_key_check CHECK (event_key ~ '^[a-z][a-z0-9_]*$' AND length(event_key) <= 1000);
