/*
 * agreement.c - the agreement aggregates for SQL (src/core/bl_agreement.h has
 * the measures; docs/agreement.md the reference).  A transition function
 * keeps each row's unit, coder and value (or span) in the aggregate's memory
 * context; a final function interns the names in the core and calls the
 * measure.  Nothing here reads a table, so the aggregates run wherever their
 * rows are gathered (a Citus coordinator included).
 *
 * Bounds: at most BL_AGREE_MAX_ROWS rows and BL_AGREE_MAX_BYTES bytes of
 * names and text values per aggregate (54000 beyond).  A row whose unit,
 * coder or document is NULL is refused (22004): it would be a value that
 * belongs to no one.  A NULL value is a missing value: the row is skipped.
 */
#include "bilateral.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "core/bl_agreement.h"

#define BL_AGREE_MAX_ROWS 2000000
#define BL_AGREE_MAX_BYTES (256 * 1024 * 1024)

typedef enum agg_kind
{
	AGG_NUMERIC,				/* (unit, coder, float8 value) */
	AGG_TEXT,					/* (unit, coder, text value) */
	AGG_SPANS					/* (document, coder, span_start, span_end, document_length) */
} agg_kind;

typedef struct agg_state
{
	agg_kind	kind;
	int			nstr;			/* names (and text values) per row */
	size_t		n;
	size_t		cap;
	uint64	   *off;			/* nstr per row: where each string starts in buf */
	uint32	   *len;
	double	   *num;			/* AGG_NUMERIC: the value */
	int64	   *span;			/* AGG_SPANS: start, end, length per row */
	char	   *buf;
	size_t		used;
	size_t		bufcap;
	/* the aggregate's parameters, as the first row gave them */
	char	   *param;			/* level or weights */
	bool		has_num_params;
	int32		samples;
	float8		confidence;
	int64		seed;
} agg_state;

static const char *const kind_what[] = {"unit", "unit", "document"};

static agg_state *
state_arg(FunctionCallInfo fcinfo, agg_kind kind, const char *fn)
{
	MemoryContext aggcxt,
				old;
	agg_state  *st;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "%s called in non-aggregate context", fn);
	if (!PG_ARGISNULL(0))
		return (agg_state *) PG_GETARG_POINTER(0);
	old = MemoryContextSwitchTo(aggcxt);
	st = palloc0(sizeof(agg_state));
	st->kind = kind;
	st->nstr = kind == AGG_TEXT ? 3 : 2;
	st->cap = 64;
	st->off = palloc(sizeof(uint64) * st->cap * st->nstr);
	st->len = palloc(sizeof(uint32) * st->cap * st->nstr);
	if (kind == AGG_NUMERIC)
		st->num = palloc(sizeof(double) * st->cap);
	if (kind == AGG_SPANS)
		st->span = palloc(sizeof(int64) * st->cap * 3);
	st->bufcap = 1024;
	st->buf = palloc(st->bufcap);
	MemoryContextSwitchTo(old);
	return st;
}

static void
too_many(const char *what, const char *fn)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("%s() takes at most %d rows", fn, BL_AGREE_MAX_ROWS),
			 errdetail("%s", what),
			 errhint("Compute it over a sample of units, or per group (GROUP BY).")));
}

/* room for one more row (in the state's own context: the aggregate's) */
static void
grow(agg_state *st, const char *fn)
{
	if (st->n < st->cap)
		return;
	if (st->n >= BL_AGREE_MAX_ROWS)
		too_many(psprintf("The rows passed %d.", BL_AGREE_MAX_ROWS), fn);
	st->cap = Min(st->cap * 2, (size_t) BL_AGREE_MAX_ROWS);
	st->off = repalloc_huge(st->off, sizeof(uint64) * st->cap * st->nstr);
	st->len = repalloc_huge(st->len, sizeof(uint32) * st->cap * st->nstr);
	if (st->num)
		st->num = repalloc_huge(st->num, sizeof(double) * st->cap);
	if (st->span)
		st->span = repalloc_huge(st->span, sizeof(int64) * st->cap * 3);
}

