-- src/sql/40_queries.sql: Temporal queries over claims: a stance on a day, the whole timeline, its turning points,
-- conflicting claims, treaties in force.  Reference: docs/queries.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE FUNCTION bilateral.probe(actor text, counterpart text, issue text, from_day date, to_day date)
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
COMMENT ON FUNCTION bilateral.probe(text, text, text, date, date) IS
    'A search key for the GiST index: the position of stance 0 from from_day to to_day (NULL or infinite: open); claims that && it are the claims on that dyad and issue that possibly hold on some of those days.';
GRANT EXECUTE ON FUNCTION bilateral.probe(text, text, text, date, date) TO PUBLIC;

CREATE FUNCTION bilateral.treaties_in_force(actor text, counterpart text, at date)
RETURNS TABLE (treaty bilateral.treaty_ref, name_en text, in_force_from date, in_force_to date)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a text := bilateral.actor_code(actor);
    c text := bilateral.actor_code(counterpart);
BEGIN
    PERFORM bilateral.check_day(at, 'at');
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
GRANT EXECUTE ON FUNCTION bilateral.treaties_in_force(text, text, date) TO PUBLIC;

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
    known text[] := bilateral.sources_known_by(known_by);
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
     WHERE c.dyad = bilateral.dyad_key(bilateral.actor(q), bilateral.counterpart(q))
       AND c.position OPERATOR(bilateral.&&) q
       AND c.voice = ANY (v)
       AND (known IS NULL OR c.source_key = ANY (known))
     ORDER BY bilateral.certainly_at(c.position, at) DESC, c.claim_id;
END
$$;
COMMENT ON FUNCTION bilateral.stance_at(text, text, text, date, date, text[]) IS
    'Every claim of actor''s stance toward counterpart on issue that possibly holds on the date, with whether it certainly holds (given its bounds'' precision); with known_by, only claims from sources certainly published by then; voices (default the state''s) says whose stances count. Directed; names and aliases accepted.';
GRANT EXECUTE ON FUNCTION bilateral.stance_at(text, text, text, date, date, text[]) TO PUBLIC;

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
    known text[] := bilateral.sources_known_by(known_by);
