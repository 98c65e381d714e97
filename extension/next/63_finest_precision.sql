-- The precisions of partial dates ranked once, in the core: bilateral.finest_precision(text[]) (year <
-- month < day, "open" below them), which stance_changes() uses for the precision of a change (1.5
-- ranked the names in a CASE of its own, as timeline_svg() did in C; both now rank them in the core).

CREATE FUNCTION bilateral.finest_precision(precisions text[]) RETURNS text
    AS 'MODULE_PATHNAME', 'finest_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.finest_precision(text[]) IS
    'The finest of the precisions named (year < month < day; open, a missing bound, below them), NULL when none is: e.g. finest_precision(ARRAY[''year'', ''day'']) = ''day''.';
GRANT EXECUTE ON FUNCTION bilateral.finest_precision(text[]) TO PUBLIC;

-- stance_changes_of: 1.5's, with the finest precision of the claims starting on a day from
-- finest_precision() (a change on a day where no claim starts is, as before, at the year)
CREATE OR REPLACE FUNCTION bilateral.stance_changes_of(a text, c text, i text, during daterange, known_by date, v text[])
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
    -- the claims of the directed dyad, read once (one shard when distributed): their issues, and the
    -- finest precision among the claims that start on each day; the query below then reads no claims
    -- itself (stance_history does), so that nothing in it is sent to a shard
    SELECT array_agg(DISTINCT x.claim_issue) INTO issues
      FROM bilateral.position_claim x
     WHERE x.dyad = d AND x.claim_actor = a AND x.claim_counterpart = c;
    SELECT array_agg(pp.iss), array_agg(pp.day), array_agg(pp.p) INTO p_iss, p_day, p_prec
      FROM (SELECT x.claim_issue AS iss, bilateral.valid_from(x.position) AS day,
                   bilateral.finest_precision(array_agg(bilateral.valid_from_precision(x.position))) AS p
              FROM bilateral.position_claim x
             WHERE x.dyad = d AND x.claim_actor = a AND x.claim_counterpart = c
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
     ORDER BY ch.i, ch.valid_from;
END
$$;