static void
put_str(agg_state *st, int which, text *t, const char *fn)
{
	size_t		l = VARSIZE_ANY_EXHDR(t);

	if (st->used + l > BL_AGREE_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s() holds at most %d MB of names and values", fn, BL_AGREE_MAX_BYTES / (1024 * 1024)),
				 errhint("Use shorter keys for units and coders (ids rather than texts), or compute it per group.")));
	if (st->used + l > st->bufcap)
	{
		st->bufcap = Max(st->bufcap * 2, st->used + l);
		st->buf = repalloc_huge(st->buf, st->bufcap);
	}
	memcpy(st->buf + st->used, VARDATA_ANY(t), l);
	st->off[st->n * st->nstr + which] = st->used;
	st->len[st->n * st->nstr + which] = (uint32) l;
	st->used += l;
}

static void
not_null(FunctionCallInfo fcinfo, int argno, const char *what, const char *fn)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s() does not take a null %s", fn, what),
				 errhint("Filter such rows out (WHERE %s IS NOT NULL) or give them a key.", what)));
}

/* the level or weights of the first row; every row must name the same */
static void
param_arg(agg_state *st, FunctionCallInfo fcinfo, int argno, const char *what, const char *fn)
{
	text	   *t;
	char	   *s;

	not_null(fcinfo, argno, what, fn);
	t = PG_GETARG_TEXT_PP(argno);
	if (st->param == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(GetMemoryChunkContext(st));

		st->param = text_to_cstring(t);
		MemoryContextSwitchTo(old);
		return;
	}
	s = VARDATA_ANY(t);
	if (strlen(st->param) != VARSIZE_ANY_EXHDR(t) || memcmp(st->param, s, VARSIZE_ANY_EXHDR(t)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s() needs one %s for all its rows: \"%s\" and \"%s\"", fn, what,
						bl_clip(st->param, strlen(st->param)), bl_clip(s, VARSIZE_ANY_EXHDR(t)))));
}

static bl_agree_level
level_of(const char *s, const char *fn)
{
	bl_agree_level l;

	if (!bl_agree_level_parse(s, strlen(s), &l))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid level of measurement for %s(): \"%s\"", fn, bl_clip(s, strlen(s))),
				 errhint("Use one of %s.", bl_agree_levels)));
	return l;
}

static bl_agree_weights
weights_of(const char *s, const char *fn)
{
	bl_agree_weights w;

	if (!bl_agree_weights_parse(s, strlen(s), &w))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid weights for %s(): \"%s\"", fn, bl_clip(s, strlen(s))),
				 errhint("Use one of %s.", bl_agree_weight_names)));
	return w;
}

/* the (unit, coder) names of a row; false when its value is NULL (missing: skipped) */
static bool
row_names(agg_state *st, FunctionCallInfo fcinfo, int value_arg, const char *fn)
{
	not_null(fcinfo, 1, kind_what[st->kind], fn);
	not_null(fcinfo, 2, "coder", fn);
	if (PG_ARGISNULL(value_arg))
		return false;
	grow(st, fn);
	put_str(st, 0, PG_GETARG_TEXT_PP(1), fn);
	put_str(st, 1, PG_GETARG_TEXT_PP(2), fn);
	return true;
}

