-- import_claims() on a distributed install (bilateral.distribute()): the insert names the dyad, the
-- distribution column, which a write must give there (1.5's insert left it to the generated column
-- of a single server, so import_claims() failed on Citus: "the partition column ... should have a
-- value").  On one server nothing changes.
CREATE OR REPLACE FUNCTION bilateral.import_claims_rows(source_key text, claims regclass) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src  record;
    n    bigint;
    dist boolean := bilateral.is_distributed();
BEGIN
    PERFORM bilateral.check_staging_owner(claims);
    SELECT s.shipped, s.owner, s.language INTO src FROM bilateral.source s WHERE s.source_key = import_claims_rows.source_key;
    IF NOT FOUND OR src.shipped OR NOT bilateral.may_edit(src.owner) THEN
        RAISE EXCEPTION 'source "%" is not yours', import_claims_rows.source_key
            USING ERRCODE = '42501', HINT = 'Add a source of your own with bilateral.add_source() and import under it.';
    END IF;
    EXECUTE format($i$
        INSERT INTO bilateral.position_claim ("position", source_key, locator, quote, quote_lang, statement_en,
                                              general_knowledge, voice%s)
        SELECT v.pos, $1, r.locator, r.quote, coalesce(r.quote_lang, $2),
               coalesce(r.statement_en,
                        format('According to %%s, %%s holds a %%s (%%s) stance toward %%s on %%s from %%s to %%s.',
                               $1, bilateral.actor(v.pos), bilateral.stance_label(v.pos),
                               CASE WHEN bilateral.stance(v.pos) > 0 THEN '+' ELSE '' END || bilateral.stance(v.pos),
                               bilateral.counterpart(v.pos), bilateral.issue(v.pos),
                               coalesce(bilateral.valid_from(v.pos)::text, 'an open start'),
                               coalesce(bilateral.valid_to(v.pos)::text, 'an open end'))),
               r.general_knowledge, coalesce(r.voice, 'state')%s
          FROM (%s) r
          CROSS JOIN LATERAL (SELECT r.position::bilateral.bilateral_position AS pos) v$i$,
        CASE WHEN dist THEN ', dyad' ELSE '' END,
        CASE WHEN dist THEN ', bilateral.dyad_key(v.pos)' ELSE '' END,
        bilateral.claims_staging_query(claims, false))
        USING import_claims_rows.source_key, src.language;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
