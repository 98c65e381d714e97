/*
 * panel.c - the panels' aggregates: stances_share_a_day(stance, first_day,
 * day_after), with which dyad_years() and state_years() tell whether a cell is
 * contested, over the core's bl_spans_share_day() (src/core/contest.c), and
 * source_keys(), the distinct sources they count (n_sources).  Its state is
 * the group's spans, in the aggregate's memory context.  No combine function:
 * it runs where a group's claims are (on a distributed install, one shard's
 * group, since the panels group by dyad).
 */
#include "bilateral.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/date.h"
#include "utils/memutils.h"

typedef struct span_state
{
	int			n;
	int			cap;
	bl_span    *spans;
} span_state;

PG_FUNCTION_INFO_V1(bl_share_day_accum);
Datum
bl_share_day_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	span_state *st;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("stances_share_a_day_accum() called outside an aggregate")));
	st = PG_ARGISNULL(0) ? NULL : (span_state *) PG_GETARG_POINTER(0);
	if (st == NULL)
		st = MemoryContextAllocZero(aggcxt, sizeof(span_state));
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_POINTER(st);
	if (st->n == st->cap)
	{
		int			cap = st->cap ? st->cap * 2 : 4;

		if ((Size) cap > MaxAllocSize / sizeof(bl_span))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many claims in one panel cell: %d", st->n)));
		st->spans = st->spans ? repalloc(st->spans, (Size) cap * sizeof(bl_span))
			: MemoryContextAlloc(aggcxt, (Size) cap * sizeof(bl_span));
		st->cap = cap;
	}
	st->spans[st->n].stance = PG_GETARG_INT32(1);
	st->spans[st->n].lo = PG_GETARG_DATEADT(2);
	st->spans[st->n].hi = PG_GETARG_DATEADT(3);
	st->n++;
	PG_RETURN_POINTER(st);
}

/* sorts the state's spans in place: declared FINALFUNC_MODIFY = READ_WRITE */
PG_FUNCTION_INFO_V1(bl_share_day_final);
Datum
bl_share_day_final(PG_FUNCTION_ARGS)
{
	span_state *st = PG_ARGISNULL(0) ? NULL : (span_state *) PG_GETARG_POINTER(0);

	if (st == NULL || st->n == 0)
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(bl_spans_share_day(st->spans, st->n));
}

/*
 * source_keys(text) and source_keys(text[]): the distinct source keys of a
 * group, sorted, as text[]; the second form unites the arrays of the first, so
 * that a panel counts the distinct sources of a summary row from those of its
 * cells (n_sources).  A group holds few sources: each is compared with those
 * kept, and copied once.
 */
typedef struct key_state
{
	int			n;
	int			cap;
	text	  **keys;
} key_state;

static key_state *
key_state_of(FunctionCallInfo fcinfo, MemoryContext *aggcxt)
{
	if (!AggCheckCallContext(fcinfo, aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("source_keys_accum() called outside an aggregate")));
	if (!PG_ARGISNULL(0))
		return (key_state *) PG_GETARG_POINTER(0);
	return MemoryContextAllocZero(*aggcxt, sizeof(key_state));
}

static void
key_add(key_state *st, MemoryContext aggcxt, text *t)
{
	Size		len = VARSIZE_ANY_EXHDR(t);
	text	   *copy;

	for (int i = 0; i < st->n; i++)
		if (VARSIZE_ANY_EXHDR(st->keys[i]) == len && memcmp(VARDATA_ANY(st->keys[i]), VARDATA_ANY(t), len) == 0)
			return;
	if (st->n == st->cap)
	{
		int			cap = st->cap ? st->cap * 2 : 4;

		if ((Size) cap > MaxAllocSize / sizeof(text *))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many sources in one panel cell: %d", st->n)));
		st->keys = st->keys ? repalloc(st->keys, (Size) cap * sizeof(text *))
			: MemoryContextAlloc(aggcxt, (Size) cap * sizeof(text *));
		st->cap = cap;
	}
	copy = MemoryContextAlloc(aggcxt, len + VARHDRSZ);
	SET_VARSIZE(copy, len + VARHDRSZ);
	memcpy(VARDATA(copy), VARDATA_ANY(t), len);
	st->keys[st->n++] = copy;
}

PG_FUNCTION_INFO_V1(bl_source_keys_accum);
Datum
bl_source_keys_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	key_state  *st = key_state_of(fcinfo, &aggcxt);

	if (!PG_ARGISNULL(1))
		key_add(st, aggcxt, PG_GETARG_TEXT_PP(1));
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(bl_source_keys_accum_array);
Datum
bl_source_keys_accum_array(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	key_state  *st = key_state_of(fcinfo, &aggcxt);
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(st);
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			key_add(st, aggcxt, DatumGetTextPP(elems[i]));
	PG_RETURN_POINTER(st);
}

static int
key_cmp(const void *a, const void *b)
{
	const text *x = *(text *const *) a,
			   *y = *(text *const *) b;
	Size		lx = VARSIZE_ANY_EXHDR(x),
				ly = VARSIZE_ANY_EXHDR(y);
	int			c = memcmp(VARDATA_ANY(x), VARDATA_ANY(y), Min(lx, ly));

	return c != 0 ? c : lx < ly ? -1 : lx > ly ? 1 : 0;
}

/* sorts the state's keys in place: declared FINALFUNC_MODIFY = READ_WRITE */
PG_FUNCTION_INFO_V1(bl_source_keys_final);
Datum
bl_source_keys_final(PG_FUNCTION_ARGS)
{
	key_state  *st = PG_ARGISNULL(0) ? NULL : (key_state *) PG_GETARG_POINTER(0);
	Datum	   *d;

	if (st == NULL || st->n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	qsort(st->keys, (size_t) st->n, sizeof(text *), key_cmp);
	d = palloc((Size) st->n * sizeof(Datum));
	for (int i = 0; i < st->n; i++)
		d[i] = PointerGetDatum(st->keys[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(d, st->n, TEXTOID, -1, false, TYPALIGN_INT));
}