static Datum
numeric_step(FunctionCallInfo fcinfo, const char *fn, bool level)
{
	agg_state  *st = state_arg(fcinfo, AGG_NUMERIC, fn);
	float8		v;

	param_arg(st, fcinfo, 4, level ? "level" : "weights", fn);
	if (st->n == 0)
	{
		/* check the parameter on the first row, before the data */
		if (level)
			(void) level_of(st->param, fn);
		else
			(void) weights_of(st->param, fn);
	}
	if (!row_names(st, fcinfo, 3, fn))
		PG_RETURN_POINTER(st);
	v = PG_GETARG_FLOAT8(3);
	if (isnan(v) || isinf(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s() takes finite values, not %s", fn, isnan(v) ? "NaN" : "infinity"),
				 errhint("A missing value is NULL.")));
	st->num[st->n++] = v;
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(bl_agree_level_step);
Datum
bl_agree_level_step(PG_FUNCTION_ARGS)
{
	return numeric_step(fcinfo, "krippendorff_alpha", true);
}

PG_FUNCTION_INFO_V1(bl_agree_weights_step);
Datum
bl_agree_weights_step(PG_FUNCTION_ARGS)
{
	return numeric_step(fcinfo, "weighted_kappa", false);
}

PG_FUNCTION_INFO_V1(bl_agree_text_step);
Datum
bl_agree_text_step(PG_FUNCTION_ARGS)
{
	agg_state  *st = state_arg(fcinfo, AGG_TEXT, "agreement");

	if (!row_names(st, fcinfo, 3, "agreement"))
		PG_RETURN_POINTER(st);
	put_str(st, 2, PG_GETARG_TEXT_PP(3), "agreement");
	st->n++;
	PG_RETURN_POINTER(st);
}

/* (unit, coder, value, level, samples, confidence [, seed]) */
PG_FUNCTION_INFO_V1(bl_agree_interval_step);
Datum
bl_agree_interval_step(PG_FUNCTION_ARGS)
{
	const char *fn = "krippendorff_alpha_interval";
	agg_state  *st = state_arg(fcinfo, AGG_NUMERIC, fn);
	int32		samples;
	float8		confidence;
	int64		seed = 0;
	float8		v;

	param_arg(st, fcinfo, 4, "level", fn);
	not_null(fcinfo, 5, "samples", fn);
	not_null(fcinfo, 6, "confidence", fn);
	samples = PG_GETARG_INT32(5);
	confidence = PG_GETARG_FLOAT8(6);
	if (PG_NARGS() > 7)
	{
		not_null(fcinfo, 7, "seed", fn);
		seed = PG_GETARG_INT64(7);
	}
	if (!st->has_num_params)
	{
		(void) level_of(st->param, fn);
		if (samples < 1 || samples > BL_AGREE_MAX_SAMPLES)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid number of bootstrap samples for %s(): %d", fn, samples),
					 errhint("Use 1 to %d (1000 is usual; 10000 for a published interval).", BL_AGREE_MAX_SAMPLES)));
		if (!(confidence > 0 && confidence < 1))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid confidence for %s(): %g", fn, confidence),
					 errhint("Use a share strictly between 0 and 1, e.g. 0.95.")));
		st->samples = samples;
		st->confidence = confidence;
		st->seed = seed;
		st->has_num_params = true;
	}
	else if (samples != st->samples || confidence != st->confidence || seed != st->seed)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s() needs one samples, confidence and seed for all its rows", fn)));
	if (!row_names(st, fcinfo, 3, fn))
		PG_RETURN_POINTER(st);
	v = PG_GETARG_FLOAT8(3);
	if (isnan(v) || isinf(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s() takes finite values, not %s", fn, isnan(v) ? "NaN" : "infinity"),
				 errhint("A missing value is NULL.")));
	st->num[st->n++] = v;
	PG_RETURN_POINTER(st);
}

/* (document, coder, span_start, span_end, document_length) */
PG_FUNCTION_INFO_V1(bl_agree_span_step);
Datum
bl_agree_span_step(PG_FUNCTION_ARGS)
{
	const char *fn = "unitizing_alpha";
	agg_state  *st = state_arg(fcinfo, AGG_SPANS, fn);
	int64	   *sp;

	not_null(fcinfo, 1, "document", fn);
	not_null(fcinfo, 2, "coder", fn);
	not_null(fcinfo, 5, "document_length", fn);
	if (PG_ARGISNULL(3) != PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s() takes a span with both ends or with neither", fn),
				 errhint("A row with span_start and span_end both NULL says that the coder coded the document and marked nothing.")));
	grow(st, fn);
	put_str(st, 0, PG_GETARG_TEXT_PP(1), fn);
	put_str(st, 1, PG_GETARG_TEXT_PP(2), fn);
	sp = st->span + st->n * 3;
	sp[0] = PG_ARGISNULL(3) ? -1 : PG_GETARG_INT32(3);
	sp[1] = PG_ARGISNULL(4) ? -1 : PG_GETARG_INT32(4);
	sp[2] = PG_GETARG_INT32(5);
	if (!PG_ARGISNULL(3) && sp[0] < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s() takes spans at offsets 0 and up, not %lld", fn, (long long) sp[0])));
	st->n++;
	PG_RETURN_POINTER(st);
}

/* ---------- final functions ---------- */

/* the rows as the core takes them: names interned (unit and coder ids, and text values as categories) */
typedef struct prepared
{
	uint32	   *ids[3];
	uint32		nids[3];
	double	   *value;
	/* the first row of each id, to name it in an error */
	uint32	   *row_of[3];
} prepared;

static void
raise_core(const bl_agree_error *err, const agg_state *st, const prepared *p, const char *fn);

