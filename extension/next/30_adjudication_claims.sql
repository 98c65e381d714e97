-- issue #25 (item left open): several claims from one unit.  adjudicate_claim() records each claim
-- it makes from a unit, so the trail's key takes the claim (task_key, unit, claim_id, field), its
-- rule takes 'set' (the adjudicator's own value), and whole_unit tells adjudicate()'s one claim
-- per unit (every row before this version: true) from adjudicate_claim()'s.
-- Each ALTER TABLE runs by EXECUTE, as a statement of its own, and only where
-- bilateral.applies_shipped_rows() (one server, a Citus coordinator): see docs/data-model.md.
-- One subcommand per ALTER TABLE: Citus refuses ADD CONSTRAINT beside another.
DO $bl_step$
BEGIN
    IF bilateral.applies_shipped_rows() THEN
        EXECUTE 'ALTER TABLE bilateral.adjudication ADD COLUMN whole_unit boolean NOT NULL DEFAULT true';
        EXECUTE 'ALTER TABLE bilateral.adjudication ALTER COLUMN whole_unit DROP DEFAULT';
        EXECUTE 'ALTER TABLE bilateral.adjudication DROP CONSTRAINT adjudication_rule_check';
        EXECUTE 'ALTER TABLE bilateral.adjudication ADD CONSTRAINT adjudication_rule_check CHECK (rule IN (''majority'', ''pick'', ''set''))';
        EXECUTE 'ALTER TABLE bilateral.adjudication DROP CONSTRAINT adjudication_pkey';
        EXECUTE 'ALTER TABLE bilateral.adjudication ADD CONSTRAINT adjudication_pkey PRIMARY KEY (task_key, unit, claim_id, field)';
        -- the comments, as the tree gives them
        EXECUTE 'COMMENT ON TABLE bilateral.adjudication IS ''The trail of adjudicate() and adjudicate_claim(): for each field of each claim adjudicated from a unit, the value that stands, by which rule (majority, pick, or set: the adjudicator''''s own value), the coders whose value it is, the claim it made (position_claim.claim_id), the codings it came from, who adjudicated and when. Written only by those two functions. docs/coding.md.''';
        EXECUTE 'COMMENT ON COLUMN bilateral.adjudication.stood IS ''The coders whose value stood for this field (every coder who gave it among the claim''''s codings; empty under rule set).''';
        EXECUTE 'COMMENT ON COLUMN bilateral.adjudication.coding_ids IS ''The codings the claim came from (adjudicate(): every coding of the unit; adjudicate_claim(): the ones it was given, possibly none): the claim''''s provenance leads back to them.''';
        EXECUTE 'COMMENT ON COLUMN bilateral.adjudication.span_start IS ''The claim''''s span: the unit''''s extent (adjudicate()), or the span adjudicate_claim() gave it.''';
        EXECUTE 'COMMENT ON COLUMN bilateral.adjudication.whole_unit IS ''true: adjudicate() made the unit''''s one claim from all its codings; false: one of the claims adjudicate_claim() made from the unit.''';
    END IF;
END
$bl_step$;
