-- The tour that tools/start.sh runs: first queries on the two types.
\pset footer off
SET search_path TO bilateral, public;
\echo '-- a stance: Japan toward Russia on the peace treaty, cooperative, November 2018 to January 2019'
SELECT p, actor(p), counterpart(p), issue(p), stance_label(p), valid_period(p)
FROM (SELECT 'JPN->RUS:peace_treaty:+2:2018-11/2019-01'::bilateral_position) x(p);
\echo '-- a stance that began "in 2012" possibly holds on 2012-03-01 but certainly only from 2012-12-31'
SELECT possibly_at(p, '2012-03-01') AS possibly, certainly_at(p, '2012-03-01') AS certainly,
       certainly_at(p, '2012-12-31') AS certainly_dec31
FROM (SELECT 'JPN->RUS:sanctions:-1:2012/2020-09'::bilateral_position) x(p);
\echo '-- a treaty reference, its Akoma Ntoso work URI and its parts'
SELECT t, to_akn_uri(t), parties(t), signed_on(t), signed_precision(t)
FROM (SELECT '1956-10-19:RUS+JPN:joint_declaration'::treaty_ref) x(t);