static void
prepare(agg_state *st, prepared *p, const char *fn)
{
	const char **s = palloc(sizeof(char *) * Max(st->n, 1));
	uint32	   *l = palloc(sizeof(uint32) * Max(st->n, 1));
	bl_agree_error err;

	for (int w = 0; w < st->nstr; w++)
	{
		for (size_t i = 0; i < st->n; i++)
		{
			s[i] = st->buf + st->off[i * st->nstr + w];
			l[i] = st->len[i * st->nstr + w];
		}
		p->ids[w] = palloc(sizeof(uint32) * Max(st->n, 1));
		bl_agree_interrupt_hook = bl_cancel_pending;
		if (!bl_agree_intern(s, l, st->n, p->ids[w], &p->nids[w], &err))
			raise_core(&err, st, p, fn);
		p->row_of[w] = palloc(sizeof(uint32) * Max(p->nids[w], 1));
		for (size_t i = st->n; i-- > 0;)
			p->row_of[w][p->ids[w][i]] = (uint32) i;
	}
	if (st->kind == AGG_TEXT)
	{
		p->value = palloc(sizeof(double) * Max(st->n, 1));
		for (size_t i = 0; i < st->n; i++)
			p->value[i] = p->ids[2][i];
	}
	else
		p->value = st->num;
	pfree(s);
	pfree(l);
}

/* the name with id `id` of string `which`, quoted for a message */
static char *
name_of(const agg_state *st, const prepared *p, int which, uint32 id)
{
	uint32		row = p->row_of[which][id];

	return bl_clip(st->buf + st->off[row * st->nstr + which], st->len[row * st->nstr + which]);
}

static void
raise_core(const bl_agree_error *err, const agg_state *st, const prepared *p, const char *fn)
{
	switch (err->kind)
	{
		case BL_AGREE_EINTERRUPTED:
			bl_raise_interrupt();
			break;
		case BL_AGREE_ENOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory in %s()", fn)));
			break;
		case BL_AGREE_EDUPLICATE:
			ereport(ERROR,
					(errcode(ERRCODE_CARDINALITY_VIOLATION),
					 errmsg("%s(): coder \"%s\" gave %s \"%s\" more than one value", fn,
							name_of(st, p, 1, err->coder), kind_what[st->kind], name_of(st, p, 0, err->unit)),
					 errhint("Each coder gives a unit one value: remove the duplicate rows, or pick one value per coder and unit first.")));
			break;
		case BL_AGREE_ECODERS:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("%s() compares two coders, and the rows have a third: \"%s\", \"%s\" and \"%s\"", fn,
							name_of(st, p, 1, err->coder), name_of(st, p, 1, err->other), name_of(st, p, 1, err->third)),
					 errhint("Keep the rows of two coders (WHERE coder IN (...)), or use fleiss_kappa(), gwet_ac1() or krippendorff_alpha(), which take any number.")));
			break;
		case BL_AGREE_EVALUE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s(): coder \"%s\" gave unit \"%s\" the value %g, which the level cannot take", fn,
							name_of(st, p, 1, err->coder), name_of(st, p, 0, err->unit), err->value),
					 errdetail("%s.", err->detail),
					 errhint("Ratio values are 0 or more; use level interval for values that can be negative.")));
			break;
		case BL_AGREE_ESPAN:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("%s(): bad span of coder \"%s\" in document \"%s\"", fn,
							name_of(st, p, 1, err->coder), name_of(st, p, 0, err->unit)),
					 errdetail("In that document %s.", err->detail),
					 errhint("Spans are [span_start, span_end) with 0 <= span_start < span_end <= document_length, one length per document; for unitizing_alpha() a coder's spans do not overlap (merge them first).")));
			break;
		case BL_AGREE_EARG:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s(): %s", fn, err->detail)));
			break;
		case BL_AGREE_ELIMIT:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s() would take too long", fn),
					 errdetail("%s.", err->detail),
					 errhint("Compute it over fewer rows (a sample of units, or per group), or with fewer samples.")));
			break;
		case BL_AGREE_OK:
			break;
	}
	elog(ERROR, "%s(): unexpected error from the core: %s", fn, err->detail);
}

static bl_agree_rows
rows_of(const agg_state *st, const prepared *p)
{
	bl_agree_rows r;

	r.n = st->n;
	r.unit = p->ids[0];
	r.coder = p->ids[1];
	r.value = p->value;
	r.nunits = p->nids[0];
	r.ncoders = p->nids[1];
	return r;
}

#define RETURN_MEASURE(x) \
	do { if (isnan(x)) PG_RETURN_NULL(); PG_RETURN_FLOAT8(x); } while (0)

