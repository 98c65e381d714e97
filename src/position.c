/*
 * position.c - PostgreSQL glue for bilateral_position: I/O, constructor,
 * accessors, the two temporal readings, operators, btree and hash support.
 */
#include "bilateral.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"
#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#define POS_TYPE "bilateral_position"

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

/* the binary wire format is the core's (src/core/wire.c) */
PG_FUNCTION_INFO_V1(position_send);
Datum
position_send(PG_FUNCTION_ARGS)
{
	bl_position p;
	uint8_t		buf[BL_POSITION_WIRE_MAX];
	bytea	   *result;
	size_t		n;

	GETPOS(0, &p);
	n = bl_position_send(&p, buf);
	result = palloc(VARHDRSZ + n);
	SET_VARSIZE(result, VARHDRSZ + n);
	memcpy(VARDATA(result), buf, n);
	PG_RETURN_BYTEA_P(result);
}

PG_FUNCTION_INFO_V1(position_recv);
Datum
position_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	bl_position p;
	bl_error	err;

	if (!bl_position_recv((const uint8_t *) buf->data + buf->cursor, buf->len - buf->cursor, &p, &err))
		bl_report(&err, BL_CTX_BINARY, POS_TYPE, NULL);
	buf->cursor = buf->len;
	PG_RETURN_DATUM(bl_position_to_datum(&p));
}

PG_FUNCTION_INFO_V1(position_make);
Datum
position_make(PG_FUNCTION_ARGS)
{
	bl_position p;
	bl_error	err;
	size_t		alen,
				clen,
				ilen,
				flen = 0,
				tlen = 0;
	char	   *a = bl_text_arg(fcinfo, 0, "actor", &alen);
	char	   *c = bl_text_arg(fcinfo, 1, "counterpart", &clen);
	char	   *i = bl_text_arg(fcinfo, 2, "issue", &ilen);
	char	   *from = NULL,
			   *to = NULL;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("stance must not be null")));
	if (!PG_ARGISNULL(4))
		from = bl_text_arg(fcinfo, 4, "valid_from", &flen);
	if (!PG_ARGISNULL(5))
		to = bl_text_arg(fcinfo, 5, "valid_to", &tlen);
	if (!bl_position_make(a, alen, c, clen, i, ilen, PG_GETARG_INT32(3), from, flen, to, tlen, &p, &err))
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

	bl_check_day(PG_GETARG_DATEADT(1), "date");
	GETHEAD(0, &p);
	PG_RETURN_BOOL(bl_position_possibly_at(&p, PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(position_certainly_at);
Datum
position_certainly_at(PG_FUNCTION_ARGS)
{
	bl_position p;

	bl_check_day(PG_GETARG_DATEADT(1), "date");
	GETHEAD(0, &p);
	PG_RETURN_BOOL(bl_position_certainly_at(&p, PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(date_possibly_in_position);
Datum
date_possibly_in_position(PG_FUNCTION_ARGS)
{
	bl_position p;

	bl_check_day(PG_GETARG_DATEADT(0), "date");
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

/*
 * One rule for every date that enters or is asked about (docs/security.md):
 * a finite day before 0001-01-01 (a BC date) or after 9999-12-31 is refused
 * with 22008, as bilateral.check_day() does in SQL, never read as false.
 */
void
bl_check_day(int32 day, const char *what)
{
	static const DateADT first = -730119;	/* 0001-01-01 - 2000-01-01 */
	static const DateADT last = 2921939;	/* 9999-12-31 - 2000-01-01 */

	if (DATE_NOT_FINITE(day) || (day >= first && day <= last))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("%s out of range: %s", what,
					DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(day)))),
			 errdetail("Positions and partial dates run from 0001-01-01 to 9999-12-31."),
			 errhint("Pass a day between 0001-01-01 and 9999-12-31 (infinity or NULL for an open end).")));
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
	if (!lower.infinite)
		bl_check_day(DatumGetDateADT(lower.val), "range bound");
	if (!upper.infinite)
		bl_check_day(DatumGetDateADT(upper.val) - (upper.inclusive ? 0 : 1), "range bound");
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

/*
 * overlap_pairs(): the pairs of conflicting_claims(): a sweep over one dyad's
 * claims in order of their first day (docs/reference.md, conflicting_claims).
 *
 * The claims still open when a claim starts are kept in groups by (stance,
 * source); a claim meets the groups of the other stances, skipping its own
 * source's group in each, and every claim it reads there is an answer or is
 * closed (and dropped, once).  So the work is the sort, plus 7 groups a claim,
 * plus the answers: never the pairs of one source, nor of one stance, that
 * the old GiST join read and then filtered (quadratic in the claims of one
 * dyad and source, issue #22).
 */
#define NSTANCE 7

typedef struct SweepGroup
{
	int			head;			/* first open claim, or -1 */
	int			prev;			/* the stance's list of non-empty groups */
	int			next;
	bool		linked;
} SweepGroup;

static int32 *
int4_array(ArrayType *a, int *n, const char *what)
{
	int32	   *v;
	bool	   *nulls;
	Datum	   *d;
	int			i;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						errmsg("overlap_pairs: %s must be one-dimensional", what)));
	deconstruct_array(a, INT4OID, 4, true, TYPALIGN_INT, &d, &nulls, n);
	v = palloc(sizeof(int32) * Max(*n, 1));
	for (i = 0; i < *n; i++)
	{
		if (nulls[i])
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
							errmsg("overlap_pairs: %s holds a null", what)));
		v[i] = DatumGetInt32(d[i]);
	}
	return v;
}

