-- bilateral 1.0: assembled from extension/parts/1.0/*.sql by make scripts.
\echo Use "CREATE EXTENSION bilateral" to load this file. \quit

-- ---- 10_types.sql ----
-- The two C types: treaty_ref and bilateral_position.  Reference: docs/reference.md.

-- ======================= treaty_ref =======================

CREATE TYPE bilateral.treaty_ref;

CREATE FUNCTION bilateral.treaty_ref_in(cstring) RETURNS bilateral.treaty_ref
    AS 'MODULE_PATHNAME', 'treaty_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_out(bilateral.treaty_ref) RETURNS cstring
    AS 'MODULE_PATHNAME', 'treaty_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_recv(internal) RETURNS bilateral.treaty_ref
    AS 'MODULE_PATHNAME', 'treaty_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_send(bilateral.treaty_ref) RETURNS bytea
    AS 'MODULE_PATHNAME', 'treaty_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

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
COMMENT ON FUNCTION bilateral.treaty_ref_in(cstring) IS 'treaty_ref text input: SIGNED:PARTY+PARTY:slug or an Akoma Ntoso work URI';
COMMENT ON FUNCTION bilateral.treaty_ref_out(bilateral.treaty_ref) IS 'treaty_ref text output (canonical form)';
COMMENT ON FUNCTION bilateral.treaty_ref_recv(internal) IS 'treaty_ref binary input (format version 1), validating every field';
COMMENT ON FUNCTION bilateral.treaty_ref_send(bilateral.treaty_ref) IS 'treaty_ref binary output (format version 1)';

CREATE FUNCTION bilateral.make_treaty_ref(parties text[], signed text, slug text) RETURNS bilateral.treaty_ref
    AS 'MODULE_PATHNAME', 'treaty_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.make_treaty_ref(text[], text, text) IS
    'Builds a treaty_ref from party codes (any order), a partial signature date (YYYY, YYYY-MM or YYYY-MM-DD) and a slug';

CREATE FUNCTION bilateral.parties(t bilateral.treaty_ref) RETURNS text[]
    AS 'MODULE_PATHNAME', 'treaty_parties' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.signed_on(t bilateral.treaty_ref) RETURNS date
    AS 'MODULE_PATHNAME', 'treaty_signed_on' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.signed_precision(t bilateral.treaty_ref) RETURNS text
    AS 'MODULE_PATHNAME', 'treaty_signed_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.slug(t bilateral.treaty_ref) RETURNS text
    AS 'MODULE_PATHNAME', 'treaty_slug' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.to_akn_uri(t bilateral.treaty_ref) RETURNS text
    AS 'MODULE_PATHNAME', 'treaty_akn_uri' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.to_jsonb(t bilateral.treaty_ref) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'treaty_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.parties(bilateral.treaty_ref) IS 'The parties'' actor codes, sorted';
COMMENT ON FUNCTION bilateral.signed_on(bilateral.treaty_ref) IS 'First day of the signature date (see signed_precision)';
COMMENT ON FUNCTION bilateral.signed_precision(bilateral.treaty_ref) IS 'Precision of the signature date: year, month or day';
COMMENT ON FUNCTION bilateral.slug(bilateral.treaty_ref) IS 'The treaty''s slug';
COMMENT ON FUNCTION bilateral.to_akn_uri(bilateral.treaty_ref) IS 'Akoma Ntoso style FRBR work URI, e.g. /akn/int/doc/treaty/jpn-rus/1956-10-19/joint_declaration; treaty_ref input reads it back';
COMMENT ON FUNCTION bilateral.to_jsonb(bilateral.treaty_ref) IS 'The treaty_ref as a JSON object (signed, signed_precision, parties, slug, akn)';

CREATE FUNCTION bilateral.treaty_ref_cmp(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS int
    AS 'MODULE_PATHNAME', 'treaty_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_lt(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_le(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_eq(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_ne(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_ge(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_gt(bilateral.treaty_ref, bilateral.treaty_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'treaty_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_hash(bilateral.treaty_ref) RETURNS int
    AS 'MODULE_PATHNAME', 'treaty_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.treaty_ref_hash_extended(bilateral.treaty_ref, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'treaty_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.treaty_ref_cmp(bilateral.treaty_ref, bilateral.treaty_ref) IS 'btree support: signature date, then parties, then slug';
COMMENT ON FUNCTION bilateral.treaty_ref_lt(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of < for treaty_ref';
COMMENT ON FUNCTION bilateral.treaty_ref_le(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of <= for treaty_ref';
COMMENT ON FUNCTION bilateral.treaty_ref_eq(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of = for treaty_ref';
COMMENT ON FUNCTION bilateral.treaty_ref_ne(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of <> for treaty_ref';
COMMENT ON FUNCTION bilateral.treaty_ref_ge(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of >= for treaty_ref';
COMMENT ON FUNCTION bilateral.treaty_ref_gt(bilateral.treaty_ref, bilateral.treaty_ref) IS 'implementation of > for treaty_ref';
COMMENT ON FUNCTION bilateral.treaty_ref_hash(bilateral.treaty_ref) IS 'hash support for treaty_ref';
COMMENT ON FUNCTION bilateral.treaty_ref_hash_extended(bilateral.treaty_ref, bigint) IS 'seeded hash support for treaty_ref (hash partitioning, parallel hash joins)';

CREATE OPERATOR bilateral.< (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_lt,
    COMMUTATOR = OPERATOR(bilateral.>), NEGATOR = OPERATOR(bilateral.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR bilateral.<= (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_le,
    COMMUTATOR = OPERATOR(bilateral.>=), NEGATOR = OPERATOR(bilateral.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR bilateral.= (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_eq,
    COMMUTATOR = OPERATOR(bilateral.=), NEGATOR = OPERATOR(bilateral.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR bilateral.<> (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_ne,
    COMMUTATOR = OPERATOR(bilateral.<>), NEGATOR = OPERATOR(bilateral.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR bilateral.>= (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_ge,
    COMMUTATOR = OPERATOR(bilateral.<=), NEGATOR = OPERATOR(bilateral.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR bilateral.> (LEFTARG = bilateral.treaty_ref, RIGHTARG = bilateral.treaty_ref, PROCEDURE = bilateral.treaty_ref_gt,
    COMMUTATOR = OPERATOR(bilateral.<), NEGATOR = OPERATOR(bilateral.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR bilateral.< (bilateral.treaty_ref, bilateral.treaty_ref) IS 'signed earlier (then parties, slug)';
COMMENT ON OPERATOR bilateral.<= (bilateral.treaty_ref, bilateral.treaty_ref) IS 'signed earlier or equal';
COMMENT ON OPERATOR bilateral.= (bilateral.treaty_ref, bilateral.treaty_ref) IS 'same treaty reference';
COMMENT ON OPERATOR bilateral.<> (bilateral.treaty_ref, bilateral.treaty_ref) IS 'different treaty references';
COMMENT ON OPERATOR bilateral.>= (bilateral.treaty_ref, bilateral.treaty_ref) IS 'signed later or equal';
COMMENT ON OPERATOR bilateral.> (bilateral.treaty_ref, bilateral.treaty_ref) IS 'signed later (then parties, slug)';

CREATE OPERATOR CLASS bilateral.treaty_ref_ops DEFAULT FOR TYPE bilateral.treaty_ref USING btree AS
    OPERATOR 1 bilateral.<, OPERATOR 2 bilateral.<=, OPERATOR 3 bilateral.=,
    OPERATOR 4 bilateral.>=, OPERATOR 5 bilateral.>,
    FUNCTION 1 bilateral.treaty_ref_cmp(bilateral.treaty_ref, bilateral.treaty_ref);
CREATE OPERATOR CLASS bilateral.treaty_ref_hash_ops DEFAULT FOR TYPE bilateral.treaty_ref USING hash AS
    OPERATOR 1 bilateral.=,
    FUNCTION 1 bilateral.treaty_ref_hash(bilateral.treaty_ref),
    FUNCTION 2 bilateral.treaty_ref_hash_extended(bilateral.treaty_ref, bigint);
COMMENT ON OPERATOR CLASS bilateral.treaty_ref_ops USING btree IS 'chronological order of treaty references';
COMMENT ON OPERATOR CLASS bilateral.treaty_ref_hash_ops USING hash IS 'hashing of treaty references';

CREATE CAST (bilateral.treaty_ref AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS bilateral.treaty_ref) WITH INOUT;
CREATE CAST (bilateral.treaty_ref AS jsonb) WITH FUNCTION bilateral.to_jsonb(bilateral.treaty_ref);
COMMENT ON CAST (bilateral.treaty_ref AS text) IS 'the canonical text form';
COMMENT ON CAST (text AS bilateral.treaty_ref) IS 'parses the canonical form or an Akoma Ntoso work URI';
COMMENT ON CAST (bilateral.treaty_ref AS jsonb) IS 'see bilateral.to_jsonb(treaty_ref)';

-- ======================= bilateral_position =======================

CREATE TYPE bilateral.bilateral_position;

CREATE FUNCTION bilateral.bilateral_position_in(cstring) RETURNS bilateral.bilateral_position
    AS 'MODULE_PATHNAME', 'position_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_out(bilateral.bilateral_position) RETURNS cstring
    AS 'MODULE_PATHNAME', 'position_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_recv(internal) RETURNS bilateral.bilateral_position
    AS 'MODULE_PATHNAME', 'position_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_send(bilateral.bilateral_position) RETURNS bytea
    AS 'MODULE_PATHNAME', 'position_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE bilateral.bilateral_position (
    INPUT = bilateral.bilateral_position_in,
    OUTPUT = bilateral.bilateral_position_out,
    RECEIVE = bilateral.bilateral_position_recv,
    SEND = bilateral.bilateral_position_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = main
);
COMMENT ON TYPE bilateral.bilateral_position IS
    'One actor''s stance toward a counterpart on an issue over a period whose bounds carry their precision. Text form ACTOR->COUNTERPART:issue:STANCE:FROM/TO, e.g. JPN->RUS:peace_treaty:+2:2018-11/2019-01.';
COMMENT ON FUNCTION bilateral.bilateral_position_in(cstring) IS 'bilateral_position text input';
COMMENT ON FUNCTION bilateral.bilateral_position_out(bilateral.bilateral_position) IS 'bilateral_position text output (canonical form)';
COMMENT ON FUNCTION bilateral.bilateral_position_recv(internal) IS 'bilateral_position binary input (format version 1), validating every field';
COMMENT ON FUNCTION bilateral.bilateral_position_send(bilateral.bilateral_position) IS 'bilateral_position binary output (format version 1)';

CREATE FUNCTION bilateral.make_position(actor text, counterpart text, issue text, stance int,
                                        valid_from text, valid_to text) RETURNS bilateral.bilateral_position
    AS 'MODULE_PATHNAME', 'position_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.make_position(text, text, text, int, text, text) IS
    'Builds a bilateral_position; valid_from and valid_to are partial dates (YYYY, YYYY-MM, YYYY-MM-DD), both inclusive, NULL for an open end';

CREATE FUNCTION bilateral.actor(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_actor' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.counterpart(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_counterpart' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.issue(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_issue' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.stance(p bilateral.bilateral_position) RETURNS int
    AS 'MODULE_PATHNAME', 'position_stance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.stance_label(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_stance_label' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.valid_from(p bilateral.bilateral_position) RETURNS date
    AS 'MODULE_PATHNAME', 'position_valid_from' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.valid_to(p bilateral.bilateral_position) RETURNS date
    AS 'MODULE_PATHNAME', 'position_valid_to' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.valid_from_precision(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_from_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.valid_to_precision(p bilateral.bilateral_position) RETURNS text
    AS 'MODULE_PATHNAME', 'position_to_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.valid_period(p bilateral.bilateral_position) RETURNS daterange
    AS 'MODULE_PATHNAME', 'position_valid_period' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.certain_period(p bilateral.bilateral_position) RETURNS daterange
    AS 'MODULE_PATHNAME', 'position_certain_period' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.possibly_at(p bilateral.bilateral_position, at date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_possibly_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.certainly_at(p bilateral.bilateral_position, at date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_certainly_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.to_jsonb(p bilateral.bilateral_position) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'position_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.actor(bilateral.bilateral_position) IS 'The actor whose stance it is';
COMMENT ON FUNCTION bilateral.counterpart(bilateral.bilateral_position) IS 'The actor the stance is toward';
COMMENT ON FUNCTION bilateral.issue(bilateral.bilateral_position) IS 'The issue''s codebook code';
COMMENT ON FUNCTION bilateral.stance(bilateral.bilateral_position) IS 'The stance, -3 (hostile) .. +3 (aligned)';
COMMENT ON FUNCTION bilateral.stance_label(bilateral.bilateral_position) IS 'The stance''s label: hostile, adversarial, cool, neutral, pragmatic, cooperative, aligned';
COMMENT ON FUNCTION bilateral.valid_from(bilateral.bilateral_position) IS 'First day of the start (widest reading); NULL when open';
COMMENT ON FUNCTION bilateral.valid_to(bilateral.bilateral_position) IS 'Last day of the end (widest reading); NULL when open';
COMMENT ON FUNCTION bilateral.valid_from_precision(bilateral.bilateral_position) IS 'Precision of the start: year, month or day; NULL when open';
COMMENT ON FUNCTION bilateral.valid_to_precision(bilateral.bilateral_position) IS 'Precision of the end: year, month or day; NULL when open';
COMMENT ON FUNCTION bilateral.valid_period(bilateral.bilateral_position) IS 'The widest reading of the period as a daterange (unbounded where open)';
COMMENT ON FUNCTION bilateral.certain_period(bilateral.bilateral_position) IS 'The narrowest reading of the period as a daterange (from the last day of the start to the first day of the end; empty when none)';
COMMENT ON FUNCTION bilateral.possibly_at(bilateral.bilateral_position, date) IS 'True when the date falls inside the widest reading of the period';
COMMENT ON FUNCTION bilateral.certainly_at(bilateral.bilateral_position, date) IS 'True when the date falls inside the narrowest reading of the period';
COMMENT ON FUNCTION bilateral.to_jsonb(bilateral.bilateral_position) IS 'The position as a JSON object (actor, counterpart, issue, stance, stance_label, valid_from, valid_to as partial dates)';

CREATE FUNCTION bilateral.bilateral_position_contained_by(at date, p bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'date_possibly_in_position' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_overlaps(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_overlaps_range(bilateral.bilateral_position, daterange) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_overlaps_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_contained_by(date, bilateral.bilateral_position) IS 'implementation of date <@ bilateral_position (possibly)';
COMMENT ON FUNCTION bilateral.bilateral_position_overlaps(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of &&: same actor, counterpart and issue, periods possibly overlap';
COMMENT ON FUNCTION bilateral.bilateral_position_overlaps_range(bilateral.bilateral_position, daterange) IS 'implementation of && daterange: the period possibly overlaps the range';

CREATE OPERATOR bilateral.@> (LEFTARG = bilateral.bilateral_position, RIGHTARG = date, PROCEDURE = bilateral.possibly_at,
    COMMUTATOR = OPERATOR(bilateral.<@), RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR bilateral.<@ (LEFTARG = date, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_contained_by,
    COMMUTATOR = OPERATOR(bilateral.@>), RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR bilateral.&& (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position,
    PROCEDURE = bilateral.bilateral_position_overlaps, COMMUTATOR = OPERATOR(bilateral.&&), RESTRICT = areasel, JOIN = areajoinsel);
CREATE OPERATOR bilateral.&& (LEFTARG = bilateral.bilateral_position, RIGHTARG = daterange,
    PROCEDURE = bilateral.bilateral_position_overlaps_range, RESTRICT = areasel, JOIN = areajoinsel);
COMMENT ON OPERATOR bilateral.@> (bilateral.bilateral_position, date) IS 'the position possibly holds on the date (widest reading)';
COMMENT ON OPERATOR bilateral.<@ (date, bilateral.bilateral_position) IS 'the date falls in the widest reading of the position''s period';
COMMENT ON OPERATOR bilateral.&& (bilateral.bilateral_position, bilateral.bilateral_position) IS 'same actor, counterpart and issue, and the periods possibly overlap';
COMMENT ON OPERATOR bilateral.&& (bilateral.bilateral_position, daterange) IS 'the period possibly overlaps the range';

CREATE FUNCTION bilateral.bilateral_position_cmp(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS int
    AS 'MODULE_PATHNAME', 'position_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_lt(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_le(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_eq(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_ne(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_ge(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_gt(bilateral.bilateral_position, bilateral.bilateral_position) RETURNS boolean
    AS 'MODULE_PATHNAME', 'position_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_hash(bilateral.bilateral_position) RETURNS int
    AS 'MODULE_PATHNAME', 'position_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.bilateral_position_hash_extended(bilateral.bilateral_position, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'position_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.bilateral_position_cmp(bilateral.bilateral_position, bilateral.bilateral_position) IS 'btree support: actor, counterpart, issue, start, end, stance';
COMMENT ON FUNCTION bilateral.bilateral_position_lt(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of < for bilateral_position';
COMMENT ON FUNCTION bilateral.bilateral_position_le(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of <= for bilateral_position';
COMMENT ON FUNCTION bilateral.bilateral_position_eq(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of = for bilateral_position';
COMMENT ON FUNCTION bilateral.bilateral_position_ne(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of <> for bilateral_position';
COMMENT ON FUNCTION bilateral.bilateral_position_ge(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of >= for bilateral_position';
COMMENT ON FUNCTION bilateral.bilateral_position_gt(bilateral.bilateral_position, bilateral.bilateral_position) IS 'implementation of > for bilateral_position';
COMMENT ON FUNCTION bilateral.bilateral_position_hash(bilateral.bilateral_position) IS 'hash support for bilateral_position';
COMMENT ON FUNCTION bilateral.bilateral_position_hash_extended(bilateral.bilateral_position, bigint) IS 'seeded hash support for bilateral_position';

CREATE OPERATOR bilateral.< (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_lt,
    COMMUTATOR = OPERATOR(bilateral.>), NEGATOR = OPERATOR(bilateral.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR bilateral.<= (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_le,
    COMMUTATOR = OPERATOR(bilateral.>=), NEGATOR = OPERATOR(bilateral.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR bilateral.= (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_eq,
    COMMUTATOR = OPERATOR(bilateral.=), NEGATOR = OPERATOR(bilateral.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR bilateral.<> (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_ne,
    COMMUTATOR = OPERATOR(bilateral.<>), NEGATOR = OPERATOR(bilateral.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR bilateral.>= (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_ge,
    COMMUTATOR = OPERATOR(bilateral.<=), NEGATOR = OPERATOR(bilateral.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR bilateral.> (LEFTARG = bilateral.bilateral_position, RIGHTARG = bilateral.bilateral_position, PROCEDURE = bilateral.bilateral_position_gt,
    COMMUTATOR = OPERATOR(bilateral.<), NEGATOR = OPERATOR(bilateral.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR bilateral.< (bilateral.bilateral_position, bilateral.bilateral_position) IS 'sorts before (actor, counterpart, issue, start, end, stance)';
COMMENT ON OPERATOR bilateral.<= (bilateral.bilateral_position, bilateral.bilateral_position) IS 'sorts before or equal';
COMMENT ON OPERATOR bilateral.= (bilateral.bilateral_position, bilateral.bilateral_position) IS 'same position (every field, precisions included)';
COMMENT ON OPERATOR bilateral.<> (bilateral.bilateral_position, bilateral.bilateral_position) IS 'different positions';
COMMENT ON OPERATOR bilateral.>= (bilateral.bilateral_position, bilateral.bilateral_position) IS 'sorts after or equal';
COMMENT ON OPERATOR bilateral.> (bilateral.bilateral_position, bilateral.bilateral_position) IS 'sorts after';

CREATE OPERATOR CLASS bilateral.bilateral_position_ops DEFAULT FOR TYPE bilateral.bilateral_position USING btree AS
    OPERATOR 1 bilateral.<, OPERATOR 2 bilateral.<=, OPERATOR 3 bilateral.=,
    OPERATOR 4 bilateral.>=, OPERATOR 5 bilateral.>,
    FUNCTION 1 bilateral.bilateral_position_cmp(bilateral.bilateral_position, bilateral.bilateral_position);
CREATE OPERATOR CLASS bilateral.bilateral_position_hash_ops DEFAULT FOR TYPE bilateral.bilateral_position USING hash AS
    OPERATOR 1 bilateral.=,
    FUNCTION 1 bilateral.bilateral_position_hash(bilateral.bilateral_position),
    FUNCTION 2 bilateral.bilateral_position_hash_extended(bilateral.bilateral_position, bigint);
COMMENT ON OPERATOR CLASS bilateral.bilateral_position_ops USING btree IS 'order of positions: actor, counterpart, issue, start, end, stance';
COMMENT ON OPERATOR CLASS bilateral.bilateral_position_hash_ops USING hash IS 'hashing of positions';

-- GiST: the key is a box over (subject, days); see src/position_gist.c
CREATE TYPE bilateral.position_gist_key;
CREATE FUNCTION bilateral.position_gist_key_in(cstring) RETURNS bilateral.position_gist_key
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.position_gist_key_out(bilateral.position_gist_key) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE bilateral.position_gist_key (
    INPUT = bilateral.position_gist_key_in,
    OUTPUT = bilateral.position_gist_key_out,
    INTERNALLENGTH = 24,
    ALIGNMENT = double
);
COMMENT ON TYPE bilateral.position_gist_key IS 'internal: the GiST key of bilateral_position (subject range and day range)';
COMMENT ON FUNCTION bilateral.position_gist_key_in(cstring) IS 'internal: refuses input; the key exists only in indexes';
COMMENT ON FUNCTION bilateral.position_gist_key_out(bilateral.position_gist_key) IS 'internal: shows a GiST key (for debugging with pageinspect)';

CREATE FUNCTION bilateral.position_gist_consistent(internal, bilateral.bilateral_position, smallint, oid, internal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.position_gist_union(internal, internal) RETURNS bilateral.position_gist_key
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.position_gist_compress(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.position_gist_penalty(internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.position_gist_picksplit(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.position_gist_same(bilateral.position_gist_key, bilateral.position_gist_key, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bilateral.position_gist_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.position_gist_consistent(internal, bilateral.bilateral_position, smallint, oid, internal) IS 'GiST support: consistent';
COMMENT ON FUNCTION bilateral.position_gist_union(internal, internal) IS 'GiST support: union';
COMMENT ON FUNCTION bilateral.position_gist_compress(internal) IS 'GiST support: compress a position into its key';
COMMENT ON FUNCTION bilateral.position_gist_penalty(internal, internal, internal) IS 'GiST support: penalty (subject first, then days)';
COMMENT ON FUNCTION bilateral.position_gist_picksplit(internal, internal) IS 'GiST support: picksplit (sorted halves)';
COMMENT ON FUNCTION bilateral.position_gist_same(bilateral.position_gist_key, bilateral.position_gist_key, internal) IS 'GiST support: same';
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
CREATE CAST (text AS bilateral.bilateral_position) WITH INOUT;
CREATE CAST (bilateral.bilateral_position AS jsonb) WITH FUNCTION bilateral.to_jsonb(bilateral.bilateral_position);
COMMENT ON CAST (bilateral.bilateral_position AS text) IS 'the canonical text form';
COMMENT ON CAST (text AS bilateral.bilateral_position) IS 'parses the text form';
COMMENT ON CAST (bilateral.bilateral_position AS jsonb) IS 'see bilateral.to_jsonb(bilateral_position)';

-- ---- 20_tables.sql ----
-- Dataset tables. Contract: docs/data-model.md. Shipped rows: shipped = true, ids < 1000000.

CREATE TABLE bilateral.source (
    source_key          text PRIMARY KEY CHECK (source_key ~ '^[a-z][a-z0-9_]{0,62}$'),
    title               text NOT NULL,
    title_en            text,
    author              text,
    publisher           text,
    published           date NOT NULL,
    published_precision text NOT NULL CHECK (published_precision IN ('year', 'month', 'day')),
    language            text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    kind                text NOT NULL CHECK (kind ~ '^[a-z][a-z_]*$'),
    note                text,
    shipped             boolean NOT NULL DEFAULT false
);

CREATE TABLE bilateral.actor (
    actor       text PRIMARY KEY CHECK (actor ~ '^[A-Z]{3}$'),
    name_en     text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('state', 'organisation', 'group', 'territory')),
    cow_ccode   int,
    cow_abb     text,
    gw_code     int,
    iso2        text CHECK (iso2 ~ '^[A-Z]{2}$'),
    iso3        text CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso_numeric int,
    cameo       text,
    wikidata    text CHECK (wikidata ~ '^Q[0-9]+$'),
    note        text,
    shipped     boolean NOT NULL DEFAULT false
);

CREATE TABLE bilateral.actor_name (
    actor     text NOT NULL REFERENCES bilateral.actor,
    lang      text NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    name      text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('name', 'short', 'alias', 'metonym', 'historical')),
    valid_from date,
    valid_to   date,
    source_key text REFERENCES bilateral.source,   -- the document that uses this alias, if any
    shipped   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor, lang, name)
);

CREATE TABLE bilateral.actor_era (
    actor      text NOT NULL REFERENCES bilateral.actor,
    era_from   date,            -- NULL: open
    era_to     date,            -- inclusive; NULL: open
    name_en    text NOT NULL,   -- 'Russian Empire', 'Soviet Union', ...
    regime     text,
    general_knowledge text,
    shipped    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor, name_en)
);

CREATE TABLE bilateral.actor_code_era (
    actor      text NOT NULL REFERENCES bilateral.actor,
    system     text NOT NULL CHECK (system IN ('cow', 'cow_abb', 'gw', 'iso2', 'iso3', 'iso_numeric', 'cameo', 'wikidata')),
    code       text NOT NULL,
    valid_from date,            -- NULL: open
    valid_to   date,            -- inclusive; NULL: open
    general_knowledge text,
    shipped    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor, system, code)
);

CREATE TABLE bilateral.system_membership (
    actor      text NOT NULL REFERENCES bilateral.actor,
    system     text NOT NULL CHECK (system IN ('cow', 'gw')),
    member_from date NOT NULL,
    member_to   date,           -- inclusive; NULL: still a member
    general_knowledge text,
    shipped    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (actor, system, member_from)
);

CREATE TABLE bilateral.issue (
    issue       text PRIMARY KEY CHECK (issue ~ '^[a-z][a-z0-9_]{0,31}$'),
    name_en     text NOT NULL,
    definition  text NOT NULL,
    scale_minus3 text, scale_minus2 text, scale_minus1 text, scale_0 text,
    scale_plus1 text, scale_plus2 text, scale_plus3 text,
    example     text,           -- an example from the documents, with its source key
    shipped     boolean NOT NULL DEFAULT false
);

CREATE TABLE bilateral.treaty (
    treaty        bilateral.treaty_ref PRIMARY KEY,
    name_en       text NOT NULL,
    kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z_]*$'),   -- treaty, declaration, agreement, ...
    in_force_from date,
    in_force_to   date,         -- inclusive; NULL: in force or unknown
    general_knowledge text,
    shipped       boolean NOT NULL DEFAULT false
);

CREATE TABLE bilateral.treaty_name (
    treaty  bilateral.treaty_ref NOT NULL REFERENCES bilateral.treaty,
    lang    text NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    name    text NOT NULL,
    source_key text REFERENCES bilateral.source,
    shipped boolean NOT NULL DEFAULT false,
    PRIMARY KEY (treaty, lang, name)
);

CREATE TABLE bilateral.treaty_mention (
    mention_id  bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    treaty      bilateral.treaty_ref NOT NULL REFERENCES bilateral.treaty,
    source_key  text NOT NULL REFERENCES bilateral.source,
    locator     text,
    quote       text NOT NULL CHECK (quote <> ''),
    shipped     boolean NOT NULL DEFAULT false
);

CREATE TABLE bilateral.event (
    event_id      bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    event_key     text NOT NULL CHECK (event_key ~ '^[a-z][a-z0-9_]*$'),  -- same event, several mentions
    name_en       text NOT NULL,
    kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z_]*$'),
    occurred_from date NOT NULL,    -- first day of the earliest reading
    occurred_to   date NOT NULL,    -- last day of the latest reading
    from_precision text NOT NULL CHECK (from_precision IN ('year', 'month', 'day')),
    to_precision   text NOT NULL CHECK (to_precision IN ('year', 'month', 'day')),
    actors        text[] NOT NULL,
    source_key    text NOT NULL REFERENCES bilateral.source,
    locator       text,
    quote         text NOT NULL CHECK (quote <> ''),
    general_knowledge text,
    shipped       boolean NOT NULL DEFAULT false,
    CHECK (occurred_from <= occurred_to)
);

CREATE TABLE bilateral.position_claim (
    claim_id     bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    position     bilateral.bilateral_position NOT NULL,
    source_key   text NOT NULL REFERENCES bilateral.source,
    locator      text,
    quote        text NOT NULL CHECK (quote <> ''),
    quote_lang   text NOT NULL CHECK (quote_lang ~ '^[a-z]{2,3}$'),
    statement_en text NOT NULL,
    general_knowledge text,
    shipped      boolean NOT NULL DEFAULT false
);

CREATE TABLE bilateral.indicator (
    indicator_id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    indicator    text NOT NULL CHECK (indicator ~ '^[a-z][a-z0-9_]*$'),
    actor        text NOT NULL REFERENCES bilateral.actor,
    counterpart  text REFERENCES bilateral.actor,
    year         int NOT NULL,
    value        numeric NOT NULL,
    unit         text NOT NULL,
    source_key   text NOT NULL REFERENCES bilateral.source,
    locator      text,
    quote        text NOT NULL CHECK (quote <> ''),
    general_knowledge text,
    shipped      boolean NOT NULL DEFAULT false
);

CREATE TABLE bilateral.office_term (
    term_id      bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    person       text NOT NULL,
    office       text NOT NULL,
    actor        text NOT NULL REFERENCES bilateral.actor,
    term_from    date,          -- first day; NULL: not stated
    term_to      date,          -- last day (inclusive); NULL: open or not stated
    from_precision text CHECK (from_precision IN ('year', 'month', 'day')),
    to_precision   text CHECK (to_precision IN ('year', 'month', 'day')),
    source_key   text NOT NULL REFERENCES bilateral.source,
    locator      text,
    quote        text NOT NULL CHECK (quote <> ''),
    general_knowledge text,
    shipped      boolean NOT NULL DEFAULT false,
    CHECK (term_from IS NULL OR term_to IS NULL OR term_from <= term_to)
);

CREATE TABLE bilateral.erratum (
    erratum_id   bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1000001) PRIMARY KEY,
    source_key   text NOT NULL REFERENCES bilateral.source,
    locator      text,
    quote        text NOT NULL CHECK (quote <> ''),
    correction   text NOT NULL,
    subject_kind text CHECK (subject_kind IN ('source', 'treaty', 'event', 'claim', 'indicator', 'office_term', 'actor')),
    subject_id   text,          -- the corrected row's id (or key), if the correction is in a row
    shipped      boolean NOT NULL DEFAULT false
);

-- ---- 30_catalogue.sql ----
-- Catalogue (release 1.0): actors with their codes, names, eras and state-system membership
-- spells, and the issue codebook. Not derived from any one document: every row is general
-- knowledge, and the rows that carry a date or a code say which reference they come from.
-- Codes are given only where certain; NULL otherwise. Organisations have no COW/GW/ISO codes.
-- References:
--   COW  = Correlates of War Project, State System Membership List v2016 (states2016.csv)
--   GW   = Gleditsch & Ward 1999, "A Revised List of Independent States since the Congress of
--          Vienna", International Interactions 25(4), list as distributed (ksgmdw.txt)
--   ISO  = ISO 3166-1 (current codes), ISO 3166-3 (codes of dissolved states)
--   CAMEO = CAMEO Event and Actor Codebook v1.1b3 (2012), ch. 3 (country codes; table 3.4 IGOs)

-- Actors -----------------------------------------------------------------------------------------

INSERT INTO bilateral.actor (actor, name_en, kind, cow_ccode, cow_abb, gw_code, iso2, iso3, iso_numeric, cameo, wikidata, note, shipped) VALUES
 ('JPN', 'Japan',          'state', 740, 'JPN', 740, 'JP', 'JPN', 392, 'JPN', 'Q17',  NULL, true),
 ('RUS', 'Russia',         'state', 365, 'RUS', 365, 'RU', 'RUS', 643, 'RUS', 'Q159', 'One continuous actor across the Russian Empire, Soviet Russia, the USSR and the Russian Federation (as COW and GW code 365 treat it); ISO codes of the USSR era in actor_code_era.', true),
 ('USA', 'United States',  'state',   2, 'USA',   2, 'US', 'USA', 840, 'USA', 'Q30',  NULL, true),
 ('CHN', 'China',          'state', 710, 'CHN', 710, 'CN', 'CHN', 156, 'CHN', 'Q148', 'China as one continuous actor (COW/GW 710): Qing Empire, Republic of China on the mainland until 1949, People''s Republic of China since 1949-10-01; Taiwan after 1949 is TWN.', true),
 ('TWN', 'Taiwan',         'state', 713, 'TAW', 713, 'TW', 'TWN', 158, 'TWN', 'Q865', 'The Republic of China on Taiwan after 1949 (COW/GW 713).', true),
 ('PRK', 'North Korea',    'state', 731, 'PRK', 731, 'KP', 'PRK', 408, 'PRK', 'Q423', NULL, true),
 ('KOR', 'South Korea',    'state', 732, 'ROK', 732, 'KR', 'KOR', 410, 'KOR', 'Q884', NULL, true),
 ('UKR', 'Ukraine',        'state', 369, 'UKR', 369, 'UA', 'UKR', 804, 'UKR', 'Q212', NULL, true),
 ('AUS', 'Australia',      'state', 900, 'AUL', 900, 'AU', 'AUS',  36, 'AUS', 'Q408', NULL, true),
 ('AFG', 'Afghanistan',    'state', 700, 'AFG', 700, 'AF', 'AFG',   4, 'AFG', 'Q889', NULL, true),
 ('IND', 'India',          'state', 750, 'IND', 750, 'IN', 'IND', 356, 'IND', 'Q668', NULL, true),
 ('GBR', 'United Kingdom', 'state', 200, 'UKG', 200, 'GB', 'GBR', 826, 'GBR', 'Q145', NULL, true),
 ('FRA', 'France',         'state', 220, 'FRN', 220, 'FR', 'FRA', 250, 'FRA', 'Q142', NULL, true),
 ('DEU', 'Germany',        'state', 255, 'GMY', 260, 'DE', 'DEU', 276, 'DEU', 'Q183', 'COW codes unified Germany 255 (GMY) and West Germany 1955-1990 260 (GFR); GW continues 260 after 1990 and uses 255 until 1945 (see actor_code_era).', true),
 ('ITA', 'Italy',          'state', 325, 'ITA', 325, 'IT', 'ITA', 380, 'ITA', 'Q38',  NULL, true),
 ('CAN', 'Canada',         'state',  20, 'CAN',  20, 'CA', 'CAN', 124, 'CAN', 'Q16',  NULL, true),
 ('VNM', 'Vietnam',        'state', 816, 'DRV', 816, 'VN', 'VNM', 704, 'VNM', 'Q881', 'COW/GW 816 (Democratic Republic of Vietnam, since 1976 the Socialist Republic of Viet Nam).', true),
 ('MNG', 'Mongolia',       'state', 712, 'MON', 712, 'MN', 'MNG', 496, 'MNG', 'Q711', NULL, true),
 ('EUU', 'European Union', 'organisation', NULL, NULL, NULL, NULL, NULL, NULL, 'IGOEEC', 'Q458',  'CAMEO codes the EU as IGOEEC.', true),
 ('GSV', 'Group of Seven', 'group',        NULL, NULL, NULL, NULL, NULL, NULL, 'IGOGOS', NULL,    NULL, true),
 ('GEI', 'Group of Eight', 'group',        NULL, NULL, NULL, NULL, NULL, NULL, 'IGOGOE', NULL,    'The G7 plus Russia; Russia''s participation was suspended in March 2014.', true),
 ('NAT', 'North Atlantic Treaty Organization', 'organisation', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Q7184', NULL, true),
 ('UNO', 'United Nations', 'organisation', NULL, NULL, NULL, NULL, NULL, NULL, 'IGOUNO', 'Q1065', NULL, true),
 ('ASN', 'Association of Southeast Asian Nations', 'organisation', NULL, NULL, NULL, NULL, NULL, NULL, 'IGOASN', 'Q7768', NULL, true),
 ('APC', 'Asia-Pacific Economic Cooperation', 'organisation', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, true),
 ('SCO', 'Shanghai Cooperation Organisation', 'organisation', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, true),
 ('BRC', 'BRICS',          'group',        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Brazil, Russia, India, China, South Africa (and members admitted since 2024).', true);

-- Codes that changed over time --------------------------------------------------------------------

INSERT INTO bilateral.actor_code_era (actor, system, code, valid_from, valid_to, general_knowledge, shipped) VALUES
 ('RUS', 'iso2',        'SU',  '1922-12-30', '1991-12-26', 'ISO 3166-3: USSR, former code SU/SUN/810 (withdrawn 1992, now SUHH); applied to the Soviet era of RUS, although ISO 3166 itself dates from 1974', true),
 ('RUS', 'iso3',        'SUN', '1922-12-30', '1991-12-26', 'ISO 3166-3: USSR, former code SU/SUN/810 (withdrawn 1992, now SUHH); applied to the Soviet era of RUS, although ISO 3166 itself dates from 1974', true),
 ('RUS', 'iso_numeric', '810', '1922-12-30', '1991-12-26', 'ISO 3166-3: USSR, former code SU/SUN/810 (withdrawn 1992, now SUHH); applied to the Soviet era of RUS, although ISO 3166 itself dates from 1974', true),
 ('RUS', 'wikidata',    'Q34266', NULL, '1917-09-13', 'Wikidata item of the Russian Empire (era dates as in actor_era)', true),
 ('RUS', 'wikidata',    'Q15180', '1922-12-30', '1991-12-25', 'Wikidata item of the Soviet Union (era dates as in actor_era)', true),
 ('DEU', 'cow',         '260', '1955-05-05', '1990-10-02', 'COW State System Membership v2016: German Federal Republic (GFR, 260) 1955-05-05..1990-10-02; Germany (GMY, 255) 1816-01-01..1945-05-08 and from 1990-10-03', true),
 ('DEU', 'cow_abb',     'GFR', '1955-05-05', '1990-10-02', 'COW State System Membership v2016: German Federal Republic (GFR, 260) 1955-05-05..1990-10-02', true),
 ('DEU', 'gw',          '255', '1816-01-01', '1945-05-07', 'Gleditsch & Ward 1999 list: Germany (Prussia) 255 1816-01-01..1945-05-07; German Federal Republic 260 from 1949-09-21, continued after unification', true),
 ('DEU', 'gw',          '260', '1949-09-21', NULL,         'Gleditsch & Ward 1999 list: German Federal Republic 260 from 1949-09-21, continued after unification in 1990', true);

-- Regime and name eras ----------------------------------------------------------------------------

INSERT INTO bilateral.actor_era (actor, era_from, era_to, name_en, regime, general_knowledge, shipped) VALUES
 ('RUS', NULL,         '1917-09-13', 'Russian Empire', 'monarchy (Provisional Government from 1917-03-15)',
  'Nicholas II abdicated on 2 (15) March 1917; the Provisional Government proclaimed the Russian Republic on 1 (14) September 1917; Gregorian dates', true),
 ('RUS', '1917-09-14', '1917-11-06', 'Russian Republic', 'Provisional Government',
  'Republic proclaimed 1 (14) September 1917; Provisional Government overthrown in the October Revolution, 25 October (7 November) 1917; Gregorian dates', true),
 ('RUS', '1917-11-07', '1922-12-29', 'Russian Soviet Federative Socialist Republic', 'Soviet (Bolshevik)',
  'October Revolution 25 October (7 November) 1917; the Treaty on the Creation of the USSR was signed on 30 December 1922', true),
 ('RUS', '1922-12-30', '1991-12-25', 'Soviet Union', 'Soviet (one-party communist)',
  'USSR founded 30 December 1922; Gorbachev resigned and the Soviet flag was lowered on 25 December 1991, the Soviet of the Republics dissolved the Union on 26 December 1991', true),
 ('RUS', '1991-12-26', NULL,         'Russian Federation', 'federal semi-presidential republic',
  'Russian Federation as continuator state of the USSR from 26 December 1991', true),
 ('JPN', NULL,         '1868-01-02', 'Tokugawa shogunate', 'shogunate',
  'Restoration of imperial rule proclaimed on 3 January 1868 (Meiji Restoration)', true),
 ('JPN', '1868-01-03', '1947-05-02', 'Empire of Japan', 'imperial monarchy (Meiji Constitution from 1890)',
  'Meiji Restoration 3 January 1868; the Constitution of Japan took effect on 3 May 1947', true),
 ('JPN', '1947-05-03', NULL,         'State of Japan', 'parliamentary constitutional monarchy',
  'Constitution of Japan in effect from 3 May 1947 (Allied occupation until 28 April 1952)', true),
 ('CHN', NULL,         '1911-12-31', 'Qing Empire', 'imperial monarchy',
  'Republic of China founded 1 January 1912; the last Qing emperor abdicated on 12 February 1912', true),
 ('CHN', '1912-01-01', '1949-09-30', 'Republic of China', 'republic',
  'Republic of China founded 1 January 1912; People''s Republic of China proclaimed 1 October 1949', true),
 ('CHN', '1949-10-01', NULL,         'People''s Republic of China', 'one-party communist state',
  'People''s Republic of China proclaimed 1 October 1949', true),
 ('DEU', NULL,         '1945-05-08', 'German Reich', NULL,
  'unconditional surrender of the Wehrmacht 8 May 1945', true),
 ('DEU', '1949-05-23', '1990-10-02', 'Federal Republic of Germany (West Germany)', 'federal parliamentary republic',
  'Basic Law promulgated 23 May 1949; German reunification 3 October 1990', true),
 ('DEU', '1990-10-03', NULL,         'Federal Republic of Germany', 'federal parliamentary republic',
  'German reunification 3 October 1990', true);

-- State-system membership spells ------------------------------------------------------------------
-- member_to NULL: still a member at the end of the list's coverage (COW v2016: 2016-12-31).

INSERT INTO bilateral.system_membership (actor, system, member_from, member_to, general_knowledge, shipped) VALUES
 ('JPN', 'cow', '1860-01-01', '1945-08-14', 'COW State System Membership v2016 (JPN 740); out of the system during the Allied occupation', true),
 ('JPN', 'cow', '1952-04-28', NULL,         'COW State System Membership v2016 (JPN 740); re-entry when the San Francisco Peace Treaty took effect', true),
 ('RUS', 'cow', '1816-01-01', NULL,         'COW State System Membership v2016 (RUS 365), one spell across Empire, USSR and Federation', true),
 ('USA', 'cow', '1816-01-01', NULL,         'COW State System Membership v2016 (USA 2)', true),
 ('CHN', 'cow', '1860-10-25', NULL,         'COW State System Membership v2016 (CHN 710)', true),
 ('TWN', 'cow', '1949-12-08', NULL,         'COW State System Membership v2016 (TAW 713)', true),
 ('PRK', 'cow', '1948-09-09', NULL,         'COW State System Membership v2016 (PRK 731)', true),
 ('KOR', 'cow', '1949-06-29', NULL,         'COW State System Membership v2016 (ROK 732)', true),
 ('UKR', 'cow', '1991-12-26', NULL,         'COW State System Membership v2016 (UKR 369)', true),
 ('AUS', 'cow', '1920-01-10', NULL,         'COW State System Membership v2016 (AUL 900)', true),
 ('AFG', 'cow', '1919-08-08', NULL,         'COW State System Membership v2016 (AFG 700)', true),
 ('IND', 'cow', '1947-08-15', NULL,         'COW State System Membership v2016 (IND 750)', true),
 ('GBR', 'cow', '1816-01-01', NULL,         'COW State System Membership v2016 (UKG 200)', true),
 ('FRA', 'cow', '1816-01-01', '1942-11-11', 'COW State System Membership v2016 (FRN 220)', true),
 ('FRA', 'cow', '1944-08-25', NULL,         'COW State System Membership v2016 (FRN 220)', true),
 ('DEU', 'cow', '1816-01-01', '1945-05-08', 'COW State System Membership v2016 (GMY 255)', true),
 ('DEU', 'cow', '1955-05-05', '1990-10-02', 'COW State System Membership v2016 (GFR 260, West Germany)', true),
 ('DEU', 'cow', '1990-10-03', NULL,         'COW State System Membership v2016 (GMY 255)', true),
 ('ITA', 'cow', '1816-01-01', NULL,         'COW State System Membership v2016 (ITA 325)', true),
 ('CAN', 'cow', '1920-01-10', NULL,         'COW State System Membership v2016 (CAN 20)', true),
 ('VNM', 'cow', '1954-07-21', NULL,         'COW State System Membership v2016 (DRV 816)', true),
 ('MNG', 'cow', '1921-03-13', NULL,         'COW State System Membership v2016 (MON 712)', true),
 ('JPN', 'gw',  '1816-01-01', NULL,         'Gleditsch & Ward 1999 list (740): no interruption for the occupation', true),
 ('RUS', 'gw',  '1816-01-01', NULL,         'Gleditsch & Ward 1999 list (365)', true),
 ('USA', 'gw',  '1816-01-01', NULL,         'Gleditsch & Ward 1999 list (2)', true),
 ('CHN', 'gw',  '1816-01-01', NULL,         'Gleditsch & Ward 1999 list (710)', true),
 ('TWN', 'gw',  '1949-12-08', NULL,         'Gleditsch & Ward 1999 list (713)', true),
 ('PRK', 'gw',  '1948-09-09', NULL,         'Gleditsch & Ward 1999 list (731)', true),
 ('KOR', 'gw',  '1948-08-15', NULL,         'Gleditsch & Ward 1999 list (732)', true),
 ('UKR', 'gw',  '1991-12-01', NULL,         'Gleditsch & Ward 1999 list (369)', true),
 ('AUS', 'gw',  '1901-01-01', NULL,         'Gleditsch & Ward 1999 list (900)', true),
 ('AFG', 'gw',  '1816-01-01', '1888-12-30', 'Gleditsch & Ward 1999 list (700)', true),
 ('AFG', 'gw',  '1919-05-01', NULL,         'Gleditsch & Ward 1999 list (700)', true),
 ('IND', 'gw',  '1947-08-15', NULL,         'Gleditsch & Ward 1999 list (750)', true),
 ('GBR', 'gw',  '1816-01-01', NULL,         'Gleditsch & Ward 1999 list (200)', true),
 ('FRA', 'gw',  '1816-01-01', NULL,         'Gleditsch & Ward 1999 list (220)', true),
 ('DEU', 'gw',  '1816-01-01', '1945-05-07', 'Gleditsch & Ward 1999 list (255, Germany/Prussia)', true),
 ('DEU', 'gw',  '1949-09-21', NULL,         'Gleditsch & Ward 1999 list (260, German Federal Republic, continued after 1990)', true),
 ('ITA', 'gw',  '1816-01-01', NULL,         'Gleditsch & Ward 1999 list (325, Sardinia/Italy)', true),
 ('CAN', 'gw',  '1867-07-01', NULL,         'Gleditsch & Ward 1999 list (20)', true),
 ('VNM', 'gw',  '1954-05-01', NULL,         'Gleditsch & Ward 1999 list (816)', true),
 ('MNG', 'gw',  '1921-03-13', NULL,         'Gleditsch & Ward 1999 list (712)', true);

-- Names and aliases (source_key NULL: catalogue names, not taken from one document) --------------

INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES
 -- Japan
 ('JPN', 'en', 'Japan', 'name', NULL, NULL, NULL, true),
 ('JPN', 'es', 'Japón', 'name', NULL, NULL, NULL, true),
 ('JPN', 'ru', 'Япония', 'name', NULL, NULL, NULL, true),
 ('JPN', 'ja', '日本国', 'name', NULL, NULL, NULL, true),
 ('JPN', 'ja', '日本', 'short', NULL, NULL, NULL, true),
 ('JPN', 'en', 'Empire of Japan', 'historical', '1868-01-03', '1947-05-02', NULL, true),
 ('JPN', 'es', 'Imperio del Japón', 'historical', '1868-01-03', '1947-05-02', NULL, true),
 ('JPN', 'ru', 'Японская империя', 'historical', '1868-01-03', '1947-05-02', NULL, true),
 ('JPN', 'ja', '大日本帝国', 'historical', '1868-01-03', '1947-05-02', NULL, true),
 ('JPN', 'en', 'Tokugawa shogunate', 'historical', NULL, '1868-01-02', NULL, true),
 ('JPN', 'es', 'Shogunato Tokugawa', 'historical', NULL, '1868-01-02', NULL, true),
 ('JPN', 'ru', 'Сёгунат Токугава', 'historical', NULL, '1868-01-02', NULL, true),
 ('JPN', 'ja', '江戸幕府', 'historical', NULL, '1868-01-02', NULL, true),
 -- Russia
 ('RUS', 'en', 'Russian Federation', 'name', '1991-12-26', NULL, NULL, true),
 ('RUS', 'en', 'Russia', 'short', NULL, NULL, NULL, true),
 ('RUS', 'es', 'Federación de Rusia', 'name', '1991-12-26', NULL, NULL, true),
 ('RUS', 'es', 'Rusia', 'short', NULL, NULL, NULL, true),
 ('RUS', 'ru', 'Российская Федерация', 'name', '1991-12-26', NULL, NULL, true),
 ('RUS', 'ru', 'Россия', 'short', NULL, NULL, NULL, true),
 ('RUS', 'ja', 'ロシア連邦', 'name', '1991-12-26', NULL, NULL, true),
 ('RUS', 'ja', 'ロシア', 'short', NULL, NULL, NULL, true),
 ('RUS', 'en', 'Russian Empire', 'historical', NULL, '1917-09-13', NULL, true),
 ('RUS', 'es', 'Imperio ruso', 'historical', NULL, '1917-09-13', NULL, true),
 ('RUS', 'ru', 'Российская империя', 'historical', NULL, '1917-09-13', NULL, true),
 ('RUS', 'ja', 'ロシア帝国', 'historical', NULL, '1917-09-13', NULL, true),
 ('RUS', 'en', 'Soviet Russia', 'historical', '1917-11-07', '1922-12-29', NULL, true),
 ('RUS', 'en', 'Russian SFSR', 'historical', '1917-11-07', '1922-12-29', NULL, true),
 ('RUS', 'ru', 'РСФСР', 'historical', '1917-11-07', '1922-12-29', NULL, true),
 ('RUS', 'ru', 'Советская Россия', 'historical', '1917-11-07', '1922-12-29', NULL, true),
 ('RUS', 'es', 'Rusia soviética', 'historical', '1917-11-07', '1922-12-29', NULL, true),
 ('RUS', 'en', 'Soviet Union', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'en', 'USSR', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'en', 'Union of Soviet Socialist Republics', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'es', 'Unión Soviética', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'es', 'URSS', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'es', 'Unión de Repúblicas Socialistas Soviéticas', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'ru', 'СССР', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'ru', 'Советский Союз', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'ru', 'Союз Советских Социалистических Республик', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'ja', 'ソビエト連邦', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 ('RUS', 'ja', 'ソ連', 'historical', '1922-12-30', '1991-12-25', NULL, true),
 -- United States
 ('USA', 'en', 'United States of America', 'name', NULL, NULL, NULL, true),
 ('USA', 'en', 'United States', 'short', NULL, NULL, NULL, true),
 ('USA', 'en', 'US', 'alias', NULL, NULL, NULL, true),
 ('USA', 'en', 'U.S.', 'alias', NULL, NULL, NULL, true),
 ('USA', 'es', 'Estados Unidos de América', 'name', NULL, NULL, NULL, true),
 ('USA', 'es', 'Estados Unidos', 'short', NULL, NULL, NULL, true),
 ('USA', 'es', 'EE. UU.', 'alias', NULL, NULL, NULL, true),
 ('USA', 'es', 'EE.UU.', 'alias', NULL, NULL, NULL, true),
 ('USA', 'es', 'EEUU', 'alias', NULL, NULL, NULL, true),
 ('USA', 'ru', 'Соединённые Штаты Америки', 'name', NULL, NULL, NULL, true),
 ('USA', 'ru', 'США', 'short', NULL, NULL, NULL, true),
 ('USA', 'ja', 'アメリカ合衆国', 'name', NULL, NULL, NULL, true),
 ('USA', 'ja', 'アメリカ', 'short', NULL, NULL, NULL, true),
 ('USA', 'ja', '米国', 'alias', NULL, NULL, NULL, true),
 -- China
 ('CHN', 'en', 'People''s Republic of China', 'name', '1949-10-01', NULL, NULL, true),
 ('CHN', 'en', 'China', 'short', NULL, NULL, NULL, true),
 ('CHN', 'en', 'PRC', 'alias', '1949-10-01', NULL, NULL, true),
 ('CHN', 'es', 'República Popular China', 'name', '1949-10-01', NULL, NULL, true),
 ('CHN', 'es', 'China', 'short', NULL, NULL, NULL, true),
 ('CHN', 'ru', 'Китайская Народная Республика', 'name', '1949-10-01', NULL, NULL, true),
 ('CHN', 'ru', 'Китай', 'short', NULL, NULL, NULL, true),
 ('CHN', 'ru', 'КНР', 'alias', '1949-10-01', NULL, NULL, true),
 ('CHN', 'ja', '中華人民共和国', 'name', '1949-10-01', NULL, NULL, true),
 ('CHN', 'ja', '中国', 'short', NULL, NULL, NULL, true),
 ('CHN', 'en', 'Qing Empire', 'historical', NULL, '1911-12-31', NULL, true),
 -- Taiwan
 ('TWN', 'en', 'Taiwan', 'name', NULL, NULL, NULL, true),
 ('TWN', 'es', 'Taiwán', 'name', NULL, NULL, NULL, true),
 ('TWN', 'ru', 'Тайвань', 'name', NULL, NULL, NULL, true),
 ('TWN', 'ja', '台湾', 'name', NULL, NULL, NULL, true),
 -- North Korea
 ('PRK', 'en', 'Democratic People''s Republic of Korea', 'name', NULL, NULL, NULL, true),
 ('PRK', 'en', 'North Korea', 'short', NULL, NULL, NULL, true),
 ('PRK', 'en', 'DPRK', 'alias', NULL, NULL, NULL, true),
 ('PRK', 'es', 'República Popular Democrática de Corea', 'name', NULL, NULL, NULL, true),
 ('PRK', 'es', 'Corea del Norte', 'short', NULL, NULL, NULL, true),
 ('PRK', 'ru', 'Корейская Народно-Демократическая Республика', 'name', NULL, NULL, NULL, true),
 ('PRK', 'ru', 'Северная Корея', 'short', NULL, NULL, NULL, true),
 ('PRK', 'ru', 'КНДР', 'alias', NULL, NULL, NULL, true),
 ('PRK', 'ja', '朝鮮民主主義人民共和国', 'name', NULL, NULL, NULL, true),
 ('PRK', 'ja', '北朝鮮', 'short', NULL, NULL, NULL, true),
 -- South Korea
 ('KOR', 'en', 'Republic of Korea', 'name', NULL, NULL, NULL, true),
 ('KOR', 'en', 'South Korea', 'short', NULL, NULL, NULL, true),
 ('KOR', 'es', 'República de Corea', 'name', NULL, NULL, NULL, true),
 ('KOR', 'es', 'Corea del Sur', 'short', NULL, NULL, NULL, true),
 ('KOR', 'ru', 'Республика Корея', 'name', NULL, NULL, NULL, true),
 ('KOR', 'ru', 'Южная Корея', 'short', NULL, NULL, NULL, true),
 ('KOR', 'ja', '大韓民国', 'name', NULL, NULL, NULL, true),
 ('KOR', 'ja', '韓国', 'short', NULL, NULL, NULL, true),
 -- Ukraine
 ('UKR', 'en', 'Ukraine', 'name', NULL, NULL, NULL, true),
 ('UKR', 'es', 'Ucrania', 'name', NULL, NULL, NULL, true),
 ('UKR', 'ru', 'Украина', 'name', NULL, NULL, NULL, true),
 ('UKR', 'ja', 'ウクライナ', 'name', NULL, NULL, NULL, true),
 -- Australia
 ('AUS', 'en', 'Australia', 'name', NULL, NULL, NULL, true),
 ('AUS', 'es', 'Australia', 'name', NULL, NULL, NULL, true),
 ('AUS', 'ru', 'Австралия', 'name', NULL, NULL, NULL, true),
 ('AUS', 'ja', 'オーストラリア', 'name', NULL, NULL, NULL, true),
 -- Afghanistan
 ('AFG', 'en', 'Afghanistan', 'name', NULL, NULL, NULL, true),
 ('AFG', 'es', 'Afganistán', 'name', NULL, NULL, NULL, true),
 ('AFG', 'ru', 'Афганистан', 'name', NULL, NULL, NULL, true),
 ('AFG', 'ja', 'アフガニスタン', 'name', NULL, NULL, NULL, true),
 -- India
 ('IND', 'en', 'India', 'name', NULL, NULL, NULL, true),
 ('IND', 'es', 'India', 'name', NULL, NULL, NULL, true),
 ('IND', 'ru', 'Индия', 'name', NULL, NULL, NULL, true),
 ('IND', 'ja', 'インド', 'name', NULL, NULL, NULL, true),
 -- United Kingdom
 ('GBR', 'en', 'United Kingdom of Great Britain and Northern Ireland', 'name', NULL, NULL, NULL, true),
 ('GBR', 'en', 'United Kingdom', 'short', NULL, NULL, NULL, true),
 ('GBR', 'en', 'UK', 'alias', NULL, NULL, NULL, true),
 ('GBR', 'en', 'Great Britain', 'alias', NULL, NULL, NULL, true),
 ('GBR', 'en', 'Britain', 'alias', NULL, NULL, NULL, true),
 ('GBR', 'es', 'Reino Unido', 'short', NULL, NULL, NULL, true),
 ('GBR', 'es', 'Gran Bretaña', 'alias', NULL, NULL, NULL, true),
 ('GBR', 'ru', 'Великобритания', 'short', NULL, NULL, NULL, true),
 ('GBR', 'ja', 'イギリス', 'short', NULL, NULL, NULL, true),
 ('GBR', 'ja', '英国', 'alias', NULL, NULL, NULL, true),
 -- France
 ('FRA', 'en', 'France', 'name', NULL, NULL, NULL, true),
 ('FRA', 'es', 'Francia', 'name', NULL, NULL, NULL, true),
 ('FRA', 'ru', 'Франция', 'name', NULL, NULL, NULL, true),
 ('FRA', 'ja', 'フランス', 'name', NULL, NULL, NULL, true),
 -- Germany
 ('DEU', 'en', 'Federal Republic of Germany', 'name', '1949-05-23', NULL, NULL, true),
 ('DEU', 'en', 'Germany', 'short', NULL, NULL, NULL, true),
 ('DEU', 'en', 'West Germany', 'historical', '1949-05-23', '1990-10-02', NULL, true),
 ('DEU', 'es', 'Alemania', 'name', NULL, NULL, NULL, true),
 ('DEU', 'ru', 'Германия', 'name', NULL, NULL, NULL, true),
 ('DEU', 'ja', 'ドイツ', 'name', NULL, NULL, NULL, true),
 -- Italy
 ('ITA', 'en', 'Italy', 'name', NULL, NULL, NULL, true),
 ('ITA', 'es', 'Italia', 'name', NULL, NULL, NULL, true),
 ('ITA', 'ru', 'Италия', 'name', NULL, NULL, NULL, true),
 ('ITA', 'ja', 'イタリア', 'name', NULL, NULL, NULL, true),
 -- Canada
 ('CAN', 'en', 'Canada', 'name', NULL, NULL, NULL, true),
 ('CAN', 'es', 'Canadá', 'name', NULL, NULL, NULL, true),
 ('CAN', 'ru', 'Канада', 'name', NULL, NULL, NULL, true),
 ('CAN', 'ja', 'カナダ', 'name', NULL, NULL, NULL, true),
 -- Vietnam
 ('VNM', 'en', 'Vietnam', 'short', NULL, NULL, NULL, true),
 ('VNM', 'en', 'Socialist Republic of Viet Nam', 'name', '1976-07-02', NULL, NULL, true),
 ('VNM', 'es', 'Vietnam', 'name', NULL, NULL, NULL, true),
 ('VNM', 'ru', 'Вьетнам', 'name', NULL, NULL, NULL, true),
 ('VNM', 'ja', 'ベトナム', 'name', NULL, NULL, NULL, true),
 -- Mongolia
 ('MNG', 'en', 'Mongolia', 'name', NULL, NULL, NULL, true),
 ('MNG', 'es', 'Mongolia', 'name', NULL, NULL, NULL, true),
 ('MNG', 'ru', 'Монголия', 'name', NULL, NULL, NULL, true),
 ('MNG', 'ja', 'モンゴル', 'name', NULL, NULL, NULL, true),
 -- Organisations and groups
 ('EUU', 'en', 'European Union', 'name', NULL, NULL, NULL, true),
 ('EUU', 'en', 'EU', 'alias', NULL, NULL, NULL, true),
 ('EUU', 'es', 'Unión Europea', 'name', NULL, NULL, NULL, true),
 ('EUU', 'es', 'UE', 'alias', NULL, NULL, NULL, true),
 ('EUU', 'ru', 'Европейский союз', 'name', NULL, NULL, NULL, true),
 ('EUU', 'ru', 'ЕС', 'alias', NULL, NULL, NULL, true),
 ('EUU', 'ja', '欧州連合', 'name', NULL, NULL, NULL, true),
 ('GSV', 'en', 'Group of Seven', 'name', NULL, NULL, NULL, true),
 ('GSV', 'en', 'G7', 'alias', NULL, NULL, NULL, true),
 ('GSV', 'es', 'Grupo de los Siete', 'name', NULL, NULL, NULL, true),
 ('GSV', 'ru', 'Группа семи', 'name', NULL, NULL, NULL, true),
 ('GSV', 'ru', 'Большая семёрка', 'alias', NULL, NULL, NULL, true),
 ('GSV', 'ja', '主要7か国', 'name', NULL, NULL, NULL, true),
 ('GEI', 'en', 'Group of Eight', 'name', NULL, NULL, NULL, true),
 ('GEI', 'en', 'G8', 'alias', NULL, NULL, NULL, true),
 ('GEI', 'es', 'Grupo de los Ocho', 'name', NULL, NULL, NULL, true),
 ('GEI', 'ru', 'Группа восьми', 'name', NULL, NULL, NULL, true),
 ('GEI', 'ru', 'Большая восьмёрка', 'alias', NULL, NULL, NULL, true),
 ('GEI', 'ja', '主要8か国', 'name', NULL, NULL, NULL, true),
 ('NAT', 'en', 'North Atlantic Treaty Organization', 'name', NULL, NULL, NULL, true),
 ('NAT', 'en', 'NATO', 'alias', NULL, NULL, NULL, true),
 ('NAT', 'es', 'Organización del Tratado del Atlántico Norte', 'name', NULL, NULL, NULL, true),
 ('NAT', 'es', 'OTAN', 'alias', NULL, NULL, NULL, true),
 ('NAT', 'ru', 'Организация Североатлантического договора', 'name', NULL, NULL, NULL, true),
 ('NAT', 'ru', 'НАТО', 'alias', NULL, NULL, NULL, true),
 ('NAT', 'ja', '北大西洋条約機構', 'name', NULL, NULL, NULL, true),
 ('UNO', 'en', 'United Nations', 'name', NULL, NULL, NULL, true),
 ('UNO', 'en', 'UN', 'alias', NULL, NULL, NULL, true),
 ('UNO', 'es', 'Organización de las Naciones Unidas', 'name', NULL, NULL, NULL, true),
 ('UNO', 'es', 'Naciones Unidas', 'short', NULL, NULL, NULL, true),
 ('UNO', 'es', 'ONU', 'alias', NULL, NULL, NULL, true),
 ('UNO', 'ru', 'Организация Объединённых Наций', 'name', NULL, NULL, NULL, true),
 ('UNO', 'ru', 'ООН', 'alias', NULL, NULL, NULL, true),
 ('UNO', 'ja', '国際連合', 'name', NULL, NULL, NULL, true),
 ('UNO', 'ja', '国連', 'short', NULL, NULL, NULL, true),
 ('ASN', 'en', 'Association of Southeast Asian Nations', 'name', NULL, NULL, NULL, true),
 ('ASN', 'en', 'ASEAN', 'alias', NULL, NULL, NULL, true),
 ('ASN', 'es', 'Asociación de Naciones del Sudeste Asiático', 'name', NULL, NULL, NULL, true),
 ('ASN', 'ru', 'Ассоциация государств Юго-Восточной Азии', 'name', NULL, NULL, NULL, true),
 ('ASN', 'ru', 'АСЕАН', 'alias', NULL, NULL, NULL, true),
 ('ASN', 'ja', '東南アジア諸国連合', 'name', NULL, NULL, NULL, true),
 ('APC', 'en', 'Asia-Pacific Economic Cooperation', 'name', NULL, NULL, NULL, true),
 ('APC', 'en', 'APEC', 'alias', NULL, NULL, NULL, true),
 ('APC', 'es', 'Foro de Cooperación Económica Asia-Pacífico', 'name', NULL, NULL, NULL, true),
 ('APC', 'ru', 'Азиатско-Тихоокеанское экономическое сотрудничество', 'name', NULL, NULL, NULL, true),
 ('APC', 'ru', 'АТЭС', 'alias', NULL, NULL, NULL, true),
 ('APC', 'ja', 'アジア太平洋経済協力', 'name', NULL, NULL, NULL, true),
 ('SCO', 'en', 'Shanghai Cooperation Organisation', 'name', NULL, NULL, NULL, true),
 ('SCO', 'en', 'SCO', 'alias', NULL, NULL, NULL, true),
 ('SCO', 'es', 'Organización de Cooperación de Shanghái', 'name', NULL, NULL, NULL, true),
 ('SCO', 'ru', 'Шанхайская организация сотрудничества', 'name', NULL, NULL, NULL, true),
 ('SCO', 'ru', 'ШОС', 'alias', NULL, NULL, NULL, true),
 ('SCO', 'ja', '上海協力機構', 'name', NULL, NULL, NULL, true),
 ('BRC', 'en', 'BRICS', 'name', NULL, NULL, NULL, true),
 ('BRC', 'es', 'BRICS', 'name', NULL, NULL, NULL, true),
 ('BRC', 'ru', 'БРИКС', 'name', NULL, NULL, NULL, true),
 ('BRC', 'ja', 'BRICS', 'name', NULL, NULL, NULL, true);

-- Issue codebook ----------------------------------------------------------------------------------
-- A stance is always directed: ACTOR's stance toward COUNTERPART on the issue. The scale columns
-- say what each level means on this issue; the examples paraphrase the documents (the shipped
-- claims carry the exact quotes).

INSERT INTO bilateral.issue (issue, name_en, definition, scale_minus3, scale_minus2, scale_minus1, scale_0, scale_plus1, scale_plus2, scale_plus3, example, shipped) VALUES
 ('territorial_dispute', 'Territorial dispute (Kuril Islands / Northern Territories)',
  'The dispute over sovereignty of the southern Kuril Islands, called the Northern Territories in Japan (Etorofu/Iturup, Kunashiri/Kunashir, Shikotan and the Habomai islets), and, in other dyads, land and border disputes between actor and counterpart; the island and maritime disputes of the East and South China Seas are coded under maritime_disputes. Codes the actor''s handling of the dispute with the counterpart: its claim, its readiness to negotiate and the military or economic use it makes of the disputed land.',
  'threatens or uses force over the territory; rejects any discussion',
  'denies that there is anything to negotiate or insists on its maximal claim; militarises the territory against the counterpart; makes the dispute the main obstacle to relations',
  'upholds its claim without flexibility; talks stalled; the dispute kept at the top of the agenda',
  'takes no side in a dispute between others, or does not raise the issue',
  'keeps talking while keeping its claim; seeks interim arrangements (joint economic activity on the islands) or wants to move the issue off the centre of the agenda',
  'negotiates a compromise settlement actively (e.g. on the basis of the 1956 Joint Declaration), with a timetable or concrete proposals',
  'has agreed a settlement or accepts the counterpart''s position',
  'russo_japanese_skeptical_view (English chapter "Russo-Japanese relations: a skeptical view"): Russia recognises the need to continue discussions with Japan on the territorial issue, while Japan keeps the "Northern territories issue" as the primary issue of the bilateral agenda. lafuente_2021 (Spanish paper): Russia has been expanding its military presence on the islands since 2011.',
  true),
 ('peace_treaty', 'Peace treaty',
  'The conclusion of a peace treaty between Japan and the Soviet Union/Russia, never signed since the Second World War (the 1956 Joint Declaration ended the state of war and promised a treaty), and for other dyads any unfinished peace settlement between actor and counterpart. Codes the actor''s will to negotiate and conclude the treaty with the counterpart.',
  'rejects negotiations on a peace treaty outright',
  'sets conditions for a treaty that the counterpart cannot accept, blocking any progress',
  'talks deadlocked; no initiative; keeps the treaty hostage to other issues',
  'does not pursue the question',
  'keeps talks alive; proposes a "new approach" or a step-by-step route, or wants the treaty untied from the rest of the relationship',
  'negotiates actively towards a treaty (agreed basis, timetable, regular leaders'' talks)',
  'treaty concluded or its text agreed',
  'streltsov_2020 (abstract of a Russian article, 2019-2020): a deadlock in the Peace Treaty talks emerged in 2019. lafuente_2021 (Spanish paper): in June 2021 President Putin said Russia was ready to continue the negotiations. russo_japanese_skeptical_view: Abe''s "new approach" of May 2016 was meant to move stagnant peace-treaty negotiations.',
  true),
 ('diplomatic_relations', 'Diplomatic relations (overall relationship)',
  'The overall political relationship between actor and counterpart as a whole: the tone and level of official contacts, summitry and personal diplomacy, when a document characterises relations in general rather than on one issue.',
  'war or rupture of diplomatic relations',
  'hostile relations short of war: confrontation, intervention, isolation of the counterpart',
  'cool or strained relations: minimal contacts, no improvement',
  'normal but distant relations',
  'pragmatic working relations: selective engagement, rapprochement driven by interest',
  'cooperative relations: close personal diplomacy, frequent summits, a declared partnership',
  'aligned: alliance-like closeness across the relationship',
  'lafuente_2021 (Spanish paper): relations under the Communist government after 1917 tended to be hostile; between 1905 and 1917 they returned to cooperation; relations stayed cold after the Cold War. streltsov_2020: close personal relations and frequent meetings between Abe and Putin.',
  true),
 ('economic_cooperation', 'Economic cooperation',
  'Investment, development assistance, joint projects and institutionalised economic partnership between actor and counterpart (e.g. the development of the Russian Far East and Siberia, the 2016 eight-point plan, joint economic activities on the disputed islands); trade flows are coded under trade and energy under energy.',
  'economic warfare: blocks any economic relations with the counterpart',
  'cuts cooperation programmes or withdraws from joint projects to put pressure on the counterpart',
  'reluctant or minimal cooperation; investment insignificant',
  'no policy either way',
  'selective cooperation in its own interest; modest projects; keeps channels open',
  'actively promotes joint projects and investment; creates institutions for it (e.g. a minister for economic cooperation)',
  'deep economic integration or a comprehensive economic partnership',
  'russo_japanese_skeptical_view: Russia needs Japanese investment and technologies for a modernisation breakthrough in the Russian Far East; investment cooperation remains insignificant. lafuente_2021: while imposing sanctions, Abe created a government post for economic cooperation with Moscow.',
  true),
 ('energy', 'Energy',
  'Cooperation and dependence in oil, gas (pipeline and LNG), coal, nuclear and electricity between actor and counterpart: supply and purchase, upstream projects (Sakhalin-1 and -2, Arctic LNG), diversification of supplies.',
  'cuts or weaponises supplies against the counterpart, or boycotts its energy',
  'reduces energy ties deliberately, blocks projects',
  'minor or declining energy ties; the counterpart is a marginal supplier or buyer',
  'no position',
  'buys or sells on commercial terms; projects go ahead without political priority',
  'actively builds energy partnership: long-term contracts, joint projects, diversification towards the counterpart',
  'strategic energy partnership or integration',
  'russo_japanese_skeptical_view: the Sakhalin-2 project started producing LNG in 2009 with 20 percent of the output shipped to Japan; Russia''s share in Japan''s gas market is below 10%. streltsov_2020: Russia has a significant place in Japan''s diversification of external energy supplies.',
  true),
 ('trade', 'Trade',
  'Trade in goods and services between actor and counterpart: volumes, shares, market access, tariffs and trade policy.',
  'embargo or trade war against the counterpart',
  'restricts trade with the counterpart deliberately',
  'trade marginal and not sought',
  'no position',
  'trades pragmatically; "business as usual"',
  'actively expands trade, lowers barriers',
  'free trade or customs union with the counterpart',
  'russo_japanese_skeptical_view: in 2014 Russia''s share in Japan''s total trade turnover was only 2.2%; Japan''s share in Russian foreign trade was 3.9% (seventh among Russia''s partners); despite the 1980 sanctions Japan intensified trade with Moscow in the early 1980s.',
  true),
 ('sanctions', 'Sanctions',
  'Economic and political sanctions between actor and counterpart: imposing, joining, enforcing, easing or opposing them (for the imposer), and the target''s response to them.',
  'comprehensive sanctions or counter-sanctions aimed at the counterpart''s economy',
  'significant sanctions actively enforced, or strong retaliation',
  'joins sanctions but only formally or reluctantly; the target is disappointed but restrained',
  'no sanctions and no position on them',
  'keeps "business as usual" despite sanctions; the target treats the counterpart''s sanctions as insignificant or compelled',
  'lifts sanctions or works against sanctions on the counterpart',
  'actively shields the counterpart from others'' sanctions',
  'russo_japanese_skeptical_view: in 1980 Japan was very formal in joining Western sanctions against the USSR after the Soviet entry into Afghanistan; Russia, though disappointed with Japan''s sanctions policy after 2014, portrays them as insignificant and compelled under pressure from Washington. lafuente_2021: Japan imposed sanctions on Russia after the 2014 annexation of Crimea because of its G7 membership.',
  true),
 ('military_security', 'Military security',
  'Military posture, threat perception, defence dialogue and military cooperation between actor and counterpart (deployments, exercises, arms transfers), other than the US–Japan alliance as such (coded under us_alliance).',
  'armed conflict or open military threat against the counterpart',
  'treats the counterpart as a military threat; builds up forces against it',
  'wary: monitors the counterpart''s military activity, reacts negatively to it',
  'neutral; does not treat the counterpart as a threat or a partner',
  'security dialogue, confidence-building, cooperation on shared regional security problems',
  'defence cooperation: joint exercises, "2+2" talks, military-technical cooperation',
  'military alliance',
  'lafuente_2021: Russia does not officially pose a threat to Japan, whose potential enemies are China and North Korea; Russia has expanded its military presence on the islands since 2011, keeping Japan''s forces on alert. streltsov_2020 (Russian fragment): since Crimea Moscow reacts far more negatively to any joint US–Japanese military action that might be directed against Russia.',
  true),
 ('china', 'China',
  'The rise of China as a factor in the actor''s relations. With counterpart CHN: the actor''s stance toward China itself. With another counterpart (e.g. JPN->RUS): the actor''s stance toward that counterpart on the China question, i.e. whether it works with the counterpart to balance or hedge against China (+) or sees the counterpart as China''s partner against it (-).',
  'with CHN: military confrontation; otherwise: treats the counterpart as part of a hostile bloc with China',
  'with CHN: containment, China seen as the main threat; otherwise: opposes the counterpart''s alignment with China',
  'with CHN: wary, hedging; otherwise: suspicious of the counterpart''s ties with China',
  'no position on China in this dyad',
  'with CHN: pragmatic engagement; otherwise: courts the counterpart to prevent its alignment with China or to diversify away from China',
  'with CHN: close partnership; otherwise: coordinates with the counterpart to balance China',
  'with CHN: alignment or alliance; otherwise: joint front against China',
  'russo_japanese_skeptical_view: Japan feels uneasy with the prospect of an anti-Western Moscow-Beijing axis and wants to prevent Moscow''s rapprochement with Beijing; Russia consistently resisted China''s offers of a deal on the "Northern territories" and the Senkaku dispute. lafuente_2021: both countries must counterbalance the growing power of China.',
  true),
 ('us_alliance', 'US alliance',
  'The US–Japan alliance (security treaties of 1951 and 1960, US forces in Japan) and other US alliances as they bear on the dyad. With counterpart USA: the actor''s stance toward its alliance with the United States. With counterpart JPN (e.g. RUS->JPN): the actor''s stance toward Japan as a US ally (criticism, demands such as no US troops on returned islands, or acceptance).',
  'with USA: rupture of the alliance; otherwise: treats the counterpart''s alliance as a direct threat and acts against it',
  'with USA: distances itself, opposes US bases; otherwise: strong criticism of the counterpart''s alliance, binding demands against it',
  'with USA: doubts about US guarantees; otherwise: suspicious of the alliance, seeks to weaken or neutralise it',
  'no position',
  'with USA: relies on the alliance while keeping autonomy; otherwise: accepts the alliance while seeking the counterpart''s autonomy from US strategy',
  'with USA: strengthens the alliance; otherwise: accepts the alliance and works with the counterpart regardless',
  'with USA: full alignment with US strategy',
  'streltsov_2020: the anti-Russian component in Tokyo''s foreign policy is shaped by its Security Treaty with the United States. russo_japanese_skeptical_view: in the Cold War the USSR hoped to tear Japan away from its alliance with the United States or at least to neutralise it. lafuente_2021: Russia demanded a binding commitment that US troops would never be stationed on returned islands.',
  true),
 ('korean_peninsula', 'Korean peninsula',
  'North Korea''s nuclear and missile programmes, security on the Korean peninsula and inter-Korean relations, as handled between actor and counterpart.',
  'confrontation with the counterpart over Korea',
  'works against the counterpart''s Korean policy',
  'divergent and uncoordinated positions',
  'no position',
  'shares the concern; parallel positions',
  'cooperates with the counterpart (multilateral talks, coordinated diplomacy)',
  'joint policy on the peninsula',
  'streltsov_2020: Japan and Russia are both interested in political cooperation on resolving the nuclear issue on the Korean Peninsula. russo_japanese_skeptical_view: cooperation with Russia helps Tokyo address regional security challenges including North Korea''s nuclear program.',
  true),
 ('historical_memory', 'Historical memory',
  'The interpretation and political use of the shared past between actor and counterpart (the wars of 1904-05 and 1945, the Soviet entry into the war against Japan, internment, war crimes, the settlement of war issues).',
  'uses history to delegitimise the counterpart in a campaign',
  'raises historical grievances prominently against the counterpart',
  'occasional criticism over history',
  'history not raised',
  'restraint: refrains from criticising the counterpart over history, considers past issues settled',
  'joint efforts at reconciliation or shared history',
  'shared narrative of the past',
  'russo_japanese_skeptical_view: Russia traditionally refrains from overly criticising Japan over unresolved historical issues; after the 1956 Joint Declaration the USSR considered all bilateral issues related to the past war settled.',
  true),
 ('quality_infrastructure', 'Quality infrastructure and connectivity initiatives',
  'Japan''s Partnership for Quality Infrastructure and similar connectivity and infrastructure-investment initiatives (as against China''s Belt and Road Initiative), as a matter between actor and counterpart: support for, participation in, or opposition to the counterpart''s initiative.',
  'campaigns against the counterpart''s initiative as a hostile project',
  'opposes the initiative and works to keep third countries out of it',
  'criticises or distrusts the initiative',
  'no position',
  'shows understanding of the initiative; selective interest',
  'supports the initiative or joins projects under it',
  'joint initiative with the counterpart',
  'streltsov_2020 (abstract of a Russian article on 2019-2020): the author suggests that Russia could show greater understanding of the Japanese initiative in the field of quality infrastructure.',
  true),
 ('maritime_disputes', 'Maritime and island disputes in the East and South China Seas',
  'The island and maritime-boundary disputes of the East China Sea and South China Sea (Senkaku/Diaoyu Islands, Spratly and Paracel Islands, maritime zones). Between the disputants it codes the actor''s stance toward the counterpart''s claims; for a third party (e.g. RUS->CHN) it codes the stance toward the counterpart on the counterpart''s disputes with others (support, neutrality or opposition).',
  'uses or threatens force over the islands or waters',
  'presses its claim against the counterpart with military or coercive pressure; as a third party, opposes the counterpart''s claims',
  'rejects the counterpart''s claims; tensions without coercion; as a third party, leans against the counterpart',
  'neutral: takes no side in the counterpart''s disputes',
  'seeks to ease tensions; as a third party, leans toward the counterpart without taking its side',
  'negotiates or manages the dispute jointly; as a third party, supports the counterpart''s position',
  'settled, or full support for the counterpart''s claims',
  'lafuente_2021 (Spanish paper): Tokyo fears a military confrontation with Beijing over China''s claims to the Senkaku (Diaoyu) Islands; in regional forums Russia deliberately stays neutral despite China''s pressure to support it in its territorial problems with US allies. streltsov_2020: Japan and Russia share an interest in easing tensions around the territorial disputes in the East China and South China seas.',
  true);

-- ---- 40_interface.sql ----
-- Public interface (release 1.0): flat views, name resolution, functions to add users' rows,
-- catalogue checks for positions, privileges, row level security and dump registration.
-- Written against the tables only (20_tables.sql) and the C accessors: no data needed here.

-- Comments on the tables (the tables themselves are in 20_tables.sql) -----------------------------

COMMENT ON TABLE bilateral.source IS 'Each document the data come from (shipped) or that a user adds: title, author, publisher, date of publication with its precision, language (ISO 639-1), kind.';
COMMENT ON TABLE bilateral.actor IS 'Actor catalogue: continuous polities and organisations, keyed by a three-letter code, with COW, Gleditsch-Ward, ISO 3166-1, CAMEO and Wikidata codes.';
COMMENT ON TABLE bilateral.actor_name IS 'Names and aliases of actors in en, es, ru and ja (kind name, short, alias, metonym, historical); source_key names the document that uses an alias.';
COMMENT ON TABLE bilateral.actor_era IS 'Name and regime eras of an actor (Russian Empire, Soviet Union, Russian Federation ...), inclusive dates, with the reference for them.';
COMMENT ON TABLE bilateral.actor_code_era IS 'Codes an actor had only for a period (ISO 3166-3 SU/SUN/810 for the USSR era of RUS, COW/GW codes of West Germany ...).';
COMMENT ON TABLE bilateral.system_membership IS 'Correlates of War and Gleditsch-Ward state-system membership spells (inclusive; member_to NULL: still a member at the end of the list).';
COMMENT ON TABLE bilateral.issue IS 'The issue codebook: definition of each issue and the meaning of each stance level (-3 .. +3) on it, with an example from the documents.';
COMMENT ON TABLE bilateral.treaty IS 'One row per treaty or agreement, keyed by its treaty_ref (signature date, parties, slug); entry into force and end.';
COMMENT ON TABLE bilateral.treaty_name IS 'Names of treaties in every language the documents use.';
COMMENT ON TABLE bilateral.treaty_mention IS 'Each place a document mentions a treaty, with the exact quote and its locator.';
COMMENT ON TABLE bilateral.event IS 'One dated event as one document states it (dates with precision); event_key groups mentions of the same event across documents.';
COMMENT ON TABLE bilateral.position_claim IS 'One bilateral_position (actor, counterpart, issue, stance, period) asserted by one source, with the exact quote, its language and an English statement.';
COMMENT ON TABLE bilateral.indicator IS 'One figure a document gives (trade share, rank, gas volume ...), with unit, year and source.';
COMMENT ON TABLE bilateral.office_term IS 'One leader''s or official''s term of office as a document states it.';
COMMENT ON TABLE bilateral.erratum IS 'A slip in a document (wrong year, misspelt name ...): the quote, the correction, and the row that holds the corrected fact.';

-- Flat views ---------------------------------------------------------------------------------------

CREATE VIEW bilateral.sources WITH (security_invoker = true) AS
SELECT s.source_key, s.title, s.author, s.publisher, s.published, s.language,
       s.published_precision, s.kind, s.title_en, s.shipped
  FROM bilateral.source s;
COMMENT ON VIEW bilateral.sources IS 'Documents: key, title, author, publisher, first day of publication (see published_precision), language, kind, English title, shipped.';

CREATE VIEW bilateral.actors WITH (security_invoker = true) AS
SELECT a.actor, a.name_en, a.cow_ccode, a.cow_abb, a.gw_code, a.iso2, a.iso3, a.iso_numeric,
       a.cameo, a.wikidata, a.kind, a.shipped
  FROM bilateral.actor a;
COMMENT ON VIEW bilateral.actors IS 'Actor catalogue with the codes of COW (ccode, abbreviation), Gleditsch-Ward, ISO 3166-1 (alpha-2, alpha-3, numeric), CAMEO and Wikidata, for joins with other datasets.';

CREATE VIEW bilateral.treaties WITH (security_invoker = true) AS
SELECT t.treaty,
       t.name_en,
       bilateral.signed_on(t.treaty)        AS signed_on,
       bilateral.signed_precision(t.treaty) AS signed_precision,
       bilateral.parties(t.treaty)          AS parties,
       t.in_force_from,
       t.in_force_to,
       m.source_key,
       m.quote,
       m.locator,
       m.mention_id,
       t.kind,
       t.general_knowledge,
       t.shipped
  FROM bilateral.treaty t
  LEFT JOIN bilateral.treaty_mention m ON m.treaty OPERATOR(bilateral.=) t.treaty;
COMMENT ON VIEW bilateral.treaties IS 'Treaties with signature date and precision, parties and period in force: one row per mention in a document (a treaty nobody mentions appears once, with NULL source).';

CREATE VIEW bilateral.events WITH (security_invoker = true) AS
SELECT e.event_id,
       e.name_en,
       e.occurred_from,
       e.occurred_to,
       CASE WHEN e.from_precision = 'year'  OR e.to_precision = 'year'  THEN 'year'
            WHEN e.from_precision = 'month' OR e.to_precision = 'month' THEN 'month'
            ELSE 'day' END AS precision,
       e.actors,
       e.kind,
       e.source_key,
       e.quote,
       e.event_key,
       e.locator,
       e.from_precision,
       e.to_precision,
       e.general_knowledge,
       e.shipped
  FROM bilateral.event e;
COMMENT ON VIEW bilateral.events IS 'Dated events as the documents state them; precision is the coarser of the precisions of the two bounds.';

CREATE VIEW bilateral.positions WITH (security_invoker = true) AS
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
       c.general_knowledge
  FROM bilateral.position_claim c;
COMMENT ON VIEW bilateral.positions IS 'Stance claims flattened: actor, counterpart, issue, stance (-3..+3) and label, period (valid_from: first day of the earliest reading, valid_to: last day of the latest reading; NULL: open), English statement, source and quote.';

CREATE VIEW bilateral.indicators WITH (security_invoker = true) AS
SELECT i.indicator, i.actor, i.counterpart, i.year, i.value, i.unit, i.source_key, i.quote,
       i.indicator_id, i.locator, i.general_knowledge, i.shipped
  FROM bilateral.indicator i;
COMMENT ON VIEW bilateral.indicators IS 'Figures from the documents: indicator, actor, counterpart, year, value, unit, source and quote.';

CREATE VIEW bilateral.office_terms WITH (security_invoker = true) AS
SELECT o.person, o.office, o.actor, o.term_from, o.term_to,
       CASE WHEN o.from_precision IS NULL AND o.to_precision IS NULL THEN NULL
            WHEN o.from_precision = 'year'  OR o.to_precision = 'year'  THEN 'year'
            WHEN o.from_precision = 'month' OR o.to_precision = 'month' THEN 'month'
            ELSE 'day' END AS precision,
       o.source_key, o.quote,
       o.term_id, o.locator, o.from_precision, o.to_precision, o.general_knowledge, o.shipped
  FROM bilateral.office_term o;
COMMENT ON VIEW bilateral.office_terms IS 'Terms of office as the documents state them; precision is the coarser of the stated bounds'' precisions (NULL when neither bound is stated).';

CREATE VIEW bilateral.errata WITH (security_invoker = true) AS
SELECT r.source_key, r.quote, r.correction,
       r.erratum_id, r.locator, r.subject_kind, r.subject_id, r.shipped
  FROM bilateral.erratum r;
COMMENT ON VIEW bilateral.errata IS 'Slips in the documents: the quote as printed and the correction; the corrected fact is in the row named by subject_kind and subject_id.';

CREATE VIEW bilateral.evidence WITH (security_invoker = true) AS
SELECT 'claim'::text AS subject_kind, c.claim_id::text AS subject_id, c.source_key, c.locator, c.quote, c.shipped
  FROM bilateral.position_claim c
UNION ALL
SELECT 'event', e.event_id::text, e.source_key, e.locator, e.quote, e.shipped
  FROM bilateral.event e
UNION ALL
SELECT 'treaty_mention', m.mention_id::text, m.source_key, m.locator, m.quote, m.shipped
  FROM bilateral.treaty_mention m
UNION ALL
SELECT 'indicator', i.indicator_id::text, i.source_key, i.locator, i.quote, i.shipped
  FROM bilateral.indicator i
UNION ALL
SELECT 'office_term', o.term_id::text, o.source_key, o.locator, o.quote, o.shipped
  FROM bilateral.office_term o
UNION ALL
SELECT 'erratum', r.erratum_id::text, r.source_key, r.locator, r.quote, r.shipped
  FROM bilateral.erratum r;
COMMENT ON VIEW bilateral.evidence IS 'Every quote in the dataset, one row each (claims, events, treaty mentions, indicators, office terms, errata): what tools/check_quotes verifies against the documents.';

-- Partial dates ------------------------------------------------------------------------------------

CREATE FUNCTION bilateral.partial_date_bounds(value text,
                                              OUT first_day date, OUT last_day date, OUT date_precision text)
RETURNS record
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := btrim(value);
BEGIN
    IF v ~ '^\d{4}$' THEN
        first_day := make_date(v::int, 1, 1);
        last_day  := make_date(v::int, 12, 31);
        date_precision := 'year';
    ELSIF v ~ '^\d{4}-\d{2}$' THEN
        IF substr(v, 6, 2)::int NOT BETWEEN 1 AND 12 THEN
            RAISE EXCEPTION 'invalid partial date: "%"', value
                USING ERRCODE = '22007', DETAIL = 'The month must be 01 to 12.',
                      HINT = 'Write YYYY, YYYY-MM or YYYY-MM-DD.';
        END IF;
        first_day := make_date(substr(v, 1, 4)::int, substr(v, 6, 2)::int, 1);
        last_day  := (first_day + interval '1 month' - interval '1 day')::date;
        date_precision := 'month';
    ELSIF v ~ '^\d{4}-\d{2}-\d{2}$' THEN
        BEGIN
            first_day := make_date(substr(v, 1, 4)::int, substr(v, 6, 2)::int, substr(v, 9, 2)::int);
        EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
            RAISE EXCEPTION 'invalid partial date: "%"', value
                USING ERRCODE = '22007', DETAIL = 'No such day.',
                      HINT = 'Write YYYY, YYYY-MM or YYYY-MM-DD.';
        END;
        last_day  := first_day;
        date_precision := 'day';
    ELSE
        RAISE EXCEPTION 'invalid partial date: "%"', value
            USING ERRCODE = '22007',
                  HINT = 'Write YYYY (a year), YYYY-MM (a month) or YYYY-MM-DD (a day).';
    END IF;
END
$$;
COMMENT ON FUNCTION bilateral.partial_date_bounds(text) IS 'First day, last day and precision (year, month, day) of a partial date written YYYY, YYYY-MM or YYYY-MM-DD; SQLSTATE 22007 otherwise.';

-- Name resolution ----------------------------------------------------------------------------------

CREATE FUNCTION bilateral.actor_code(name text)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v     text := btrim(regexp_replace(name, '\s+', ' ', 'g'));
    vnum  int;
    found text[];
BEGIN
    -- numeric codes (COW, GW, ISO numeric) are compared as numbers; done here, not in the query,
    -- because SQL does not promise to test the pattern before the cast
    IF v ~ '^\d{1,9}$' THEN
        vnum := v::int;
    END IF;

    -- an actor code wins over everything else
    IF v ~ '^[A-Za-z]{3}$' THEN
        SELECT array_agg(a.actor) INTO found FROM bilateral.actor a WHERE a.actor = upper(v);
        IF found IS NOT NULL THEN
            RETURN found[1];
        END IF;
    END IF;

    SELECT array_agg(DISTINCT x.actor ORDER BY x.actor) INTO found
      FROM (SELECT a.actor
              FROM bilateral.actor a
             WHERE upper(v) IN (a.iso2, a.iso3, a.cow_abb, upper(a.cameo), upper(a.wikidata))
                OR vnum IN (a.cow_ccode, a.gw_code, a.iso_numeric)
            UNION ALL
            SELECT ce.actor
              FROM bilateral.actor_code_era ce
             WHERE upper(ce.code) = upper(v)
                OR (vnum IS NOT NULL AND ce.code ~ '^\d+$'
                    AND ltrim(ce.code, '0') = ltrim(v, '0'))
            UNION ALL
            SELECT n.actor
              FROM bilateral.actor_name n
             WHERE lower(n.name) = lower(v)) x;

    IF found IS NULL THEN
        RAISE EXCEPTION 'unknown actor: "%"', name
            USING ERRCODE = '22023',
                  DETAIL = 'No actor code, COW/GW/ISO/CAMEO/Wikidata code or name in the catalogue matches it.',
                  HINT = 'Use a three-letter code from bilateral.actors, a code of those systems, or a name or alias in en, es, ru or ja (bilateral.actor_name); add actors with bilateral.add_actor() and names with bilateral.add_actor_name().';
    ELSIF cardinality(found) > 1 THEN
        RAISE EXCEPTION 'ambiguous actor: "%"', name
            USING ERRCODE = '22023',
                  DETAIL = format('It matches the actors %s.', array_to_string(found, ', ')),
                  HINT = 'Use the three-letter actor code.';
    END IF;
    RETURN found[1];
END
$$;
COMMENT ON FUNCTION bilateral.actor_code(text) IS 'The actor code for a code (actor code, COW ccode or abbreviation, GW, ISO 3166-1/-3 alpha-2, alpha-3 or numeric, CAMEO, Wikidata) or a name or alias in any catalogue language, case-insensitively; SQLSTATE 22023 when unknown or ambiguous.';

-- Catalogue checks ---------------------------------------------------------------------------------
-- A position holds actor, counterpart and issue inside one value, so no foreign key can reach the
-- catalogue: a constraint trigger checks new claims, and triggers on the catalogue keep it so.

CREATE FUNCTION bilateral.position_claim_catalogue_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    a text := bilateral.actor(NEW.position);
    c text := bilateral.counterpart(NEW.position);
    i text := bilateral.issue(NEW.position);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM bilateral.actor WHERE actor = a) THEN
        RAISE EXCEPTION 'position % of claim % refers to unknown actor "%"', NEW.position, NEW.claim_id, a
            USING ERRCODE = '23503', TABLE = 'position_claim', SCHEMA = 'bilateral',
                  HINT = 'Add the actor first with bilateral.add_actor().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.actor WHERE actor = c) THEN
        RAISE EXCEPTION 'position % of claim % refers to unknown counterpart "%"', NEW.position, NEW.claim_id, c
            USING ERRCODE = '23503', TABLE = 'position_claim', SCHEMA = 'bilateral',
                  HINT = 'Add the actor first with bilateral.add_actor().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.issue WHERE issue = i) THEN
        RAISE EXCEPTION 'position % of claim % refers to unknown issue "%"', NEW.position, NEW.claim_id, i
            USING ERRCODE = '23503', TABLE = 'position_claim', SCHEMA = 'bilateral',
                  HINT = 'Add the issue first with bilateral.add_issue().';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bilateral.position_claim_catalogue_check() IS 'Constraint trigger function: refuses (SQLSTATE 23503) a claim whose position names an actor, counterpart or issue that is not in the catalogue.';

CREATE CONSTRAINT TRIGGER position_claim_catalogue
    AFTER INSERT OR UPDATE OF position ON bilateral.position_claim
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW EXECUTE FUNCTION bilateral.position_claim_catalogue_check();
COMMENT ON TRIGGER position_claim_catalogue ON bilateral.position_claim IS 'Actor, counterpart and issue of every position must be in the catalogue (23503 otherwise).';

CREATE FUNCTION bilateral.event_actors_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    missing text[];
BEGIN
    SELECT array_agg(x) INTO missing
      FROM unnest(NEW.actors) AS x
     WHERE x IS NULL OR NOT EXISTS (SELECT 1 FROM bilateral.actor a WHERE a.actor = x);
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'event % names unknown actors: %', NEW.event_id, array_to_string(missing, ', ', 'NULL')
            USING ERRCODE = '23503', TABLE = 'event', SCHEMA = 'bilateral',
                  HINT = 'Use codes from bilateral.actors (bilateral.actor_code() resolves names).';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bilateral.event_actors_check() IS 'Constraint trigger function: refuses (SQLSTATE 23503) an event whose actors array holds a code that is not in the catalogue.';

CREATE CONSTRAINT TRIGGER event_actors_catalogue
    AFTER INSERT OR UPDATE OF actors ON bilateral.event
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW EXECUTE FUNCTION bilateral.event_actors_check();
COMMENT ON TRIGGER event_actors_catalogue ON bilateral.event IS 'Every code in event.actors must be in the catalogue (23503 otherwise).';

CREATE FUNCTION bilateral.catalogue_in_use_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    claim bigint;
BEGIN
    IF TG_TABLE_NAME = 'actor' THEN
        IF TG_OP = 'UPDATE' AND NEW.actor = OLD.actor THEN
            RETURN NEW;
        END IF;
        SELECT c.claim_id INTO claim FROM bilateral.position_claim c
         WHERE bilateral.actor(c.position) = OLD.actor OR bilateral.counterpart(c.position) = OLD.actor
         LIMIT 1;
        IF claim IS NULL THEN
            SELECT e.event_id INTO claim FROM bilateral.event e WHERE OLD.actor = ANY (e.actors) LIMIT 1;
            IF claim IS NOT NULL THEN
                RAISE EXCEPTION 'actor "%" is still named by event %', OLD.actor, claim
                    USING ERRCODE = '23503', TABLE = 'actor', SCHEMA = 'bilateral';
            END IF;
        END IF;
        IF claim IS NOT NULL THEN
            RAISE EXCEPTION 'actor "%" is still named by the position of claim %', OLD.actor, claim
                USING ERRCODE = '23503', TABLE = 'actor', SCHEMA = 'bilateral';
        END IF;
    ELSE
        IF TG_OP = 'UPDATE' AND NEW.issue = OLD.issue THEN
            RETURN NEW;
        END IF;
        SELECT c.claim_id INTO claim FROM bilateral.position_claim c
         WHERE bilateral.issue(c.position) = OLD.issue LIMIT 1;
        IF claim IS NOT NULL THEN
            RAISE EXCEPTION 'issue "%" is still named by the position of claim %', OLD.issue, claim
                USING ERRCODE = '23503', TABLE = 'issue', SCHEMA = 'bilateral';
        END IF;
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION bilateral.catalogue_in_use_check() IS 'Trigger function: refuses (SQLSTATE 23503) deleting or renaming an actor or issue that a claim''s position (or an event''s actors) still names.';

CREATE TRIGGER actor_in_use BEFORE DELETE OR UPDATE OF actor ON bilateral.actor
    FOR EACH ROW EXECUTE FUNCTION bilateral.catalogue_in_use_check();
COMMENT ON TRIGGER actor_in_use ON bilateral.actor IS 'An actor named by a position or an event cannot be deleted or renamed.';
CREATE TRIGGER issue_in_use BEFORE DELETE OR UPDATE OF issue ON bilateral.issue
    FOR EACH ROW EXECUTE FUNCTION bilateral.catalogue_in_use_check();
COMMENT ON TRIGGER issue_in_use ON bilateral.issue IS 'An issue named by a position cannot be deleted or renamed.';

-- Adding users' rows (shipped = false) --------------------------------------------------------------

CREATE FUNCTION bilateral.add_source(source_key text, title text, author text, published date,
                                     language text, publisher text DEFAULT NULL,
                                     published_precision text DEFAULT 'day', kind text DEFAULT 'user',
                                     title_en text DEFAULT NULL, note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF published_precision IS NULL OR published_precision NOT IN ('year', 'month', 'day') THEN
        RAISE EXCEPTION 'invalid published_precision: "%"', published_precision
            USING ERRCODE = '22023', HINT = 'Use year, month or day.';
    END IF;
    INSERT INTO bilateral.source AS s (source_key, title, title_en, author, publisher, published,
                                       published_precision, language, kind, note, shipped)
    VALUES (add_source.source_key, add_source.title, add_source.title_en, add_source.author,
            add_source.publisher,
            CASE add_source.published_precision
                 WHEN 'year'  THEN date_trunc('year',  add_source.published)::date
                 WHEN 'month' THEN date_trunc('month', add_source.published)::date
                 ELSE add_source.published END,
            add_source.published_precision, lower(add_source.language), add_source.kind,
            add_source.note, false);
    RETURN add_source.source_key;
END
$$;
COMMENT ON FUNCTION bilateral.add_source(text, text, text, date, text, text, text, text, text, text) IS 'Adds a user''s source (shipped = false) and returns its key; published is stored as the first day of its precision.';

CREATE FUNCTION bilateral.add_actor(code text, name_en text, cow_ccode int DEFAULT NULL,
                                    cow_abb text DEFAULT NULL, gw_code int DEFAULT NULL,
                                    iso2 text DEFAULT NULL, iso3 text DEFAULT NULL,
                                    iso_numeric int DEFAULT NULL, cameo text DEFAULT NULL,
                                    wikidata text DEFAULT NULL, kind text DEFAULT 'state',
                                    note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF code IS NULL OR code !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid actor code: "%"', code
            USING ERRCODE = '22023', HINT = 'An actor code is three upper-case letters, e.g. ''KAZ''.';
    END IF;
    INSERT INTO bilateral.actor (actor, name_en, kind, cow_ccode, cow_abb, gw_code, iso2, iso3,
                                 iso_numeric, cameo, wikidata, note, shipped)
    VALUES (add_actor.code, add_actor.name_en, add_actor.kind, add_actor.cow_ccode, add_actor.cow_abb,
            add_actor.gw_code, add_actor.iso2, add_actor.iso3, add_actor.iso_numeric, add_actor.cameo,
            add_actor.wikidata, add_actor.note, false);
    INSERT INTO bilateral.actor_name (actor, lang, name, kind, shipped)
    VALUES (add_actor.code, 'en', add_actor.name_en, 'name', false)
    ON CONFLICT DO NOTHING;
    RETURN add_actor.code;
END
$$;
COMMENT ON FUNCTION bilateral.add_actor(text, text, int, text, int, text, text, int, text, text, text, text) IS 'Adds a user''s actor (shipped = false) with its codes and its English name; returns the code.';

CREATE FUNCTION bilateral.add_actor_name(actor text, lang text, name text, kind text DEFAULT 'alias',
                                         source_key text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped)
    VALUES (add_actor_name.actor, add_actor_name.lang, add_actor_name.name, add_actor_name.kind,
            add_actor_name.source_key, false);
    RETURN add_actor_name.actor;
END
$$;
COMMENT ON FUNCTION bilateral.add_actor_name(text, text, text, text, text) IS 'Adds a user''s name or alias for an actor (shipped = false), so that bilateral.actor_code() resolves it.';

CREATE FUNCTION bilateral.add_issue(code text, definition text, name_en text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF code IS NULL OR code !~ '^[a-z][a-z0-9_]{0,31}$' THEN
        RAISE EXCEPTION 'invalid issue code: "%"', code
            USING ERRCODE = '22023', HINT = 'An issue code is snake_case, at most 32 characters, e.g. ''fisheries''.';
    END IF;
    INSERT INTO bilateral.issue (issue, name_en, definition, shipped)
    VALUES (add_issue.code,
            coalesce(add_issue.name_en, initcap(replace(add_issue.code, '_', ' '))),
            add_issue.definition, false);
    RETURN add_issue.code;
END
$$;
COMMENT ON FUNCTION bilateral.add_issue(text, text, text) IS 'Adds a user''s issue to the codebook (shipped = false); returns its code.';

CREATE FUNCTION bilateral.add_claim(source_key text, "position" bilateral.bilateral_position, quote text,
                                    statement_en text DEFAULT NULL, locator text DEFAULT NULL,
                                    general_knowledge text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    lang text;
    a    text := bilateral.actor("position");
    c    text := bilateral.counterpart("position");
    i    text := bilateral.issue("position");
    id   bigint;
BEGIN
    SELECT s.language INTO lang FROM bilateral.source s WHERE s.source_key = add_claim.source_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown source: "%"', add_claim.source_key
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.actor x WHERE x.actor = a) THEN
        RAISE EXCEPTION 'unknown actor "%" in position %', a, "position"
            USING ERRCODE = '23503', HINT = 'Add the actor first with bilateral.add_actor().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.actor x WHERE x.actor = c) THEN
        RAISE EXCEPTION 'unknown counterpart "%" in position %', c, "position"
            USING ERRCODE = '23503', HINT = 'Add the actor first with bilateral.add_actor().';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM bilateral.issue x WHERE x.issue = i) THEN
        RAISE EXCEPTION 'unknown issue "%" in position %', i, "position"
            USING ERRCODE = '23503', HINT = 'Add the issue first with bilateral.add_issue(), or use a code from bilateral.issue.';
    END IF;
    IF quote IS NULL OR btrim(quote) = '' THEN
        RAISE EXCEPTION 'a claim needs a quote'
            USING ERRCODE = '22023', HINT = 'Give the exact words of the source that support the position.';
    END IF;
    INSERT INTO bilateral.position_claim ("position", source_key, locator, quote, quote_lang,
                                          statement_en, general_knowledge, shipped)
    VALUES (add_claim."position", add_claim.source_key, add_claim.locator, add_claim.quote, lang,
            coalesce(add_claim.statement_en,
                     format('According to %s, %s holds a %s (%s) stance toward %s on %s from %s to %s.',
                            add_claim.source_key, a, bilateral.stance_label(add_claim."position"),
                            CASE WHEN bilateral.stance(add_claim."position") > 0 THEN '+' ELSE '' END
                            || bilateral.stance(add_claim."position"), c, i,
                            coalesce(bilateral.valid_from(add_claim."position")::text, 'an open start'),
                            coalesce(bilateral.valid_to(add_claim."position")::text, 'an open end'))),
            add_claim.general_knowledge, false)
    RETURNING claim_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_claim(text, bilateral.bilateral_position, text, text, text, text) IS 'Adds a user''s stance claim (shipped = false) and returns its claim_id; refuses (SQLSTATE 23503) an unknown source, actor, counterpart or issue and (22023) an empty quote; quote_lang is the source''s language.';

CREATE FUNCTION bilateral.add_event(source_key text, event_key text, name_en text, kind text,
                                    occurred text, actors text[], quote text,
                                    occurred_to text DEFAULT NULL, locator text DEFAULT NULL,
                                    general_knowledge text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f  record;
    t  record;
    codes text[];
    id bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM bilateral.source s WHERE s.source_key = add_event.source_key) THEN
        RAISE EXCEPTION 'unknown source: "%"', add_event.source_key
            USING ERRCODE = '23503', HINT = 'Add the source first with bilateral.add_source().';
    END IF;
    SELECT * INTO f FROM bilateral.partial_date_bounds(occurred);
    SELECT * INTO t FROM bilateral.partial_date_bounds(coalesce(occurred_to, occurred));
    SELECT array_agg(bilateral.actor_code(x) ORDER BY n) INTO codes
      FROM unnest(actors) WITH ORDINALITY AS u(x, n);
    INSERT INTO bilateral.event (event_key, name_en, kind, occurred_from, occurred_to, from_precision,
                                 to_precision, actors, source_key, locator, quote, general_knowledge, shipped)
    VALUES (add_event.event_key, add_event.name_en, add_event.kind, f.first_day, t.last_day, f.date_precision,
            t.date_precision, coalesce(codes, '{}'), add_event.source_key, add_event.locator, add_event.quote,
            add_event.general_knowledge, false)
    RETURNING event_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_event(text, text, text, text, text, text[], text, text, text, text) IS 'Adds a user''s event (shipped = false): dates as partial dates (YYYY, YYYY-MM, YYYY-MM-DD), actors as codes or names (resolved by actor_code); returns its event_id.';

CREATE FUNCTION bilateral.add_indicator(source_key text, indicator text, actor text, counterpart text,
                                        year int, value numeric, unit text, quote text,
                                        locator text DEFAULT NULL, general_knowledge text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
BEGIN
    INSERT INTO bilateral.indicator (indicator, actor, counterpart, year, value, unit, source_key,
                                     locator, quote, general_knowledge, shipped)
    VALUES (add_indicator.indicator, bilateral.actor_code(add_indicator.actor),
            CASE WHEN add_indicator.counterpart IS NULL THEN NULL
                 ELSE bilateral.actor_code(add_indicator.counterpart) END,
            add_indicator.year, add_indicator.value, add_indicator.unit, add_indicator.source_key,
            add_indicator.locator, add_indicator.quote, add_indicator.general_knowledge, false)
    RETURNING indicator_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_indicator(text, text, text, text, int, numeric, text, text, text, text) IS 'Adds a user''s figure (shipped = false); actor and counterpart as codes or names; returns its indicator_id.';

CREATE FUNCTION bilateral.add_office_term(source_key text, person text, office text, actor text,
                                          term_from text, term_to text, quote text,
                                          locator text DEFAULT NULL, general_knowledge text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f  record;
    t  record;
    id bigint;
BEGIN
    SELECT * INTO f FROM bilateral.partial_date_bounds(coalesce(term_from, '2000'));
    SELECT * INTO t FROM bilateral.partial_date_bounds(coalesce(term_to, '2000'));
    INSERT INTO bilateral.office_term (person, office, actor, term_from, term_to, from_precision,
                                       to_precision, source_key, locator, quote, general_knowledge, shipped)
    VALUES (add_office_term.person, add_office_term.office, bilateral.actor_code(add_office_term.actor),
            CASE WHEN term_from IS NULL THEN NULL ELSE f.first_day END,
            CASE WHEN term_to   IS NULL THEN NULL ELSE t.last_day END,
            CASE WHEN term_from IS NULL THEN NULL ELSE f.date_precision END,
            CASE WHEN term_to   IS NULL THEN NULL ELSE t.date_precision END,
            add_office_term.source_key, add_office_term.locator, add_office_term.quote,
            add_office_term.general_knowledge, false)
    RETURNING term_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_office_term(text, text, text, text, text, text, text, text, text) IS 'Adds a user''s term of office (shipped = false); bounds as partial dates or NULL (not stated); returns its term_id.';

CREATE FUNCTION bilateral.add_treaty(treaty bilateral.treaty_ref, name_en text, kind text DEFAULT 'treaty',
                                     in_force_from date DEFAULT NULL, in_force_to date DEFAULT NULL,
                                     general_knowledge text DEFAULT NULL)
RETURNS bilateral.treaty_ref
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO bilateral.treaty (treaty, name_en, kind, in_force_from, in_force_to, general_knowledge, shipped)
    VALUES (add_treaty.treaty, add_treaty.name_en, add_treaty.kind, add_treaty.in_force_from,
            add_treaty.in_force_to, add_treaty.general_knowledge, false);
    INSERT INTO bilateral.treaty_name (treaty, lang, name, shipped)
    VALUES (add_treaty.treaty, 'en', add_treaty.name_en, false)
    ON CONFLICT DO NOTHING;
    RETURN add_treaty.treaty;
END
$$;
COMMENT ON FUNCTION bilateral.add_treaty(bilateral.treaty_ref, text, text, date, date, text) IS 'Adds a user''s treaty (shipped = false) with its English name; returns its treaty_ref.';

CREATE FUNCTION bilateral.add_treaty_mention(source_key text, treaty bilateral.treaty_ref, quote text,
                                             locator text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
BEGIN
    INSERT INTO bilateral.treaty_mention (treaty, source_key, locator, quote, shipped)
    VALUES (add_treaty_mention.treaty, add_treaty_mention.source_key, add_treaty_mention.locator,
            add_treaty_mention.quote, false)
    RETURNING mention_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_treaty_mention(text, bilateral.treaty_ref, text, text) IS 'Adds a user''s mention of a treaty in a source (shipped = false); returns its mention_id.';

CREATE FUNCTION bilateral.add_erratum(source_key text, quote text, correction text,
                                      subject_kind text DEFAULT NULL, subject_id text DEFAULT NULL,
                                      locator text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
BEGIN
    INSERT INTO bilateral.erratum (source_key, locator, quote, correction, subject_kind, subject_id, shipped)
    VALUES (add_erratum.source_key, add_erratum.locator, add_erratum.quote, add_erratum.correction,
            add_erratum.subject_kind, add_erratum.subject_id, false)
    RETURNING erratum_id INTO id;
    RETURN id;
END
$$;
COMMENT ON FUNCTION bilateral.add_erratum(text, text, text, text, text, text) IS 'Records a user''s erratum (shipped = false): a slip in a source and its correction; returns its erratum_id.';

-- Privileges and row level security -----------------------------------------------------------------
-- Everyone reads everything; users add, change and delete only their own rows (shipped = false).
-- Shipped rows are written by the extension scripts, which run as the table owner and so bypass RLS.
-- Users' ids must stay in the identity range (> 999999), kept free of shipped ids.

GRANT USAGE ON SCHEMA bilateral TO PUBLIC;

GRANT SELECT ON bilateral.sources, bilateral.actors, bilateral.treaties, bilateral.events,
                bilateral.positions, bilateral.indicators, bilateral.office_terms, bilateral.errata,
                bilateral.evidence TO PUBLIC;

GRANT SELECT, INSERT, UPDATE, DELETE ON
      bilateral.source, bilateral.actor, bilateral.actor_name, bilateral.actor_era,
      bilateral.actor_code_era, bilateral.system_membership, bilateral.issue, bilateral.treaty,
      bilateral.treaty_name, bilateral.treaty_mention, bilateral.event, bilateral.position_claim,
      bilateral.indicator, bilateral.office_term, bilateral.erratum
   TO PUBLIC;

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT t.tab, t.idcol FROM (VALUES
            ('source', NULL), ('actor', NULL), ('actor_name', NULL), ('actor_era', NULL),
            ('actor_code_era', NULL), ('system_membership', NULL), ('issue', NULL), ('treaty', NULL),
            ('treaty_name', NULL), ('treaty_mention', 'mention_id'), ('event', 'event_id'),
            ('position_claim', 'claim_id'), ('indicator', 'indicator_id'), ('office_term', 'term_id'),
            ('erratum', 'erratum_id')) AS t(tab, idcol)
    LOOP
        EXECUTE format('ALTER TABLE bilateral.%I ENABLE ROW LEVEL SECURITY', r.tab);
        EXECUTE format('CREATE POLICY read_all ON bilateral.%I FOR SELECT USING (true)', r.tab);
        EXECUTE format('CREATE POLICY insert_own ON bilateral.%I FOR INSERT WITH CHECK (NOT shipped%s)',
                       r.tab, CASE WHEN r.idcol IS NULL THEN '' ELSE format(' AND %I > 999999', r.idcol) END);
        EXECUTE format('CREATE POLICY update_own ON bilateral.%I FOR UPDATE USING (NOT shipped) WITH CHECK (NOT shipped%s)',
                       r.tab, CASE WHEN r.idcol IS NULL THEN '' ELSE format(' AND %I > 999999', r.idcol) END);
        EXECUTE format('CREATE POLICY delete_own ON bilateral.%I FOR DELETE USING (NOT shipped)', r.tab);
        EXECUTE format('COMMENT ON POLICY read_all ON bilateral.%I IS %L', r.tab,
                       'Everyone reads every row.');
        EXECUTE format('COMMENT ON POLICY insert_own ON bilateral.%I IS %L', r.tab,
                       'Users add only their own rows (shipped = false)'
                       || CASE WHEN r.idcol IS NULL THEN '.' ELSE ', with ids from the identity range.' END);
        EXECUTE format('COMMENT ON POLICY update_own ON bilateral.%I IS %L', r.tab,
                       'Users change only their own rows; shipped rows are read-only.');
        EXECUTE format('COMMENT ON POLICY delete_own ON bilateral.%I IS %L', r.tab,
                       'Users delete only their own rows; shipped rows are read-only.');
        IF r.idcol IS NOT NULL THEN
            EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO PUBLIC',
                           pg_catalog.pg_get_serial_sequence(format('bilateral.%I', r.tab), r.idcol));
        END IF;
    END LOOP;
END
$$;

GRANT EXECUTE ON FUNCTION
      bilateral.partial_date_bounds(text), bilateral.actor_code(text),
      bilateral.add_source(text, text, text, date, text, text, text, text, text, text),
      bilateral.add_actor(text, text, int, text, int, text, text, int, text, text, text, text),
      bilateral.add_actor_name(text, text, text, text, text),
      bilateral.add_issue(text, text, text),
      bilateral.add_claim(text, bilateral.bilateral_position, text, text, text, text),
      bilateral.add_event(text, text, text, text, text, text[], text, text, text, text),
      bilateral.add_indicator(text, text, text, text, int, numeric, text, text, text, text),
      bilateral.add_office_term(text, text, text, text, text, text, text, text, text),
      bilateral.add_treaty(bilateral.treaty_ref, text, text, date, date, text),
      bilateral.add_treaty_mention(text, bilateral.treaty_ref, text, text),
      bilateral.add_erratum(text, text, text, text, text, text)
   TO PUBLIC;

-- Dumps: users' rows (and the identity sequences) survive pg_dump / restore ----------------------------
-- pg_extension_config_dump() works only inside CREATE EXTENSION; the guard lets the development
-- harness run this file directly too.

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                WHERE d.classid = 'pg_catalog.pg_class'::regclass
                  AND d.objid = 'bilateral.source'::regclass
                  AND d.refclassid = 'pg_catalog.pg_extension'::regclass
                  AND d.deptype = 'e') THEN
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.source', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.actor', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.actor_name', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.actor_era', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.actor_code_era', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.system_membership', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.issue', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.treaty', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.treaty_name', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.treaty_mention', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.event', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.position_claim', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.indicator', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.office_term', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump('bilateral.erratum', 'WHERE NOT shipped');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.treaty_mention', 'mention_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.event', 'event_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.position_claim', 'claim_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.indicator', 'indicator_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.office_term', 'term_id')::regclass, '');
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bilateral.erratum', 'erratum_id')::regclass, '');
    END IF;
END
$$;

-- ---- 45_queries.sql ----
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

-- ---- 50_data_book_chapter.sql ----
-- Data from document 003_bb7320d28d4825d6.txt: English book chapter "Russo-Japanese relations:
-- a skeptical view" (chapter 2 of an unidentified book; no author, publisher or date in the text)
-- (source_key russo_japanese_skeptical_view; release 1.0; ids 100001..199999, numbered in document order).
-- Every line was read. Quotes are exact after the contract's normalisation (white space collapsed,
-- words hyphenated across a line break joined); locator = line of the .txt file where the quote starts.
-- Present-tense statements are dated to the time of writing, 2016 (inferred, see the source note).
-- Judgement calls, general knowledge used and errata: docs/provenance/russo_japanese_skeptical_view.md
-- Errata for this document ship in release 1.1: parts/1.1/90_errata_book_chapter.sql

-- the document
INSERT INTO bilateral.source (source_key, title, title_en, author, publisher, published, published_precision, language, kind, note, shipped)
VALUES ('russo_japanese_skeptical_view',
        'Russo-Japanese relations: a skeptical view',
        'Russo-Japanese relations: a skeptical view',
        NULL,
        NULL,
        '2016-01-01',
        'year',
        'en',
        'book_chapter',
        'Chapter 2 of a book that the seed text does not identify: the text names no author, editor, book title, publisher or date, so author and publisher are NULL. The year is inferred, not stated: the latest dated references are Abe''s visit to Sochi in May 2016 (line 150), footnote URLs dated 7 and 9 May 2016 (lines 185 and 188) and the fall in oil prices "in 2015-16" (line 66); the chapter does not mention later milestones such as Abe''s visit to Vladivostok (September 2016) or the Abe-Putin summit of December 2016. 2016 is thus a terminus post quem recorded as the year 2016 (year precision); statements in the present tense are dated 2016 in the claims. The title is set in small capitals and comes out mixed-case in the text layer (line 3).',
        true);

-- names the document uses for actors (most are in the catalogue already; ON CONFLICT keeps those)
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('JPN', 'en', 'Japan', 'name', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('RUS', 'en', 'Russia', 'short', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('USA', 'en', 'United States', 'short', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('CHN', 'en', 'China', 'short', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('USA', 'en', 'US', 'alias', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('PRK', 'en', 'DPRK', 'alias', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('JPN', 'en', 'Tokyo', 'metonym', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('USA', 'en', 'Washington', 'metonym', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('CHN', 'en', 'Beijing', 'metonym', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('RUS', 'en', 'Moscow', 'metonym', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('RUS', 'en', 'Russian Federation', 'name', '1991-12-26', NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('GSV', 'en', 'G7', 'alias', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('RUS', 'en', 'Soviet Union', 'historical', '1922-12-30', '1991-12-25', 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('DEU', 'en', 'Nazi Germany', 'historical', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('RUS', 'en', 'USSR', 'historical', '1922-12-30', '1991-12-25', 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('KOR', 'en', 'South Korea', 'short', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('AFG', 'en', 'Afghanistan', 'name', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES ('PRK', 'en', 'North Korea', 'short', NULL, NULL, 'russo_japanese_skeptical_view', true)
    ON CONFLICT DO NOTHING;

-- the treaty the document mentions
INSERT INTO bilateral.treaty (treaty, name_en, kind, in_force_from, in_force_to, general_knowledge, shipped) VALUES
  ('1956-10-19:JPN+RUS:joint_declaration', 'Joint Declaration by the Union of Soviet Socialist Republics and Japan', 'declaration', '1956-12-12', NULL,
   'Signature day 19 October 1956 at Moscow and entry into force 12 December 1956 (exchange of instruments of ratification) from the declaration as registered with the United Nations (UN Treaty Series No. 3768); the document gives the year 1956.', true)
  ON CONFLICT (treaty) DO NOTHING;
INSERT INTO bilateral.treaty_name (treaty, lang, name, source_key, shipped) VALUES
  ('1956-10-19:JPN+RUS:joint_declaration', 'en', 'Soviet-Japanese Joint Declaration', 'russo_japanese_skeptical_view', true)
  ON CONFLICT DO NOTHING;
INSERT INTO bilateral.treaty_name (treaty, lang, name, source_key, shipped) VALUES
  ('1956-10-19:JPN+RUS:joint_declaration', 'en', 'Joint Declaration by the Union of Soviet Socialist Republics and Japan', NULL, true)
  ON CONFLICT DO NOTHING;
INSERT INTO bilateral.treaty_mention (mention_id, treaty, source_key, locator, quote, shipped) VALUES
  (100001, '1956-10-19:JPN+RUS:joint_declaration', 'russo_japanese_skeptical_view', 'line 84', 'the USSR, after having signed the Soviet-Japanese Joint Declaration of 1956, considered all bilateral issues related to the past war completely settled', true);

-- events (document order)
INSERT INTO bilateral.event (event_id, event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, source_key, locator, quote, general_knowledge, shipped) VALUES
(100001, 'sanctions_on_russia_2014', 'Japan''s sanctions against Russia over the Ukrainian issue', 'sanction', DATE '2014-01-01', DATE '2014-12-31', 'year', 'year', ARRAY['JPN', 'RUS'],
 'russo_japanese_skeptical_view', 'line 49',
 'Though disappointed with Japan’s sanctions policy, Russia still acts on the premise that the Ukrainian issue does not affect Japan’s national interests directly',
 'the document gives no date; year 2014 from general knowledge: Japan announced its first sanctions against Russia over Crimea on 18 March 2014 and widened them later in 2014 (Ministry of Foreign Affairs of Japan announcements)', true),
(100002, 'oil_price_fall_2015_2016', 'Unprecedented decline in oil prices, causing Russia''s financial crisis', 'crisis', DATE '2015-01-01', DATE '2016-12-31', 'year', 'year', ARRAY['RUS'],
 'russo_japanese_skeptical_view', 'line 65',
 'Russia’s financial crisis caused by the unprecedented decline in oil prices in 2015-16',
 NULL, true),
(100003, 'great_patriotic_war', 'Great Patriotic War (Soviet-German war)', 'war', DATE '1941-06-22', DATE '1945-05-09', 'day', 'day', ARRAY['RUS', 'DEU'],
 'russo_japanese_skeptical_view', 'line 80',
 'the Great Patriotic War against Nazi Germany',
 'dates from general knowledge: German invasion of the USSR on 22 June 1941; Victory Day 9 May 1945 (Moscow time); the document names the war without dates', true),
(100004, 'soviet_entry_pacific_war_1945', 'Soviet attack on Japan at the end of the Second World War', 'war', DATE '1945-08-01', DATE '1945-09-30', 'month', 'month', ARRAY['RUS', 'JPN'],
 'russo_japanese_skeptical_view', 'line 81',
 'The main motive for the Soviet Union to attack Japan at the end of World War II was not retribution for Japanese military crimes, but the fulfilment of Moscow’s obligations to its allies.',
 'months from general knowledge: the document says only "at the end of World War II"; the USSR declared war on 8 August 1945, attacked on 9 August and fought in the Kurils until the beginning of September 1945', true),
(100005, 'treaty_signing_1956_10_19_joint_declaration', 'Signing of the Soviet-Japanese Joint Declaration', 'treaty_signing', DATE '1956-01-01', DATE '1956-12-31', 'year', 'year', ARRAY['JPN', 'RUS'],
 'russo_japanese_skeptical_view', 'line 84',
 'the USSR, after having signed the Soviet-Japanese Joint Declaration of 1956, considered all bilateral issues related to the past war completely settled',
 'the row keeps the document''s year; event_key carries the signature day from general knowledge (Moscow, 19 October 1956; UN Treaty Series No. 3768) so that other documents'' mentions group with it', true),
(100006, 'sino_soviet_conflict_1960s', 'Sino-Soviet conflict', 'conflict', DATE '1960-01-01', DATE '1969-12-31', 'year', 'year', ARRAY['RUS', 'CHN'],
 'russo_japanese_skeptical_view', 'line 99',
 'The Sino-Soviet conflict of the 1960s also influenced Soviet-Japanese relations.',
 NULL, true),
(100007, 'sanctions_lifted_1990_japan_china', 'Japan lifts its sanctions against China after the Tiananmen incident', 'sanction', DATE '1990-01-01', DATE '1990-12-31', 'year', 'year', ARRAY['JPN', 'CHN'],
 'russo_japanese_skeptical_view', 'line 126',
 'Japan was always the first to lift sanctions against ‘undemocratic’ regimes should they harm Japan’s economy, as was the case with China in the wake of the Tiananmen incident of 1989.',
 'the document says only "in the wake of the Tiananmen incident of 1989"; year 1990 from general knowledge: Japan announced the resumption of its yen loans to China at the G7 Houston summit (July 1990)', true),
(100008, 'tiananmen_incident_1989', 'Tiananmen incident', 'incident', DATE '1989-01-01', DATE '1989-12-31', 'year', 'year', ARRAY['CHN'],
 'russo_japanese_skeptical_view', 'line 128',
 'the Tiananmen incident of 1989',
 NULL, true),
(100009, 'sanctions_1980_japan_ussr_afghanistan', 'Japan joins Western sanctions against the USSR over Afghanistan', 'sanction', DATE '1980-01-01', DATE '1980-12-31', 'year', 'year', ARRAY['JPN', 'RUS'],
 'russo_japanese_skeptical_view', 'line 129',
 'in 1980, Japan had been very formal in joining Western sanctions against the USSR after the entry of Soviet troops into Afghanistan',
 NULL, true),
(100010, 'soviet_intervention_afghanistan_1979', 'Entry of Soviet troops into Afghanistan', 'military_intervention', DATE '1979-12-01', DATE '1979-12-31', 'month', 'month', ARRAY['RUS', 'AFG'],
 'russo_japanese_skeptical_view', 'line 131',
 'the entry of Soviet troops into Afghanistan',
 'the document gives no date (only that the sanctions of 1980 followed it); month from general knowledge: Soviet troops entered Afghanistan from 24-27 December 1979', true),
(100011, 'summit_2016_05_06_sochi', 'Abe''s visit to Sochi and meeting with President Putin', 'summit', DATE '2016-05-01', DATE '2016-05-31', 'month', 'month', ARRAY['JPN', 'RUS'],
 'russo_japanese_skeptical_view', 'line 149',
 'At the final press conference during Abe’s visit to Sochi in May 2016',
 'the row keeps the document''s month; event_key carries the day from general knowledge (Abe-Putin meeting in Sochi, 6 May 2016) so that other documents'' mentions group with it', true),
(100012, 'new_approach_2016_05', 'Abe proposes a "new approach" to the peace-treaty negotiations', 'policy', DATE '2016-05-01', DATE '2016-05-31', 'month', 'month', ARRAY['JPN', 'RUS'],
 'russo_japanese_skeptical_view', 'line 156',
 'Abe again put forward the idea of a ‘new approach, free from the ideas of the past’',
 NULL, true),
(100013, 'statement_2016_05_suga_new_approach', 'Chief Cabinet Secretary Suga: the new approach does not change Japan''s basic position', 'statement', DATE '2016-05-01', DATE '2016-05-31', 'month', 'month', ARRAY['JPN'],
 'russo_japanese_skeptical_view', 'line 160',
 'Cabinet spokesman Yoshihide Suga was more articulate stressing that, in this new approach, there is no change in the basic position of signing a peace treaty after the determination of the sovereignty of the four islands',
 NULL, true),
(100014, 'sakhalin2_lng_start_2009', 'Sakhalin-2 starts LNG production', 'project_start', DATE '2009-01-01', DATE '2009-12-31', 'year', 'year', ARRAY['RUS', 'JPN'],
 'russo_japanese_skeptical_view', 'line 237',
 'Sakhalin-2 project, operated by Russian, Japanese, US and British companies, started production of LNG in 2009',
 'actors: the document''s "US" company is a slip (see erratum in release 1.1): in 2009 Sakhalin Energy was owned by Gazprom, Shell, Mitsui and Mitsubishi; the row lists Russia and Japan only', true),
(100015, 'fukushima_nuclear_disaster_2011', 'Fukushima nuclear disaster', 'disaster', DATE '2011-03-11', DATE '2011-03-11', 'day', 'day', ARRAY['JPN'],
 'russo_japanese_skeptical_view', 'line 289',
 'the deep structural reforms of the nation’s energy sector after Fukushima',
 'the document names Fukushima without a date; day from general knowledge: the earthquake, tsunami and Fukushima Daiichi nuclear accident of 11 March 2011', true);

-- stance claims (document order)
INSERT INTO bilateral.position_claim (claim_id, position, source_key, locator, quote, quote_lang, statement_en, general_knowledge, shipped) VALUES
(100001, 'JPN->RUS:diplomatic_relations:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 5',
 'Japan’s pro-active stance with Russia can be viewed as a method of strengthening its positions in bilateral relations with key diplomatic partners, the United States and China.', 'en',
 'According to the document, Japan pursues a pro-active policy toward Russia at the time of writing (2016), a rapprochement driven by interest: it strengthens Japan''s position in its relations with the United States and China (coded pragmatic, +1).',
 NULL, true),
(100002, 'JPN->USA:us_alliance:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 8',
 'In recent years Japan’s dependence on US security guarantees has grown against the background of China’s military rise and the progress of the DPRK’s nuclear program.', 'en',
 'According to the document, Japan relies increasingly on US security guarantees in recent years (as of 2016) while trying to compensate this dependence with a more assertive diplomacy: it relies on the alliance while seeking autonomy (+1).',
 NULL, true),
(100003, 'JPN->CHN:military_security:-2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 8',
 'Japan’s dependence on US security guarantees has grown against the background of China’s military rise', 'en',
 'According to the document, Japan treats China''s military rise as a threat that deepens its reliance on US guarantees (as of 2016): adversarial (-2) on military security.',
 NULL, true),
(100004, 'JPN->CHN:territorial_dispute:-2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 19',
 'Tokyo has openly expressed serious fears of a military confrontation with Beijing over China’s claims to the Senkaku/Diaoyu Islands in the East China Sea.', 'en',
 'According to the document, Japan fears a military confrontation with China over the Senkaku/Diaoyu Islands (as of 2016): adversarial (-2) on its territorial dispute with China.',
 NULL, true),
(100005, 'CHN->JPN:territorial_dispute:-2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 20',
 'China’s claims to the Senkaku/Diaoyu Islands in the East China Sea', 'en',
 'According to the document, China presses claims to the Senkaku/Diaoyu Islands against Japan to the point that Tokyo fears a military confrontation (as of 2016): adversarial (-2).',
 NULL, true),
(100006, 'JPN->USA:us_alliance:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 21',
 'Japan is also uncertain about how the United States would respond to a major military incident there.', 'en',
 'According to the document, Japan doubts how the United States would respond to a major military incident around the Senkaku/Diaoyu Islands (as of 2016): doubts about US guarantees (-1 on the us_alliance scale).',
 NULL, true),
(100007, 'JPN->RUS:china:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 25',
 'The desire to improve relations with Russia is yet another manifestation of Tokyo’s hedging policy aimed at preventing Moscow’s excessive diplomatic isolation and hindering its political rapprochement with Beijing that would include a strong anti-Japanese element.', 'en',
 'According to the document, Japan courts Russia (as of 2016) as a hedge to prevent Moscow''s isolation and its rapprochement with Beijing: on the China question Japan''s stance toward Russia is pragmatic courting (+1).',
 NULL, true),
(100008, 'RUS->JPN:diplomatic_relations:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 32',
 'For Russia, good relations with Japan are necessary for deepening its economic and political integration with the dynamically developing Asia-Pacific region.', 'en',
 'According to the document, Russia seeks good relations with Japan (as of 2016) because they serve its integration with the Asia-Pacific region: an interest-driven, pragmatic stance (+1).',
 NULL, true),
(100009, 'RUS->JPN:energy:+2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 37',
 'the eastern focus in Russian energy policies demonstrates a change in the appreciation of Japan as a prospective market for Russian energy resources', 'en',
 'According to the document, Russia''s eastern energy policy now values Japan as a prospective market for Russian energy resources (as of 2016): Russia actively seeks an energy partnership with Japan (+2).',
 NULL, true),
(100010, 'RUS->JPN:economic_cooperation:+2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 41',
 'because of the acute need for Japanese investment and technologies to provide for a modernization breakthrough in the RFE', 'en',
 'According to the document, Russia wants Japan as a long-term partner because it acutely needs Japanese investment and technologies to modernise the Russian Far East (as of 2016): it actively seeks economic cooperation (+2).',
 NULL, true),
(100011, 'RUS->JPN:china:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 43',
 'It is also clear to Russia that its relations with Japan must improve if it is to achieve a more balanced economic and political strategy in Asia, particularly in the context of the economic and military rise of China.', 'en',
 'According to the document, Russia wants better relations with Japan (as of 2016) to balance its strategy in Asia in view of China''s rise: on the China question it courts Japan to diversify away from China (+1).',
 NULL, true),
(100012, 'RUS->JPN:sanctions:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 49',
 'Though disappointed with Japan’s sanctions policy, Russia still acts on the premise that the Ukrainian issue does not affect Japan’s national interests directly and gives Japan special treatment, separating her from the other G7 countries.', 'en',
 'According to the document, Russia is disappointed with Japan''s sanctions over the Ukrainian issue but restrained, treating Japan more leniently than the other G7 countries (as of 2016): -1 on the sanctions scale (the target is disappointed but restrained).',
 NULL, true),
(100013, 'RUS->JPN:sanctions:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 55',
 'Japan’s sanctions against Russia are portrayed as ‘insignificant’ and ‘compelled’ under severe pressure from Washington.', 'en',
 'According to the document, Russia (its state-controlled media and officials) portrays Japan''s sanctions as insignificant and imposed under US pressure (as of 2016): +1 on the sanctions scale (the target treats the counterpart''s sanctions as insignificant or compelled).',
 NULL, true),
(100014, 'JPN->RUS:sanctions:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 59',
 'Japan is actually withdrawing from the consolidated Western front by demonstrating greater flexibility towards Russia.', 'en',
 'According to the document, Japan keeps its sanctions against Russia but shows greater flexibility, withdrawing from the consolidated Western front (as of 2016): it joins sanctions only reluctantly (-1).',
 NULL, true),
(100015, 'RUS->JPN:diplomatic_relations:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 62',
 'In Moscow’s view, Tokyo could play the role of mediator, capable of conveying Russia’s position to the West.', 'en',
 'According to the document, Russia sees Japan as a possible mediator able to convey Russia''s position to the West (as of 2016): an interest-driven, pragmatic stance toward Japan (+1).',
 NULL, true),
(100016, 'RUS->JPN:diplomatic_relations:+1:2015/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 64',
 'An additional motivation towards good relations with Japan is created by Russia’s financial crisis caused by the unprecedented decline in oil prices in 2015-16.', 'en',
 'According to the document, Russia''s financial crisis caused by the fall in oil prices in 2015-16 gave Russia an additional, interest-driven motive for good relations with Japan in 2015-2016 (+1).',
 NULL, true),
(100017, 'RUS->JPN:diplomatic_relations:+2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 68',
 'Moscow sees improving personal relations between President Putin and Prime Minister Abe as additionally important in making its policy towards Japan.', 'en',
 'According to the document, Russia values the improving personal relations between President Putin and Prime Minister Abe in its Japan policy (as of 2016): close personal diplomacy, cooperative (+2).',
 NULL, true),
(100018, 'RUS->JPN:historical_memory:+1:1956/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 76',
 'Russia traditionally refrains from overly criticizing Japan with the theme of unresolved historical issues.', 'en',
 'According to the document, Russia has traditionally refrained from criticising Japan over unresolved historical issues: since the 1956 Joint Declaration the USSR considered the war issues settled, the restraint held through the Cold War and did not change much after it, up to the time of writing (2016) (+1, restraint).',
 NULL, true),
(100019, 'RUS->JPN:military_security:-3:1945-08/1945-09'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 81',
 'The main motive for the Soviet Union to attack Japan at the end of World War II was not retribution for Japanese military crimes, but the fulfilment of Moscow’s obligations to its allies.', 'en',
 'According to the document, the Soviet Union attacked Japan at the end of the Second World War (August-September 1945), mainly to fulfil its obligations to its allies: armed conflict (-3).',
 'months from general knowledge: the document says only "at the end of World War II"; the USSR declared war on Japan on 8 August 1945, attacked on 9 August 1945 and fought in the Kurils until the beginning of September 1945', true),
(100020, 'RUS->USA:military_security:+3:1945-08/1945-08'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 83',
 'the fulfilment of Moscow’s obligations to its allies', 'en',
 'According to the document, the Soviet Union attacked Japan at the end of the Second World War to fulfil its obligations to its allies, the United States among them: wartime military alliance (+3) in August 1945.',
 'month from general knowledge: the document says only "at the end of World War II"; the USSR declared war on Japan on 8 August 1945 and attacked on 9 August 1945; the allies are not named in the document: the United States and Britain, to whom the USSR had promised at Yalta (February 1945) to enter the war against Japan (Yalta agreement on the Far East)', true),
(100021, 'RUS->GBR:military_security:+3:1945-08/1945-08'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 83',
 'the fulfilment of Moscow’s obligations to its allies', 'en',
 'According to the document, the Soviet Union attacked Japan at the end of the Second World War to fulfil its obligations to its allies, Britain among them: wartime military alliance (+3) in August 1945.',
 'month from general knowledge: the document says only "at the end of World War II"; the USSR declared war on Japan on 8 August 1945 and attacked on 9 August 1945; the allies are not named in the document: the United States and Britain, to whom the USSR had promised at Yalta (February 1945) to enter the war against Japan (Yalta agreement on the Far East)', true),
(100022, 'CHN->JPN:historical_memory:-2:1956/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 84',
 'unlike China and both Koreas, the USSR, after having signed the Soviet-Japanese Joint Declaration of 1956, considered all bilateral issues related to the past war completely settled', 'en',
 'According to the document, unlike the USSR after 1956, China did not consider the issues of the past war with Japan settled and kept raising them; after the Cold War Beijing still criticises Japan (to 2016): it raises historical grievances prominently (-2).',
 NULL, true),
(100023, 'KOR->JPN:historical_memory:-2:1956/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 84',
 'unlike China and both Koreas, the USSR, after having signed the Soviet-Japanese Joint Declaration of 1956, considered all bilateral issues related to the past war completely settled', 'en',
 'According to the document, unlike the USSR after 1956, South Korea did not consider the issues of the past war with Japan settled and brought up "unresolved" issues: it raises historical grievances prominently (-2); the document contrasts standing attitudes, read here from 1956 to the time of writing (2016).',
 NULL, true),
(100024, 'PRK->JPN:historical_memory:-2:1956/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 84',
 'unlike China and both Koreas, the USSR, after having signed the Soviet-Japanese Joint Declaration of 1956, considered all bilateral issues related to the past war completely settled', 'en',
 'According to the document, unlike the USSR after 1956, North Korea did not consider the issues of the past war with Japan settled and brought up "unresolved" issues: it raises historical grievances prominently (-2); the document contrasts standing attitudes, read here from 1956 to the time of writing (2016).',
 NULL, true),
(100025, 'RUS->USA:military_security:-2:1947/1991'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 90',
 'Another factor in Moscow’s self-restraint was its geopolitical rivalry with Washington', 'en',
 'According to the document, during the Cold War the USSR was in geopolitical rivalry with the United States: adversarial (-2).',
 'period from general knowledge: the document names the Cold War without dates; conventional dating 1947 (Truman Doctrine, March 1947) to 1991 (dissolution of the USSR, December 1991)', true),
(100026, 'RUS->JPN:us_alliance:-1:1951/1991'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 92',
 'the USSR nourished hope to tear Japan away from its alliance with the United States or at least to neutralize it', 'en',
 'According to the document, during the Cold War the USSR hoped to tear Japan away from its alliance with the United States or at least to neutralise it: it sought to weaken the alliance (-1).',
 'period from general knowledge: the document says "playing the game of the Cold War"; start 1951 (US-Japan Security Treaty signed 8 September 1951, the alliance the document speaks of), end 1991 (dissolution of the USSR, December 1991)', true),
(100027, 'RUS->JPN:diplomatic_relations:-1:1956/1991'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 94',
 'the political relations between the USSR and Japan remained strained, largely because of the still unresolved matter of the bilateral peace treaty', 'en',
 'According to the document, Soviet-Japanese political relations remained strained during the Cold War, after the 1956 Joint Declaration left the peace treaty unresolved: cool (-1) on the Soviet side.',
 'end year 1991 from general knowledge: the document dates the Cold War only by name; its end is taken as the dissolution of the USSR (December 1991); start 1956 = the Joint Declaration, after which the document places the USSR''s attitude', true),
(100028, 'JPN->RUS:diplomatic_relations:-1:1956/1991'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 94',
 'the political relations between the USSR and Japan remained strained, largely because of the still unresolved matter of the bilateral peace treaty', 'en',
 'According to the document, Soviet-Japanese political relations remained strained during the Cold War, after the 1956 Joint Declaration left the peace treaty unresolved: cool (-1) on the Japanese side.',
 'end year 1991 from general knowledge: the document dates the Cold War only by name; its end is taken as the dissolution of the USSR (December 1991); start 1956 = the Joint Declaration, after which the document places the USSR''s attitude', true),
(100029, 'RUS->CHN:diplomatic_relations:-2:1960/1969'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 99',
 'The Sino-Soviet conflict of the 1960s also influenced Soviet-Japanese relations.', 'en',
 'According to the document, the USSR was in conflict with China in the 1960s (the Sino-Soviet conflict): hostile relations short of war (-2).',
 NULL, true),
(100030, 'CHN->RUS:diplomatic_relations:-2:1960/1969'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 99',
 'The Sino-Soviet conflict of the 1960s also influenced Soviet-Japanese relations.', 'en',
 'According to the document, China was in conflict with the USSR in the 1960s (the Sino-Soviet conflict): hostile relations short of war (-2).',
 NULL, true),
(100031, 'RUS->JPN:historical_memory:+1:1960/1969'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 100',
 'In Moscow’s eyes, excessive attacks on Japan for the actions of the Imperial Army in China would be ill-advised, as they might indirectly support the Chinese view of those events.', 'en',
 'According to the document, during the Sino-Soviet conflict of the 1960s Moscow avoided excessive attacks on Japan over the Imperial Army''s actions in China so as not to support the Chinese view: restraint on history (+1).',
 NULL, true),
(100032, 'JPN->CHN:military_security:-3:../1945'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 100',
 'excessive attacks on Japan for the actions of the Imperial Army in China', 'en',
 'According to the document, Japan''s Imperial Army acted in China during the past war (ending in 1945), actions the document elsewhere calls war crimes: armed conflict (-3).',
 'end year 1945 from general knowledge (end of the Second World War in Asia); the document gives no dates for the Imperial Army''s actions in China', true),
(100033, 'RUS->JPN:military_security:-2:1960/1969'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 104',
 'official Soviet historiography refrained from too vehemently criticizing Japan for its war crimes, concentrating instead on the threat of a resurgent Japanese militarism', 'en',
 'According to the document, in the 1960s (during the Sino-Soviet conflict) official Soviet historiography stressed the threat of a resurgent Japanese militarism: the USSR treated Japan as a potential military threat (-2).',
 NULL, true),
(100034, 'RUS->CHN:diplomatic_relations:+1:1991/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 110',
 'The rapprochement with China did not lead to Moscow’s siding with Beijing in its criticism towards Japan.', 'en',
 'According to the document, after the Cold War Russia pursued a rapprochement with China, up to the time of writing (2016): pragmatic, interest-driven rapprochement (+1).',
 'start year 1991 from general knowledge: the document says "after the end of Cold War"; taken as the dissolution of the USSR (December 1991)', true),
(100035, 'RUS->JPN:china:0:1991/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 112',
 'Neither does Moscow take Beijing’s side in its territorial dispute with Japan.', 'en',
 'According to the document, after the Cold War Russia takes no side between China and Japan, neither joining Beijing''s criticism of Japan nor accepting China''s offers of a deal on the "Northern territories" and the Senkaku dispute (to 2016): no position on China in the Russia-Japan dyad (0).',
 'start year 1991 from general knowledge: the document says "after the end of Cold War"; taken as the dissolution of the USSR (December 1991)', true),
(100036, 'JPN->CHN:sanctions:+2:1989/1990'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 126',
 'Japan was always the first to lift sanctions against ‘undemocratic’ regimes should they harm Japan’s economy, as was the case with China in the wake of the Tiananmen incident of 1989.', 'en',
 'According to the document, Japan was the first to lift its sanctions against China in the wake of the Tiananmen incident of 1989: it lifts sanctions (+2).',
 'end year 1990 from general knowledge: Japan announced the resumption of its yen loans to China at the G7 Houston summit in July 1990; the document says only "in the wake of the Tiananmen incident of 1989"', true),
(100037, 'JPN->RUS:sanctions:-1:1980/1980'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 129',
 'in 1980, Japan had been very formal in joining Western sanctions against the USSR after the entry of Soviet troops into Afghanistan', 'en',
 'According to the document, in 1980 Japan joined the Western sanctions against the USSR over Afghanistan only very formally: -1 (joins sanctions only formally or reluctantly).',
 NULL, true),
(100038, 'JPN->RUS:trade:+1:1980/1983'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 132',
 'Despite these sanctions, Japan continued to intensify trade and investment relations with Moscow which grew rapidly in the early 1980s.', 'en',
 'According to the document, despite the 1980 sanctions Japan kept intensifying trade and investment relations with the USSR, which grew rapidly in the early 1980s (read as 1980-1983): pragmatic business as usual (+1).',
 NULL, true),
(100039, 'JPN->RUS:trade:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 134',
 'At present Russia hopes Japan will remain pragmatic following the principle of ‘business as usual’ with Moscow', 'en',
 'According to the document, at present (2016) Japan follows the principle of "business as usual" with Russia and Russia hopes it will remain so: pragmatic trade (+1).',
 NULL, true),
(100040, 'RUS->JPN:territorial_dispute:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 142',
 'Importantly, Russia recognizes the need to continue discussions with Japan on the territorial issue.', 'en',
 'According to the document, Russia recognises the need to continue discussions with Japan on the territorial issue (as of 2016): keeps talking while keeping its claim (+1).',
 NULL, true),
(100041, 'JPN->RUS:territorial_dispute:+1:2016-05/2016-05'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 152',
 'We agreed to resolve it while establishing a future-oriented relationship between Japan and Russia.', 'en',
 'According to the document, at the press conference ending his visit to Sochi in May 2016 Prime Minister Abe said that he and President Putin had agreed to resolve the territorial dispute while building a future-oriented relationship: Japan keeps talking and relies on the leaders'' political will (+1).',
 NULL, true),
(100042, 'JPN->RUS:peace_treaty:+1:2016-05/2016-05'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 156',
 'Abe again put forward the idea of a ‘new approach, free from the ideas of the past’, refraining from details, but adding that Japan’s proposal stemmed from the fact that the negotiations on a peace treaty were stagnant and brought no result', 'en',
 'According to the document, in May 2016 Prime Minister Abe proposed a "new approach, free from the ideas of the past" because the peace-treaty negotiations were stagnant: Japan keeps talks alive with a new approach (+1).',
 NULL, true),
(100043, 'JPN->RUS:territorial_dispute:-1:2016-05/2016-05'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 160',
 'Cabinet spokesman Yoshihide Suga was more articulate stressing that, in this new approach, there is no change in the basic position of signing a peace treaty after the determination of the sovereignty of the four islands', 'en',
 'According to the document, in May 2016 Chief Cabinet Secretary Yoshihide Suga stressed that the new approach did not change Japan''s basic position: a peace treaty only after the sovereignty of the four islands is determined; Japan upholds its claim without flexibility (-1).',
 NULL, true),
(100044, 'JPN->RUS:territorial_dispute:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 170',
 'Japan is obviously counting on concessions from Russia which is interested in developing economic ties with Japan and improving relations with the West.', 'en',
 'According to the document, Japan counts on territorial concessions from Russia, expecting Russia''s economic interests and wish to improve relations with the West to produce them (as of 2016): it upholds its claim without flexibility (-1).',
 NULL, true),
(100045, 'RUS->JPN:territorial_dispute:-2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 175',
 'most Russians do not understand the essence of the territorial issue with Japan, perceiving it solely as Japan’s ‘groundless territorial claims’', 'en',
 'According to the document, most Russians see the territorial issue solely as Japan''s "groundless territorial claims" and many would regard "trading the Kuril Islands" as a betrayal (as of 2016): Russia denies that there is anything to negotiate (-2).',
 NULL, true),
(100046, 'RUS->JPN:territorial_dispute:-2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 177',
 'it is difficult to imagine a scenario in which Putin would transfer any territories to Japan, even within a legally flawless solution', 'en',
 'According to the document, President Putin is unlikely to transfer any territory to Japan, even within a legally flawless solution (as of 2016): Russia insists on its claim (-2).',
 NULL, true),
(100047, 'JPN->RUS:territorial_dispute:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 193',
 'All administrations persistently upholding the territorial claims receive extra voter support.', 'en',
 'According to the document, Japanese administrations persistently uphold the territorial claims against Russia, which earns them voter support (as of 2016): -1 (upholds its claim without flexibility).',
 NULL, true),
(100048, 'JPN->RUS:territorial_dispute:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 198',
 'Even less motivation to make progress on this issue is shown by those officials to whom political leaders, in fact, delegated the responsibility for its settlement – foreign ministry bureaucrats of both countries', 'en',
 'According to the document, Japan''s foreign ministry bureaucrats in charge of the territorial settlement show even less motivation to make progress (as of 2016): the talks stall (-1).',
 NULL, true),
(100049, 'RUS->JPN:territorial_dispute:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 198',
 'Even less motivation to make progress on this issue is shown by those officials to whom political leaders, in fact, delegated the responsibility for its settlement – foreign ministry bureaucrats of both countries', 'en',
 'According to the document, Russia''s foreign ministry bureaucrats in charge of the territorial settlement show even less motivation to make progress (as of 2016): the talks stall (-1).',
 NULL, true),
(100050, 'JPN->RUS:territorial_dispute:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 207',
 'Tokyo’s policy of maintaining the “Northern territories issue” as the primary issue of the political agenda of bilateral relations with Russia', 'en',
 'According to the document, Tokyo keeps the "Northern territories issue" as the primary issue of its political agenda with Russia (as of 2016), a policy the document links to populist politics: the dispute kept at the top of the agenda (-1).',
 NULL, true),
(100051, 'JPN->CHN:diplomatic_relations:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 218',
 'much worse political relations and territorial disputes do not stop Japan from developing relations with China and South Korea that are vital trade and economic partners of Tokyo', 'en',
 'According to the document, Japan''s political relations with China are much worse than with Russia (as of 2016); coded at the minimal reading, cool or strained (-1), since the document gives only a comparison.',
 NULL, true),
(100052, 'JPN->KOR:diplomatic_relations:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 218',
 'much worse political relations and territorial disputes do not stop Japan from developing relations with China and South Korea that are vital trade and economic partners of Tokyo', 'en',
 'According to the document, Japan''s political relations with South Korea are much worse than with Russia (as of 2016); coded at the minimal reading, cool or strained (-1), since the document gives only a comparison.',
 NULL, true),
(100053, 'JPN->KOR:territorial_dispute:-1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 218',
 'much worse political relations and territorial disputes do not stop Japan from developing relations with China and South Korea that are vital trade and economic partners of Tokyo', 'en',
 'According to the document, Japan has a territorial dispute with South Korea that is worse than its dispute with Russia (as of 2016); coded at the minimal reading, upholds its claim (-1), since the document gives only a comparison.',
 NULL, true),
(100054, 'JPN->CHN:trade:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 218',
 'much worse political relations and territorial disputes do not stop Japan from developing relations with China and South Korea that are vital trade and economic partners of Tokyo', 'en',
 'According to the document, despite bad political relations and territorial disputes Japan keeps developing relations with China, a vital trade and economic partner (as of 2016): pragmatic trade (+1).',
 NULL, true),
(100055, 'JPN->KOR:trade:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 218',
 'much worse political relations and territorial disputes do not stop Japan from developing relations with China and South Korea that are vital trade and economic partners of Tokyo', 'en',
 'According to the document, despite bad political relations and territorial disputes Japan keeps developing relations with South Korea, a vital trade and economic partner (as of 2016): pragmatic trade (+1).',
 NULL, true),
(100056, 'RUS->JPN:energy:+2:2009/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 234',
 'the natural gas production project with Japan in the RFE has proved more successful than expected with production to be doubled in the future', 'en',
 'According to the document, Russia''s natural gas production project with Japan in the Russian Far East (Sakhalin-2, producing LNG since 2009) has proved more successful than expected, with production to be doubled (2009 to the time of writing, 2016): an active energy partnership (+2).',
 NULL, true),
(100057, 'JPN->RUS:energy:+2:2009/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 234',
 'the natural gas production project with Japan in the RFE has proved more successful than expected with production to be doubled in the future', 'en',
 'According to the document, Japan takes part in the natural gas production project in the Russian Far East (Sakhalin-2, producing LNG since 2009), more successful than expected, with production to be doubled (2009 to the time of writing, 2016): an active energy partnership (+2).',
 NULL, true),
(100058, 'RUS->CHN:energy:+2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 243',
 'Russia’s priority export destination in Asia is China, especially in terms of oil and gas.', 'en',
 'According to the document, China is Russia''s priority export destination in Asia, especially for oil and gas (as of 2016): Russia actively builds its energy partnership with China (+2).',
 NULL, true),
(100059, 'JPN->RUS:economic_cooperation:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 276',
 'Despite economic sanctions, Japan will possibly continue to maintain at least some level of economic cooperation with Russia to deny China’s significantly benefiting from the situation', 'en',
 'According to the document, despite the sanctions Japan keeps at least some economic cooperation with Russia (as of 2016, and possibly beyond) so that China does not fill the niches left by Western and Japanese companies: selective cooperation in its own interest (+1).',
 NULL, true),
(100060, 'JPN->RUS:economic_cooperation:+2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 280',
 'At present, Japan still shows keen interest in involving the regions of Siberia and the RFE into the integration processes of the Asia-Pacific region.', 'en',
 'According to the document, at present (2016) Japan shows keen interest in involving Siberia and the Russian Far East in Asia-Pacific integration: it actively promotes economic cooperation (+2).',
 NULL, true),
(100061, 'JPN->RUS:korean_peninsula:+1:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 306',
 'Ensuring good neighborly and friendly relations with Russia is important for Tokyo’s pursuits to counter-balance China, diversify its energy and other resource supplies, successfully address regional security challenges including North Korea’s nuclear program', 'en',
 'According to the document, good relations with Russia matter to Japan (as of 2016) for addressing regional security challenges including North Korea''s nuclear program: Japan shares the concern with Russia (+1).',
 NULL, true),
(100062, 'JPN->PRK:military_security:-2:2016/2016'::bilateral.bilateral_position, 'russo_japanese_skeptical_view', 'line 309',
 'regional security challenges including North Korea’s nuclear program', 'en',
 'According to the document, Japan regards North Korea''s nuclear program as a regional security challenge and its progress as a reason for Japan''s growing reliance on US guarantees (as of 2016): it treats North Korea as a military threat (-2).',
 NULL, true);

-- figures (document order); actor = the economy whose total is the base, counterpart = the partner
INSERT INTO bilateral.indicator (indicator_id, indicator, actor, counterpart, year, value, unit, source_key, locator, quote, general_knowledge, shipped) VALUES
(100001, 'trade_share', 'JPN', 'RUS', 2014, 2.2, 'percent', 'russo_japanese_skeptical_view', 'line 226',
 'In 2014, Russia’s share in Japan’s total trade turnover was only 2.2%', NULL, true),
(100002, 'export_rank', 'JPN', 'RUS', 2014, 14, 'rank', 'russo_japanese_skeptical_view', 'line 227',
 'Russia ranked in 14th place among Japanese trade partners in exports (1.5%)', NULL, true),
(100003, 'export_share', 'JPN', 'RUS', 2014, 1.5, 'percent', 'russo_japanese_skeptical_view', 'line 227',
 'Russia ranked in 14th place among Japanese trade partners in exports (1.5%)', NULL, true),
(100004, 'import_rank', 'JPN', 'RUS', 2014, 12, 'rank', 'russo_japanese_skeptical_view', 'line 227',
 'Russia ranked in 14th place among Japanese trade partners in exports (1.5%) and 12th in imports (2.8%)', NULL, true),
(100005, 'import_share', 'JPN', 'RUS', 2014, 2.8, 'percent', 'russo_japanese_skeptical_view', 'line 227',
 'Russia ranked in 14th place among Japanese trade partners in exports (1.5%) and 12th in imports (2.8%)', NULL, true),
(100006, 'trade_share', 'RUS', 'JPN', 2014, 3.9, 'percent', 'russo_japanese_skeptical_view', 'line 229',
 'Japan’s share in Russian foreign trade was 3.9% in 2014 (seventh among Russia’s partners)', NULL, true),
(100007, 'trade_rank', 'RUS', 'JPN', 2014, 7, 'rank', 'russo_japanese_skeptical_view', 'line 229',
 'Japan’s share in Russian foreign trade was 3.9% in 2014 (seventh among Russia’s partners)', NULL, true),
(100008, 'gas_export_value', 'RUS', 'JPN', 2014, 700, 'jpy_billion', 'russo_japanese_skeptical_view', 'line 248',
 'In 2014, the volume of Russian gas exports to Japan was approximately 700 billion yen', NULL, true),
(100009, 'gas_market_share_upper_bound', 'RUS', 'JPN', 2014, 10, 'percent', 'russo_japanese_skeptical_view', 'line 250',
 'Russia’s share in Japan’s gas market is below 10%', NULL, true),
(100010, 'gas_market_share', 'RUS', 'EUU', 2014, 30, 'percent', 'russo_japanese_skeptical_view', 'line 250',
 'Russia’s share in Japan’s gas market is below 10%, compared to almost 30% in European markets', NULL, true);

-- office terms (document order)
INSERT INTO bilateral.office_term (term_id, person, office, actor, term_from, term_to, from_precision, to_precision, source_key, locator, quote, general_knowledge, shipped) VALUES
(100001, 'Vladimir Putin', 'President', 'RUS', DATE '2012-05-07', DATE '2018-05-07', 'day', 'day', 'russo_japanese_skeptical_view', 'line 69',
 'President Putin and Prime Minister Abe',
 'the document names "President Putin" (in office at the time of Abe''s May 2016 Sochi visit) without dates; first name and the term containing May 2016 from general knowledge: presidential term of 7 May 2012 to 7 May 2018 (inauguration dates, Kremlin)', true),
(100002, 'Shinzo Abe', 'Prime Minister', 'JPN', DATE '2012-12-26', DATE '2020-09-16', 'day', 'day', 'russo_japanese_skeptical_view', 'line 69',
 'President Putin and Prime Minister Abe',
 'the document names "Prime Minister Abe" (in office at the time of his May 2016 Sochi visit) without dates; first name and the tenure containing May 2016 from general knowledge: second tenure 26 December 2012 to 16 September 2020 (Prime Minister of Japan and His Cabinet, list of prime ministers)', true),
(100003, 'Yoshihide Suga', 'Chief Cabinet Secretary', 'JPN', DATE '2012-12-26', DATE '2020-09-16', 'day', 'day', 'russo_japanese_skeptical_view', 'line 160',
 'Cabinet spokesman Yoshihide Suga',
 'the document calls him "Cabinet spokesman" (May 2016) without dates; office title and term from general knowledge: Chief Cabinet Secretary, the government''s spokesman, in the second Abe cabinets from 26 December 2012 to 16 September 2020', true);

-- ---- 51_data_ifri.sql ----
-- Data from document 001_6f2994f7fdac46d2.txt: Ifri summary page "Japan-Russia: The Limits of a
-- Strategic Rapprochement", Céline Pajon (source_key pajon_ifri_2017; release 1.0; ids 200001..299999).
-- Only lines 1-5 are the document; the Ifri teasers on lines 6-18 (Moldova, BRICS, Russian strategic
-- thinking, South Caucasus) are page furniture and are not coded. Provenance: docs/provenance/pajon_ifri_2017.md

-- the document
INSERT INTO bilateral.source (source_key, title, title_en, author, publisher, published, published_precision, language, kind, note, shipped)
VALUES ('pajon_ifri_2017',
        'Japan-Russia: The Limits of a Strategic Rapprochement',
        'Japan-Russia: The Limits of a Strategic Rapprochement',
        'Céline Pajon',
        'Ifri (Institut français des relations internationales), Russia/NIS Center',
        '2017-10-01',
        'month',
        'en',
        'web_summary',
        'Ifri web page summarising the note of the same title (lines 1-5 of the seed text). The page prints no date: it speaks of the Abe-Putin summit of December 2016 in the past tense, so it was written after December 2016; the month October 2017 is general knowledge (the full PDF: Russie.Nei.Visions no. 104, Ifri, October 2017, ISBN 978-2-36567-766-0). The page also carries teasers for unrelated Ifri analyses (Moldova after the 2024 presidential election, Russian strategic thinking before and after 24 February 2022, Russia and the new BRICS countries, the South Caucasus; lines 6-18): they are not part of this document and none of their claims is coded.',
        true);

-- names the document uses for actors
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('RUS', 'en', 'Russia', 'name', 'pajon_ifri_2017', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('JPN', 'en', 'Japan', 'name', 'pajon_ifri_2017', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('CHN', 'en', 'China', 'short', 'pajon_ifri_2017', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('USA', 'en', 'United States', 'short', 'pajon_ifri_2017', true)
    ON CONFLICT DO NOTHING;

-- events
INSERT INTO bilateral.event (event_id, event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, source_key, locator, quote, general_knowledge, shipped) VALUES
(200001,
 'crisis_2014_ukraine',
 'Ukraine crisis',
 'crisis',
 '2014-01-01',
 '2014-12-31',
 'year',
 'year',
 ARRAY['RUS', 'UKR'],
 'pajon_ifri_2017',
 'line 2',
 'By reinforcing hostility between Russia and the West, the Ukraine crisis has shone a spotlight on the limits and contradictions of any Russo-Japanese rapprochement.',
 'the page gives no date; year 2014 (Russia''s annexation of Crimea in March 2014 and the war in Donbas) from general knowledge',
 true),
(200002,
 'summit_2016_12_15_nagato',
 'Abe-Putin summit of December 2016',
 'summit',
 '2016-12-01',
 '2016-12-31',
 'month',
 'month',
 ARRAY['JPN', 'RUS'],
 'pajon_ifri_2017',
 'line 4',
 'the summit between Abe and Putin in December 2016',
 'the row keeps the page''s month; event_key carries the day and place from general knowledge (Nagato, 15 December 2016, continued in Tokyo on 16 December) so that other documents'' mentions group with it',
 true);

-- stances (bilateral_position literals: ACTOR->COUNTERPART:issue:STANCE:FROM/TO)
INSERT INTO bilateral.position_claim (claim_id, position, source_key, locator, quote, quote_lang, statement_en, general_knowledge, shipped) VALUES
(200001,
 'RUS->USA:diplomatic_relations:-2:2014/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 2',
 'By reinforcing hostility between Russia and the West, the Ukraine crisis has shone a spotlight on the limits and contradictions of any Russo-Japanese rapprochement.',
 'en',
 'According to the page, the Ukraine crisis reinforced hostility between Russia and the West: Russia''s stance toward the United States on diplomatic relations is adversarial from the crisis (2014) to the time of writing (2017).',
 'start year 2014: the Ukraine crisis, which the page names without a date (general knowledge: Russia''s annexation of Crimea in March 2014 and the war in Donbas); end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200002,
 'USA->RUS:diplomatic_relations:-2:2014/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 2',
 'By reinforcing hostility between Russia and the West, the Ukraine crisis has shone a spotlight on the limits and contradictions of any Russo-Japanese rapprochement.',
 'en',
 'According to the page, the Ukraine crisis reinforced hostility between Russia and the West: the stance of the United States toward Russia on diplomatic relations is adversarial from the crisis (2014) to the time of writing (2017).',
 'start year 2014: the Ukraine crisis, which the page names without a date (general knowledge: Russia''s annexation of Crimea in March 2014 and the war in Donbas); end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200003,
 'RUS->CHN:diplomatic_relations:+2:2014/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 2',
 'Russia has grown more dependent on China, just as Japan has become more reliant on the United States.',
 'en',
 'According to the page, Russia has grown more dependent on China since the Ukraine crisis: Russia''s stance toward China is cooperative from 2014 to the time of writing (2017).',
 'start year 2014: the Ukraine crisis, which the page names without a date (general knowledge: Russia''s annexation of Crimea in March 2014 and the war in Donbas); end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200004,
 'JPN->USA:us_alliance:+2:2014/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 2',
 'Russia has grown more dependent on China, just as Japan has become more reliant on the United States.',
 'en',
 'According to the page, Japan has become more reliant on the United States since the Ukraine crisis: Japan strengthens its reliance on the alliance with the United States (cooperative) from 2014 to the time of writing (2017).',
 'start year 2014: the Ukraine crisis, which the page names without a date (general knowledge: Russia''s annexation of Crimea in March 2014 and the war in Donbas); end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200005,
 'RUS->USA:military_security:-2:2014/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 3',
 'Russia’s decision to reinvest in the Far East, both politically and militarily, and the renewed prominence of security issues in talks over territory, are symptoms of Russia’s hardening stance towards the Western powers, first and foremost the United States.',
 'en',
 'According to the page, Russia''s political and military reinvestment in the Far East and the return of security issues to the territorial talks show Russia''s hardening stance toward the Western powers, first of all the United States: Russia''s stance toward the United States on military security is adversarial from the Ukraine crisis (2014) to the time of writing (2017).',
 'start year 2014: the Ukraine crisis, which the page names without a date (general knowledge: Russia''s annexation of Crimea in March 2014 and the war in Donbas) (the page ties the hardening to the hostility the crisis reinforced); end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200006,
 'RUS->JPN:territorial_dispute:-1:2017/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 3',
 'Russia is also sceptical about the economic benefit of an eventual territorial agreement with Japan.',
 'en',
 'According to the page, Russia is sceptical about the economic benefit of an eventual territorial agreement with Japan: Russia''s stance toward Japan on the territorial dispute is cool at the time of writing (2017).',
 'year 2017 = year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page states the scepticism in the present tense without a start',
 true),
(200007,
 'JPN->RUS:diplomatic_relations:+1:2016-12/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 4',
 'the summit between Abe and Putin in December 2016 seemed to herald a new approach: Russia and Japan now favour an improvement in relations that is gradual, pragmatic and wide-ranging.',
 'en',
 'According to the page, since the Abe-Putin summit of December 2016 Japan favours a gradual, pragmatic and wide-ranging improvement of relations with Russia: a pragmatic stance from December 2016 to the time of writing (2017).',
 'end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200008,
 'RUS->JPN:diplomatic_relations:+1:2016-12/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 4',
 'the summit between Abe and Putin in December 2016 seemed to herald a new approach: Russia and Japan now favour an improvement in relations that is gradual, pragmatic and wide-ranging.',
 'en',
 'According to the page, since the Abe-Putin summit of December 2016 Russia favours a gradual, pragmatic and wide-ranging improvement of relations with Japan: a pragmatic stance from December 2016 to the time of writing (2017).',
 'end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200009,
 'JPN->RUS:economic_cooperation:+2:2016-12/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 4',
 'Henceforth, the territorial dispute between Russia and Japan will only be solved once they cooperate better economically, mainly by working together to develop the Southern Kuril Islands.',
 'en',
 'According to the page, from the December 2016 summit Japan puts closer economic cooperation with Russia, mainly the joint development of the Southern Kuril Islands, before the settlement of the territorial dispute: a cooperative stance toward Russia on economic cooperation, December 2016 to 2017.',
 'end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200010,
 'RUS->JPN:economic_cooperation:+2:2016-12/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 4',
 'Henceforth, the territorial dispute between Russia and Japan will only be solved once they cooperate better economically, mainly by working together to develop the Southern Kuril Islands.',
 'en',
 'According to the page, from the December 2016 summit Russia works with Japan on closer economic cooperation, mainly the joint development of the Southern Kuril Islands: a cooperative stance toward Japan on economic cooperation, December 2016 to 2017.',
 'end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true),
(200011,
 'JPN->RUS:territorial_dispute:+1:2016-12/2017'::bilateral.bilateral_position,
 'pajon_ifri_2017',
 'line 4',
 'In its early stages, it should finally allow Japan to return to the islands, rather than the islands to return to Japan.',
 'en',
 'According to the page, under the approach adopted at the December 2016 summit Japan accepts that the territorial dispute is settled only after economic cooperation, which first lets Japan "return to the islands" rather than the islands return to Japan: a pragmatic stance toward Russia on the territorial dispute, December 2016 to 2017.',
 'end year 2017: year of publication (general knowledge: Ifri, Russie.Nei.Visions no. 104, October 2017); the page speaks in the present tense',
 true);

-- leaders and officials named
INSERT INTO bilateral.office_term (term_id, person, office, actor, term_from, term_to, from_precision, to_precision, source_key, locator, quote, general_knowledge, shipped) VALUES
(200001,
 'Shinzo Abe',
 'Prime Minister',
 'JPN',
 '2012-12-26',
 '2020-09-16',
 'day',
 'day',
 'pajon_ifri_2017',
 'line 4',
 'the summit between Abe and Putin in December 2016',
 'the page names only "Abe" (in office at the December 2016 summit); full name, office and the dates of his second term as Prime Minister of Japan (26 December 2012 - 16 September 2020) from general knowledge (Prime Minister''s Office of Japan)',
 true),
(200002,
 'Vladimir Putin',
 'President',
 'RUS',
 '2012-05-07',
 NULL,
 'day',
 NULL,
 'pajon_ifri_2017',
 'line 4',
 'the summit between Abe and Putin in December 2016',
 'the page names only "Putin" (in office at the December 2016 summit); full name, office and the start of his continuous presidency since 7 May 2012 from general knowledge (Kremlin); end left open',
 true);
