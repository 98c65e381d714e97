-- src/sql/50_panels.sql: Panels: state-years and directed dyad-years (COW and Gleditsch-Ward systems), and the
-- dyad_year_panel view.  Reference: docs/queries.md, docs/scale.md (Citus).
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

-- contested: claims of different stances that possibly hold on a common day (C: src/panel.c over
-- the core's sweep, src/core/contest.c); no query, so it runs on the shards with the sums
CREATE FUNCTION bilateral.stances_share_a_day_accum(internal, int, date, date) RETURNS internal
    AS 'MODULE_PATHNAME', 'bl_share_day_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.stances_share_a_day_accum(internal, int, date, date) IS 'Transition function of stances_share_a_day(): keeps the span.';

CREATE FUNCTION bilateral.stances_share_a_day_final(internal) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bl_share_day_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.stances_share_a_day_final(internal) IS 'Final function of stances_share_a_day(): the sweep.';

CREATE AGGREGATE bilateral.stances_share_a_day(stance int, first_day date, day_after date) (
    SFUNC = bilateral.stances_share_a_day_accum,
    STYPE = internal,
    SSPACE = 96,                -- the state and four spans: so that the planner may hash the groups
    FINALFUNC = bilateral.stances_share_a_day_final,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.stances_share_a_day(int, date, date) IS
    'True when two of the spans [first_day, day_after) with different stances share a day (the panels'' contested: widest readings, as stance_history() reads a contest); false for none or one stance. n log n in the group''s spans.';
GRANT EXECUTE ON FUNCTION bilateral.stances_share_a_day(int, date, date) TO PUBLIC;

-- n_sources: the distinct source keys of a cell, and of the cells a summary row unites (C:
-- src/panel.c); a small state per group, where string_agg() kept a kilobyte
CREATE FUNCTION bilateral.source_keys_accum(internal, text) RETURNS internal
    AS 'MODULE_PATHNAME', 'bl_source_keys_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.source_keys_accum(internal, text) IS 'Transition function of source_keys(text): keeps the key if new.';

CREATE FUNCTION bilateral.source_keys_accum(internal, text[]) RETURNS internal
    AS 'MODULE_PATHNAME', 'bl_source_keys_accum_array' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.source_keys_accum(internal, text[]) IS 'Transition function of source_keys(text[]): keeps the keys that are new.';

CREATE FUNCTION bilateral.source_keys_final(internal) RETURNS text[]
    AS 'MODULE_PATHNAME', 'bl_source_keys_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.source_keys_final(internal) IS 'Final function of source_keys(): the keys, sorted.';

CREATE AGGREGATE bilateral.source_keys(source_key text) (
    SFUNC = bilateral.source_keys_accum,
    STYPE = internal,
    SSPACE = 64,                -- the state, four pointers and one key
    FINALFUNC = bilateral.source_keys_final,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.source_keys(text) IS 'The distinct non-NULL keys, sorted by their bytes (an empty array for none).';
GRANT EXECUTE ON FUNCTION bilateral.source_keys(text) TO PUBLIC;

CREATE AGGREGATE bilateral.source_keys(source_keys text[]) (
    SFUNC = bilateral.source_keys_accum,
    STYPE = internal,
    SSPACE = 64,                -- the state, four pointers and one key
    FINALFUNC = bilateral.source_keys_final,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE bilateral.source_keys(text[]) IS 'The distinct non-NULL keys of all the arrays, sorted by their bytes: unites source_keys(text) of several groups.';
GRANT EXECUTE ON FUNCTION bilateral.source_keys(text[]) TO PUBLIC;

CREATE FUNCTION bilateral.state_years(from_year int, to_year int, system text DEFAULT 'cow',
                                      known_by date DEFAULT NULL, voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (ccode int, actor text, year int, name_en text, first_day date, last_day date,
               stance_certain_min int, stance_certain_max int, stance_possible_min int, stance_possible_max int,
               coverage text, contested boolean, n_sources int)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET jit = off
AS $$
DECLARE
    s text := bilateral.check_system(system, ARRAY['cow', 'gw']);
    span daterange := bilateral.check_years(from_year, to_year);
    want_voices text[] := bilateral.check_voices(voices);
    known text[] := bilateral.sources_known_by(known_by);
BEGIN
    RETURN QUERY
    WITH spells AS (
        SELECT sp.actor, sp.code,
               greatest(sp.member_from, lower(span)) AS f,
               least(coalesce(sp.member_to, upper(span) - 1), upper(span) - 1) AS t
          FROM bilateral.system_spells(s) sp
         WHERE sp.code IS NOT NULL
    ), members AS (
        SELECT sp.code, sp.actor, y.y AS yr, x.name_en AS nm,
               min(greatest(sp.f, make_date(y.y, 1, 1))) AS fd, max(least(sp.t, make_date(y.y, 12, 31))) AS ld
          FROM spells sp
          JOIN bilateral.actor x ON x.actor = sp.actor
         CROSS JOIN LATERAL generate_series(extract(year FROM sp.f)::int, extract(year FROM sp.t)::int) y(y)
         WHERE sp.f <= sp.t
         GROUP BY sp.code, sp.actor, y.y, x.name_en
    ), claims AS (                          -- as in dyad_years(): each claim cut into the years it possibly
        SELECT p.claim_actor AS a, y.y AS yr,  -- covers, per dyad, actor, counterpart, issue and year (one
               min(pv.st) AS mn, max(pv.st) AS mx,   -- shard's groups on a distributed install)
               min(pv.st) FILTER (WHERE pv.c @> yd.whole) AS cmn, max(pv.st) FILTER (WHERE pv.c @> yd.whole) AS cmx,
               bilateral.source_keys(p.source_key) AS srcs,
               -- contested: two stances on one day of the year (widest readings), as in stance_history()
               bilateral.stances_share_a_day(pv.st, lower(pv.v * yd.whole), upper(pv.v * yd.whole)) AS ctd
          FROM bilateral.position_claim p
          CROSS JOIN LATERAL (SELECT bilateral.valid_period(p.position) * span AS v,
                                     bilateral.certain_period(p.position) AS c, bilateral.stance(p.position) AS st) pv
          CROSS JOIN LATERAL generate_series(extract(year FROM lower(pv.v))::int,
                                             extract(year FROM upper(pv.v) - 1)::int) y(y)
          CROSS JOIN LATERAL (SELECT daterange(make_date(y.y, 1, 1), make_date(y.y + 1, 1, 1)) AS whole) yw
          CROSS JOIN LATERAL (SELECT yw.whole) yd
         WHERE p.position OPERATOR(bilateral.&&) span
           AND p.voice = ANY (want_voices)
           AND (known IS NULL OR p.source_key = ANY (known))
         GROUP BY p.dyad, p.claim_actor, p.claim_counterpart, p.claim_issue, y.y
    ), state_claims AS (
        SELECT cl.a, cl.yr, min(cl.mn) AS mn, max(cl.mx) AS mx, min(cl.cmn) AS cmn, max(cl.cmx) AS cmx,
               bool_or(cl.ctd) AS ctd, cardinality(bilateral.source_keys(cl.srcs)) AS nsrc
          FROM claims cl GROUP BY cl.a, cl.yr
    ), covered AS (                         -- the state-years a source in scope covers (its stances toward
        SELECT DISTINCT x.a, g.y AS yr      -- a counterpart, or the counterpart's toward it both ways)
          FROM bilateral.source_coverage cv
         CROSS JOIN LATERAL (VALUES (cv.actor), (CASE WHEN cv.both_directions THEN cv.counterpart END)) x(a)
         CROSS JOIN LATERAL generate_series(greatest(cv.from_year, state_years.from_year), least(cv.to_year, state_years.to_year)) g(y)
         WHERE x.a IS NOT NULL AND (known IS NULL OR cv.source_key = ANY (known))
    )
    SELECT m.code, m.actor, m.yr, m.nm, m.fd, m.ld, c.cmn, c.cmx, c.mn, c.mx,
           CASE WHEN c.a IS NOT NULL THEN 'documented' WHEN cv.a IS NOT NULL THEN 'silent' ELSE 'outside' END,
           c.ctd, coalesce(c.nsrc, 0)
      FROM members m
      LEFT JOIN state_claims c ON c.a = m.actor AND c.yr = m.yr
      LEFT JOIN covered cv ON cv.a = m.actor AND cv.yr = m.yr
     ORDER BY 1, 3, 2;
END
$$;
COMMENT ON FUNCTION bilateral.state_years(int, int, text, date, text[]) IS
    'One row per member state of the system (cow or gw) and year, like peacesciencer''s create_stateyears(): ccode (the code the state had in the system that year; a state whose code changed within a year, as Germany in 1990, has a row for each), actor, year, English name, and the first and last day of the year it was a member (a spell still open is a membership to the end of to_year). Then how sure the documents are about the state''s stances that year (toward any counterpart, on any issue): the stance range of the claims that certainly hold through the whole year (stance_certain_min/max) and of those that possibly hold on some day of it (stance_possible_min/max); coverage: documented (claims), silent (a source covers the state that year and says nothing), outside (no source covers it: never a value); contested: two claims on one counterpart and issue give different stances on one day of the year; n_sources: the sources of the claims. known_by and voices (default the state''s) as in stance_at.';
GRANT EXECUTE ON FUNCTION bilateral.state_years(int, int, text, date, text[]) TO PUBLIC;

CREATE FUNCTION bilateral.dyad_years(from_year int, to_year int, directed boolean DEFAULT true,
                                     system text DEFAULT 'cow', known_by date DEFAULT NULL,
                                     voices text[] DEFAULT ARRAY['state'], all_dyads boolean DEFAULT false)
RETURNS TABLE (ccode1 int, ccode2 int, actor1 text, actor2 text, year int, issue text,
               stance_mean numeric, stance_min int, stance_max int, n_claims int,
               treaties_in_force int, events int, in_system boolean,
               stance_certain_min int, stance_certain_max int, stance_possible_min int, stance_possible_max int,
               coverage text, contested boolean, n_sources int)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- the planner cannot know how many years each row spans (generate_series over columns), so its cost
-- estimate is huge and would trigger JIT compilation that costs far more than the query
SET jit = off
AS $$
DECLARE
    s text;
    want_voices text[];
    known text[];
    span daterange;
    alld boolean := coalesce(all_dyads, false);
    dir boolean := coalesce(directed, true);
    remote boolean := bilateral.local_execution_avoidable();
BEGIN
    -- on a Citus coordinator, the panel's steps run over connections to this node, not by Citus's
    -- local execution, which keeps a copy of every row a step returns until the step ends (src/citus.c);
    -- decided before any statement here reads a table, since a step run locally forbids the switch
    IF remote THEN
        PERFORM set_config('citus.enable_local_execution', 'off', true);
    END IF;
    s := bilateral.check_system(system, ARRAY['cow', 'gw']);
    want_voices := bilateral.check_voices(voices);
    known := bilateral.sources_known_by(known_by);
    span := bilateral.check_years(from_year, to_year);
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
    ), claims AS (                          -- each claim cut into the years it possibly covers, summed
        SELECT p.claim_actor AS a, p.claim_counterpart AS c,   -- per actor, counterpart, issue and year
               p.claim_issue AS iss, y.y AS yr,                -- where the claims are (grouped by dyad too:
               sum(pv.st * (upper(yr.r) - lower(yr.r)))::bigint AS stance_days,  -- one shard's groups on a
               sum(upper(yr.r) - lower(yr.r))::bigint AS days,                  -- distributed install)
               min(pv.st) AS mn, max(pv.st) AS mx, count(*) AS n,
               -- the claims whose narrowest reading holds from Jan 1 to Dec 31
               min(pv.st) FILTER (WHERE pv.c @> yr.whole) AS cmn, max(pv.st) FILTER (WHERE pv.c @> yr.whole) AS cmx,
               bilateral.source_keys(p.source_key) AS srcs,
               -- contested: two stances on one day of the year (widest readings), as in stance_history()
               bilateral.stances_share_a_day(pv.st, lower(yr.r), upper(yr.r)) AS ctd
          FROM bilateral.position_claim p
          CROSS JOIN LATERAL (SELECT bilateral.valid_period(p.position) * span AS v,
                                     bilateral.certain_period(p.position) AS c, bilateral.stance(p.position) AS st) pv
          CROSS JOIN LATERAL generate_series(extract(year FROM lower(pv.v))::int,
                                             extract(year FROM upper(pv.v) - 1)::int) y(y)
          CROSS JOIN LATERAL (SELECT daterange(make_date(y.y, 1, 1), make_date(y.y + 1, 1, 1)) AS whole) yw
          CROSS JOIN LATERAL (SELECT yw.whole, pv.v * yw.whole AS r) yr
         WHERE p.position OPERATOR(bilateral.&&) span
           AND p.voice = ANY (want_voices)
           AND (known IS NULL OR p.source_key = ANY (known))
         GROUP BY p.dyad, p.claim_actor, p.claim_counterpart, p.claim_issue, y.y
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
               cd.yr, cd.iss, cd.stance_days, cd.days, cd.mn, cd.mx, cd.n, cd.cmn, cd.cmx, cd.ctd, cd.srcs
          FROM coded cd
          CROSS JOIN LATERAL (SELECT NOT dir AND cd.k1 > cd.k2 AS sw) w
         WHERE cd.k1 IS NOT NULL AND cd.k2 IS NOT NULL
    ), allrows AS (                         -- one row per issue, and the summary row (issue NULL)
        SELECT sd.c1, sd.c2, sd.a1, sd.a2, sd.yr, sd.iss,
               round(sum(sd.stance_days)::numeric / sum(sd.days), 3) AS mean,
               min(sd.mn) AS mn, max(sd.mx) AS mx, sum(sd.n)::int AS n,
               min(sd.cmn) AS cmn, max(sd.cmx) AS cmx, bool_or(sd.ctd) AS ctd,
               cardinality(bilateral.source_keys(sd.srcs)) AS nsrc
          FROM sided sd GROUP BY GROUPING SETS ((sd.c1, sd.c2, sd.a1, sd.a2, sd.yr, sd.iss),
                                                (sd.c1, sd.c2, sd.a1, sd.a2, sd.yr))
    ), claim_pairs AS (
        SELECT DISTINCT r.a1, r.a2 FROM allrows r
    ), spell_pairs AS (                     -- two spells that share a day: every pair of the system,
        SELECT s1.actor AS a1, s1.code AS c1, s2.actor AS a2, s2.code AS c2,   -- or the pairs with claims
               greatest(s1.f, s2.f) AS f, least(s1.t, s2.t) AS t
          FROM spells s1
          JOIN spells s2 ON s2.actor <> s1.actor AND s2.f <= s1.t AND s1.f <= s2.t AND (dir OR s1.code < s2.code)
         WHERE alld
        UNION ALL                               -- (equality joins: no test of every pair against every claim pair)
        SELECT s1.actor, s1.code, s2.actor, s2.code, greatest(s1.f, s2.f), least(s1.t, s2.t)
          FROM claim_pairs cp
          JOIN spells s1 ON s1.actor = cp.a1
          JOIN spells s2 ON s2.actor = cp.a2 AND s2.f <= s1.t AND s1.f <= s2.t AND (dir OR s1.code < s2.code)
         WHERE NOT alld
    ), covered AS (                         -- per pair, the years a source in scope covers (both ways when
        SELECT x.a1, x.a2, range_agg(int4range(cv.from_year, cv.to_year, '[]')) AS years   -- the source
          FROM bilateral.source_coverage cv                                                -- says so; an
         CROSS JOIN LATERAL (VALUES (cv.actor, cv.counterpart), (cv.counterpart, cv.actor)) x(a1, a2)
         WHERE (x.a1 = cv.actor OR cv.both_directions OR NOT dir)     -- undirected row pools both)
           AND (known IS NULL OR cv.source_key = ANY (known))
         GROUP BY x.a1, x.a2
    ), extra AS (                           -- claim rows of a pair outside the system that year: a
        SELECT DISTINCT r.a1, r.c1, r.a2, r.c2, r.yr        -- one-year spell of their own
          FROM allrows r
         WHERE NOT EXISTS (SELECT 1 FROM spell_pairs sp
                            WHERE sp.a1 = r.a1 AND sp.a2 = r.a2 AND sp.c1 = r.c1 AND sp.c2 = r.c2
                              AND r.yr BETWEEN extract(year FROM sp.f)::int AND extract(year FROM sp.t)::int)
    ), pairs AS (                           -- the spells of every pair, in the order of the codes, so that
        SELECT x.a1, x.c1, x.a2, x.c2, x.yf, x.yt, x.ins, cp.years       -- the frame comes out in it
          FROM (SELECT sp.a1, sp.c1, sp.a2, sp.c2, extract(year FROM sp.f)::int AS yf,
                       extract(year FROM sp.t)::int AS yt, true AS ins
                  FROM spell_pairs sp
                UNION ALL
                SELECT e.a1, e.c1, e.a2, e.c2, e.yr, e.yr, false FROM extra e) x
          LEFT JOIN covered cp ON cp.a1 = x.a1 AND cp.a2 = x.a2
         ORDER BY x.c1, x.c2
    ), frame AS (                           -- every dyad-year, by codes and year: a nested loop keeps the
        SELECT pr.a1, pr.c1, pr.a2, pr.c2, y.y AS yr, pr.ins,           -- order of the codes, so only
               coalesce(pr.years @> y.y, false) AS cov                  -- each pair's years are sorted
          FROM pairs pr
          CROSS JOIN LATERAL generate_series(pr.yf, pr.yt) y(y)
         ORDER BY pr.c1, pr.c2, y.y
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
    ), counts AS (                          -- both per pair and year, with the codes of that year
        SELECT coalesce(y1.code, d1.code) AS c1, coalesce(y2.code, d2.code) AS c2, n.a1, n.a2, n.yr, n.nt, n.ne
          FROM (SELECT coalesce(ty.a1, ey.a1) AS a1, coalesce(ty.a2, ey.a2) AS a2, coalesce(ty.yr, ey.yr) AS yr,
                       coalesce(ty.n, 0) AS nt, coalesce(ey.n, 0) AS ne
                  FROM treaty_years ty FULL JOIN event_years ey ON ey.a1 = ty.a1 AND ey.a2 = ty.a2 AND ey.yr = ty.yr) n
          JOIN codes d1 ON d1.actor = n.a1
          JOIN codes d2 ON d2.actor = n.a2
          LEFT JOIN actor_years y1 ON y1.actor = n.a1 AND y1.yr = n.yr
          LEFT JOIN actor_years y2 ON y2.actor = n.a2 AND y2.yr = n.yr
    )
    -- every dyad-year of the frame with its claims if any: merge joins on the codes and the year keep
    -- the frame's order, so only the issues within a dyad-year are sorted (no sort of the whole panel,
    -- and no pair's rows compared with every row of the pair where claims are dense)
    SELECT f.c1, f.c2, f.a1, f.a2, f.yr, r.iss, r.mean, r.mn, r.mx, coalesce(r.n, 0),
           coalesce(ct.nt, 0), coalesce(ct.ne, 0), f.ins, r.cmn, r.cmx, r.mn, r.mx,
           CASE WHEN r.n > 0 THEN 'documented' WHEN f.cov THEN 'silent' ELSE 'outside' END,
           r.ctd, coalesce(r.nsrc, 0)
      FROM frame f
      LEFT JOIN allrows r ON r.c1 = f.c1 AND r.c2 = f.c2 AND r.a1 = f.a1 AND r.a2 = f.a2 AND r.yr = f.yr
      LEFT JOIN counts ct ON ct.c1 = f.c1 AND ct.c2 = f.c2 AND ct.a1 = f.a1 AND ct.a2 = f.a2 AND ct.yr = f.yr
     WHERE alld OR r.a1 IS NOT NULL
     ORDER BY 1, 2, 5, 6 NULLS FIRST;
    IF remote THEN                          -- the rest of the transaction as it was
        PERFORM set_config('citus.enable_local_execution', 'on', true);
    END IF;
END
$$;
COMMENT ON FUNCTION bilateral.dyad_years(int, int, boolean, text, date, text[], boolean) IS
    'A dyad-year panel in COW/peacesciencer form (ccode1, ccode2, year). Codes are those the states had in the system (cow or gw) that year (COW 260 for West Germany in 1960). Rows: one per dyad, year and issue with claims, plus an issue-NULL summary row per dyad-year; with all_dyads => true also every other dyad-year of the system (two members on the same day at some time in the year; no false dyads), with NULL stances and n_claims 0: no data is never shown as a stance. stance_mean weights each claim by the days it possibly covers in the year; treaties in force and distinct events during the year are counted on every row; in_system: the two were members on the same day at some time in the year. Undirected: ccode1 < ccode2, both directions pooled. known_by and voices (default the state''s) as in stance_at. How sure each cell is (docs/queries.md#how-sure-a-panel-cell-is): stance_certain_min/max, the stance range of the claims whose narrowest reading holds through the whole year; stance_possible_min/max, of those that possibly hold on some day of it (= stance_min/max); coverage: documented (claims), silent (no claim, but a source in scope covers the dyad and year: bilateral.source_coverage), outside (no source covers it); contested: two claims give different stances on one day of the year (widest readings; either direction when undirected); n_sources: the distinct sources of the claims (0 without claims). A stance is never carried past the claims that hold.';
GRANT EXECUTE ON FUNCTION bilateral.dyad_years(int, int, boolean, text, date, text[], boolean) TO PUBLIC;

-- the view of 1.3, unchanged, over the new function
CREATE VIEW bilateral.dyad_year_panel WITH (security_invoker = true) AS
SELECT d.ccode1, d.ccode2, d.actor1, d.actor2, d.year, d.issue,
       d.stance_mean, d.stance_min, d.stance_max, d.n_claims,
       d.treaties_in_force, d.events AS n_events, d.in_system,
       d.stance_certain_min, d.stance_certain_max, d.stance_possible_min, d.stance_possible_max,
       d.coverage, d.contested, d.n_sources
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
COMMENT ON COLUMN bilateral.dyad_year_panel.stance_certain_min IS 'Lowest stance of the claims that certainly hold through the whole year (narrowest reading from Jan 1 to Dec 31); NULL where none does.';
COMMENT ON COLUMN bilateral.dyad_year_panel.stance_certain_max IS 'Highest stance of the claims that certainly hold through the whole year; NULL where none does.';
COMMENT ON COLUMN bilateral.dyad_year_panel.stance_possible_min IS 'Lowest stance of the claims that possibly hold on some day of the year (widest reading); NULL where none does.';
COMMENT ON COLUMN bilateral.dyad_year_panel.stance_possible_max IS 'Highest stance of the claims that possibly hold on some day of the year; NULL where none does.';
COMMENT ON COLUMN bilateral.dyad_year_panel.coverage IS 'documented (claims hold in the year), silent (no claim, but a source covers the dyad and year: bilateral.source_coverage), or outside (no source covers it: no data, never a value).';
COMMENT ON COLUMN bilateral.dyad_year_panel.contested IS 'Two claims give different stances on one day of the year (widest readings); NULL without claims.';
COMMENT ON COLUMN bilateral.dyad_year_panel.n_sources IS 'Distinct sources of the claims that possibly hold in the year; 0 without claims.';
GRANT SELECT ON bilateral.dyad_year_panel TO PUBLIC;

CREATE FUNCTION bilateral.local_execution_avoidable() RETURNS boolean
    AS 'MODULE_PATHNAME', 'bl_local_execution_avoidable' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.local_execution_avoidable() IS
    'True on a Citus node where this transaction may still run distributed steps over connections instead of by local execution: Citus loaded, citus.enable_local_execution on, no step run locally yet in the transaction, not a parallel worker. False elsewhere, and always on a server without Citus. Used by dyad_years().';
GRANT EXECUTE ON FUNCTION bilateral.local_execution_avoidable() TO PUBLIC;
