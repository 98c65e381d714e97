-- The cookbook (docs/queries.md) on the shipped data: the answers a researcher gets.
SET search_path TO bilateral, public;
SET datestyle TO ISO;

SELECT claim_id, position, stance_label, certain, source_key
FROM stance_at('Japan', 'Russia', 'territorial_dispute', DATE '2016-06-01');

-- the same question, asked in Spanish and Russian names
SELECT count(*) FROM stance_at('Japón', 'Россия', 'territorial_dispute', DATE '2016-06-01');

-- what the literature knew at the end of 2016: only the book chapter (published in 2016)
SELECT DISTINCT source_key FROM stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01', known_by => DATE '2016-12-31');

SELECT * FROM stance_history('JPN', 'RUS', 'peace_treaty');

SELECT changed_on, precision, issue, from_stance, to_stance, delta
FROM stance_changes('RUS', 'JPN', 'us_alliance');

SELECT count(*) > 0 AS some_conflicts,
       bool_and(source_a <> source_b AND stance_a <> stance_b AND NOT isempty(overlap)) AS all_real
FROM conflicting_claims('JPN', 'RUS');

SELECT treaty, name_en, in_force_from, in_force_to FROM treaties_in_force('JPN', 'RUS', DATE '1956-12-31');

SELECT code_at('iso3', 'RUS', DATE '1950-01-01') AS iso3_1950, code_at('iso3', 'RUS', DATE '2000-01-01') AS iso3_2000,
       code_at('iso2', 'Unión Soviética', DATE '1980-01-01') AS iso2_1980, code_at('cow', 'Japón', DATE '2000-01-01') AS cow_japan,
       in_system('cow', 'JPN', DATE '1950-01-01') AS japan_cow_1950, in_system('cow', 'JPN', DATE '1953-01-01') AS japan_cow_1953;

-- Japan-Russia, undirected, around the COW gap
SELECT ccode1, ccode2, year, n_claims, treaties_in_force, events, in_system
FROM dyad_years(1944, 1953, directed => false)
WHERE ccode1 = 365 AND ccode2 = 740 AND issue IS NULL;

-- the panel is answered through the GiST index (on a distributed install, in each shard's task: the
-- plan is read for the index scan rather than shown, so that the output is the same on both)
CREATE FUNCTION pg_temp.plan_has(query text, pattern text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE l text;
BEGIN
    FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        IF l ~ pattern THEN RETURN true; END IF;
    END LOOP;
    RETURN false;
END $$;
SELECT pg_temp.plan_has($q$SELECT claim_id FROM position_claim
                           WHERE position && probe('JPN', 'RUS', 'peace_treaty', DATE '2016-12-15', DATE '2016-12-15')$q$,
                        'Index Scan using position_claim_position_gist') AS gist_index_scan;

-- unknown values are errors naming them
SELECT * FROM stance_at('JPN', 'RUS', 'weather', DATE '2016-06-01');
SELECT * FROM dyad_years(1990, 2000, system => 'iso');

-- partial dates as bounds (what add_event and add_office_term read): the types' own parser
SELECT v, b.* FROM unnest(ARRAY['1855', '1945-08', '1956-10-19', ' 2000-02 ']) v, partial_date_bounds(v) b;
SELECT * FROM partial_date_bounds('0000');
SELECT * FROM partial_date_bounds('2019-02-30');
SELECT * FROM partial_date_bounds('19 Oct 1956');
-- the year, month or day that holds a date, by the same calendar (1.6)
SELECT d, precision_first_day(d, 'year') AS year_from, precision_last_day(d, 'year') AS year_to,
       precision_first_day(d, 'month') AS month_from, precision_last_day(d, 'month') AS month_to
FROM unnest(ARRAY[DATE '2016-06-15', '2000-02-10', '1900-02-28', 'infinity']) d;
SELECT precision_first_day('2016-06-15', 'Year');
SELECT precision_first_day('4714-12-01 BC', 'year');
SELECT add_event('lafuente_2021', 'x', 'x', 'summit', '2019-02-30', ARRAY['JPN', 'RUS'], 'x');