/* the measures over rows of (unit, coder, value): one final function, a switch on the measure */
typedef enum
{
	M_ALPHA,					/* Krippendorff's alpha at the aggregate's level */
	M_WEIGHTED_KAPPA,			/* Cohen's kappa with the aggregate's weights */
	M_COHEN,
	M_FLEISS,
	M_GWET,
	M_PERCENT
} measure;

static Datum
measure_final(FunctionCallInfo fcinfo, measure m, const char *fn)
{
	agg_state  *st;
	prepared	p;
	bl_agree_rows r;
	bl_agree_error err;
	double		a = 0;
	bool		ok = false;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (agg_state *) PG_GETARG_POINTER(0);
	prepare(st, &p, fn);
	r = rows_of(st, &p);
	bl_agree_interrupt_hook = bl_cancel_pending;
	switch (m)
	{
		case M_ALPHA:
			ok = bl_krippendorff_alpha(&r, level_of(st->param, fn), &a, &err);
			break;
		case M_WEIGHTED_KAPPA:
			ok = bl_weighted_kappa(&r, weights_of(st->param, fn), &a, &err);
			break;
		case M_COHEN:
			ok = bl_cohen_kappa(&r, &a, &err);
			break;
		case M_FLEISS:
			ok = bl_fleiss_kappa(&r, &a, &err);
			break;
		case M_GWET:
			ok = bl_gwet_ac1(&r, &a, &err);
			break;
		case M_PERCENT:
			ok = bl_percent_agreement(&r, &a, &err);
			break;
	}
	if (!ok)
		raise_core(&err, st, &p, fn);
	RETURN_MEASURE(a);
}

PG_FUNCTION_INFO_V1(bl_krippendorff_alpha_final);
Datum
bl_krippendorff_alpha_final(PG_FUNCTION_ARGS)
{
	return measure_final(fcinfo, M_ALPHA, "krippendorff_alpha");
}

PG_FUNCTION_INFO_V1(bl_weighted_kappa_final);
Datum
bl_weighted_kappa_final(PG_FUNCTION_ARGS)
{
	return measure_final(fcinfo, M_WEIGHTED_KAPPA, "weighted_kappa");
}

PG_FUNCTION_INFO_V1(bl_cohen_kappa_final);
Datum
bl_cohen_kappa_final(PG_FUNCTION_ARGS)
{
	return measure_final(fcinfo, M_COHEN, "cohen_kappa");
}

PG_FUNCTION_INFO_V1(bl_fleiss_kappa_final);
Datum
bl_fleiss_kappa_final(PG_FUNCTION_ARGS)
{
	return measure_final(fcinfo, M_FLEISS, "fleiss_kappa");
}

PG_FUNCTION_INFO_V1(bl_gwet_ac1_final);
Datum
bl_gwet_ac1_final(PG_FUNCTION_ARGS)
{
	return measure_final(fcinfo, M_GWET, "gwet_ac1");
}

PG_FUNCTION_INFO_V1(bl_percent_agreement_final);
Datum
bl_percent_agreement_final(PG_FUNCTION_ARGS)
{
	return measure_final(fcinfo, M_PERCENT, "percent_agreement");
}

