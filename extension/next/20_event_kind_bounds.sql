-- issue #22 item 13: whatever the door accepts, export_tei writes and import_tei reads back.  The
-- tables take the import's rules: a source's and an event's kind 1 to 63 lower-case letters and
-- underscores, an event key at most 1,000 characters (before: unbounded; a 100-character kind was
-- exported and then refused by the import).  A stored row that breaks them stops the update here.
-- Each ALTER TABLE runs by EXECUTE, as a statement of its own, and only where
-- bilateral.applies_shipped_rows() (one server, a Citus coordinator): Citus propagates a table's
-- DDL to its shards and to the workers' copies with the text of the statement, which in an
-- extension script would be the whole script, and a worker (which runs the update too) must not
-- alter its copies again.  One subcommand per ALTER TABLE: Citus refuses ADD CONSTRAINT beside
-- another.
DO $bl_step$
BEGIN
    IF bilateral.applies_shipped_rows() THEN
        EXECUTE 'ALTER TABLE bilateral.source DROP CONSTRAINT source_kind_check';
        EXECUTE 'ALTER TABLE bilateral.source ADD CONSTRAINT source_kind_check CHECK (kind ~ ''^[a-z][a-z_]{0,62}$'')';
        EXECUTE 'ALTER TABLE bilateral.event DROP CONSTRAINT event_kind_check';
        EXECUTE 'ALTER TABLE bilateral.event ADD CONSTRAINT event_kind_check CHECK (kind ~ ''^[a-z][a-z_]{0,62}$'')';
        EXECUTE 'ALTER TABLE bilateral.event DROP CONSTRAINT event_event_key_check';
        EXECUTE 'ALTER TABLE bilateral.event ADD CONSTRAINT event_event_key_check CHECK (event_key ~ ''^[a-z][a-z0-9_]*$'' AND length(event_key) <= 1000)';
    END IF;
END
$bl_step$;
