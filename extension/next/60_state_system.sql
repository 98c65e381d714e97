-- The whole state system (release 1.4): names from the standard lists resolve to actors, state-year
-- panels, and dyad-year panels over every dyad of the COW or GW system.  Reference: docs/queries.md
-- ("Panels of all states"), docs/codebook.md ("The state system").

-- names ---------------------------------------------------------------------------------------------------
-- A name is compared by its key: lower case, runs of white space as one space, and a trailing
-- parenthesis read as a comma, so that the Russian lists' "Венесуэла (Боливарианская Республика)"
-- meets the ISO form "Венесуэла, Боливарианская Республика".

CREATE FUNCTION bilateral.name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN regexp_replace(lower(btrim(regexp_replace(replace(name, U&'\0301', ''), '\s+', ' ', 'g'))),
                      '\s*\(\s*([^()]*?)\s*\)$', ', \1');
COMMENT ON FUNCTION bilateral.name_key(text) IS
    'The key a name is compared by in actor_code(): lower case, runs of white space as one space, stress marks (U+0301) dropped, a trailing "(…)" read as ", …".';
GRANT EXECUTE ON FUNCTION bilateral.name_key(text) TO PUBLIC;

-- ~41,000 names in ~100 languages: looked up through this index, not by a scan
CREATE INDEX actor_name_key ON bilateral.actor_name (bilateral.name_key(name));

CREATE OR REPLACE FUNCTION bilateral.actor_code(name text)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v     text := btrim(regexp_replace(name, '\s+', ' ', 'g'));
    vnum  int;
    vi    text;
    found text[];
    tier  text;
