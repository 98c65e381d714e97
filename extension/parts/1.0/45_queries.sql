-- Temporal stance queries, codes over time and dyad-year panels.  Reference: docs/queries.md.
-- Written against the tables (20_tables.sql) and the public interface (40_interface.sql).

-- dyad + issue + time lookups are index scans on this
CREATE INDEX position_claim_position_gist ON bilateral.position_claim USING gist (position);
CREATE INDEX position_claim_source ON bilateral.position_claim (source_key);
CREATE INDEX position_claim_dyad ON bilateral.position_claim (bilateral.actor(position), bilateral.counterpart(position));
CREATE INDEX event_actors ON bilateral.event USING gin (actors);
CREATE INDEX event_period ON bilateral.event (occurred_from, occurred_to);
CREATE INDEX treaty_mention_treaty ON bilateral.treaty_mention (treaty);
CREATE INDEX actor_code_era_lookup ON bilateral.actor_code_era (actor, system);

-- Argument checks: an unknown value is an error naming it and listing the valid ones -------------

CREATE FUNCTION bilateral.check_issue(issue text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF issue IS NULL OR NOT EXISTS (SELECT 1 FROM bilateral.issue i WHERE i.issue = check_issue.issue) THEN
        RAISE EXCEPTION 'unknown issue: "%"', coalesce(issue, 'NULL')
            USING ERRCODE = '22023',
                  DETAIL = 'Valid issues: ' || (SELECT string_agg(i.issue, ', ' ORDER BY i.issue) FROM bilateral.issue i) || '.',
                  HINT = 'See bilateral.issue (the codebook); add your own with bilateral.add_issue().';
    END IF;
    RETURN issue;
END
$$;
COMMENT ON FUNCTION bilateral.check_issue(text) IS 'Returns the issue code if the codebook has it; SQLSTATE 22023 listing the valid codes otherwise.';

CREATE FUNCTION bilateral.check_system(system text, allowed text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF system IS NULL OR NOT system = ANY (allowed) THEN
        RAISE EXCEPTION 'unknown code system: "%"', coalesce(system, 'NULL')
            USING ERRCODE = '22023',
                  DETAIL = 'Valid systems: ' || array_to_string(allowed, ', ') || '.';
    END IF;
    RETURN system;
END
$$;
COMMENT ON FUNCTION bilateral.check_system(text, text[]) IS 'Returns the system name if it is one of the allowed ones; SQLSTATE 22023 listing them otherwise.';

-- A position used as a search key: the dyad and issue, and the days to look at.  Infinite or
-- NULL dates are open ends.
CREATE FUNCTION bilateral.probe(actor text, counterpart text, issue text, from_day date, to_day date)
RETURNS bilateral.bilateral_position
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT bilateral.make_position(actor, counterpart, issue, 0,
        CASE WHEN from_day IS NULL OR NOT isfinite(from_day) THEN NULL ELSE to_char(from_day, 'YYYY-MM-DD') END,
        CASE WHEN to_day IS NULL OR NOT isfinite(to_day) THEN NULL ELSE to_char(to_day, 'YYYY-MM-DD') END)
$$;
COMMENT ON FUNCTION bilateral.probe(text, text, text, date, date) IS
    'A search key for the GiST index: the position of stance 0 from from_day to to_day (NULL or infinite: open); claims that && it are the claims on that dyad and issue that possibly hold on some of those days.';

-- Knowledge time: a source counts as known by a date when it was certainly published by then
-- (the last day of its publication date's precision), so a study of what was known avoids
-- look-ahead.
CREATE FUNCTION bilateral.published_by(source_key text, known_by date) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT known_by IS NULL OR EXISTS (
        SELECT 1 FROM bilateral.source s
         WHERE s.source_key = published_by.source_key
           AND (CASE s.published_precision
                    WHEN 'year'  THEN (date_trunc('year', s.published) + interval '1 year - 1 day')::date
                    WHEN 'month' THEN (date_trunc('month', s.published) + interval '1 month - 1 day')::date
                    ELSE s.published END) <= known_by)
$$;
COMMENT ON FUNCTION bilateral.published_by(text, date) IS
    'True when the source was certainly published by the date (the last day of its publication date at its precision), or the date is NULL.';

-- stance_at ----------------------------------------------------------------------------------------

CREATE FUNCTION bilateral.stance_at(actor text, counterpart text, issue text, at date, known_by date DEFAULT NULL)
RETURNS TABLE (claim_id bigint, "position" bilateral.bilateral_position, stance int, stance_label text,
               certain boolean, source_key text, quote text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q bilateral.bilateral_position;
BEGIN
    IF at IS NULL THEN
        RAISE EXCEPTION 'at must not be null' USING ERRCODE = '22004', HINT = 'Pass the day to look at, e.g. DATE ''2016-12-15''.';
    END IF;
    q := bilateral.probe(bilateral.actor_code(actor), bilateral.actor_code(counterpart),
                         bilateral.check_issue(issue), at, at);
    RETURN QUERY
    SELECT c.claim_id, c.position, bilateral.stance(c.position), bilateral.stance_label(c.position),
           bilateral.certainly_at(c.position, at), c.source_key, c.quote
      FROM bilateral.position_claim c
     WHERE c.position OPERATOR(bilateral.&&) q
       AND bilateral.published_by(c.source_key, known_by)
     ORDER BY bilateral.certainly_at(c.position, at) DESC, c.claim_id;
END
$$;
COMMENT ON FUNCTION bilateral.stance_at(text, text, text, date, date) IS
    'Every claim of actor''s stance toward counterpart on issue that possibly holds on the date, with whether it certainly holds (given its bounds'' precision); with known_by, only claims from sources certainly published by then. Directed; names and aliases accepted.';

-- stance_history -----------------------------------------------------------------------------------
-- The claims' widest readings cut the time line into elementary segments; each segment gets the
-- set of stances of the claims covering it; neighbouring segments with the same set merge.

CREATE FUNCTION bilateral.stance_history(actor text, counterpart text, issue text, known_by date DEFAULT NULL)
RETURNS TABLE (valid_from date, valid_to date, stance int, stance_label text, contested boolean,
               stances int[], sources text[])
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q bilateral.bilateral_position := bilateral.probe(bilateral.actor_code(actor), bilateral.actor_code(counterpart),
                                                      bilateral.check_issue(issue), NULL, NULL);
BEGIN
    RETURN QUERY
    WITH c AS (
        SELECT coalesce(bilateral.valid_from(x.position), '-infinity'::date) AS lo,
               coalesce(bilateral.valid_to(x.position), 'infinity'::date) AS hi,
               bilateral.stance(x.position) AS st, x.source_key AS src
          FROM bilateral.position_claim x
         WHERE x.position OPERATOR(bilateral.&&) q
           AND bilateral.published_by(x.source_key, known_by)
    ), cuts AS (
        SELECT lo AS d FROM c
        UNION
        SELECT CASE WHEN isfinite(hi) THEN hi + 1 ELSE hi END FROM c
    ), seg AS (
        SELECT d AS s, lead(d) OVER (ORDER BY d) AS e FROM cuts
    ), cov AS (
        SELECT seg.s, CASE WHEN isfinite(seg.e) THEN seg.e - 1 ELSE seg.e END AS e,
               array_agg(DISTINCT c.st ORDER BY c.st) AS sts,
               array_agg(DISTINCT c.src ORDER BY c.src) AS srcs
          FROM seg JOIN c ON c.lo <= seg.s AND seg.e <= CASE WHEN isfinite(c.hi) THEN c.hi + 1 ELSE c.hi END
         WHERE seg.e IS NOT NULL AND seg.s < seg.e
         GROUP BY seg.s, seg.e
    ), marked AS (
        SELECT cov.*,
               CASE WHEN lag(cov.sts) OVER w = cov.sts
                         AND (lag(cov.e) OVER w = cov.s - 1 OR NOT isfinite(lag(cov.e) OVER w)) THEN 0 ELSE 1 END AS brk
          FROM cov WINDOW w AS (ORDER BY cov.s)
    ), grp AS (
        SELECT marked.*, sum(brk) OVER (ORDER BY marked.s) AS g FROM marked
    ), group_sources AS (
        SELECT grp.g, array_agg(DISTINCT u ORDER BY u) AS srcs
          FROM grp, unnest(grp.srcs) u GROUP BY grp.g
    ), merged AS (              -- the segments of a group share their set of stances
        SELECT min(grp.s) AS s, max(grp.e) AS e, min(grp.sts) AS sts, min(gs.srcs) AS srcs
          FROM grp JOIN group_sources gs ON gs.g = grp.g GROUP BY grp.g
    )
    SELECT CASE WHEN isfinite(m.s) THEN m.s END, CASE WHEN isfinite(m.e) THEN m.e END,
           CASE WHEN cardinality(m.sts) = 1 THEN m.sts[1] END,
           CASE WHEN cardinality(m.sts) = 1 THEN (ARRAY['hostile','adversarial','cool','neutral','pragmatic','cooperative','aligned'])[m.sts[1] + 4] END,
           cardinality(m.sts) > 1, m.sts, m.srcs
      FROM merged m
     ORDER BY m.s;
END
$$;
COMMENT ON FUNCTION bilateral.stance_history(text, text, text, date) IS
    'One row per maximal period (widest readings) over which the set of claimed stances does not change, in order; where claims disagree on the same days the row is contested, stance is NULL and stances lists them. Gaps without claims have no row.';

-- stance_changes -----------------------------------------------------------------------------------

CREATE FUNCTION bilateral.stance_changes(actor text, counterpart text, issue text DEFAULT NULL,
                                         during daterange DEFAULT NULL)
RETURNS TABLE (changed_on date, "precision" text, issue text, from_stance int, to_stance int, delta int,
               nearest_event text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH k AS (
        SELECT bilateral.actor_code(stance_changes.actor) AS a, bilateral.actor_code(stance_changes.counterpart) AS c
    ), iss AS (
        SELECT bilateral.check_issue(stance_changes.issue) AS i WHERE stance_changes.issue IS NOT NULL
        UNION
        SELECT bilateral.issue(x.position) FROM bilateral.position_claim x, k
         WHERE stance_changes.issue IS NULL
           AND bilateral.actor(x.position) = k.a AND bilateral.counterpart(x.position) = k.c
    ), h AS (
        SELECT k.a, k.c, iss.i, hh.valid_from, hh.stance, hh.contested,
               lag(hh.stance) OVER w AS prev, lag(hh.contested) OVER w AS prev_contested,
               row_number() OVER w AS n
          FROM k, iss, LATERAL bilateral.stance_history(k.a, k.c, iss.i) hh
        WINDOW w AS (PARTITION BY iss.i ORDER BY hh.valid_from NULLS FIRST)
    )
    SELECT h.valid_from,
           -- the finest precision among the claims that start on that day
           (SELECT CASE max(CASE bilateral.valid_from_precision(x.position) WHEN 'day' THEN 3 WHEN 'month' THEN 2 ELSE 1 END)
                   WHEN 3 THEN 'day' WHEN 2 THEN 'month' ELSE 'year' END
              FROM bilateral.position_claim x
             WHERE x.position OPERATOR(bilateral.&&) bilateral.probe(h.a, h.c, h.i, h.valid_from, h.valid_from)
               AND bilateral.valid_from(x.position) = h.valid_from),
           h.i, h.prev, h.stance, h.stance - h.prev,
           (SELECT e.name_en FROM bilateral.event e
             WHERE e.actors @> ARRAY[h.a, h.c]
             ORDER BY abs(e.occurred_from - h.valid_from), e.event_id LIMIT 1)
      FROM h
     WHERE h.n > 1 AND h.valid_from IS NOT NULL
       AND (h.stance IS DISTINCT FROM h.prev OR h.contested IS DISTINCT FROM h.prev_contested)
       AND (stance_changes.during IS NULL OR stance_changes.during @> h.valid_from)
     ORDER BY h.i, h.valid_from
$$;
COMMENT ON FUNCTION bilateral.stance_changes(text, text, text, daterange) IS
    'The days on which actor''s stance toward counterpart changed (per issue, or on one issue), from stance_history: the precision of the change, the stances before and after (NULL where contested), the difference, and the nearest dated event between the two actors.';

-- conflicting_claims ---------------------------------------------------------------------------------

CREATE FUNCTION bilateral.conflicting_claims(actor text DEFAULT NULL, counterpart text DEFAULT NULL,
                                             issue text DEFAULT NULL)
RETURNS TABLE (claim_a bigint, claim_b bigint, actor text, counterpart text, issue text, overlap daterange,
               stance_a int, stance_b int, source_a text, source_b text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH k AS (
        SELECT CASE WHEN conflicting_claims.actor IS NOT NULL THEN bilateral.actor_code(conflicting_claims.actor) END AS a,
               CASE WHEN conflicting_claims.counterpart IS NOT NULL THEN bilateral.actor_code(conflicting_claims.counterpart) END AS c,
               CASE WHEN conflicting_claims.issue IS NOT NULL THEN bilateral.check_issue(conflicting_claims.issue) END AS i
    )
    SELECT x.claim_id, y.claim_id, bilateral.actor(x.position), bilateral.counterpart(x.position),
           bilateral.issue(x.position),
           bilateral.valid_period(x.position) * bilateral.valid_period(y.position),
           bilateral.stance(x.position), bilateral.stance(y.position), x.source_key, y.source_key
      FROM k, bilateral.position_claim x
      JOIN bilateral.position_claim y
        ON y.position OPERATOR(bilateral.&&) x.position
       AND x.claim_id < y.claim_id
     WHERE x.source_key <> y.source_key
       AND bilateral.stance(x.position) <> bilateral.stance(y.position)
       AND (k.a IS NULL OR bilateral.actor(x.position) = k.a)
       AND (k.c IS NULL OR bilateral.counterpart(x.position) = k.c)
       AND (k.i IS NULL OR bilateral.issue(x.position) = k.i)
     ORDER BY 3, 4, 5, 6, 1, 2
$$;
COMMENT ON FUNCTION bilateral.conflicting_claims(text, text, text) IS
    'Pairs of claims from different sources on the same actor, counterpart and issue whose periods possibly overlap and whose stances differ, with the overlap (widest readings).';

-- treaties_in_force --------------------------------------------------------------------------------

CREATE FUNCTION bilateral.treaties_in_force(actor text, counterpart text, at date)
RETURNS TABLE (treaty bilateral.treaty_ref, name_en text, in_force_from date, in_force_to date)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a text := bilateral.actor_code(actor);
    c text := bilateral.actor_code(counterpart);
BEGIN
    RETURN QUERY
    SELECT t.treaty, t.name_en, t.in_force_from, t.in_force_to
      FROM bilateral.treaty t
     WHERE bilateral.parties(t.treaty) @> ARRAY[a, c]
       AND t.in_force_from <= at
       AND (t.in_force_to IS NULL OR t.in_force_to >= at)
     ORDER BY t.treaty;
END
$$;
COMMENT ON FUNCTION bilateral.treaties_in_force(text, text, date) IS
    'Treaties to which both actors are parties and that are in force on the date: entered into force on or before it (a treaty whose entry into force the data do not know is not listed) and not ended before it (in_force_to inclusive; NULL: not ended, as far as the data know).';

-- codes over time ------------------------------------------------------------------------------------

CREATE FUNCTION bilateral.code_at(system text, actor text, at date) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a text := bilateral.actor_code(actor);
    s text := bilateral.check_system(system, ARRAY['cow', 'cow_abb', 'gw', 'iso2', 'iso3', 'iso_numeric', 'cameo', 'wikidata']);
    v text;
BEGIN
    SELECT e.code INTO v FROM bilateral.actor_code_era e
     WHERE e.actor = a AND e.system = s
       AND (e.valid_from IS NULL OR e.valid_from <= at) AND (e.valid_to IS NULL OR e.valid_to >= at)
     ORDER BY e.valid_from DESC NULLS LAST LIMIT 1;
    IF FOUND THEN
        RETURN v;
    END IF;
    SELECT CASE s WHEN 'cow' THEN x.cow_ccode::text WHEN 'cow_abb' THEN x.cow_abb WHEN 'gw' THEN x.gw_code::text
                  WHEN 'iso2' THEN x.iso2 WHEN 'iso3' THEN x.iso3 WHEN 'iso_numeric' THEN x.iso_numeric::text
                  WHEN 'cameo' THEN x.cameo ELSE x.wikidata END
      INTO v FROM bilateral.actor x WHERE x.actor = a;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bilateral.code_at(text, text, date) IS
    'The code of an actor in a system (cow, cow_abb, gw, iso2, iso3, iso_numeric, cameo, wikidata) in force on the date: an era''s code where one covers the date (code_at(''iso3'', ''RUS'', ''1950-01-01'') is SUN), the actor''s current code otherwise.';

CREATE FUNCTION bilateral.in_system(system text, actor text, at date) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a text := bilateral.actor_code(actor);
    s text := bilateral.check_system(system, ARRAY['cow', 'gw']);
BEGIN
    RETURN EXISTS (SELECT 1 FROM bilateral.system_membership m
                    WHERE m.actor = a AND m.system = s
                      AND m.member_from <= at AND (m.member_to IS NULL OR m.member_to >= at));
END
$$;
COMMENT ON FUNCTION bilateral.in_system(text, text, date) IS
    'Whether the actor is a member of the state system (cow or gw) on the date.';

-- dyad_years -----------------------------------------------------------------------------------------

CREATE FUNCTION bilateral.dyad_years(from_year int, to_year int, directed boolean DEFAULT true,
                                     system text DEFAULT 'cow')
RETURNS TABLE (ccode1 int, ccode2 int, actor1 text, actor2 text, year int, issue text,
               stance_mean numeric, stance_min int, stance_max int, n_claims int,
               treaties_in_force int, events int, in_system boolean)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s text := bilateral.check_system(system, ARRAY['cow', 'gw']);
    span daterange;
BEGIN
    IF from_year IS NULL OR to_year IS NULL OR from_year > to_year OR from_year < 1 OR to_year > 9999 THEN
        RAISE EXCEPTION 'invalid year range: % to %', from_year, to_year
            USING ERRCODE = '22023', HINT = 'Pass from_year <= to_year, both between 1 and 9999.';
    END IF;
    span := daterange(make_date(from_year, 1, 1), make_date(to_year, 12, 31), '[]');
    RETURN QUERY
    WITH codes AS (
        SELECT x.actor, CASE s WHEN 'cow' THEN x.cow_ccode ELSE x.gw_code END AS code
          FROM bilateral.actor x
    ), sided AS (                           -- undirected: the lower code first, as COW does
        SELECT p.position, ca.code AS code_a, cc.code AS code_c,
               NOT directed AND ca.code > cc.code AS swap
          FROM bilateral.position_claim p
          JOIN codes ca ON ca.actor = bilateral.actor(p.position) AND ca.code IS NOT NULL
          JOIN codes cc ON cc.actor = bilateral.counterpart(p.position) AND cc.code IS NOT NULL
         WHERE p.position OPERATOR(bilateral.&&) span
    ), claims AS (                          -- each claim cut into the years it possibly covers
        SELECT CASE WHEN sd.swap THEN bilateral.counterpart(sd.position) ELSE bilateral.actor(sd.position) END AS a1,
               CASE WHEN sd.swap THEN bilateral.actor(sd.position) ELSE bilateral.counterpart(sd.position) END AS a2,
               bilateral.issue(sd.position) AS iss, bilateral.stance(sd.position) AS st,
               y.y AS yr,
               (upper(r) - lower(r)) AS days
          FROM sided sd
          CROSS JOIN LATERAL (SELECT bilateral.valid_period(sd.position) * span AS v) pv
          CROSS JOIN LATERAL generate_series(extract(year FROM lower(pv.v))::int,
                                             extract(year FROM upper(pv.v) - 1)::int) y(y)
          CROSS JOIN LATERAL (SELECT pv.v * daterange(make_date(y.y, 1, 1), make_date(y.y + 1, 1, 1)) AS r) yr
    ), by_issue AS (
        SELECT cl.a1, cl.a2, cl.yr, cl.iss,
               round(sum(cl.st * cl.days)::numeric / sum(cl.days), 3) AS mean,
               min(cl.st) AS mn, max(cl.st) AS mx, count(*)::int AS n
          FROM claims cl GROUP BY cl.a1, cl.a2, cl.yr, cl.iss
    ), summary AS (
        SELECT cl.a1, cl.a2, cl.yr, NULL::text AS iss,
               round(sum(cl.st * cl.days)::numeric / sum(cl.days), 3) AS mean,
               min(cl.st) AS mn, max(cl.st) AS mx, count(*)::int AS n
          FROM claims cl GROUP BY cl.a1, cl.a2, cl.yr
    ), allrows AS (
        SELECT * FROM by_issue UNION ALL SELECT * FROM summary
    )
    SELECT c1.code, c2.code, r.a1, r.a2, r.yr, r.iss, r.mean, r.mn, r.mx, r.n,
           (SELECT count(*)::int FROM bilateral.treaty t
             WHERE bilateral.parties(t.treaty) @> ARRAY[r.a1, r.a2]
               AND t.in_force_from <= make_date(r.yr, 12, 31)
               AND (t.in_force_to IS NULL OR t.in_force_to >= make_date(r.yr, 1, 1))),
           (SELECT count(DISTINCT e.event_key)::int FROM bilateral.event e
             WHERE e.actors @> ARRAY[r.a1, r.a2]
               AND e.occurred_from <= make_date(r.yr, 12, 31) AND e.occurred_to >= make_date(r.yr, 1, 1)),
           EXISTS (SELECT 1 FROM bilateral.system_membership m
                    WHERE m.actor = r.a1 AND m.system = s
                      AND m.member_from <= make_date(r.yr, 12, 31)
                      AND (m.member_to IS NULL OR m.member_to >= make_date(r.yr, 1, 1)))
           AND EXISTS (SELECT 1 FROM bilateral.system_membership m
                    WHERE m.actor = r.a2 AND m.system = s
                      AND m.member_from <= make_date(r.yr, 12, 31)
                      AND (m.member_to IS NULL OR m.member_to >= make_date(r.yr, 1, 1)))
      FROM allrows r
      JOIN codes c1 ON c1.actor = r.a1
      JOIN codes c2 ON c2.actor = r.a2
     ORDER BY 1, 2, 5, 6 NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bilateral.dyad_years(int, int, boolean, text) IS
    'A dyad-year panel in COW/peacesciencer form (ccode1, ccode2, year): one row per dyad, year and issue with claims, plus an issue-NULL summary row per dyad-year; stance_mean weights each claim by the days it possibly covers in the year; treaties in force and distinct events during the year; in_system: both states members of the system (cow or gw) at some time in the year. Only actors with a code in the system appear. Undirected: ccode1 < ccode2, both directions pooled.';

GRANT EXECUTE ON FUNCTION
      bilateral.check_issue(text), bilateral.check_system(text, text[]),
      bilateral.probe(text, text, text, date, date), bilateral.published_by(text, date),
      bilateral.stance_at(text, text, text, date, date),
      bilateral.stance_history(text, text, text, date),
      bilateral.stance_changes(text, text, text, daterange),
      bilateral.conflicting_claims(text, text, text),
      bilateral.treaties_in_force(text, text, date),
      bilateral.code_at(text, text, date), bilateral.in_system(text, text, date),
      bilateral.dyad_years(int, int, boolean, text)
   TO PUBLIC;
