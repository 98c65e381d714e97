/*
 * position.c - PostgreSQL glue for bilateral_position: I/O, constructor,
 * accessors, the two temporal readings, operators, btree and hash support.
 */
#include "bilateral.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#define POS_TYPE "bilateral_position"
#define SEND_VERSION 1

#define GETPOS(n, p) bl_position_from_datum(PG_GETARG_DATUM(n), (p))
/* accessors that need no issue read the fixed part only */
#define GETHEAD(n, p) bl_position_head_from_datum(PG_GETARG_DATUM(n), (p))

PG_FUNCTION_INFO_V1(position_in);
Datum
position_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	bl_position p;
	bl_error	err;

	if (!bl_position_parse(s, strlen(s), &p, &err))
		bl_report(&err, BL_CTX_LITERAL, POS_TYPE, s);
	PG_RETURN_DATUM(bl_position_to_datum(&p));
}

PG_FUNCTION_INFO_V1(position_out);
Datum
position_out(PG_FUNCTION_ARGS)
{
	bl_position p;
	char	   *buf = palloc(BL_POSITION_TEXT_MAX);

	GETPOS(0, &p);
	bl_position_format(&p, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: version byte 1, actor[3], counterpart[3], stance int8,
 * from precision uint8 + day int32 (days from 2000-01-01, 0 when open),
 * to precision + day, issue length uint8 + issue bytes.
 */
PG_FUNCTION_INFO_V1(position_send);
Datum
position_send(PG_FUNCTION_ARGS)
{
	bl_position p;
	StringInfoData buf;

	GETPOS(0, &p);
	pq_begintypsend(&buf);
	pq_sendint8(&buf, SEND_VERSION);
	pq_sendbytes(&buf, p.actor, 3);
	pq_sendbytes(&buf, p.counterpart, 3);
	pq_sendint8(&buf, (int8) p.stance);
	pq_sendint8(&buf, (int8) p.from.prec);
	pq_sendint32(&buf, p.from.prec == BL_OPEN ? 0 : p.from.first);
	pq_sendint8(&buf, (int8) p.to.prec);
	pq_sendint32(&buf, p.to.prec == BL_OPEN ? 0 : p.to.first);
	pq_sendint8(&buf, (int8) p.issue_len);
	pq_sendbytes(&buf, p.issue, p.issue_len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static void
recv_fail(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary value for type %s", POS_TYPE),
			 errdetail("%s", what)));
}

static bl_pdate
recv_bound(StringInfo buf)
{
	bl_pdate	d;

	d.prec = (bl_prec) (uint8) pq_getmsgint(buf, 1);
	d.first = (int32) pq_getmsgint(buf, 4);
	if (d.prec > BL_DAY || (d.prec == BL_OPEN && d.first != 0) || !bl_pdate_valid(d))
		recv_fail("A bound's precision or day is not valid.");
	return d;
}

PG_FUNCTION_INFO_V1(position_recv);
Datum
position_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	bl_position p;
	bl_error	err;
	int			n;

	memset(&p, 0, sizeof(p));
	if (buf->len - buf->cursor < 1 + 3 + 3 + 1 + 5 + 5 + 1)
		recv_fail("The value is too short.");
	if (pq_getmsgint(buf, 1) != SEND_VERSION)
		recv_fail("Unknown format version (expected 1).");
	pq_copymsgbytes(buf, p.actor, 3);
	pq_copymsgbytes(buf, p.counterpart, 3);
	p.stance = (int8) pq_getmsgint(buf, 1);
	p.from = recv_bound(buf);
	p.to = recv_bound(buf);
	n = (int) pq_getmsgint(buf, 1);
	if (n > BL_ISSUE_MAXLEN || buf->len - buf->cursor != n)
		recv_fail("The issue's length does not match the value.");
	pq_copymsgbytes(buf, p.issue, n);
	p.issue_len = n;
	if (memchr(p.issue, '\0', n) || memchr(p.actor, '\0', 3) || memchr(p.counterpart, '\0', 3) ||
		!bl_position_check(&p, &err))
	{
		if (memchr(p.issue, '\0', n) || memchr(p.actor, '\0', 3) || memchr(p.counterpart, '\0', 3))
			recv_fail("A code contains a zero byte.");
		bl_report(&err, BL_CTX_BINARY, POS_TYPE, NULL);
	}
	PG_RETURN_DATUM(bl_position_to_datum(&p));
}

static bool
opt_bound(FunctionCallInfo fcinfo, int argno, bl_pdate *d, bl_error *err)
{
	char	   *s;

	if (PG_ARGISNULL(argno))
	{
		d->prec = BL_OPEN;
		d->first = 0;
		return true;
	}
	s = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	return bl_pdate_parse(s, strlen(s), d, err);
}

static void
copy_code(char *dst, const char *src, size_t len, size_t max)
{
	/* too long is caught by the check below; keep what fits */
	size_t		n = len < max ? len : max;

	memcpy(dst, src, n);
	dst[n] = '\0';
}

PG_FUNCTION_INFO_V1(position_make);
Datum
position_make(PG_FUNCTION_ARGS)
{
	bl_position p;
	bl_error	err;
	size_t		alen,
				clen,
				ilen;
	char	   *a = bl_text_arg(fcinfo, 0, "actor", &alen);
	char	   *c = bl_text_arg(fcinfo, 1, "counterpart", &clen);
	char	   *i = bl_text_arg(fcinfo, 2, "issue", &ilen);
	int32		st;

	memset(&p, 0, sizeof(p));
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("stance must not be null")));
	st = PG_GETARG_INT32(3);
	if (alen != 3 || clen != 3)
	{
		bl_fail(&err, BL_ECODE, "Actor and counterpart are actor codes of three upper-case letters, e.g. JPN and RUS.",
				alen != 3 ? "The actor \"%s\" is not a code of three upper-case letters."
				: "The counterpart \"%s\" is not a code of three upper-case letters.",
				alen != 3 ? a : c, alen != 3 ? alen : clen);
		bl_report(&err, BL_CTX_ARGUMENT, POS_TYPE, NULL);
	}
	copy_code(p.actor, a, alen, 3);
	copy_code(p.counterpart, c, clen, 3);
	if (ilen > BL_ISSUE_MAXLEN)
	{
		bl_fail(&err, BL_ECODE, "An issue is a codebook code of at most 32 characters, e.g. territorial_dispute.",
				"The issue \"%s\" is not a lower-case code of at most 32 characters.", i, ilen);
		bl_report(&err, BL_CTX_ARGUMENT, POS_TYPE, NULL);
	}
	copy_code(p.issue, i, ilen, BL_ISSUE_MAXLEN);
	p.issue_len = (int) ilen;
	if (st < -3 || st > 3)
	{
		err.kind = BL_ERANGE;
		err.hint = "A stance is -3 (hostile) .. +3 (aligned).";
		snprintf(err.detail, sizeof(err.detail), "The stance %d is outside -3..+3.", st);
		bl_report(&err, BL_CTX_ARGUMENT, POS_TYPE, NULL);
	}
	p.stance = st;
	if (!opt_bound(fcinfo, 4, &p.from, &err) || !opt_bound(fcinfo, 5, &p.to, &err) ||
		!bl_position_check(&p, &err))
		bl_report(&err, BL_CTX_ARGUMENT, POS_TYPE, NULL);
	PG_RETURN_DATUM(bl_position_to_datum(&p));
}

