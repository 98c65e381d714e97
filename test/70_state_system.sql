-- The whole state system (1.4): memberships against the lists, gaps, code eras of dissolved and
-- unified states, ISO codes against the installed iso-codes JSON, every name resolving to its
-- actor, state_years() and dyad_years(..., all_dyads) with no false dyads.
BEGIN;
SELECT plan(43);
SET search_path = bilateral, public;

-- memberships: counts per year as the lists give them (distinct codes with a spell in the year,
-- counted from tools/state-lists/cow_states2016.csv and gw_ksgmdw.tsv)
SELECT results_eq($$SELECT year, count(*)::int FROM state_years(1816, 2016) WHERE year IN (1816, 1870, 1900, 1938, 1946, 1960, 1990, 2016) GROUP BY 1 ORDER BY 1$$,
    $$VALUES (1816, 23), (1870, 37), (1900, 42), (1938, 66), (1946, 66), (1960, 107), (1990, 165), (2016, 195)$$,
    'COW v2016: members per year (23 in 1816, 195 in 2016)');
SELECT results_eq($$SELECT year, count(*)::int FROM state_years(1816, 2016, 'gw') WHERE year IN (1816, 1870, 1900, 1938, 1946, 1960, 1990, 2016) GROUP BY 1 ORDER BY 1$$,
    $$VALUES (1816, 45), (1870, 63), (1900, 52), (1938, 69), (1946, 71), (1960, 110), (1990, 152), (2016, 174)$$,
    'GW: members per year (45 in 1816, 174 in 2016)');
SELECT is((SELECT count(*)::int FROM system_membership WHERE system = 'cow' AND shipped), 243, 'COW v2016 has 243 spells');
SELECT is((SELECT count(*)::int FROM system_membership WHERE system = 'gw' AND shipped), 216, 'GW list has 216 spells');

-- gaps
SELECT is((SELECT array_agg(year ORDER BY year) FROM state_years(1943, 1956) WHERE actor = 'DEU'),
          ARRAY[1943, 1944, 1945, 1955, 1956], 'COW: Germany out of the system from 1945-05-09 to 1955-05-04');
SELECT is((SELECT array_agg(ccode ORDER BY ccode) FROM state_years(1955, 1955) WHERE actor = 'DEU'), ARRAY[260],
          'COW: West Germany is 260 in 1955');
SELECT is((SELECT array_agg(ccode ORDER BY ccode) FROM state_years(1990, 1990) WHERE actor = 'DEU'), ARRAY[255, 260],
          'COW 1990: Germany has a row as 260 (to 10-02) and as 255 (from 10-03)');
SELECT is((SELECT array_agg(year ORDER BY year) FROM state_years(1944, 1953) WHERE ccode = 740),
          ARRAY[1944, 1945, 1952, 1953], 'COW: Japan out of the system 1945-08-15 .. 1952-04-27');
SELECT is((SELECT count(*)::int FROM state_years(1944, 1953, 'gw') WHERE ccode = 740), 10, 'GW: Japan without a gap');
SELECT ok(NOT in_system('cow', 'JPN', '1950-01-01') AND in_system('gw', 'JPN', '1950-01-01'), 'in_system: Japan 1950 in GW, not in COW');
SELECT is((SELECT first_day FROM state_years(1952, 1952) WHERE ccode = 740), DATE '1952-04-28', 'state_years: first day of membership in the year');

-- code eras of dissolved and unified states
SELECT is(code_at('iso3', 'RUS', '1980-01-01'), 'SUN', 'USSR: iso3 SUN');
SELECT is(code_at('cow', 'RUS', '1980-01-01'), '365', 'USSR: COW 365, continued by Russia');
SELECT is(code_at('iso3', 'SRB', '1990-01-01'), 'YUG', 'Yugoslavia: iso3 YUG');
SELECT is(code_at('iso3', 'SRB', '2005-01-01'), 'SCG', 'Serbia and Montenegro: iso3 SCG');
SELECT is(code_at('iso3', 'SRB', '2010-01-01'), 'SRB', 'Serbia: iso3 SRB');
SELECT is(code_at('gw', 'SRB', '1990-01-01') || '/' || code_at('gw', 'SRB', '2010-01-01') || '/' || code_at('cow', 'SRB', '2010-01-01'),
          '345/340/345', 'Serbia: GW 345 as Yugoslavia, 340 after 2006; COW 345 throughout');
