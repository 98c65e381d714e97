\set i random(1, 5)
SELECT count(*) FROM bilateral.stance_history('RUS', 'JPN', (ARRAY['territorial_dispute','peace_treaty','diplomatic_relations','economic_cooperation','energy'])[:i]);