/* ---------- accessors ---------- */

PG_FUNCTION_INFO_V1(position_actor);
Datum
position_actor(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	PG_RETURN_TEXT_P(cstring_to_text(p.actor));
}

PG_FUNCTION_INFO_V1(position_counterpart);
Datum
position_counterpart(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	PG_RETURN_TEXT_P(cstring_to_text(p.counterpart));
}

PG_FUNCTION_INFO_V1(position_issue);
Datum
position_issue(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETPOS(0, &p);
	PG_RETURN_TEXT_P(cstring_to_text(p.issue));
}

PG_FUNCTION_INFO_V1(position_stance);
Datum
position_stance(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	PG_RETURN_INT32(p.stance);
}

PG_FUNCTION_INFO_V1(position_stance_label);
Datum
position_stance_label(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	PG_RETURN_TEXT_P(cstring_to_text(bl_stance_label(p.stance)));
}

PG_FUNCTION_INFO_V1(position_valid_from);
Datum
position_valid_from(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	if (p.from.prec == BL_OPEN)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(p.from.first);
}

PG_FUNCTION_INFO_V1(position_valid_to);
Datum
position_valid_to(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	if (p.to.prec == BL_OPEN)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(bl_pdate_last(p.to));
}

PG_FUNCTION_INFO_V1(position_from_precision);
Datum
position_from_precision(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	if (p.from.prec == BL_OPEN)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(bl_prec_name(p.from.prec)));
}

PG_FUNCTION_INFO_V1(position_to_precision);
Datum
position_to_precision(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	if (p.to.prec == BL_OPEN)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(bl_prec_name(p.to.prec)));
}

/* [lo, hi] inclusive day numbers, INT32_MIN/MAX unbounded, as a daterange */
static Datum
make_daterange(int32 lo, int32 hi)
{
	TypeCacheEntry *tc = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lower,
				upper;

	lower.infinite = (lo == PG_INT32_MIN);
	lower.val = DateADTGetDatum(lo);
	lower.inclusive = true;
	lower.lower = true;
	upper.infinite = (hi == PG_INT32_MAX);
	upper.val = DateADTGetDatum(upper.infinite ? 0 : hi + 1);
	upper.inclusive = false;
	upper.lower = false;
	return RangeTypePGetDatum(make_range(tc, &lower, &upper, lo != PG_INT32_MIN && hi != PG_INT32_MAX && lo > hi));
}

PG_FUNCTION_INFO_V1(position_valid_period);
Datum
position_valid_period(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	PG_RETURN_DATUM(make_daterange(bl_position_lo(&p), bl_position_hi(&p)));
}

