-- src/sql/10_types.sql: The two C types and their support: treaty_ref and bilateral_position (input, output, binary
-- wire format, accessors, operators, btree/hash/GiST operator classes, casts), the GiST key, planner
-- statistics (ANALYZE, selectivity) and the partial dates' calendar.  Reference: docs/reference.md,
-- docs/statistics.md.
-- Every object once; the release scripts in extension/ are generated from this tree
-- (tools/sqltree, docs/data-model.md).

CREATE TYPE bilateral.treaty_ref;

CREATE FUNCTION bilateral.treaty_ref_in(cstring) RETURNS bilateral.treaty_ref
    AS 'MODULE_PATHNAME', 'treaty_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_in(cstring) IS 'treaty_ref text input: SIGNED:PARTY+PARTY:slug or an Akoma Ntoso work URI';

CREATE FUNCTION bilateral.treaty_ref_out(bilateral.treaty_ref) RETURNS cstring
    AS 'MODULE_PATHNAME', 'treaty_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_out(bilateral.treaty_ref) IS 'treaty_ref text output (canonical form)';

CREATE FUNCTION bilateral.treaty_ref_recv(internal) RETURNS bilateral.treaty_ref
    AS 'MODULE_PATHNAME', 'treaty_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_recv(internal) IS 'treaty_ref binary input (format version 1), validating every field';

CREATE FUNCTION bilateral.treaty_ref_send(bilateral.treaty_ref) RETURNS bytea
    AS 'MODULE_PATHNAME', 'treaty_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_send(bilateral.treaty_ref) IS 'treaty_ref binary output (format version 1)';

CREATE TYPE bilateral.treaty_ref (
    INPUT = bilateral.treaty_ref_in,
    OUTPUT = bilateral.treaty_ref_out,
    RECEIVE = bilateral.treaty_ref_recv,
    SEND = bilateral.treaty_ref_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = main
);
COMMENT ON TYPE bilateral.treaty_ref IS
    'A reference to a treaty or agreement: signature date with its precision, parties (actor codes, sorted), slug. Text form SIGNED:PARTY+PARTY:slug, e.g. 1956-10-19:JPN+RUS:joint_declaration.';

CREATE FUNCTION bilateral.make_treaty_ref(parties text[], signed text, slug text) RETURNS bilateral.treaty_ref
    AS 'MODULE_PATHNAME', 'treaty_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.make_treaty_ref(text[], text, text) IS
    'Builds a treaty_ref from party codes (any order), a partial signature date (YYYY, YYYY-MM or YYYY-MM-DD) and a slug';

CREATE FUNCTION bilateral.parties(t bilateral.treaty_ref) RETURNS text[]
    AS 'MODULE_PATHNAME', 'treaty_parties' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.parties(bilateral.treaty_ref) IS 'The parties'' actor codes, sorted';

CREATE FUNCTION bilateral.signed_on(t bilateral.treaty_ref) RETURNS date
    AS 'MODULE_PATHNAME', 'treaty_signed_on' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.signed_on(bilateral.treaty_ref) IS 'First day of the signature date (see signed_precision)';

CREATE FUNCTION bilateral.signed_precision(t bilateral.treaty_ref) RETURNS text
    AS 'MODULE_PATHNAME', 'treaty_signed_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.signed_precision(bilateral.treaty_ref) IS 'Precision of the signature date: year, month or day';

CREATE FUNCTION bilateral.slug(t bilateral.treaty_ref) RETURNS text
    AS 'MODULE_PATHNAME', 'treaty_slug' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.slug(bilateral.treaty_ref) IS 'The treaty''s slug';

CREATE FUNCTION bilateral.to_akn_uri(t bilateral.treaty_ref) RETURNS text
    AS 'MODULE_PATHNAME', 'treaty_akn_uri' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.to_akn_uri(bilateral.treaty_ref) IS 'Akoma Ntoso style FRBR work URI, e.g. /akn/int/doc/treaty/jpn-rus/1956-10-19/joint_declaration; treaty_ref input reads it back';

CREATE FUNCTION bilateral.to_jsonb(t bilateral.treaty_ref) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'treaty_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.to_jsonb(bilateral.treaty_ref) IS 'The treaty_ref as a JSON object (signed, signed_precision, parties, slug, akn)';