/* {lo, hi}: a float8[] of two, NULL when no bootstrap sample has alpha defined */
PG_FUNCTION_INFO_V1(bl_krippendorff_alpha_interval_final);
Datum
bl_krippendorff_alpha_interval_final(PG_FUNCTION_ARGS)
{
	const char *fn = "krippendorff_alpha_interval";
	agg_state  *st;
	prepared	p;
	bl_agree_rows r;
	bl_agree_error err;
	double		lo,
				hi;
	int			defined;
	Datum		d[2];

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (agg_state *) PG_GETARG_POINTER(0);
	prepare(st, &p, fn);
	r = rows_of(st, &p);
	bl_agree_interrupt_hook = bl_cancel_pending;
	if (!bl_krippendorff_alpha_interval(&r, level_of(st->param, fn), st->samples, st->confidence,
										(uint64_t) st->seed, &lo, &hi, &defined, &err))
		raise_core(&err, st, &p, fn);
	if (defined == 0)
		PG_RETURN_NULL();
	d[0] = Float8GetDatum(lo);
	d[1] = Float8GetDatum(hi);
	PG_RETURN_ARRAYTYPE_P(construct_array(d, 2, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

static bl_span_rows
span_rows_of(const agg_state *st, const prepared *p, int64 **start, int64 **end, int64 **length)
{
	bl_span_rows r;

	*start = palloc(sizeof(int64) * Max(st->n, 1));
	*end = palloc(sizeof(int64) * Max(st->n, 1));
	*length = palloc(sizeof(int64) * Max(st->n, 1));
	for (size_t i = 0; i < st->n; i++)
	{
		(*start)[i] = st->span[i * 3];
		(*end)[i] = st->span[i * 3 + 1];
		(*length)[i] = st->span[i * 3 + 2];
	}
	r.n = st->n;
	r.doc = p->ids[0];
	r.coder = p->ids[1];
	r.start = *start;
	r.end = *end;
	r.length = *length;
	r.ndocs = p->nids[0];
	r.ncoders = p->nids[1];
	return r;
}

PG_FUNCTION_INFO_V1(bl_unitizing_alpha_final);
Datum
bl_unitizing_alpha_final(PG_FUNCTION_ARGS)
{
	const char *fn = "unitizing_alpha";
	agg_state  *st;
	prepared	p;
	bl_span_rows r;
	bl_agree_error err;
	int64	   *s,
			   *e,
			   *l;
	double		a;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (agg_state *) PG_GETARG_POINTER(0);
	prepare(st, &p, fn);
	r = span_rows_of(st, &p, &s, &e, &l);
	bl_agree_interrupt_hook = bl_cancel_pending;
	if (!bl_unitizing_alpha(&r, &a, &err))
		raise_core(&err, st, &p, fn);
	RETURN_MEASURE(a);
}

/* match_spans(): an array of bilateral.span_match, one per unit and coder */
PG_FUNCTION_INFO_V1(bl_match_spans_final);
Datum
bl_match_spans_final(PG_FUNCTION_ARGS)
{
	const char *fn = "match_spans";
	agg_state  *st;
	prepared	p;
	bl_span_rows r;
	bl_agree_error err;
	int64	   *s,
			   *e,
			   *l;
	bl_span_match *m;
	size_t		nm;
	Oid			arrtype,
				rowtype;
	TupleDesc	td;
	Datum	   *elems;
	ArrayType  *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (agg_state *) PG_GETARG_POINTER(0);
	arrtype = get_fn_expr_rettype(fcinfo->flinfo);
	rowtype = get_element_type(arrtype);
	if (!OidIsValid(rowtype))
		elog(ERROR, "%s must return an array of bilateral.span_match", fn);
	td = lookup_rowtype_tupdesc_copy(rowtype, -1);
	if (td->natts != 8)
		elog(ERROR, "%s: bilateral.span_match has %d columns, not 8", fn, td->natts);
	prepare(st, &p, fn);
	r = span_rows_of(st, &p, &s, &e, &l);
	bl_agree_interrupt_hook = bl_cancel_pending;
	if (!bl_match_spans(&r, &m, &nm, &err))
		raise_core(&err, st, &p, fn);
	elems = palloc_extended(sizeof(Datum) * Max(nm, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
	if (elems == NULL)
	{
		free(m);
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory in %s()", fn)));
	}
	PG_TRY();
	{
		for (size_t i = 0; i < nm; i++)
		{
			Datum		v[8];
			bool		nulls[8] = {false, false, false, false, false, false, false, false};
			uint32		row = p.row_of[0][m[i].doc],
						crow = p.row_of[1][m[i].coder];

			CHECK_FOR_INTERRUPTS();
			v[0] = PointerGetDatum(cstring_to_text_with_len(st->buf + st->off[row * 2], st->len[row * 2]));
			v[1] = Int32GetDatum((int32) m[i].unit);
			v[2] = Int32GetDatum((int32) m[i].unit_start);
			v[3] = Int32GetDatum((int32) m[i].unit_end);
			v[4] = PointerGetDatum(cstring_to_text_with_len(st->buf + st->off[crow * 2 + 1], st->len[crow * 2 + 1]));
			v[5] = Int32GetDatum((int32) m[i].spans);
			v[6] = Int32GetDatum((int32) m[i].span_start);
			v[7] = Int32GetDatum((int32) m[i].span_end);
			nulls[6] = nulls[7] = m[i].spans == 0;
			elems[i] = HeapTupleGetDatum(heap_form_tuple(td, v, nulls));
		}
	}
	PG_FINALLY();
	{
		free(m);
	}
	PG_END_TRY();
	result = construct_array(elems, (int) nm, rowtype, -1, false, TYPALIGN_DOUBLE);
	PG_RETURN_ARRAYTYPE_P(result);
}