BEGIN
    RETURN QUERY
    WITH c AS (                 -- each claim as [lo, hi), widest reading, infinite where open
        SELECT coalesce(bilateral.valid_from(x.position), '-infinity'::date) AS lo,
               coalesce(bilateral.valid_to(x.position) + 1, 'infinity'::date) AS hi,
               bilateral.stance(x.position) AS st, x.source_key AS src
          FROM bilateral.position_claim x
         WHERE x.dyad = bilateral.dyad_key(bilateral.actor(q), bilateral.counterpart(q))
           AND x.position OPERATOR(bilateral.&&) q
           AND x.voice = ANY (v)
           AND (known IS NULL OR x.source_key = ANY (known))
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
GRANT EXECUTE ON FUNCTION bilateral.stance_history(text, text, text, date, text[]) TO PUBLIC;

CREATE FUNCTION bilateral.stance_changes(actor text, counterpart text, issue text DEFAULT NULL,
                                                    during daterange DEFAULT NULL, known_by date DEFAULT NULL,
                                                    voices text[] DEFAULT ARRAY['state'])
RETURNS TABLE (changed_on date, "precision" text, issue text, from_stance int, to_stance int, delta int,
               nearest_event text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT * FROM bilateral.stance_changes_of(
        bilateral.actor_code(stance_changes.actor), bilateral.actor_code(stance_changes.counterpart),
        CASE WHEN stance_changes.issue IS NOT NULL THEN bilateral.check_issue(stance_changes.issue) END,
        stance_changes.during, stance_changes.known_by, bilateral.check_voices(stance_changes.voices))
$$;
COMMENT ON FUNCTION bilateral.stance_changes(text, text, text, daterange, date, text[]) IS
    'The days on which actor''s stance toward counterpart changed (per issue, or on one issue), from stance_history: the precision of the change, the stances before and after (NULL where contested), the difference, and the nearest dated event between the two actors. known_by and voices as in stance_at.';
GRANT EXECUTE ON FUNCTION bilateral.stance_changes(text, text, text, daterange, date, text[]) TO PUBLIC;

CREATE FUNCTION bilateral.overlap_pairs(src int[], stance int[], lo int[], hi int[])
RETURNS TABLE (i int, j int)
AS 'MODULE_PATHNAME', 'bl_overlap_pairs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.overlap_pairs(int[], int[], int[], int[]) IS
    'The sweep of conflicting_claims(): given one dyad''s claims in order of their first day (source ranks 0 to n - 1, stances, [lo, hi) as day numbers), the pairs (i, j) of 1-based positions, i before j, whose periods overlap and whose sources and stances differ. n log n plus the pairs: claims still open are kept by stance and source, so the pairs of one source or one stance are never read.';
GRANT EXECUTE ON FUNCTION bilateral.overlap_pairs(int[], int[], int[], int[]) TO PUBLIC;

CREATE FUNCTION bilateral.conflicting_pairs(a text, c text, i text, v text[])
RETURNS TABLE (claim_a bigint, claim_b bigint, pair_actor text, pair_counterpart text, pair_issue text,
               overlap daterange, stance_a int, stance_b int, source_a text, source_b text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY EXECUTE format($q$
    WITH c AS MATERIALIZED (    -- each claim as [lo, hi) in days from 2000-01-01, widest reading
        SELECT x.claim_id AS id, x.claim_actor AS ca, x.claim_counterpart AS cc, x.claim_issue AS ci,
               x.source_key AS src, bilateral.stance(x."position") AS st,
               bilateral.valid_period(x."position") AS vp,
               coalesce(bilateral.valid_from(x."position") - DATE '2000-01-01', -2147483648)::int AS lo,
               coalesce(bilateral.valid_to(x."position") + 1 - DATE '2000-01-01', 2147483647)::int AS hi
          FROM bilateral.position_claim x
         WHERE x.voice = ANY ($1) %s %s %s
    ), g AS MATERIALIZED (      -- one dyad and issue, in order of the first day
        SELECT r.ca, r.cc, r.ci,
               array_agg(r.id ORDER BY r.lo, r.id) AS ids, array_agg(r.sr ORDER BY r.lo, r.id) AS srs,
               array_agg(r.st ORDER BY r.lo, r.id) AS sts, array_agg(r.lo ORDER BY r.lo, r.id) AS los,
               array_agg(r.hi ORDER BY r.lo, r.id) AS his
          FROM (SELECT c.*, (dense_rank() OVER (PARTITION BY c.ca, c.cc, c.ci ORDER BY c.src) - 1)::int AS sr
                  FROM c) r
         GROUP BY r.ca, r.cc, r.ci
        HAVING count(DISTINCT r.sr) > 1 AND count(DISTINCT r.st) > 1
    ), pr AS MATERIALIZED (     -- each pair, the lower claim id first
        SELECT g.ca, g.cc, g.ci, least(g.ids[o.i], g.ids[o.j]) AS ia, greatest(g.ids[o.i], g.ids[o.j]) AS ib,
               CASE WHEN g.ids[o.i] < g.ids[o.j] THEN g.sts[o.i] ELSE g.sts[o.j] END AS sa,
               CASE WHEN g.ids[o.i] < g.ids[o.j] THEN g.sts[o.j] ELSE g.sts[o.i] END AS sb
          FROM g, bilateral.overlap_pairs(g.srs, g.sts, g.los, g.his) o
    )
    -- each pair's two claims from c, read once above: the claims table is not read again (on a
    -- Citus cluster a join of two reads of the distributed claims by claim_id is refused)
    SELECT x.id, y.id, pr.ca, pr.cc, pr.ci, x.vp * y.vp, pr.sa, pr.sb, x.src, y.src
      FROM pr JOIN c x ON x.id = pr.ia
              JOIN c y ON y.id = pr.ib
     ORDER BY 3, 4, 5, 6, 1, 2 $q$,
        CASE WHEN a IS NULL THEN '' ELSE format('AND x.claim_actor = %L', a) END,
        CASE WHEN c IS NULL THEN '' ELSE format('AND x.claim_counterpart = %L', c) END,
        CASE WHEN i IS NULL THEN '' ELSE format('AND x.claim_issue = %L', i) END)
    USING bilateral.check_voices(v);
END
$$;
COMMENT ON FUNCTION bilateral.conflicting_pairs(text, text, text, text[]) IS
    'The work of conflicting_claims() on resolved codes (NULL: any): the filters are written into the query, so a filtered call reads that dyad''s claims through the index on the generated columns; the pairs come from the sweep bilateral.overlap_pairs(), n log n in the claims of a dyad plus the pairs (before 1.10 a GiST join that read every overlapping pair, one source''s too: quadratic).';
GRANT EXECUTE ON FUNCTION bilateral.conflicting_pairs(text, text, text, text[]) TO PUBLIC;

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
GRANT EXECUTE ON FUNCTION bilateral.conflicting_claims(text, text, text, text[]) TO PUBLIC;

-- stance_changes_of: 1.5's, with the finest precision of the claims that start on a day or end on
-- the day before, from finest_precision() (a change on a day no claim bound makes is at the year);
-- the changes in order of day, then issue
CREATE FUNCTION bilateral.stance_changes_of(a text, c text, i text, during daterange, known_by date, v text[])
RETURNS TABLE (changed_on date, "precision" text, issue text, from_stance int, to_stance int, delta int,
               nearest_event text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    d text := bilateral.dyad_key(a, c);
    issues text[];
    p_iss text[];
    p_day date[];
    p_prec text[];
BEGIN
    PERFORM bilateral.check_day(lower(during), 'during'), bilateral.check_day(upper(during) - 1, 'during');
    -- the claims of the directed dyad, read once (one shard when distributed): their issues, and the
    -- finest precision among the claims that start on each day; the query below then reads no claims
    -- itself (stance_history does), so that nothing in it is sent to a shard
    SELECT array_agg(DISTINCT x.claim_issue) INTO issues
      FROM bilateral.position_claim x
     WHERE x.dyad = d AND x.claim_actor = a AND x.claim_counterpart = c;
    SELECT array_agg(pp.iss), array_agg(pp.day), array_agg(pp.p) INTO p_iss, p_day, p_prec
      FROM (SELECT b.iss, b.day, bilateral.finest_precision(array_agg(b.p)) AS p
              FROM bilateral.position_claim x
             CROSS JOIN LATERAL (VALUES (x.claim_issue, bilateral.valid_from(x.position), bilateral.valid_from_precision(x.position)),
                                        (x.claim_issue, bilateral.valid_to(x.position) + 1, bilateral.valid_to_precision(x.position))) b(iss, day, p)
             WHERE x.dyad = d AND x.claim_actor = a AND x.claim_counterpart = c AND b.day IS NOT NULL
             GROUP BY 1, 2) pp;
    RETURN QUERY
    WITH iss AS (
        SELECT stance_changes_of.i AS i WHERE stance_changes_of.i IS NOT NULL
        UNION
        SELECT u.i FROM unnest(issues) u(i) WHERE stance_changes_of.i IS NULL
    ), h AS (
        SELECT iss.i, hh.valid_from, hh.stance, hh.contested,
               lag(hh.stance) OVER w AS prev, lag(hh.contested) OVER w AS prev_contested,
               row_number() OVER w AS n
          FROM iss, LATERAL bilateral.stance_history(a, c, iss.i, known_by, v) hh
        WINDOW w AS (PARTITION BY iss.i ORDER BY hh.valid_from NULLS FIRST)
    ), ch AS (
        SELECT h.* FROM h
         WHERE h.n > 1 AND h.valid_from IS NOT NULL
           AND (h.stance IS DISTINCT FROM h.prev OR h.contested IS DISTINCT FROM h.prev_contested)
           AND (stance_changes_of.during IS NULL OR stance_changes_of.during @> h.valid_from)
    ), prec AS (
        SELECT u.iss, u.day, u.p FROM unnest(p_iss, p_day, p_prec) u(iss, day, p)
    )
    SELECT ch.valid_from,
           coalesce(pr.p, 'year'),
           ch.i, ch.prev, ch.stance, ch.stance - ch.prev,
           -- the nearest event of the two: the closest start on either side
           (SELECT n.name_en FROM (
                (SELECT e.name_en, ch.valid_from - e.occurred_from AS dist, e.event_id FROM bilateral.event e
                  WHERE e.actors @> ARRAY[a, c] AND e.occurred_from <= ch.valid_from
                  ORDER BY e.occurred_from DESC, e.event_id LIMIT 1)
                UNION ALL
                (SELECT e.name_en, e.occurred_from - ch.valid_from, e.event_id FROM bilateral.event e
                  WHERE e.actors @> ARRAY[a, c] AND e.occurred_from > ch.valid_from
                  ORDER BY e.occurred_from, e.event_id LIMIT 1)) n
             ORDER BY n.dist, n.event_id LIMIT 1)
      FROM ch LEFT JOIN prec pr ON pr.iss = ch.i AND pr.day = ch.valid_from
     ORDER BY ch.valid_from, ch.i;
END
$$;
COMMENT ON FUNCTION bilateral.stance_changes_of(text, text, text, daterange, date, text[]) IS
    'The work of stance_changes() on resolved codes and voices.';
GRANT EXECUTE ON FUNCTION bilateral.stance_changes_of(text, text, text, daterange, date, text[]) TO PUBLIC;