PG_FUNCTION_INFO_V1(position_certain_period);
Datum
position_certain_period(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	PG_RETURN_DATUM(make_daterange(bl_position_certain_lo(&p), bl_position_certain_hi(&p)));
}

/* ---------- temporal predicates and operators ---------- */

PG_FUNCTION_INFO_V1(position_possibly_at);
Datum
position_possibly_at(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	PG_RETURN_BOOL(bl_position_possibly_at(&p, PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(position_certainly_at);
Datum
position_certainly_at(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(0, &p);
	PG_RETURN_BOOL(bl_position_certainly_at(&p, PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(date_possibly_in_position);
Datum
date_possibly_in_position(PG_FUNCTION_ARGS)
{
	bl_position p;

	GETHEAD(1, &p);
	PG_RETURN_BOOL(bl_position_possibly_at(&p, PG_GETARG_DATEADT(0)));
}

PG_FUNCTION_INFO_V1(position_overlaps);
Datum
position_overlaps(PG_FUNCTION_ARGS)
{
	bl_position a,
				b;

	GETPOS(0, &a);
	GETPOS(1, &b);
	PG_RETURN_BOOL(bl_position_overlaps(&a, &b));
}

/* a daterange as inclusive day numbers; false when empty */
bool
bl_daterange_days(RangeType *r, int32 *lo, int32 *hi)
{
	TypeCacheEntry *tc = lookup_type_cache(RangeTypeGetOid(r), TYPECACHE_RANGE_INFO);
	RangeBound	lower,
				upper;
	bool		empty;

	range_deserialize(tc, r, &lower, &upper, &empty);
	if (empty)
		return false;
	*lo = lower.infinite ? PG_INT32_MIN : DatumGetDateADT(lower.val) + (lower.inclusive ? 0 : 1);
	*hi = upper.infinite ? PG_INT32_MAX : DatumGetDateADT(upper.val) - (upper.inclusive ? 0 : 1);
	return *lo <= *hi;
}

PG_FUNCTION_INFO_V1(position_overlaps_range);
Datum
position_overlaps_range(PG_FUNCTION_ARGS)
{
	bl_position p;
	int32		lo,
				hi;

	GETHEAD(0, &p);
	if (!bl_daterange_days(PG_GETARG_RANGE_P(1), &lo, &hi))
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(bl_position_lo(&p) <= hi && lo <= bl_position_hi(&p));
}

/* ---------- btree and hash ---------- */

static int
cmp_args(FunctionCallInfo fcinfo)
{
	bl_position a,
				b;

	GETPOS(0, &a);
	GETPOS(1, &b);
	return bl_position_cmp(&a, &b);
}

PG_FUNCTION_INFO_V1(position_cmp);
Datum
position_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_args(fcinfo));
}

PG_FUNCTION_INFO_V1(position_lt);
Datum
position_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(position_le);
Datum
position_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(position_eq);
Datum
position_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) == 0);
}

PG_FUNCTION_INFO_V1(position_ne);
Datum
position_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) != 0);
}

PG_FUNCTION_INFO_V1(position_ge);
Datum
position_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) >= 0);
}

PG_FUNCTION_INFO_V1(position_gt);
Datum
position_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) > 0);
}

/* the packed form is canonical, so hashing it agrees with equality */
PG_FUNCTION_INFO_V1(position_hash);
Datum
position_hash(PG_FUNCTION_ARGS)
{
	bl_position p;
	uint8_t		buf[BL_POSITION_PACKED_MAX];

	GETPOS(0, &p);
	return hash_any(buf, (int) bl_position_pack(&p, buf));
}

PG_FUNCTION_INFO_V1(position_hash_extended);
Datum
position_hash_extended(PG_FUNCTION_ARGS)
{
	bl_position p;
	uint8_t		buf[BL_POSITION_PACKED_MAX];

	GETPOS(0, &p);
	return hash_any_extended(buf, (int) bl_position_pack(&p, buf), PG_GETARG_INT64(1));
}

/* ---------- jsonb ---------- */

static void
json_bound(StringInfo s, const char *key, bl_pdate d)
{
	char		buf[BL_PDATE_MAXLEN + 1];

	appendStringInfo(s, ", \"%s\": ", key);
	if (d.prec == BL_OPEN)
		appendStringInfoString(s, "null");
	else
	{
		bl_pdate_format(d, buf);
		appendStringInfo(s, "\"%s\"", buf);
	}
}

PG_FUNCTION_INFO_V1(position_to_jsonb);
Datum
position_to_jsonb(PG_FUNCTION_ARGS)
{
	bl_position p;
	StringInfoData s;

	GETPOS(0, &p);
	initStringInfo(&s);
	/* codes are [A-Z] and [a-z0-9_]: nothing to escape */
	appendStringInfo(&s, "{\"actor\": \"%s\", \"counterpart\": \"%s\", \"issue\": \"%s\", "
					 "\"stance\": %d, \"stance_label\": \"%s\"",
					 p.actor, p.counterpart, p.issue, p.stance, bl_stance_label(p.stance));
	json_bound(&s, "valid_from", p.from);
	json_bound(&s, "valid_to", p.to);
	appendStringInfoChar(&s, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data)));
}
