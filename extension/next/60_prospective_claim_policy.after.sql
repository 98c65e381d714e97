-- issue #25: bilateral.prospective_claim, new in 1.13 (forecasts and conditionals, kept apart from
-- the stances), is one of bilateral.editable_tables(): it gets what apply_table_policy() gives every
-- listed table (privileges, row level security, pg_dump registration of the users' rows), here for
-- this table alone: apply_table_policy() over every table would alter the distributed ones too,
-- inside the extension's script, which Citus refuses (docs/data-model.md).  The table is new, so on
-- a Citus node it is still a local table of that node (each node runs the update);
-- bilateral.distribute() makes it a reference table.
REVOKE ALL ON bilateral.prospective_claim FROM PUBLIC;
GRANT SELECT ON bilateral.prospective_claim TO PUBLIC;
GRANT INSERT ("position", modality, source_key, locator, quote, quote_lang, statement_en, general_knowledge, voice, shipped) ON bilateral.prospective_claim TO PUBLIC;
GRANT UPDATE ("position", modality, source_key, locator, quote, quote_lang, statement_en, general_knowledge, voice) ON bilateral.prospective_claim TO PUBLIC;
ALTER TABLE bilateral.prospective_claim ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON bilateral.prospective_claim FOR SELECT USING (bilateral.in_scope(shipped, owner));
CREATE POLICY insert_own ON bilateral.prospective_claim FOR INSERT WITH CHECK (NOT shipped AND bilateral.may_edit(owner) AND prospect_id > 999999 AND (prospective_claim.source_key IS NULL OR bilateral.own_source(prospective_claim.source_key)) AND owner = bilateral.calling_role());
CREATE POLICY update_own ON bilateral.prospective_claim FOR UPDATE USING (NOT shipped AND bilateral.may_edit(owner)) WITH CHECK (NOT shipped AND bilateral.may_edit(owner) AND prospect_id > 999999 AND (prospective_claim.source_key IS NULL OR bilateral.own_source(prospective_claim.source_key)));
CREATE POLICY delete_own ON bilateral.prospective_claim FOR DELETE USING (NOT shipped AND bilateral.may_edit(owner));
COMMENT ON POLICY read_scope ON bilateral.prospective_claim IS 'A query sees shipped rows, the caller''s own and its groups'' rows, and those of the roles in bilateral.include_owners.';
COMMENT ON POLICY insert_own ON bilateral.prospective_claim IS 'Users add rows that they own (owner = the calling role, never shipped), with ids from the identity range, and evidence only under a source of their own.';
COMMENT ON POLICY update_own ON bilateral.prospective_claim IS 'The owner, or a member of the owning role, changes a row; shipped rows are read-only.';
COMMENT ON POLICY delete_own ON bilateral.prospective_claim IS 'The owner, or a member of the owning role, deletes a row (bilateral.delete_row()); shipped rows are read-only.';
SELECT pg_catalog.pg_extension_config_dump('bilateral.prospective_claim'::regclass, 'WHERE NOT shipped');
REVOKE ALL ON SEQUENCE bilateral.prospective_claim_prospect_id_seq FROM PUBLIC;
GRANT SELECT ON SEQUENCE bilateral.prospective_claim_prospect_id_seq TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('bilateral.prospective_claim_prospect_id_seq'::regclass, '');