SELECT is(code_at('iso3', 'CSK', '1980-01-01'), 'CSK', 'Czechoslovakia: iso3 CSK');
SELECT is(code_at('iso3', 'CSK', '1995-01-01'), NULL, 'Czechoslovakia: no ISO code after its withdrawal');
SELECT ok(NOT in_system('cow', 'CSK', '1993-01-01') AND in_system('cow', 'CZE', '1993-01-01') AND in_system('cow', 'SVK', '1993-01-01'),
          'Czechoslovakia ends 1992-12-31; Czechia (316) and Slovakia (317) from 1993-01-01');
SELECT is(code_at('cow', 'DEU', '1960-01-01') || '/' || code_at('cow', 'DEU', '1991-01-01') || '/' || code_at('gw', 'DEU', '1991-01-01'),
          '260/255/260', 'Germany: COW 260 then 255, GW 260 continued');
SELECT is(code_at('iso3', 'DDR', '1980-01-01') || '/' || code_at('cow', 'DDR', '1980-01-01'), 'DDR/265', 'GDR: DDR, COW 265');
SELECT is(code_at('cow', 'YEM', '1980-01-01') || '/' || code_at('cow', 'YEM', '1991-01-01') || '/' || code_at('gw', 'YEM', '1991-01-01')
          || '/' || code_at('cow', 'YMD', '1980-01-01'), '678/679/678/680', 'Yemen: COW 678 then 679, GW 678 continued; South Yemen 680');
SELECT is(code_at('iso3', 'VNM', '1975-01-01') || '/' || code_at('iso3', 'VNM', '1980-01-01') || '/' || code_at('cow', 'XRN', '1970-01-01'),
          'VDR/VNM/817', 'Vietnam: VDR then VNM; the Republic of Vietnam 817');

-- ISO codes against the installed iso-codes JSON (as superuser: pg_read_file)
CREATE TEMP TABLE iso1 AS
SELECT e->>'alpha_2' AS a2, e->>'alpha_3' AS a3, (e->>'numeric')::int AS num
  FROM jsonb_array_elements(pg_read_file('/usr/share/iso-codes/json/iso_3166-1.json')::jsonb -> '3166-1') e;
SELECT ok((SELECT count(*) FROM iso1) > 240, 'iso_3166-1.json read');
SELECT is_empty($$SELECT a3 FROM iso1 EXCEPT SELECT iso3 FROM actor$$, 'every ISO 3166-1 country is an actor');
SELECT is_empty($$SELECT iso2, iso3, iso_numeric FROM actor WHERE iso3 IS NOT NULL EXCEPT SELECT a2, a3, num FROM iso1$$,
                'every actor''s ISO 3166-1 codes are one entry of iso_3166-1.json');
CREATE TEMP TABLE iso3 AS
SELECT e->>'alpha_3' AS a3 FROM jsonb_array_elements(pg_read_file('/usr/share/iso-codes/json/iso_3166-3.json')::jsonb -> '3166-3') e;
SELECT is_empty($$SELECT a3 FROM iso3 WHERE a3 <> 'ATF' EXCEPT (SELECT code FROM actor_code_era WHERE system = 'iso3' UNION SELECT iso3 FROM actor WHERE iso3 IS NOT NULL)$$,
                'every former country of ISO 3166-3 is an actor or a code era (ATF is in use again)');

-- names: every name resolves to its actor, or is refused as ambiguous naming it
CREATE FUNCTION pg_temp.misresolved() RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    r record;
    got text;
BEGIN
    FOR r IN SELECT n.actor, n.lang, n.name FROM bilateral.actor_name n WHERE n.shipped LOOP
        BEGIN
            got := bilateral.actor_code(r.name);
            IF got <> r.actor THEN
                -- codes win over names by rule: a name that is another actor's code is not a slip
                IF NOT EXISTS (SELECT 1 FROM bilateral.actor a WHERE upper(r.name) IN (a.actor, a.iso2, a.iso3, a.cow_abb)) THEN
                    RETURN NEXT format('%s %s %s -> %s', r.actor, r.lang, r.name, got);
                END IF;
            END IF;
        EXCEPTION WHEN invalid_parameter_value THEN
            DECLARE d text;
            BEGIN
                GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
                IF position(r.actor || ' (' IN d) = 0 THEN
                    RETURN NEXT format('%s %s %s: %s', r.actor, r.lang, r.name, d);
                END IF;
            END;
        END;
    END LOOP;
