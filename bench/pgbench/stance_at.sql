\set d random(0, 60600)
\set i random(1, 5)
SELECT count(*) FROM bilateral.stance_at('JPN', 'RUS', (ARRAY['territorial_dispute','peace_treaty','diplomatic_relations','economic_cooperation','energy'])[:i], DATE '1855-01-01' + :d);
