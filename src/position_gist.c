/*
 * position_gist.c - GiST support for bilateral_position.
 *
 * A key is a box in two dimensions: the subject (actor, counterpart and a
 * 34-bit hash of the issue, as one 64-bit number) and the widest reading of
 * the period in days.  Leaf keys of && are rechecked (the issue is hashed);
 * @> date and && daterange are exact.  Sorted build orders by subject, then
 * start, so each dyad-issue's periods end up on neighbouring pages.
 */
#include "bilateral.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "utils/date.h"
#include "utils/sortsupport.h"

#define STRAT_OVERLAPS			3	/* position && position */
#define STRAT_CONTAINS_DATE		16	/* position @> date */
#define STRAT_OVERLAPS_RANGE	20	/* position && daterange */

typedef struct PosKey
{
	uint64		kmin;
	uint64		kmax;
	int32		lo;
	int32		hi;
} PosKey;

StaticAssertDecl(sizeof(PosKey) == 24, "PosKey must match INTERNALLENGTH 24");

static void
key_from_position(const bl_position *p, PosKey *k)
{
	k->kmin = k->kmax = bl_position_subject_key(p);
	k->lo = bl_position_lo(p);
	k->hi = bl_position_hi(p);
}

static void
key_extend(PosKey *acc, const PosKey *k)
{
	if (k->kmin < acc->kmin)
		acc->kmin = k->kmin;
	if (k->kmax > acc->kmax)
		acc->kmax = k->kmax;
	if (k->lo < acc->lo)
		acc->lo = k->lo;
	if (k->hi > acc->hi)
		acc->hi = k->hi;
}

PG_FUNCTION_INFO_V1(position_gist_key_in);
Datum
position_gist_key_in(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("position_gist_key has no input: it exists only inside GiST indexes")));
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(position_gist_key_out);
Datum
position_gist_key_out(PG_FUNCTION_ARGS)
{
	PosKey	   *k = (PosKey *) PG_GETARG_POINTER(0);

	PG_RETURN_CSTRING(psprintf("(%016llx..%016llx, %d..%d)",
							   (unsigned long long) k->kmin, (unsigned long long) k->kmax,
							   k->lo, k->hi));
}

PG_FUNCTION_INFO_V1(position_gist_compress);
Datum
position_gist_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *retval;
	bl_position p;
	PosKey	   *k;

	if (!entry->leafkey)
		PG_RETURN_POINTER(entry);
	bl_position_from_datum(entry->key, &p);
	k = palloc(sizeof(PosKey));
	key_from_position(&p, k);
	retval = palloc(sizeof(GISTENTRY));
	gistentryinit(*retval, PointerGetDatum(k), entry->rel, entry->page, entry->offset, false);
	PG_RETURN_POINTER(retval);
}

/*
 * The query of && is unpacked once per scan, not once per index entry: the
 * key is cached in fn_extra with a copy of the query's bytes, since a rescan
 * (a nested loop) may bring another query through the same FmgrInfo.
 */
typedef struct QueryCache
{
	Size		len;
	uint64		kq;
	int32		lo;
	int32		hi;
	char		bytes[FLEXIBLE_ARRAY_MEMBER];
} QueryCache;

static QueryCache *
query_key(FunctionCallInfo fcinfo, Datum query)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(query);
	Size		len = VARSIZE_ANY_EXHDR(v);
	QueryCache *c = (QueryCache *) fcinfo->flinfo->fn_extra;
	bl_position q;

	if (c != NULL && c->len == len && memcmp(c->bytes, VARDATA_ANY(v), len) == 0)
		return c;
	bl_position_from_datum(PointerGetDatum(v), &q);
	if (c == NULL || c->len < len)
		c = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, offsetof(QueryCache, bytes) + len);
	c->len = len;
	memcpy(c->bytes, VARDATA_ANY(v), len);
	c->kq = bl_position_subject_key(&q);
	c->lo = bl_position_lo(&q);
	c->hi = bl_position_hi(&q);
	fcinfo->flinfo->fn_extra = c;
	return c;
}

PG_FUNCTION_INFO_V1(position_gist_consistent);
Datum
position_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	PosKey	   *k = (PosKey *) DatumGetPointer(entry->key);

	*recheck = false;
	switch (strategy)
	{
		case STRAT_OVERLAPS:
			{
				QueryCache *q = query_key(fcinfo, PG_GETARG_DATUM(1));

				/* two issues may share a hash: the heap tuple decides */
				*recheck = GIST_LEAF(entry);
				PG_RETURN_BOOL(k->kmin <= q->kq && q->kq <= k->kmax &&
							   k->lo <= q->hi && q->lo <= k->hi);
			}
		case STRAT_CONTAINS_DATE:
			{
				DateADT		d = PG_GETARG_DATEADT(1);

				bl_check_day(d, "date");
				PG_RETURN_BOOL(k->lo <= d && d <= k->hi);
			}
		case STRAT_OVERLAPS_RANGE:
			{
				int32		lo,
							hi;

				if (!bl_daterange_days(PG_GETARG_RANGE_P(1), &lo, &hi))
					PG_RETURN_BOOL(false);
				PG_RETURN_BOOL(k->lo <= hi && lo <= k->hi);
			}
		default:
			elog(ERROR, "unrecognized strategy number for bilateral_position GiST: %d", strategy);
	}
	PG_RETURN_BOOL(false);
}