PG_FUNCTION_INFO_V1(bl_overlap_pairs);
Datum
bl_overlap_pairs(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			n, n2, n3, n4;
	int32	   *src = int4_array(PG_GETARG_ARRAYTYPE_P(0), &n, "src");
	int32	   *st = int4_array(PG_GETARG_ARRAYTYPE_P(1), &n2, "stance");
	int32	   *lo = int4_array(PG_GETARG_ARRAYTYPE_P(2), &n3, "lo");
	int32	   *hi = int4_array(PG_GETARG_ARRAYTYPE_P(3), &n4, "hi");
	int			nsrc = 0;
	int			ghead[NSTANCE];
	SweepGroup *g;
	int		   *next;
	int			k, s;

	if (n != n2 || n != n3 || n != n4)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
						errmsg("overlap_pairs: the four arrays differ in length")));
	for (k = 0; k < n; k++)
	{
		if (src[k] < 0 || src[k] >= n || st[k] < -3 || st[k] > 3)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							errmsg("overlap_pairs: source rank or stance out of range at %d", k + 1),
							errhint("Sources are ranked 0 to n - 1, stances are -3 to 3.")));
		if (k > 0 && lo[k] < lo[k - 1])
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							errmsg("overlap_pairs: claims not in order of their first day at %d", k + 1)));
		nsrc = Max(nsrc, src[k] + 1);
	}

	InitMaterializedSRF(fcinfo, 0);

	g = palloc(sizeof(SweepGroup) * NSTANCE * Max(nsrc, 1));
	for (k = 0; k < NSTANCE * nsrc; k++)
		g[k].head = -1, g[k].linked = false, g[k].prev = g[k].next = -1;
	next = palloc(sizeof(int) * Max(n, 1));
	for (s = 0; s < NSTANCE; s++)
		ghead[s] = -1;

	for (k = 0; k < n; k++)
	{
		int			mine;

		CHECK_FOR_INTERRUPTS();
		for (s = 0; s < NSTANCE; s++)
		{
			int			gi, gnext;

			if (s == st[k] + 3)
				continue;
			for (gi = ghead[s]; gi >= 0; gi = gnext)
			{
				SweepGroup *gr = &g[gi];
				int			c, *link;

				gnext = gr->next;
				if (gi - s * nsrc == src[k])
					continue;	/* the claim's own source */
				link = &gr->head;
				while ((c = *link) >= 0)
				{
					if (hi[c] <= lo[k])
					{
						*link = next[c];	/* closed before this claim starts */
						continue;
					}
					{
						Datum		v[2] = {Int32GetDatum(c + 1), Int32GetDatum(k + 1)};
						bool		nl[2] = {false, false};

						tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nl);
					}
					link = &next[c];
				}
				if (gr->head < 0)
				{
					/* empty: off the stance's list */
					if (gr->prev >= 0)
						g[gr->prev].next = gr->next;
					else
						ghead[s] = gr->next;
					if (gr->next >= 0)
						g[gr->next].prev = gr->prev;
					gr->linked = false;
				}
			}
		}
		/* the claim joins its group */
		s = st[k] + 3;
		mine = s * nsrc + src[k];
		next[k] = g[mine].head;
		g[mine].head = k;
		if (!g[mine].linked)
		{
			g[mine].linked = true;
			g[mine].prev = -1;
			g[mine].next = ghead[s];
			if (ghead[s] >= 0)
				g[ghead[s]].prev = mine;
			ghead[s] = mine;
		}
	}
	return (Datum) 0;
}