BEGIN
    -- an abbreviation with dots ("U.S.A.", "U. K.") is read without them
    IF v ~ '^([A-Za-z]\. ?){2,}$' THEN
        v := replace(replace(v, '.', ''), ' ', '');
    END IF;
    -- numbers are compared as numbers; done here, not in the query, because SQL does not promise
    -- to test the pattern before the cast
    IF v ~ '^\d{1,9}$' THEN
        vnum := v::int;
    END IF;

    -- 1. an actor code wins over everything else
    IF v ~ '^[A-Za-z]{3}$' THEN
        SELECT array_agg(a.actor) INTO found FROM bilateral.actor a WHERE a.actor = upper(v);
        IF found IS NOT NULL THEN
            RETURN found[1];
        END IF;
    END IF;

    IF vnum IS NOT NULL THEN
        -- 2. a number: a COW ccode first (the field's join key), then a GW code, then an ISO numeric
        -- code; three digits with a leading zero ('040') are ISO numeric only
        IF v !~ '^0' THEN
            SELECT array_agg(DISTINCT x.actor ORDER BY x.actor), 'COW ccode' INTO found, tier
              FROM (SELECT a.actor FROM bilateral.actor a WHERE a.cow_ccode = vnum
                    UNION ALL
                    SELECT e.actor FROM bilateral.actor_code_era e
                     WHERE e.system = 'cow' AND e.code ~ '^\d{1,9}$' AND e.code::int = vnum) x;
            IF found IS NULL THEN
                SELECT array_agg(DISTINCT x.actor ORDER BY x.actor), 'GW code' INTO found, tier
                  FROM (SELECT a.actor FROM bilateral.actor a WHERE a.gw_code = vnum
                        UNION ALL
                        SELECT e.actor FROM bilateral.actor_code_era e
                         WHERE e.system = 'gw' AND e.code ~ '^\d{1,9}$' AND e.code::int = vnum) x;
            END IF;
        END IF;
        IF found IS NULL THEN
            SELECT array_agg(DISTINCT x.actor ORDER BY x.actor), 'ISO numeric code' INTO found, tier
              FROM (SELECT a.actor FROM bilateral.actor a WHERE a.iso_numeric = vnum
                    UNION ALL
                    SELECT e.actor FROM bilateral.actor_code_era e
                     WHERE e.system = 'iso_numeric' AND e.code ~ '^\d{1,9}$' AND e.code::int = vnum) x;
        END IF;
    ELSE
        -- 3. a code in current use (ISO 3166-1, COW abbreviation, CAMEO, Wikidata) ...
        SELECT array_agg(DISTINCT a.actor ORDER BY a.actor), 'code' INTO found, tier
          FROM bilateral.actor a
         WHERE upper(v) IN (a.iso2, a.iso3, a.cow_abb, upper(a.cameo), upper(a.wikidata));
        -- 4. ... before a code an actor had for a period (ISO 3166-3, COW abbreviations of eras) ...
        IF found IS NULL THEN
            SELECT array_agg(DISTINCT e.actor ORDER BY e.actor), 'former code' INTO found, tier
              FROM bilateral.actor_code_era e
             WHERE upper(e.code) = upper(v) AND e.system NOT IN ('cow', 'gw', 'iso_numeric');
        END IF;
        -- 5. ... before a name or alias in any language
        -- (a list's inverted form, "Korea, Republic of" or "Венесуэла (Боливарианская Республика)",
        -- also as "Republic of Korea", "Боливарианская Республика Венесуэла")
        IF found IS NULL THEN
            vi := CASE WHEN v ~ '^[^,()]+(,| \()[^,()]+\)?$'
                       THEN regexp_replace(v, '^\s*([^,()]+?)\s*(,|\()\s*([^,()]+?)\s*\)?\s*$', '\3 \1') END;
            SELECT array_agg(DISTINCT n.actor ORDER BY n.actor), 'name' INTO found, tier
              FROM bilateral.actor_name n
             WHERE bilateral.name_key(n.name) = bilateral.name_key(v);
            IF found IS NULL AND vi IS NOT NULL THEN
                SELECT array_agg(DISTINCT n.actor ORDER BY n.actor), 'name' INTO found, tier
                  FROM bilateral.actor_name n
                 WHERE bilateral.name_key(n.name) = bilateral.name_key(vi);
            END IF;
        END IF;
    END IF;

    IF found IS NULL THEN
        RAISE EXCEPTION 'unknown actor: "%"', name
            USING ERRCODE = '22023',
                  DETAIL = 'No actor code, COW/GW/ISO/CAMEO/Wikidata code or name in the catalogue matches it.',
                  HINT = 'Use a three-letter code from bilateral.actors, a code of those systems, or a name or alias (bilateral.actor_name, ISO 3166 names in about 100 languages); add actors with bilateral.add_actor() and names with bilateral.add_actor_name().';
    ELSIF cardinality(found) > 1 THEN
        RAISE EXCEPTION 'ambiguous actor: "%"', name
            USING ERRCODE = '22023',
                  DETAIL = format('It is a %s of %s actors: %s.', tier, cardinality(found),
                                  (SELECT string_agg(format('%s (%s)', a.actor, a.name_en), ', ' ORDER BY a.actor)
                                     FROM bilateral.actor a WHERE a.actor = ANY (found))),
                  HINT = 'Use the three-letter actor code of the one you mean.';
    END IF;
    RETURN found[1];
END
$$;
COMMENT ON FUNCTION bilateral.actor_code(text) IS 'The actor code for an actor code, a code of a standard list or a name, case-insensitively: an actor code wins; a number is a COW ccode, else a GW code, else an ISO numeric code (''040'' with a leading zero: ISO only); a current ISO 3166-1 alpha-2/alpha-3, COW abbreviation, CAMEO or Wikidata code wins over a former one (ISO 3166-3, code eras), and codes over names; names and aliases in any language compare by name_key() ("U.S.A." is read as USA, "A (B)" as "A, B"). SQLSTATE 22023 when unknown, or ambiguous (the detail lists the actors).';

-- membership spells with the code of each -------------------------------------------------------------------

CREATE FUNCTION bilateral.system_spells(system text)
RETURNS TABLE (actor text, code int, member_from date, member_to date)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT m.actor,
           coalesce((SELECT e.code::int FROM bilateral.actor_code_era e
                      WHERE e.actor = m.actor AND e.system = m.system AND e.code ~ '^\d{1,9}$'
                        AND coalesce(e.valid_from, '-infinity') <= m.member_from
                        AND coalesce(e.valid_to, 'infinity') >= m.member_from
                      ORDER BY e.valid_from DESC NULLS LAST LIMIT 1),
                    CASE m.system WHEN 'cow' THEN x.cow_ccode ELSE x.gw_code END),
           m.member_from, m.member_to
      FROM bilateral.system_membership m
      JOIN bilateral.actor x ON x.actor = m.actor
     WHERE m.system = bilateral.check_system(system_spells.system, ARRAY['cow', 'gw'])
$$;
COMMENT ON FUNCTION bilateral.system_spells(text) IS
    'Membership spells of the system (cow or gw) with the code each spell has in it: the actor''s code era in force on the first day of the spell (West Germany 260 in COW 1955-1990), the actor''s own code otherwise. member_to NULL: still a member.';
GRANT EXECUTE ON FUNCTION bilateral.system_spells(text) TO PUBLIC;

-- state_years ---------------------------------------------------------------------------------------------

CREATE FUNCTION bilateral.check_years(from_year int, to_year int) RETURNS daterange
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF from_year IS NULL OR to_year IS NULL OR from_year > to_year OR from_year < 1 OR to_year > 9999 THEN
        RAISE EXCEPTION 'invalid year range: % to %', from_year, to_year
            USING ERRCODE = '22023',
                  DETAIL = 'A panel spans whole years between 1 and 9999, the first not after the last.',
                  HINT = 'Pass from_year <= to_year, both between 1 and 9999.';
    END IF;
    RETURN daterange(make_date(from_year, 1, 1), make_date(to_year, 12, 31), '[]');
END
$$;
COMMENT ON FUNCTION bilateral.check_years(int, int) IS 'The days of the years from_year..to_year; SQLSTATE 22023 if they are not a range of years 1..9999.';
GRANT EXECUTE ON FUNCTION bilateral.check_years(int, int) TO PUBLIC;

CREATE FUNCTION bilateral.state_years(from_year int, to_year int, system text DEFAULT 'cow')
RETURNS TABLE (ccode int, actor text, year int, name_en text, first_day date, last_day date)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET jit = off
AS $$
DECLARE
    s text := bilateral.check_system(system, ARRAY['cow', 'gw']);
    span daterange := bilateral.check_years(from_year, to_year);
BEGIN
    RETURN QUERY
    WITH spells AS (
        SELECT sp.actor, sp.code,
               greatest(sp.member_from, lower(span)) AS f,
               least(coalesce(sp.member_to, upper(span) - 1), upper(span) - 1) AS t
          FROM bilateral.system_spells(s) sp
         WHERE sp.code IS NOT NULL
    )
    SELECT sp.code, sp.actor, y.y, x.name_en,
           min(greatest(sp.f, make_date(y.y, 1, 1))), max(least(sp.t, make_date(y.y, 12, 31)))
      FROM spells sp
      JOIN bilateral.actor x ON x.actor = sp.actor
     CROSS JOIN LATERAL generate_series(extract(year FROM sp.f)::int, extract(year FROM sp.t)::int) y(y)
     WHERE sp.f <= sp.t
     GROUP BY sp.code, sp.actor, y.y, x.name_en
     ORDER BY 1, 3, 2;
END
$$;
COMMENT ON FUNCTION bilateral.state_years(int, int, text) IS
    'One row per member state of the system (cow or gw) and year, like peacesciencer''s create_stateyears(): ccode (the code the state had in the system that year; a state whose code changed within a year, as Germany in 1990, has a row for each), actor, year, English name, and the first and last day of the year it was a member. A spell still open is a membership to the end of to_year.';
GRANT EXECUTE ON FUNCTION bilateral.state_years(int, int, text) TO PUBLIC;

-- dyad_years with every dyad -------------------------------------------------------------------------------
-- As in 1.3: claims are cut into the years they cover, events and treaties into the pairs of their
-- actors and years; all meet by equality joins.  New: each actor-year takes the code its membership
-- spell has that year (COW 260 for West Germany in 1960), and the frame of every dyad of the system
-- is built from pairs of spells that share a day, so that no false dyad appears.

DROP VIEW bilateral.dyad_year_panel;
DROP FUNCTION bilateral.dyad_years(int, int, boolean, text, date, text[]);
CREATE FUNCTION bilateral.dyad_years(from_year int, to_year int, directed boolean DEFAULT true,
                                     system text DEFAULT 'cow', known_by date DEFAULT NULL,
                                     voices text[] DEFAULT ARRAY['state'], all_dyads boolean DEFAULT false)
RETURNS TABLE (ccode1 int, ccode2 int, actor1 text, actor2 text, year int, issue text,
               stance_mean numeric, stance_min int, stance_max int, n_claims int,
               treaties_in_force int, events int, in_system boolean)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- the planner cannot know how many years each row spans (generate_series over columns), so its cost
-- estimate is huge and would trigger JIT compilation that costs far more than the query
SET jit = off
AS $$
DECLARE
    s text := bilateral.check_system(system, ARRAY['cow', 'gw']);
    want_voices text[] := bilateral.check_voices(voices);
    span daterange := bilateral.check_years(from_year, to_year);
    alld boolean := coalesce(all_dyads, false);
    dir boolean := coalesce(directed, true);
BEGIN
    RETURN QUERY
    WITH spells AS (                        -- memberships clipped to the years asked for
        SELECT sp.actor, sp.code,
               greatest(sp.member_from, lower(span)) AS f,
               least(coalesce(sp.member_to, upper(span) - 1), upper(span) - 1) AS t
          FROM bilateral.system_spells(s) sp
         WHERE sp.code IS NOT NULL
           AND sp.member_from < upper(span) AND (sp.member_to IS NULL OR sp.member_to >= lower(span))
    ), actor_years AS (                     -- the code of each member in each year
        SELECT DISTINCT sp.actor, sp.code, y.y AS yr
          FROM spells sp
         CROSS JOIN LATERAL generate_series(extract(year FROM sp.f)::int, extract(year FROM sp.t)::int) y(y)
    ), codes AS (                           -- and of every actor outside its memberships
        SELECT x.actor, CASE s WHEN 'cow' THEN x.cow_ccode ELSE x.gw_code END AS code
          FROM bilateral.actor x
    ), claims AS (                          -- each claim cut into the years it possibly covers
        SELECT p.claim_actor AS a, p.claim_counterpart AS c,
               bilateral.issue(p.position) AS iss, bilateral.stance(p.position) AS st,
               y.y AS yr, (upper(r) - lower(r)) AS days
          FROM bilateral.position_claim p
          CROSS JOIN LATERAL (SELECT bilateral.valid_period(p.position) * span AS v) pv
          CROSS JOIN LATERAL generate_series(extract(year FROM lower(pv.v))::int,
                                             extract(year FROM upper(pv.v) - 1)::int) y(y)
          CROSS JOIN LATERAL (SELECT pv.v * daterange(make_date(y.y, 1, 1), make_date(y.y + 1, 1, 1)) AS r) yr
         WHERE p.position OPERATOR(bilateral.&&) span
           AND p.voice = ANY (want_voices)
           AND bilateral.published_by(p.source_key, known_by)
    ), coded AS (                           -- with the codes of that year; undirected: lower code first
        SELECT cl.*, coalesce(y1.code, d1.code) AS k1, coalesce(y2.code, d2.code) AS k2
          FROM claims cl
          JOIN codes d1 ON d1.actor = cl.a
          JOIN codes d2 ON d2.actor = cl.c
          LEFT JOIN actor_years y1 ON y1.actor = cl.a AND y1.yr = cl.yr
          LEFT JOIN actor_years y2 ON y2.actor = cl.c AND y2.yr = cl.yr
    ), sided AS (
        SELECT CASE WHEN sw THEN cd.k2 ELSE cd.k1 END AS c1, CASE WHEN sw THEN cd.k1 ELSE cd.k2 END AS c2,
               CASE WHEN sw THEN cd.c ELSE cd.a END AS a1, CASE WHEN sw THEN cd.a ELSE cd.c END AS a2,
               cd.yr, cd.iss, cd.st, cd.days
          FROM coded cd
          CROSS JOIN LATERAL (SELECT NOT dir AND cd.k1 > cd.k2 AS sw) w
         WHERE cd.k1 IS NOT NULL AND cd.k2 IS NOT NULL
    ), allrows AS (                         -- one row per issue, and the summary row (issue NULL)
        SELECT sd.c1, sd.c2, sd.a1, sd.a2, sd.yr, sd.iss,
               round(sum(sd.st * sd.days)::numeric / sum(sd.days), 3) AS mean,
               min(sd.st) AS mn, max(sd.st) AS mx, count(*)::int AS n
          FROM sided sd GROUP BY GROUPING SETS ((sd.c1, sd.c2, sd.a1, sd.a2, sd.yr, sd.iss),
                                                (sd.c1, sd.c2, sd.a1, sd.a2, sd.yr))
    ), claim_pairs AS (
        SELECT DISTINCT r.a1, r.a2 FROM allrows r
    ), frame AS (                           -- the system's dyad-years: two spells that share a day
        SELECT s1.actor AS a1, s1.code AS c1, s2.actor AS a2, s2.code AS c2, y.y AS yr
          FROM spells s1
          JOIN spells s2 ON s2.actor <> s1.actor AND s2.f <= s1.t AND s1.f <= s2.t AND (dir OR s1.code < s2.code)
          CROSS JOIN LATERAL generate_series(extract(year FROM greatest(s1.f, s2.f))::int,
                                             extract(year FROM least(s1.t, s2.t))::int) y(y)
         WHERE alld OR EXISTS (SELECT 1 FROM claim_pairs cp WHERE cp.a1 = s1.actor AND cp.a2 = s2.actor)
    ), joined AS (                          -- every dyad-year of the frame, with its claims if any
        SELECT coalesce(r.c1, f.c1) AS c1, coalesce(r.c2, f.c2) AS c2, coalesce(r.a1, f.a1) AS a1,
               coalesce(r.a2, f.a2) AS a2, coalesce(r.yr, f.yr) AS yr, r.iss, r.mean, r.mn, r.mx,
               coalesce(r.n, 0) AS n, f.a1 IS NOT NULL AS ins
          FROM frame f
          FULL JOIN allrows r ON r.a1 = f.a1 AND r.a2 = f.a2 AND r.c1 = f.c1 AND r.c2 = f.c2 AND r.yr = f.yr
         WHERE alld OR r.a1 IS NOT NULL
    ), treaty_years AS (                    -- treaties: each ordered pair of parties, each year in force
        SELECT p1.x AS a1, p2.x AS a2, y.y AS yr, count(*)::int AS n
          FROM bilateral.treaty t
          CROSS JOIN LATERAL unnest(bilateral.parties(t.treaty)) p1(x)
          CROSS JOIN LATERAL unnest(bilateral.parties(t.treaty)) p2(x)
          CROSS JOIN LATERAL generate_series(greatest(extract(year FROM t.in_force_from)::int, from_year),
                                             least(coalesce(extract(year FROM t.in_force_to)::int, to_year), to_year)) y(y)
         WHERE t.in_force_from IS NOT NULL AND p1.x <> p2.x
         GROUP BY 1, 2, 3
    ), event_years AS (                     -- events: each ordered pair of actors, each year it touches
        SELECT p1.x AS a1, p2.x AS a2, y.y AS yr, count(DISTINCT e.event_key)::int AS n
          FROM bilateral.event e
          CROSS JOIN LATERAL unnest(e.actors) p1(x)
          CROSS JOIN LATERAL unnest(e.actors) p2(x)
          CROSS JOIN LATERAL generate_series(greatest(extract(year FROM e.occurred_from)::int, from_year),
                                             least(extract(year FROM e.occurred_to)::int, to_year)) y(y)
         WHERE e.occurred_from <= upper(span) AND e.occurred_to >= lower(span) AND p1.x <> p2.x
         GROUP BY 1, 2, 3
    )
    SELECT j.c1, j.c2, j.a1, j.a2, j.yr, j.iss, j.mean, j.mn, j.mx, j.n,
           coalesce(ty.n, 0), coalesce(ey.n, 0), j.ins
      FROM joined j
      LEFT JOIN treaty_years ty ON ty.a1 = j.a1 AND ty.a2 = j.a2 AND ty.yr = j.yr
      LEFT JOIN event_years ey ON ey.a1 = j.a1 AND ey.a2 = j.a2 AND ey.yr = j.yr
     ORDER BY 1, 2, 5, 6 NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bilateral.dyad_years(int, int, boolean, text, date, text[], boolean) IS
    'A dyad-year panel in COW/peacesciencer form (ccode1, ccode2, year). Codes are those the states had in the system (cow or gw) that year (COW 260 for West Germany in 1960). Rows: one per dyad, year and issue with claims, plus an issue-NULL summary row per dyad-year; with all_dyads => true also every other dyad-year of the system (two members on the same day at some time in the year; no false dyads), with NULL stances and n_claims 0: no data is never shown as a stance. stance_mean weights each claim by the days it possibly covers in the year; treaties in force and distinct events during the year are counted on every row; in_system: the two were members on the same day at some time in the year. Undirected: ccode1 < ccode2, both directions pooled. known_by and voices (default the state''s) as in stance_at.';
GRANT EXECUTE ON FUNCTION bilateral.dyad_years(int, int, boolean, text, date, text[], boolean) TO PUBLIC;

-- the view of 1.3, unchanged, over the new function
CREATE VIEW bilateral.dyad_year_panel WITH (security_invoker = true) AS
SELECT d.ccode1, d.ccode2, d.actor1, d.actor2, d.year, d.issue,
       d.stance_mean, d.stance_min, d.stance_max, d.n_claims,
       d.treaties_in_force, d.events AS n_events, d.in_system
  FROM bilateral.dyad_years(1816, extract(year FROM current_date)::int) d;
COMMENT ON VIEW bilateral.dyad_year_panel IS 'The directed COW dyad-year panel of bilateral.dyad_years(1816, the current year) as a view, for tools that read views only: join on (ccode1, ccode2, year). One row per dyad, year and issue with claims, plus an issue-NULL summary row per dyad-year.';
COMMENT ON COLUMN bilateral.dyad_year_panel.ccode1 IS 'COW country code of the actor (side 1).';
COMMENT ON COLUMN bilateral.dyad_year_panel.ccode2 IS 'COW country code of the counterpart (side 2).';
COMMENT ON COLUMN bilateral.dyad_year_panel.actor1 IS 'Actor code of side 1.';
COMMENT ON COLUMN bilateral.dyad_year_panel.actor2 IS 'Actor code of side 2.';
COMMENT ON COLUMN bilateral.dyad_year_panel.year IS 'Calendar year (kept as "year", the COW join key, although a reserved word in standard SQL: quote it in tools that parse SQL).';
COMMENT ON COLUMN bilateral.dyad_year_panel.issue IS 'Issue code; NULL on the summary row over all issues.';
COMMENT ON COLUMN bilateral.dyad_year_panel.stance_mean IS 'Mean stance of the claims, each weighted by the days it possibly covers in the year (numeric, 3 decimals).';
COMMENT ON COLUMN bilateral.dyad_year_panel.stance_min IS 'Lowest stance claimed in the year.';
COMMENT ON COLUMN bilateral.dyad_year_panel.stance_max IS 'Highest stance claimed in the year.';
COMMENT ON COLUMN bilateral.dyad_year_panel.n_claims IS 'Number of claims that possibly hold in the year.';
COMMENT ON COLUMN bilateral.dyad_year_panel.treaties_in_force IS 'Treaties between the two in force at some time in the year.';
COMMENT ON COLUMN bilateral.dyad_year_panel.n_events IS 'Distinct events involving both during the year (dyad_years().events).';
COMMENT ON COLUMN bilateral.dyad_year_panel.in_system IS 'Both states members of the COW state system on the same day at some time in the year (no false dyads).';
GRANT SELECT ON bilateral.dyad_year_panel TO PUBLIC;