CREATE FUNCTION bilateral.treaty_ref_cmp(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS int
    AS 'MODULE_PATHNAME', 'treaty_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_cmp(bilateral.treaty_ref, bilateral.treaty_ref) IS 'btree support: signature date, then parties, then slug';

CREATE FUNCTION bilateral.treaty_ref_lt(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_lt' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_lt(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of < for treaty_ref';

CREATE FUNCTION bilateral.treaty_ref_le(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_le' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_le(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of <= for treaty_ref';

CREATE FUNCTION bilateral.treaty_ref_eq(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_eq' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_eq(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of = for treaty_ref';

CREATE FUNCTION bilateral.treaty_ref_ne(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_ne' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_ne(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of <> for treaty_ref';

CREATE FUNCTION bilateral.treaty_ref_ge(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_ge' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_ge(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of >= for treaty_ref';

CREATE FUNCTION bilateral.treaty_ref_gt(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_gt' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_gt(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of > for treaty_ref';

CREATE FUNCTION bilateral.treaty_ref_hash(bilateral.treaty_ref) RETURNS int
    AS 'MODULE_PATHNAME', 'treaty_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_hash(bilateral.treaty_ref) IS 'hash support for treaty_ref';

CREATE FUNCTION bilateral.treaty_ref_hash_extended(bilateral.treaty_ref, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'treaty_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_hash_extended(bilateral.treaty_ref, bigint) IS 'seeded hash support for treaty_ref (hash partitioning, parallel hash joins)';

CREATE OPERATOR bilateral.< (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_lt,
    COMMUTATOR = OPERATOR(bilateral.>), NEGATOR = OPERATOR(bilateral.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR bilateral.< (bilateral.treaty_ref, bilateral.treaty_ref) IS 'signed earlier (then parties, slug)';

CREATE OPERATOR bilateral.<= (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_le,
    COMMUTATOR = OPERATOR(bilateral.>=), NEGATOR = OPERATOR(bilateral.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR bilateral.<= (bilateral.treaty_ref, bilateral.treaty_ref) IS 'signed earlier or equal';

CREATE OPERATOR bilateral.= (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_eq,
    COMMUTATOR = OPERATOR(bilateral.=), NEGATOR = OPERATOR(bilateral.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR bilateral.= (bilateral.treaty_ref, bilateral.treaty_ref) IS 'same treaty reference';

CREATE OPERATOR bilateral.<> (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_ne,
    COMMUTATOR = OPERATOR(bilateral.<>), NEGATOR = OPERATOR(bilateral.=), RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR bilateral.<> (bilateral.treaty_ref, bilateral.treaty_ref) IS 'different treaty references';

CREATE OPERATOR bilateral.>= (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_ge,
    COMMUTATOR = OPERATOR(bilateral.<=), NEGATOR = OPERATOR(bilateral.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR bilateral.>= (bilateral.treaty_ref, bilateral.treaty_ref) IS 'signed later or equal';

CREATE OPERATOR bilateral.> (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_gt,
    COMMUTATOR = OPERATOR(bilateral.<), NEGATOR = OPERATOR(bilateral.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR bilateral.> (bilateral.treaty_ref, bilateral.treaty_ref) IS 'signed later (then parties, slug)';

CREATE OPERATOR CLASS bilateral.treaty_ref_ops DEFAULT FOR TYPE bilateral.treaty_ref USING btree AS
    OPERATOR 1 bilateral.<, OPERATOR 2 bilateral.<=, OPERATOR 3 bilateral.=,
    OPERATOR 4 bilateral.>=, OPERATOR 5 bilateral.>,
    FUNCTION 1 bilateral.treaty_ref_cmp(bilateral.treaty_ref, bilateral.treaty_ref);
COMMENT ON OPERATOR CLASS bilateral.treaty_ref_ops USING btree IS 'chronological order of treaty references';

CREATE OPERATOR CLASS bilateral.treaty_ref_hash_ops DEFAULT FOR TYPE bilateral.treaty_ref USING hash AS
    OPERATOR 1 bilateral.=,
    FUNCTION 1 bilateral.treaty_ref_hash(bilateral.treaty_ref),
    FUNCTION 2 bilateral.treaty_ref_hash_extended(bilateral.treaty_ref, bigint);
COMMENT ON OPERATOR CLASS bilateral.treaty_ref_hash_ops USING hash IS 'hashing of treaty references';

CREATE CAST (bilateral.treaty_ref AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (bilateral.treaty_ref AS text) IS 'the canonical text form';

CREATE CAST (text AS bilateral.treaty_ref) WITH INOUT;
COMMENT ON CAST (text AS bilateral.treaty_ref) IS 'parses the canonical form or an Akoma Ntoso work URI';

CREATE CAST (bilateral.treaty_ref AS jsonb) WITH FUNCTION bilateral.to_jsonb(bilateral.treaty_ref);
COMMENT ON CAST (bilateral.treaty_ref AS jsonb) IS 'see bilateral.to_jsonb(treaty_ref)';

CREATE FUNCTION bilateral.position_analyze(internal) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_analyze' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_analyze(internal) IS
    'typanalyze of bilateral_position: PostgreSQL''s standard statistics, plus histograms of the periods'' first and last days and the most common subjects (statistics kinds 17231 and 17232; docs/statistics.md)';

CREATE FUNCTION bilateral.position_sel(internal, oid, internal, integer) RETURNS float8
    AS 'MODULE_PATHNAME', 'position_sel' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_sel(internal, oid, internal, integer) IS
    'Restriction estimator of @> date, <@, && position and && daterange on bilateral_position: share of rows from the bound histograms (and the subject''s share for && position); PostgreSQL''s range defaults without statistics';

CREATE FUNCTION bilateral.position_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
    AS 'MODULE_PATHNAME', 'position_joinsel' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_joinsel(internal, oid, internal, smallint, internal) IS
    'Join estimator of @> date, <@, && position and && daterange: the restriction estimate averaged over the other column''s statistics (most common values and histogram of dates, bound histograms of ranges, subjects and bounds of positions)';

CREATE TYPE bilateral.bilateral_position;

CREATE FUNCTION bilateral.bilateral_position_in(cstring) RETURNS bilateral.bilateral_position
    AS 'MODULE_PATHNAME', 'position_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_in(cstring) IS 'bilateral_position text input';

CREATE FUNCTION bilateral.bilateral_position_out(bilateral.bilateral_position) RETURNS cstring
    AS 'MODULE_PATHNAME', 'position_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_out(bilateral.bilateral_position) IS 'bilateral_position text output (canonical form)';

CREATE FUNCTION bilateral.bilateral_position_recv(internal) RETURNS bilateral.bilateral_position
    AS 'MODULE_PATHNAME', 'position_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_recv(internal) IS 'bilateral_position binary input (format version 1), validating every field';

CREATE FUNCTION bilateral.bilateral_position_send(bilateral.bilateral_position) RETURNS bytea
    AS 'MODULE_PATHNAME', 'position_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_send(bilateral.bilateral_position) IS 'bilateral_position binary output (format version 1)';

CREATE TYPE bilateral.bilateral_position (
    INPUT = bilateral.bilateral_position_in,
    OUTPUT = bilateral.bilateral_position_out,
    RECEIVE = bilateral.bilateral_position_recv,
    SEND = bilateral.bilateral_position_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = main,
    ANALYZE = bilateral.position_analyze
);
COMMENT ON TYPE bilateral.bilateral_position IS
    'One actor''s stance toward a counterpart on an issue over a period whose bounds carry their precision. Text form ACTOR->COUNTERPART:issue:STANCE:FROM/TO, e.g. JPN->RUS:peace_treaty:+2:2018-11/2019-01.';

CREATE FUNCTION bilateral.make_position(actor text, counterpart text, issue text, stance int,
                                        valid_from text, valid_to text) RETURNS bilateral.bilateral_position
    AS 'MODULE_PATHNAME', 'position_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.make_position(text, text, text, int, text, text) IS
    'Builds a bilateral_position; valid_from and valid_to are partial dates (YYYY, YYYY-MM, YYYY-MM-DD), both inclusive, NULL for an open end';

CREATE FUNCTION bilateral.actor(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_actor' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.actor(bilateral.bilateral_position) IS 'The actor whose stance it is';

CREATE FUNCTION bilateral.counterpart(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_counterpart' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.counterpart(bilateral.bilateral_position) IS 'The actor the stance is toward';

CREATE FUNCTION bilateral.issue(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_issue' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.issue(bilateral.bilateral_position) IS 'The issue''s codebook code';

CREATE FUNCTION bilateral.stance(p bilateral.bilateral_position) RETURNS int
    AS 'MODULE_PATHNAME', 'position_stance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.stance(bilateral.bilateral_position) IS 'The stance, -3 (hostile) .. +3 (aligned)';

CREATE FUNCTION bilateral.stance_label(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_stance_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.stance_label(bilateral.bilateral_position) IS 'The stance''s label: hostile, adversarial, cool, neutral, pragmatic, cooperative, aligned';

CREATE FUNCTION bilateral.valid_from(p bilateral.bilateral_position) RETURNS date
    AS 'MODULE_PATHNAME', 'position_valid_from' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.valid_from(bilateral.bilateral_position) IS 'First day of the start (widest reading); NULL when open';

CREATE FUNCTION bilateral.valid_to(p bilateral.bilateral_position) RETURNS date
    AS 'MODULE_PATHNAME', 'position_valid_to' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.valid_to(bilateral.bilateral_position) IS 'Last day of the end (widest reading); NULL when open';

CREATE FUNCTION bilateral.valid_from_precision(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_from_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.valid_from_precision(bilateral.bilateral_position) IS 'Precision of the start: year, month or day; NULL when open';

CREATE FUNCTION bilateral.valid_to_precision(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_to_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.valid_to_precision(bilateral.bilateral_position) IS 'Precision of the end: year, month or day; NULL when open';

CREATE FUNCTION bilateral.valid_period(p bilateral.bilateral_position) RETURNS daterange
    AS 'MODULE_PATHNAME', 'position_valid_period' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.valid_period(bilateral.bilateral_position) IS 'The widest reading of the period as a daterange (unbounded where open)';

CREATE FUNCTION bilateral.certain_period(p bilateral.bilateral_position) RETURNS daterange
    AS 'MODULE_PATHNAME', 'position_certain_period' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.certain_period(bilateral.bilateral_position) IS 'The narrowest reading of the period as a daterange (from the last day of the start to the first day of the end; empty when none)';

CREATE FUNCTION bilateral.possibly_at(p bilateral.bilateral_position, at date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_possibly_at' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.possibly_at(bilateral.bilateral_position, date) IS 'True when the date falls inside the widest reading of the period';

CREATE FUNCTION bilateral.certainly_at(p bilateral.bilateral_position, at date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_certainly_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.certainly_at(bilateral.bilateral_position, date) IS 'True when the date falls inside the narrowest reading of the period';

CREATE FUNCTION bilateral.to_jsonb(p bilateral.bilateral_position) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'position_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.to_jsonb(bilateral.bilateral_position) IS 'The position as a JSON object (actor, counterpart, issue, stance, stance_label, valid_from, valid_to as partial dates)';

CREATE FUNCTION bilateral.bilateral_position_contained_by(at date, p bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'date_possibly_in_position' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_contained_by(date, bilateral.bilateral_position) IS 'implementation of date <@ bilateral_position (possibly)';

CREATE FUNCTION bilateral.bilateral_position_overlaps(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_overlaps' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_overlaps(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of &&: same actor, counterpart and issue, periods possibly overlap';

CREATE FUNCTION bilateral.bilateral_position_overlaps_range(bilateral.bilateral_position, daterange) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_overlaps_range' LANGUAGE C LEAKPROOF IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_overlaps_range(bilateral.bilateral_position, daterange) IS 'implementation of && daterange: the period possibly overlaps the range';

CREATE OPERATOR bilateral.@> (LEFTARG = bilateral.bilateral_position, RIGHTARG = date, PROCEDURE = bilateral.possibly_at,
    COMMUTATOR = OPERATOR(bilateral.<@), RESTRICT = contsel, JOIN = contjoinsel,
    RESTRICT = bilateral.position_sel,
    JOIN = bilateral.position_joinsel
);
COMMENT ON OPERATOR bilateral.@> (bilateral.bilateral_position, date) IS 'the position possibly holds on the date (widest reading)';

CREATE OPERATOR bilateral.<@ (LEFTARG = date, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_contained_by,
    COMMUTATOR = OPERATOR(bilateral.@>), RESTRICT = contsel, JOIN = contjoinsel,
    RESTRICT = bilateral.position_sel,
    JOIN = bilateral.position_joinsel
);
COMMENT ON OPERATOR bilateral.<@ (date, bilateral.bilateral_position) IS 'the date falls in the widest reading of the position''s period';

CREATE OPERATOR bilateral.&& (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position,
    PROCEDURE = bilateral.bilateral_position_overlaps, COMMUTATOR = OPERATOR(bilateral.&&), RESTRICT = areasel, JOIN = areajoinsel,
    RESTRICT = bilateral.position_sel,
    JOIN = bilateral.position_joinsel
);
COMMENT ON OPERATOR bilateral.&& (bilateral.bilateral_position, bilateral.bilateral_position) IS 'same actor, counterpart and issue, and the periods possibly overlap';

CREATE OPERATOR bilateral.&& (LEFTARG = bilateral.bilateral_position, RIGHTARG = daterange,
    PROCEDURE = bilateral.bilateral_position_overlaps_range, RESTRICT = areasel, JOIN = areajoinsel,
    RESTRICT = bilateral.position_sel,
    JOIN = bilateral.position_joinsel
);
COMMENT ON OPERATOR bilateral.&& (bilateral.bilateral_position, daterange) IS 'the period possibly overlaps the range';

CREATE FUNCTION bilateral.bilateral_position_cmp(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS int
    AS 'MODULE_PATHNAME', 'position_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_cmp(bilateral.bilateral_position, bilateral.bilateral_position) IS 'btree support: actor, counterpart, issue, start, end, stance';

CREATE FUNCTION bilateral.bilateral_position_lt(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_lt(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of < for bilateral_position';

CREATE FUNCTION bilateral.bilateral_position_le(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_le(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of <= for bilateral_position';

CREATE FUNCTION bilateral.bilateral_position_eq(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_eq(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of = for bilateral_position';

CREATE FUNCTION bilateral.bilateral_position_ne(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_ne(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of <> for bilateral_position';

CREATE FUNCTION bilateral.bilateral_position_ge(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_ge(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of >= for bilateral_position';

CREATE FUNCTION bilateral.bilateral_position_gt(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_gt(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of > for bilateral_position';

CREATE FUNCTION bilateral.bilateral_position_hash(bilateral.bilateral_position) RETURNS int
    AS 'MODULE_PATHNAME', 'position_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_hash(bilateral.bilateral_position) IS 'hash support for bilateral_position';

CREATE FUNCTION bilateral.bilateral_position_hash_extended(bilateral.bilateral_position, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'position_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_hash_extended(bilateral.bilateral_position, bigint) IS 'seeded hash support for bilateral_position';

CREATE OPERATOR bilateral.< (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_lt,
    COMMUTATOR = OPERATOR(bilateral.>), NEGATOR = OPERATOR(bilateral.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR bilateral.< (bilateral.bilateral_position, bilateral.bilateral_position) IS 'sorts before (actor, counterpart, issue, start, end, stance)';

CREATE OPERATOR bilateral.<= (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_le,
    COMMUTATOR = OPERATOR(bilateral.>=), NEGATOR = OPERATOR(bilateral.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR bilateral.<= (bilateral.bilateral_position, bilateral.bilateral_position) IS 'sorts before or equal';

CREATE OPERATOR bilateral.= (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_eq,
    COMMUTATOR = OPERATOR(bilateral.=), NEGATOR = OPERATOR(bilateral.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR bilateral.= (bilateral.bilateral_position, bilateral.bilateral_position) IS 'same position (every field, precisions included)';

CREATE OPERATOR bilateral.<> (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_ne,
    COMMUTATOR = OPERATOR(bilateral.<>), NEGATOR = OPERATOR(bilateral.=), RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR bilateral.<> (bilateral.bilateral_position, bilateral.bilateral_position) IS 'different positions';

CREATE OPERATOR bilateral.>= (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_ge,
    COMMUTATOR = OPERATOR(bilateral.<=), NEGATOR = OPERATOR(bilateral.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR bilateral.>= (bilateral.bilateral_position, bilateral.bilateral_position) IS 'sorts after or equal';

CREATE OPERATOR bilateral.> (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_gt,
    COMMUTATOR = OPERATOR(bilateral.<), NEGATOR = OPERATOR(bilateral.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR bilateral.> (bilateral.bilateral_position, bilateral.bilateral_position) IS 'sorts after';

CREATE OPERATOR CLASS bilateral.bilateral_position_ops DEFAULT FOR TYPE bilateral.bilateral_position USING btree AS
    OPERATOR 1 bilateral.<, OPERATOR 2 bilateral.<=, OPERATOR 3 bilateral.=,
    OPERATOR 4 bilateral.>=, OPERATOR 5 bilateral.>,
    FUNCTION 1 bilateral.bilateral_position_cmp(bilateral.bilateral_position, bilateral.bilateral_position);
COMMENT ON OPERATOR CLASS bilateral.bilateral_position_ops USING btree IS 'order of positions: actor, counterpart, issue, start, end, stance';

CREATE OPERATOR CLASS bilateral.bilateral_position_hash_ops DEFAULT FOR TYPE bilateral.bilateral_position USING hash AS
    OPERATOR 1 bilateral.=,
    FUNCTION 1 bilateral.bilateral_position_hash(bilateral.bilateral_position),
    FUNCTION 2 bilateral.bilateral_position_hash_extended(bilateral.bilateral_position, bigint);
COMMENT ON OPERATOR CLASS bilateral.bilateral_position_hash_ops USING hash IS 'hashing of positions';

-- GiST: the key is a box over (subject, days); see src/position_gist.c
CREATE TYPE bilateral.position_gist_key;

CREATE FUNCTION bilateral.position_gist_key_in(cstring) RETURNS bilateral.position_gist_key
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_key_in(cstring) IS 'internal: refuses input; the key exists only in indexes';

CREATE FUNCTION bilateral.position_gist_key_out(bilateral.position_gist_key) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_key_out(bilateral.position_gist_key) IS 'internal: shows a GiST key (for debugging with pageinspect)';

CREATE TYPE bilateral.position_gist_key (
    INPUT = bilateral.position_gist_key_in,
    OUTPUT = bilateral.position_gist_key_out,
    INTERNALLENGTH = 24,
    ALIGNMENT = double
);
COMMENT ON TYPE bilateral.position_gist_key IS 'internal: the GiST key of bilateral_position (subject range and day range)';

CREATE FUNCTION bilateral.position_gist_consistent(internal, bilateral.bilateral_position, smallint, oid, internal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_consistent(internal, bilateral.bilateral_position, smallint, oid, internal) IS 'GiST support: consistent';

CREATE FUNCTION bilateral.position_gist_union(internal, internal) RETURNS bilateral.position_gist_key
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_union(internal, internal) IS 'GiST support: union';

CREATE FUNCTION bilateral.position_gist_compress(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_compress(internal) IS 'GiST support: compress a position into its key';

CREATE FUNCTION bilateral.position_gist_penalty(internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_penalty(internal, internal, internal) IS 'GiST support: penalty (subject first, then days)';

CREATE FUNCTION bilateral.position_gist_picksplit(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_picksplit(internal, internal) IS 'GiST support: picksplit (sorted halves)';

CREATE FUNCTION bilateral.position_gist_same(bilateral.position_gist_key, bilateral.position_gist_key, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_same(bilateral.position_gist_key, bilateral.position_gist_key, internal) IS 'GiST support: same';

CREATE FUNCTION bilateral.position_gist_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_sortsupport(internal) IS 'GiST support: sorted build (subject, then start)';

CREATE OPERATOR CLASS bilateral.bilateral_position_gist_ops DEFAULT FOR TYPE bilateral.bilateral_position USING gist AS
    OPERATOR 3 bilateral.&& (bilateral.bilateral_position, bilateral.bilateral_position),
    OPERATOR 16 bilateral.@> (bilateral.bilateral_position, date),
    OPERATOR 20 bilateral.&& (bilateral.bilateral_position, daterange),
    FUNCTION 1 bilateral.position_gist_consistent(internal, bilateral.bilateral_position, smallint, oid, internal),
    FUNCTION 2 bilateral.position_gist_union(internal, internal),
    FUNCTION 3 bilateral.position_gist_compress(internal),
    FUNCTION 5 bilateral.position_gist_penalty(internal, internal, internal),
    FUNCTION 6 bilateral.position_gist_picksplit(internal, internal),
    FUNCTION 7 bilateral.position_gist_same(bilateral.position_gist_key, bilateral.position_gist_key, internal),
    FUNCTION 11 bilateral.position_gist_sortsupport(internal),
    STORAGE bilateral.position_gist_key;
COMMENT ON OPERATOR CLASS bilateral.bilateral_position_gist_ops USING gist IS
    'dyad + issue + time lookups: && position (EXCLUDE constraints too), @> date, && daterange';

CREATE CAST (bilateral.bilateral_position AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (bilateral.bilateral_position AS text) IS 'the canonical text form';

CREATE CAST (text AS bilateral.bilateral_position) WITH INOUT;
COMMENT ON CAST (text AS bilateral.bilateral_position) IS 'parses the text form';

CREATE CAST (bilateral.bilateral_position AS jsonb) WITH FUNCTION bilateral.to_jsonb(bilateral.bilateral_position);
COMMENT ON CAST (bilateral.bilateral_position AS jsonb) IS 'see bilateral.to_jsonb(bilateral_position)';

-- ---- 15_partial_date_bounds.sql ----
-- partial_date_bounds() of 1.0 parsed partial dates a second time, in PL/pgSQL, and drifted from
-- the types' parser ('0000' gave a raw out-of-range error).  From 1.1 it calls the C core.
CREATE FUNCTION bilateral.partial_date_bounds(value text,
                                                         OUT first_day date, OUT last_day date, OUT date_precision text)
RETURNS record
AS 'MODULE_PATHNAME', 'partial_date_bounds' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
GRANT EXECUTE ON FUNCTION bilateral.partial_date_bounds(text) TO PUBLIC;
COMMENT ON FUNCTION bilateral.partial_date_bounds(text) IS 'First day, last day and precision (year, month, day) of a partial date written YYYY, YYYY-MM or YYYY-MM-DD (years 0001-9999, blanks around it ignored), read by the same parser as the types; SQLSTATE 22007 for another form, 22008 for a day that does not exist.';

CREATE FUNCTION bilateral.position_stats(tbl regclass, col name, at date DEFAULT NULL,
                                         during daterange DEFAULT NULL,
                                         overlapping bilateral.bilateral_position DEFAULT NULL)
    RETURNS jsonb
    AS 'MODULE_PATHNAME', 'position_stats' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_stats(regclass, name, date, daterange, bilateral.bilateral_position) IS
    'What the planner knows about a column of positions after ANALYZE (null and open shares, bound histograms, distinct and most common subjects) and, when given, its estimate for @> at, && during and && overlapping (selectivity and rows); NULL before ANALYZE. Same visibility as pg_stats: column read privilege, and no row level security in force for the caller.';
GRANT EXECUTE ON FUNCTION bilateral.position_stats(regclass, name, date, daterange, bilateral.bilateral_position) TO PUBLIC;

CREATE FUNCTION bilateral.precision_first_day(day date, date_precision text) RETURNS date
    AS 'MODULE_PATHNAME', 'precision_first_day' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.precision_first_day(date, text) IS
    'First day of the year, month or day (date_precision) that holds the date: what a partial date of that precision starts on; infinity stays infinity. SQLSTATE 22023 for another precision, 22008 when that day is before 4714-11-24 BC.';
GRANT EXECUTE ON FUNCTION bilateral.precision_first_day(date, text) TO PUBLIC;

CREATE FUNCTION bilateral.precision_last_day(day date, date_precision text) RETURNS date
    AS 'MODULE_PATHNAME', 'precision_last_day' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.precision_last_day(date, text) IS
    'Last day of the year, month or day (date_precision) that holds the date: what a partial date of that precision ends on; infinity stays infinity. SQLSTATE 22023 for another precision.';
GRANT EXECUTE ON FUNCTION bilateral.precision_last_day(date, text) TO PUBLIC;

CREATE FUNCTION bilateral.finest_precision(precisions text[]) RETURNS text
    AS 'MODULE_PATHNAME', 'finest_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.finest_precision(text[]) IS
    'The finest of the precisions named (year < month < day; open, a missing bound, below them), NULL when none is: e.g. finest_precision(ARRAY[''year'', ''day'']) = ''day''.';
GRANT EXECUTE ON FUNCTION bilateral.finest_precision(text[]) TO PUBLIC;

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
GRANT EXECUTE ON FUNCTION bilateral.check_day(date, text) TO PUBLIC;
