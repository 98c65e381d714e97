-- bilateral--1.0.sql: assembled from extension/parts/1.0/*.sql by make scripts.
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