END $$;
SELECT ok((SELECT count(DISTINCT lang) FROM actor_name) >= 50, 'names in 50 languages or more');
SELECT is_empty($$SELECT * FROM pg_temp.misresolved()$$, 'every shipped name resolves to its actor (or is ambiguous, naming it)');
SELECT is_empty($$SELECT x.actor FROM actor x WHERE x.kind = 'state' AND x.iso3 IS NOT NULL
                  AND (SELECT count(DISTINCT lang) FROM actor_name n WHERE n.actor = x.actor AND n.lang IN ('en', 'es', 'ru', 'ja')) < 4$$,
                'every current state has names in en, es, ru and ja');
SELECT is(actor_code('Korea, Republic of') || actor_code('Viet Nam') || actor_code('Taiwan, Province of China') || actor_code('U.S.A.')
          || actor_code('Korea, Rep.') || actor_code('Венесуэла (Боливарианская Республика)') || actor_code('Иран (Исламская Республика)'),
          'KORVNMTWNUSAKORVENIRN', 'ISO, World Bank, dotted and Russian parenthesised spellings');
SELECT throws_like($$SELECT actor_code('Korea')$$, 'ambiguous actor: "Korea"', 'Korea is ambiguous');
SELECT throws_like($$SELECT actor_code('Congo')$$, 'ambiguous actor: "Congo"', 'Congo is ambiguous');
SELECT is(actor_code('740') || actor_code('260') || actor_code('040') || actor_code('810'), 'JPNDEUAUTRUS',
          'numbers: COW first, then GW, then ISO numeric; a leading zero is ISO');

-- dyad_years over every dyad
CREATE TEMP TABLE panel AS SELECT * FROM dyad_years(1816, 2016, all_dyads => true);
SELECT is((SELECT count(*) FROM panel WHERE issue IS NULL AND in_system),
          (SELECT count(*) FROM state_years(1816, 2016) a JOIN state_years(1816, 2016) b
              ON a.year = b.year AND a.actor <> b.actor AND greatest(a.first_day, b.first_day) <= least(a.last_day, b.last_day)),
          'the directed COW panel has every dyad-year whose two members shared a day');
SELECT is_empty($$SELECT ccode1, ccode2, year FROM panel WHERE issue IS NULL GROUP BY 1, 2, 3 HAVING count(*) > 1$$,
                'one summary row per dyad-year');
SELECT is_empty($$SELECT * FROM panel WHERE year = 1990 AND ((ccode1 = 679 AND ccode2 = 680) OR (ccode1 = 680 AND ccode2 = 679)
                                                       OR (ccode1 = 255 AND ccode2 = 265))$$,
                'no false dyads: Yemen (679, from 1990-05-22) and South Yemen (680, to 1990-05-21); Germany 255 and the GDR in 1990');
SELECT isnt_empty($$SELECT * FROM panel WHERE year = 1990 AND ccode1 = 260 AND ccode2 = 265$$, 'the two German states form a dyad in 1990');
SELECT is_empty($$SELECT * FROM panel WHERE n_claims = 0 AND (stance_mean IS NOT NULL OR stance_min IS NOT NULL OR stance_max IS NOT NULL OR issue IS NOT NULL)$$,
                'no data is never a stance: n_claims 0 rows have NULL stances');
SELECT results_eq($$SELECT count(*)::int, min(treaties_in_force) FROM panel WHERE ccode1 = 740 AND ccode2 = 2 AND issue IS NULL AND year BETWEEN 1985 AND 2016$$,
                  $$VALUES (32, 1)$$, 'Japan-United States 1985-2016: 32 rows, the 1960 security treaty counted in each');
SELECT is((SELECT count(*) FROM dyad_years(1816, 2016, directed => false, all_dyads => true) WHERE issue IS NULL AND in_system) * 2,
          (SELECT count(*) FROM panel WHERE issue IS NULL AND in_system), 'undirected: half the directed dyad-years');
SELECT is((SELECT count(*) FROM dyad_years(1816, 2016) d), (SELECT count(*) FROM panel WHERE n_claims > 0),
          'all_dyads => false keeps only the rows with claims, as in 1.3');

SELECT * FROM finish();
ROLLBACK;
