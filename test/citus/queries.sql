-- test/citus/queries.sql: every query function, each answer as sorted text rows; run on one server
-- and on the Citus coordinator, the two outputs must be equal (tools/test/citus.sh).
\pset format unaligned
\pset tuples_only on
SET search_path = bilateral, public;
\echo == stance_at
SELECT s::text FROM unnest(ARRAY['JPN','RUS','USA','CHN','KOR']) a, unnest(ARRAY['RUS','JPN','CHN','USA','PRK']) c,
       unnest(ARRAY['territorial_dispute','peace_treaty','sanctions']) i,
       unnest(ARRAY[DATE '1905-06-01', DATE '1956-10-19', DATE '1990-01-01', DATE '2016-06-01']) d,
       LATERAL stance_at(a, c, i, d) s WHERE a <> c ORDER BY 1;
SELECT s::text FROM stance_at('Japan', 'Russia', 'territorial_dispute', DATE '2016-06-01', known_by => DATE '2016-12-31') s ORDER BY 1;
SELECT s::text FROM stance_at('JPN', 'RUS', 'peace_treaty', DATE '1960-01-01', voices => ARRAY['state','elite','public_opinion']) s ORDER BY 1;
SELECT s::text FROM stance_at('CHN', 'USA', 'sanctions', DATE '1950-01-01', known_by => DATE '2015-12-31', voices => ARRAY['elite']) s ORDER BY 1;
\echo == stance_history
SELECT a, c, i, h::text FROM unnest(ARRAY['JPN','RUS','USA','CHN']) a, unnest(ARRAY['RUS','JPN','KOR']) c,
       unnest(ARRAY['territorial_dispute','peace_treaty','energy','sanctions']) i,
       LATERAL stance_history(a, c, i) h WHERE a <> c ORDER BY 1, 2, 3, 4;
SELECT h::text FROM stance_history('JPN', 'RUS', 'peace_treaty', known_by => DATE '2016-01-01', voices => ARRAY['state','elite']) h ORDER BY 1;
\echo == stance_changes
SELECT x::text FROM stance_changes('RUS', 'JPN') x ORDER BY 1;
SELECT x::text FROM stance_changes('JPN', 'RUS', NULL, daterange('2000-01-01', NULL)) x ORDER BY 1;
SELECT x::text FROM stance_changes('USA', 'CHN', 'sanctions', known_by => DATE '2016-01-01', voices => ARRAY['state','elite']) x ORDER BY 1;
\echo == dyad_years
SELECT md5(string_agg(d::text, E'\n' ORDER BY d::text)), count(*) FROM dyad_years(1855, 2021) d;
SELECT md5(string_agg(d::text, E'\n' ORDER BY d::text)), count(*) FROM dyad_years(1900, 2000, directed => false, system => 'gw') d;
SELECT md5(string_agg(d::text, E'\n' ORDER BY d::text)), count(*) FROM dyad_years(1950, 2021, known_by => DATE '2015-12-31', voices => ARRAY['state','elite']) d;
SELECT d::text FROM dyad_years(1855, 2021) d WHERE ccode1 = 740 AND ccode2 = 365 AND issue IS NULL ORDER BY 1;
SELECT md5(string_agg(d::text, E'\n' ORDER BY d::text)), count(*) FROM dyad_year_panel d;
\echo == conflicting_claims
SELECT md5(string_agg(x::text, E'\n' ORDER BY x::text)), count(*) FROM conflicting_claims() x;
SELECT x::text FROM conflicting_claims('JPN', 'RUS') x ORDER BY 1;
SELECT md5(string_agg(x::text, E'\n' ORDER BY x::text)), count(*) FROM conflicting_claims('USA', 'CHN', 'sanctions', ARRAY['state','elite']) x;
\echo == treaties, codes, timeline, TEI, views
SELECT x::text FROM treaties_in_force('JPN', 'RUS', DATE '1956-12-31') x ORDER BY 1;
SELECT code_at('iso3', 'RUS', DATE '1950-01-01'), actor_code('Japón');
SELECT md5(timeline_svg('JPN', 'RUS')::text), md5(timeline_svg('RUS', 'JPN', during => daterange('1990-01-01', '2022-01-01'))::text);
SELECT md5(timeline_svg('USA', 'CHN')::text), md5(timeline_svg('KOR', 'PRK', ARRAY['sanctions', 'territorial_dispute'])::text);
SELECT s.source_key, md5(export_tei(s.source_key)::text) FROM source s WHERE s.shipped ORDER BY 1;
SELECT md5(string_agg(x::text, E'\n' ORDER BY x::text)), count(*) FROM evidence x;
SELECT md5(string_agg(x::text, E'\n' ORDER BY x::text)), count(*) FROM positions x;
SELECT md5(string_agg(x::text, E'\n' ORDER BY x::text)), count(*) FROM errata x;
SELECT md5(string_agg(x::text, E'\n' ORDER BY x::text)), count(*) FROM events x;
SELECT count(*), sum(claim_id), count(DISTINCT dyad) FROM position_claim;
