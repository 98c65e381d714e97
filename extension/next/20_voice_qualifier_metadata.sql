-- The data audit (release 1.3): whose voice a claim records, how exact a figure is, and which of
-- a source's metadata the document does not state.  Definitions: docs/codebook.md.

ALTER TABLE bilateral.source ADD COLUMN metadata_inferred text CHECK (metadata_inferred <> '');
COMMENT ON COLUMN bilateral.source.metadata_inferred IS
    'NULL when the document states its title, author, publisher and date; otherwise which of them were inferred, and from what.';

ALTER TABLE bilateral.position_claim ADD COLUMN voice text NOT NULL DEFAULT 'state'
    CHECK (voice IN ('state', 'public_opinion', 'elite', 'author_assessment', 'author_proposal'));
COMMENT ON COLUMN bilateral.position_claim.voice IS
    'Whose stance the claim records: state (the government and those acting for it), public_opinion, elite (experts, historiography, media, business), author_assessment, author_proposal (docs/codebook.md). Query functions answer with state claims unless asked for other voices.';

ALTER TABLE bilateral.indicator ADD COLUMN qualifier text NOT NULL DEFAULT 'exact'
    CHECK (qualifier IN ('exact', 'approximate', 'more_than', 'less_than'));
COMMENT ON COLUMN bilateral.indicator.qualifier IS
    'How exact the figure is: exact, approximate ("about", "almost"), more_than ("over"), less_than ("under").';
