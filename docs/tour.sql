-- The tour that tools/start.sh runs: a researcher's first queries.
\pset footer off
\pset null '—'
SET search_path TO bilateral, public;
SET datestyle TO ISO;

\echo '== the sources: four documents, 2016 to 2021'
SELECT source_key, title, author, published, published_precision AS precision, language FROM sources ORDER BY published;

\echo '== what did Japan want on the territorial question in mid-2016, according to whom?'
SELECT position, stance_label, certain, source_key, left(quote, 70) AS quote
FROM stance_at('Japan', 'Russia', 'territorial_dispute', DATE '2016-06-01');

\echo '== the same, asking only what the literature knew at the end of 2016 (knowledge time)'
SELECT position, source_key FROM stance_at('Japón', 'Россия', 'territorial_dispute', DATE '2016-06-01', known_by => DATE '2016-12-31');

\echo '== Japan toward Russia on the peace treaty: the timeline, contested where sources disagree'
SELECT * FROM stance_history('JPN', 'RUS', 'peace_treaty');

\echo '== Russia toward Japan: turning points since 2000'
SELECT changed_on, precision, issue, from_stance, to_stance, left(nearest_event, 50) AS nearest_event
FROM stance_changes('RUS', 'JPN', NULL, daterange('2000-01-01', NULL));

\echo '== treaties in force between them at the end of 1956'
SELECT treaty, to_akn_uri(treaty), in_force_from FROM treaties_in_force('JPN', 'RUS', DATE '1956-12-31');

\echo '== codes over time: Russia was SUN (ISO 3166-3) in 1950; Japan out of the COW system 1945-1952'
SELECT code_at('iso3', 'RUS', DATE '1950-01-01') AS iso3_1950, code_at('iso3', 'RUS', DATE '2000-01-01') AS iso3_2000,
       in_system('cow', 'JPN', DATE '1950-01-01') AS japan_in_cow_1950;

\echo '== a COW-style dyad-year panel (join it USING (ccode1, ccode2, year))'
SELECT ccode1, ccode2, year, stance_mean, n_claims, treaties_in_force, events, in_system
FROM dyad_years(2012, 2021) WHERE ccode1 = 740 AND ccode2 = 365 AND issue IS NULL;

\echo '== every row is traceable: a figure and its words'
SELECT indicator, actor, counterpart, year, value, unit, source_key, left(quote, 60) AS quote FROM indicators ORDER BY year LIMIT 5;

\echo '== and where a document slipped, the erratum'
SELECT source_key, left(quote, 50) AS quote, left(correction, 70) AS correction FROM errata LIMIT 5;

\echo '== the picture: .pg/japan_russia_timeline.svg (open it in a browser)'
\pset format unaligned
\pset tuples_only on
\o .pg/japan_russia_timeline.svg
SELECT timeline_svg('JPN', 'RUS');
\o
\pset format aligned
\pset tuples_only off
SELECT count(*) AS events_in_the_picture
FROM events WHERE actors @> ARRAY['JPN', 'RUS'];