PG_FUNCTION_INFO_V1(position_gist_union);
Datum
position_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *ev = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *size = (int *) PG_GETARG_POINTER(1);
	PosKey	   *u = palloc(sizeof(PosKey));

	*u = *(PosKey *) DatumGetPointer(ev->vector[0].key);
	for (int i = 1; i < ev->n; i++)
		key_extend(u, (PosKey *) DatumGetPointer(ev->vector[i].key));
	*size = sizeof(PosKey);
	PG_RETURN_POINTER(u);
}

/* growth of a box, subject first: a new subject costs more than any stretch of time */
PG_FUNCTION_INFO_V1(position_gist_penalty);
Datum
position_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *origentry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *newentry = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	PosKey	   *o = (PosKey *) DatumGetPointer(origentry->key);
	PosKey	   *n = (PosKey *) DatumGetPointer(newentry->key);
	double		kgrow = 0,
				dgrow = 0;

	if (n->kmin < o->kmin)
		kgrow += (double) (o->kmin - n->kmin);
	if (n->kmax > o->kmax)
		kgrow += (double) (n->kmax - o->kmax);
	if (n->lo < o->lo)
		dgrow += (double) o->lo - (double) n->lo;
	if (n->hi > o->hi)
		dgrow += (double) n->hi - (double) o->hi;
	/* kgrow / 2^64 is in [0, 1]; days / 2^33 stays below 1 */
	*penalty = (float) ((kgrow > 0 ? 2.0 + kgrow / 18446744073709551616.0 : 0.0) +
						dgrow / 8589934592.0);
	PG_RETURN_POINTER(penalty);
}

static int
key_cmp(const PosKey *a, const PosKey *b)
{
	if (a->kmin != b->kmin)
		return a->kmin < b->kmin ? -1 : 1;
	if (a->lo != b->lo)
		return a->lo < b->lo ? -1 : 1;
	if (a->hi != b->hi)
		return a->hi < b->hi ? -1 : 1;
	if (a->kmax != b->kmax)
		return a->kmax < b->kmax ? -1 : 1;
	return 0;
}

typedef struct SplitItem
{
	OffsetNumber off;
	PosKey	   *key;
} SplitItem;

static int
split_cmp(const void *a, const void *b)
{
	return key_cmp(((const SplitItem *) a)->key, ((const SplitItem *) b)->key);
}

/* sort by subject and start and cut in the middle: both halves are never empty */
PG_FUNCTION_INFO_V1(position_gist_picksplit);
Datum
position_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *ev = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = ev->n - 1;
	int			n = maxoff - FirstOffsetNumber + 1;
	SplitItem  *items = palloc(sizeof(SplitItem) * n);
	PosKey	   *left = palloc(sizeof(PosKey));
	PosKey	   *right = palloc(sizeof(PosKey));
	int			half;

	for (OffsetNumber i = FirstOffsetNumber; i <= maxoff; i = OffsetNumberNext(i))
	{
		items[i - FirstOffsetNumber].off = i;
		items[i - FirstOffsetNumber].key = (PosKey *) DatumGetPointer(ev->vector[i].key);
	}
	qsort(items, n, sizeof(SplitItem), split_cmp);
	half = n / 2;
	v->spl_left = palloc(sizeof(OffsetNumber) * (n + 1));
	v->spl_right = palloc(sizeof(OffsetNumber) * (n + 1));
	v->spl_nleft = v->spl_nright = 0;
	*left = *items[0].key;
	*right = *items[n - 1].key;
	for (int i = 0; i < n; i++)
	{
		if (i < half)
		{
			v->spl_left[v->spl_nleft++] = items[i].off;
			key_extend(left, items[i].key);
		}
		else
		{
			v->spl_right[v->spl_nright++] = items[i].off;
			key_extend(right, items[i].key);
		}
	}
	v->spl_ldatum = PointerGetDatum(left);
	v->spl_rdatum = PointerGetDatum(right);
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(position_gist_same);
Datum
position_gist_same(PG_FUNCTION_ARGS)
{
	PosKey	   *a = (PosKey *) PG_GETARG_POINTER(0);
	PosKey	   *b = (PosKey *) PG_GETARG_POINTER(1);
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = a->kmin == b->kmin && a->kmax == b->kmax && a->lo == b->lo && a->hi == b->hi;
	PG_RETURN_POINTER(result);
}

static int
sort_cmp(Datum a, Datum b, SortSupport ssup)
{
	(void) ssup;
	return key_cmp((PosKey *) DatumGetPointer(a), (PosKey *) DatumGetPointer(b));
}

PG_FUNCTION_INFO_V1(position_gist_sortsupport);
Datum
position_gist_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = sort_cmp;
	PG_RETURN_VOID();
}
