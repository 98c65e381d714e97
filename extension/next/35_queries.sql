-- Query functions (release 1.3): whose voice they answer with (the state's, unless asked), dates
-- outside 0001..9999 refused cleanly, and every path linear or n log n in the rows it reads and
-- answered through indexes.  Reference: docs/queries.md.

-- arguments ---------------------------------------------------------------------------------------------

CREATE FUNCTION bilateral.check_voices(voices text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    valid constant text[] := ARRAY['state', 'public_opinion', 'elite', 'author_assessment', 'author_proposal'];
BEGIN
    IF voices IS NULL OR cardinality(voices) = 0 OR NOT voices <@ valid OR array_position(voices, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'unknown voice in %', coalesce(voices::text, 'NULL')
            USING ERRCODE = '22023',
                  DETAIL = 'Valid voices: ' || array_to_string(valid, ', ') || '.',
                  HINT = 'The default is ARRAY[''state'']; ask for others with voices => ARRAY[''state'', ''elite''], say.';
    END IF;
    RETURN voices;
END
$$;
COMMENT ON FUNCTION bilateral.check_voices(text[]) IS 'Returns the voices if every one is valid (state, public_opinion, elite, author_assessment, author_proposal); SQLSTATE 22023 listing them otherwise.';

-- A day a query asks about must be one the types can hold; infinity and NULL are open ends.
CREATE FUNCTION bilateral.check_day(day date, what text) RETURNS date
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF isfinite(day) AND (day < DATE '0001-01-01' OR day > DATE '9999-12-31') THEN
        RAISE EXCEPTION '% out of range: %', what, day
            USING ERRCODE = '22008',
                  DETAIL = 'Positions and partial dates run from 0001-01-01 to 9999-12-31.',
                  HINT = 'Pass a day between 0001-01-01 and 9999-12-31 (infinity or NULL for an open end).';
    END IF;
    RETURN day;
END
$$;
COMMENT ON FUNCTION bilateral.check_day(date, text) IS 'Returns the day if the types can hold it (0001-01-01 .. 9999-12-31, or infinite); SQLSTATE 22008 naming it otherwise (a BC date is not read as the same year AD).';

CREATE OR REPLACE FUNCTION bilateral.probe(actor text, counterpart text, issue text, from_day date, to_day date)
RETURNS bilateral.bilateral_position
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN bilateral.make_position(actor, counterpart, issue, 0,
        CASE WHEN from_day IS NULL OR NOT isfinite(from_day) THEN NULL
             ELSE to_char(bilateral.check_day(from_day, 'date'), 'YYYY-MM-DD') END,
        CASE WHEN to_day IS NULL OR NOT isfinite(to_day) THEN NULL
             ELSE to_char(bilateral.check_day(to_day, 'date'), 'YYYY-MM-DD') END);
END
$$;

-- stance_at -----------------------------------------------------------------------------------------------

DROP FUNCTION bilateral.stance_at(text, text, text, date, date);
CREATE FUNCTION bilateral.stance_at(actor text, counterpart text, issue text, at date, known_by date DEFAULT NULL,
                                    voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (claim_id bigint, "position" bilateral.bilateral_position, stance int, stance_label text,
               certain boolean, source_key text, quote text, voice text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q bilateral.bilateral_position;
    v text[] := bilateral.check_voices(voices);
BEGIN
    IF at IS NULL OR NOT isfinite(at) THEN
        RAISE EXCEPTION 'at must be a day' USING ERRCODE = '22004', HINT = 'Pass the day to look at, e.g. DATE ''2016-12-15''.';
    END IF;
    q := bilateral.probe(bilateral.actor_code(actor), bilateral.actor_code(counterpart),
                         bilateral.check_issue(issue), at, at);
    RETURN QUERY
    SELECT c.claim_id, c.position, bilateral.stance(c.position), bilateral.stance_label(c.position),
           bilateral.certainly_at(c.position, at), c.source_key, c.quote, c.voice
      FROM bilateral.position_claim c
     WHERE c.position OPERATOR(bilateral.&&) q
       AND c.voice = ANY (v)
       AND bilateral.published_by(c.source_key, known_by)
     ORDER BY bilateral.certainly_at(c.position, at) DESC, c.claim_id;
END
$$;
COMMENT ON FUNCTION bilateral.stance_at(text, text, text, date, date, text[]) IS
    'Every claim of actor''s stance toward counterpart on issue that possibly holds on the date, with whether it certainly holds (given its bounds'' precision); with known_by, only claims from sources certainly published by then; voices (default the state''s) says whose stances count. Directed; names and aliases accepted.';

-- stance_history ------------------------------------------------------------------------------------------
-- A sweep, n log n in the claims: +1 at each claim's first day and -1 after its last, per stance; the
-- running counts give the set of stances on each stretch between two bounds; neighbouring stretches
-- with the same set merge.  The sources of a merged period are those whose claims cover part of it:
-- each source's claims are merged into islands of coverage, and an island spans a run of periods
-- (the work is the size of the answer).

DROP FUNCTION bilateral.stance_history(text, text, text, date);
CREATE FUNCTION bilateral.stance_history(actor text, counterpart text, issue text, known_by date DEFAULT NULL,
                                         voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (valid_from date, valid_to date, stance int, stance_label text, contested boolean,
               stances int[], sources text[])
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q bilateral.bilateral_position := bilateral.probe(bilateral.actor_code(actor), bilateral.actor_code(counterpart),
                                                      bilateral.check_issue(issue), NULL, NULL);
    v text[] := bilateral.check_voices(voices);
BEGIN
    RETURN QUERY
    WITH c AS (                 -- each claim as [lo, hi), widest reading, infinite where open
        SELECT coalesce(bilateral.valid_from(x.position), '-infinity'::date) AS lo,
               coalesce(bilateral.valid_to(x.position) + 1, 'infinity'::date) AS hi,
               bilateral.stance(x.position) AS st, x.source_key AS src
          FROM bilateral.position_claim x
         WHERE x.position OPERATOR(bilateral.&&) q
           AND x.voice = ANY (v)
           AND bilateral.published_by(x.source_key, known_by)
    ), ev AS (
        SELECT c.lo AS d, c.st, 1 AS delta FROM c
        UNION ALL
        SELECT c.hi, c.st, -1 FROM c WHERE isfinite(c.hi)
    ), net AS (                 -- the change of each stance's count on each bound
        SELECT ev.d, array_agg(ev.st) AS sts, array_agg(ev.delta) AS deltas FROM ev GROUP BY ev.d
    ), per_day AS (
        SELECT net.d,
               ARRAY(SELECT coalesce(sum(u.delta) FILTER (WHERE u.st = k), 0)::int
                       FROM unnest(net.sts, net.deltas) u(st, delta), generate_series(-3, 3) k
                      GROUP BY k ORDER BY k) AS change
          FROM net
    ), running AS (             -- the count of each stance from this bound to the next
        SELECT p.d, coalesce(lead(p.d) OVER w, 'infinity'::date) AS e,
               sum(p.change[1]) OVER w AS n1, sum(p.change[2]) OVER w AS n2, sum(p.change[3]) OVER w AS n3,
               sum(p.change[4]) OVER w AS n4, sum(p.change[5]) OVER w AS n5, sum(p.change[6]) OVER w AS n6,
               sum(p.change[7]) OVER w AS n7
          FROM per_day p
        WINDOW w AS (ORDER BY p.d)
    ), seg AS (
        SELECT r.d AS s, r.e,
               array_remove(ARRAY[CASE WHEN r.n1 > 0 THEN -3 END, CASE WHEN r.n2 > 0 THEN -2 END,
                                  CASE WHEN r.n3 > 0 THEN -1 END, CASE WHEN r.n4 > 0 THEN 0 END,
                                  CASE WHEN r.n5 > 0 THEN 1 END, CASE WHEN r.n6 > 0 THEN 2 END,
                                  CASE WHEN r.n7 > 0 THEN 3 END], NULL) AS sts
          FROM running r
         WHERE r.d < r.e
    ), marked AS (
        SELECT seg.*, CASE WHEN lag(seg.sts) OVER w = seg.sts AND lag(seg.e) OVER w = seg.s THEN 0 ELSE 1 END AS brk
          FROM seg WHERE cardinality(seg.sts) > 0
        WINDOW w AS (ORDER BY seg.s)
    ), grp AS (
        SELECT marked.s, marked.e, marked.sts, sum(marked.brk) OVER (ORDER BY marked.s) AS g FROM marked
    ), merged AS (
        SELECT grp.g, min(grp.s) AS s, max(grp.e) AS e, min(grp.sts) AS sts FROM grp GROUP BY grp.g
    ), islands AS (             -- each source's claims merged into stretches of coverage
        SELECT i.src, min(i.lo) AS lo, max(i.hi) AS hi
          FROM (SELECT o.*, sum(o.starts) OVER (PARTITION BY o.src ORDER BY o.lo, o.hi) AS k
                  FROM (SELECT c.*, CASE WHEN c.lo <= max(c.hi) OVER (PARTITION BY c.src ORDER BY c.lo, c.hi
                                                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                                         THEN 0 ELSE 1 END AS starts
                          FROM c) o) i
         GROUP BY i.src, i.k
    ), spans AS (               -- the first and last period an island touches
        SELECT isl.src, gs.g AS g1, ge.g AS g2
          FROM islands isl JOIN grp gs ON gs.s = isl.lo JOIN grp ge ON ge.e = isl.hi
    ), group_sources AS (
        SELECT g.g, array_agg(DISTINCT sp.src ORDER BY sp.src) AS srcs
          FROM spans sp, generate_series(sp.g1, sp.g2) g(g) GROUP BY g.g
    )
    SELECT CASE WHEN isfinite(m.s) THEN m.s END, CASE WHEN isfinite(m.e) THEN m.e - 1 END,
           CASE WHEN cardinality(m.sts) = 1 THEN m.sts[1] END,
           CASE WHEN cardinality(m.sts) = 1 THEN (ARRAY['hostile','adversarial','cool','neutral','pragmatic','cooperative','aligned'])[m.sts[1] + 4] END,
           cardinality(m.sts) > 1, m.sts, gs.srcs
      FROM merged m JOIN group_sources gs ON gs.g = m.g
     ORDER BY m.s;
END
$$;
COMMENT ON FUNCTION bilateral.stance_history(text, text, text, date, text[]) IS
    'One row per maximal period (widest readings) over which the set of claimed stances does not change, in order; where claims disagree on the same days the row is contested, stance is NULL and stances lists them. Gaps without claims have no row. known_by and voices (default the state''s) as in stance_at. n log n in the claims of the dyad and issue.';

-- stance_changes ------------------------------------------------------------------------------------------

DROP FUNCTION bilateral.stance_changes(text, text, text, daterange);
CREATE FUNCTION bilateral.stance_changes(actor text, counterpart text, issue text DEFAULT NULL,
                                         during daterange DEFAULT NULL, known_by date DEFAULT NULL,
                                         voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (changed_on date, "precision" text, issue text, from_stance int, to_stance int, delta int,
               nearest_event text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH k AS (
        SELECT bilateral.actor_code(stance_changes.actor) AS a, bilateral.actor_code(stance_changes.counterpart) AS c,
               bilateral.check_voices(stance_changes.voices) AS v
    ), iss AS (
        SELECT bilateral.check_issue(stance_changes.issue) AS i WHERE stance_changes.issue IS NOT NULL
        UNION
        SELECT DISTINCT x.claim_issue FROM bilateral.position_claim x, k
         WHERE stance_changes.issue IS NULL AND x.claim_actor = k.a AND x.claim_counterpart = k.c
    ), h AS (
        SELECT k.a, k.c, iss.i, hh.valid_from, hh.stance, hh.contested,
               lag(hh.stance) OVER w AS prev, lag(hh.contested) OVER w AS prev_contested,
               row_number() OVER w AS n
          FROM k, iss, LATERAL bilateral.stance_history(k.a, k.c, iss.i, stance_changes.known_by, k.v) hh
        WINDOW w AS (PARTITION BY iss.i ORDER BY hh.valid_from NULLS FIRST)
    ), ch AS (
        SELECT h.* FROM h
         WHERE h.n > 1 AND h.valid_from IS NOT NULL
           AND (h.stance IS DISTINCT FROM h.prev OR h.contested IS DISTINCT FROM h.prev_contested)
           AND (stance_changes.during IS NULL OR stance_changes.during @> h.valid_from)
    )
    SELECT ch.valid_from,
           -- the finest precision among the claims that start on that day
           (SELECT CASE max(CASE bilateral.valid_from_precision(x.position) WHEN 'day' THEN 3 WHEN 'month' THEN 2 ELSE 1 END)
                   WHEN 3 THEN 'day' WHEN 2 THEN 'month' ELSE 'year' END
              FROM bilateral.position_claim x
             WHERE x.position OPERATOR(bilateral.&&) bilateral.probe(ch.a, ch.c, ch.i, ch.valid_from, ch.valid_from)
               AND bilateral.valid_from(x.position) = ch.valid_from),
           ch.i, ch.prev, ch.stance, ch.stance - ch.prev,
           -- the nearest event of the two: the closest start on either side, each found through
           -- the index on events' periods
           (SELECT n.name_en FROM (
                (SELECT e.name_en, ch.valid_from - e.occurred_from AS dist, e.event_id FROM bilateral.event e
                  WHERE e.actors @> ARRAY[ch.a, ch.c] AND e.occurred_from <= ch.valid_from
                  ORDER BY e.occurred_from DESC, e.event_id LIMIT 1)
                UNION ALL
                (SELECT e.name_en, e.occurred_from - ch.valid_from, e.event_id FROM bilateral.event e
                  WHERE e.actors @> ARRAY[ch.a, ch.c] AND e.occurred_from > ch.valid_from
                  ORDER BY e.occurred_from, e.event_id LIMIT 1)) n
             ORDER BY n.dist, n.event_id LIMIT 1)
      FROM ch
     ORDER BY ch.i, ch.valid_from
$$;
COMMENT ON FUNCTION bilateral.stance_changes(text, text, text, daterange, date, text[]) IS
    'The days on which actor''s stance toward counterpart changed (per issue, or on one issue), from stance_history: the precision of the change, the stances before and after (NULL where contested), the difference, and the nearest dated event between the two actors. known_by and voices as in stance_at.';

-- conflicting_claims ----------------------------------------------------------------------------------------
-- The filters are resolved once and written into the query, so a filtered call reads the claims of
-- that dyad (and issue) through the index on the generated columns, and the pairs through GiST.

DROP FUNCTION bilateral.conflicting_claims(text, text, text);
CREATE FUNCTION bilateral.conflicting_pairs(a text, c text, i text, v text[])
RETURNS TABLE (claim_a bigint, claim_b bigint, pair_actor text, pair_counterpart text, pair_issue text,
               overlap daterange, stance_a int, stance_b int, source_a text, source_b text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY EXECUTE format($q$
    SELECT x.claim_id, y.claim_id, x.claim_actor, x.claim_counterpart, x.claim_issue,
           bilateral.valid_period(x.position) * bilateral.valid_period(y.position),
           bilateral.stance(x.position), bilateral.stance(y.position), x.source_key, y.source_key
      FROM bilateral.position_claim x
      JOIN bilateral.position_claim y
        ON y.position OPERATOR(bilateral.&&) x.position
       AND x.claim_id < y.claim_id
     WHERE x.source_key <> y.source_key
       AND bilateral.stance(x.position) <> bilateral.stance(y.position)
       AND x.voice = ANY ($1) AND y.voice = ANY ($1) %s %s %s
     ORDER BY 3, 4, 5, 6, 1, 2 $q$,
        CASE WHEN a IS NULL THEN '' ELSE format('AND x.claim_actor = %L', a) END,
        CASE WHEN c IS NULL THEN '' ELSE format('AND x.claim_counterpart = %L', c) END,
        CASE WHEN i IS NULL THEN '' ELSE format('AND x.claim_issue = %L', i) END)
    USING bilateral.check_voices(v);
END
$$;
COMMENT ON FUNCTION bilateral.conflicting_pairs(text, text, text, text[]) IS
    'The work of conflicting_claims() on resolved codes (NULL: any): the filters are written into the query, so a filtered call reads that dyad''s claims through the index on the generated columns and the pairs through GiST.';

CREATE FUNCTION bilateral.conflicting_claims(actor text DEFAULT NULL, counterpart text DEFAULT NULL,
                                             issue text DEFAULT NULL, voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (claim_a bigint, claim_b bigint, actor text, counterpart text, issue text, overlap daterange,
               stance_a int, stance_b int, source_a text, source_b text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT * FROM bilateral.conflicting_pairs(
        CASE WHEN conflicting_claims.actor IS NOT NULL THEN bilateral.actor_code(conflicting_claims.actor) END,
        CASE WHEN conflicting_claims.counterpart IS NOT NULL THEN bilateral.actor_code(conflicting_claims.counterpart) END,
        CASE WHEN conflicting_claims.issue IS NOT NULL THEN bilateral.check_issue(conflicting_claims.issue) END,
        conflicting_claims.voices)
$$;
COMMENT ON FUNCTION bilateral.conflicting_claims(text, text, text, text[]) IS
    'Pairs of claims from different sources on the same actor, counterpart and issue whose periods possibly overlap and whose stances differ, with the overlap (widest readings); voices as in stance_at (both claims of a pair in them).';

-- views: whose voice, and which metadata are inferred ------------------------------------------------------

CREATE OR REPLACE VIEW bilateral.positions WITH (security_invoker = true) AS
SELECT c.claim_id,
       c.position,
       bilateral.actor(c.position)        AS actor,
       bilateral.counterpart(c.position)  AS counterpart,
       bilateral.issue(c.position)        AS issue,
       bilateral.stance(c.position)       AS stance,
       bilateral.stance_label(c.position) AS stance_label,
       bilateral.valid_from(c.position)   AS valid_from,
       bilateral.valid_to(c.position)     AS valid_to,
       c.statement_en,
       c.source_key,
       c.quote,
       c.shipped,
       c.locator,
       c.quote_lang,
       c.general_knowledge,
       c.voice,
       c.owner::text AS owner
  FROM bilateral.position_claim c;
COMMENT ON VIEW bilateral.positions IS 'Stance claims flattened: actor, counterpart, issue, stance (-3..+3) and label, period (valid_from: first day of the earliest reading, valid_to: last day of the latest reading; NULL: open), English statement, source and quote, whose voice (state, public_opinion, elite, author_assessment, author_proposal) and the owner of a user''s row.';

CREATE OR REPLACE VIEW bilateral.sources WITH (security_invoker = true) AS
SELECT s.source_key, s.title, s.author, s.publisher, s.published, s.language,
       s.published_precision, s.kind, s.title_en, s.shipped, s.metadata_inferred, s.owner::text AS owner
  FROM bilateral.source s;
COMMENT ON VIEW bilateral.sources IS 'Documents: key, title, author, publisher, first day of publication (see published_precision), language, kind, English title, shipped; metadata_inferred says which of title, author, publisher and date the document does not state and what they were inferred from (NULL: all stated); owner of a user''s source.';

-- dyad_years ------------------------------------------------------------------------------------------------
-- Set-based: claims are cut into the years they cover, events and treaties into the pairs of their
-- actors and the years they cover, memberships into the years they cover; all meet by equality
-- joins, so the panel grows with the rows it reads and needs no statistics to plan well.

DROP FUNCTION bilateral.dyad_years(int, int, boolean, text);
CREATE FUNCTION bilateral.dyad_years(from_year int, to_year int, directed boolean DEFAULT true,
                                     system text DEFAULT 'cow', known_by date DEFAULT NULL,
                                     voices text[] DEFAULT ARRAY['state'])
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
    v text[] := bilateral.check_voices(voices);
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
        SELECT p.position, p.claim_actor AS a, p.claim_counterpart AS c,
               NOT directed AND ca.code > cc.code AS swap
          FROM bilateral.position_claim p
          JOIN codes ca ON ca.actor = p.claim_actor AND ca.code IS NOT NULL
          JOIN codes cc ON cc.actor = p.claim_counterpart AND cc.code IS NOT NULL
         WHERE p.position OPERATOR(bilateral.&&) span
           AND p.voice = ANY (v)
           AND bilateral.published_by(p.source_key, known_by)
    ), claims AS (                          -- each claim cut into the years it possibly covers
        SELECT CASE WHEN sd.swap THEN sd.c ELSE sd.a END AS a1, CASE WHEN sd.swap THEN sd.a ELSE sd.c END AS a2,
               bilateral.issue(sd.position) AS iss, bilateral.stance(sd.position) AS st,
               y.y AS yr, (upper(r) - lower(r)) AS days
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
    ), dyads AS (                           -- the dyad-years of the panel
        SELECT DISTINCT r.a1, r.a2, r.yr FROM allrows r
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
    ), member_years AS (                    -- members of the system at some time in each year
        SELECT DISTINCT m.actor, y.y AS yr
          FROM bilateral.system_membership m
          CROSS JOIN LATERAL generate_series(greatest(extract(year FROM m.member_from)::int, from_year),
                                             least(coalesce(extract(year FROM m.member_to)::int, to_year), to_year)) y(y)
         WHERE m.system = s
    )
    SELECT c1.code, c2.code, r.a1, r.a2, r.yr, r.iss, r.mean, r.mn, r.mx, r.n,
           coalesce(ty.n, 0), coalesce(ey.n, 0),
           m1.actor IS NOT NULL AND m2.actor IS NOT NULL
      FROM allrows r
      JOIN codes c1 ON c1.actor = r.a1
      JOIN codes c2 ON c2.actor = r.a2
      LEFT JOIN treaty_years ty ON ty.a1 = r.a1 AND ty.a2 = r.a2 AND ty.yr = r.yr
      LEFT JOIN event_years ey ON ey.a1 = r.a1 AND ey.a2 = r.a2 AND ey.yr = r.yr
      LEFT JOIN member_years m1 ON m1.actor = r.a1 AND m1.yr = r.yr
      LEFT JOIN member_years m2 ON m2.actor = r.a2 AND m2.yr = r.yr
     ORDER BY 1, 2, 5, 6 NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bilateral.dyad_years(int, int, boolean, text, date, text[]) IS
    'A dyad-year panel in COW/peacesciencer form (ccode1, ccode2, year): one row per dyad, year and issue with claims, plus an issue-NULL summary row per dyad-year; stance_mean weights each claim by the days it possibly covers in the year; treaties in force and distinct events during the year; in_system: both states members of the system (cow or gw) at some time in the year. Only actors with a code in the system appear. Undirected: ccode1 < ccode2, both directions pooled. known_by and voices (default the state''s) as in stance_at.';

GRANT EXECUTE ON FUNCTION
      bilateral.check_voices(text[]), bilateral.check_day(date, text),
      bilateral.stance_at(text, text, text, date, date, text[]),
      bilateral.stance_history(text, text, text, date, text[]),
      bilateral.stance_changes(text, text, text, daterange, date, text[]),
      bilateral.conflicting_claims(text, text, text, text[]), bilateral.conflicting_pairs(text, text, text, text[]),
      bilateral.dyad_years(int, int, boolean, text, date, text[])
   TO PUBLIC;
