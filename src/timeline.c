/*
 * timeline.c - bilateral.timeline_svg(): the SQL-facing part.  Checks the
 * arguments, fetches through SPI what the picture shows (stance_history() of
 * each issue with the precisions of the claims' bounds, the events and
 * treaties naming both) into a bl_tl_data, and hands it to the core, which
 * lays the picture out and writes the SVG (src/core/bl_timeline.h).
 * Reference: docs/timeline.md.
 */
#include "bilateral.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/xml.h"

#include "core/bl_timeline.h"

/* ---------- fetching the data (SPI) ---------- */

/* what is read must outlive SPI_finish(): it goes in the function's context */
typedef struct fetcher
{
	MemoryContext cxt;
	bl_tl_data *t;
} fetcher;

/* a column as a UTF-8 string in the function's context; NULL stays NULL */
static char *
col_text(fetcher *f, HeapTuple tup, TupleDesc desc, int col)
{
	char	   *s = SPI_getvalue(tup, desc, col);

	if (s == NULL)
		return NULL;
	return MemoryContextStrdup(f->cxt, pg_server_to_any(s, strlen(s), PG_UTF8));
}

/* the same where the column is NOT NULL (names): "" rather than NULL all the same */
static char *
col_name(fetcher *f, HeapTuple tup, TupleDesc desc, int col)
{
	char	   *s = col_text(f, tup, desc, col);

	return s ? s : "";
}

static int32
col_int(HeapTuple tup, TupleDesc desc, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(tup, desc, col, isnull);

	return *isnull ? 0 : DatumGetInt32(d);
}

static void
run(const char *sql, int nargs, Oid *types, Datum *values, const char *nulls)
{
	int			rc = SPI_execute_with_args(sql, nargs, types, values, nulls, true, 0);

	if (rc != SPI_OK_SELECT)
		elog(ERROR, "timeline_svg: SPI_execute_with_args returned %s", SPI_result_code_string(rc));
}

static void *
alloc_rows(fetcher *f, size_t size)
{
	return MemoryContextAllocZero(f->cxt, size * (SPI_processed + 1));
}

static const char *const q_actors =
"SELECT (SELECT x.name_en FROM bilateral.actor x WHERE x.actor = $1),"
"       (SELECT x.name_en FROM bilateral.actor x WHERE x.actor = $2)";

/*
 * Every issue with claims for the dyad that possibly hold in the range ($3, $4:
 * day numbers).  The claims are read by the dyad's key and the subquery is not
 * correlated, so that on a distributed install it is one shard's query.
 */
static const char *const q_all_issues =
"SELECT i.issue, i.name_en FROM bilateral.issue i"
" WHERE i.issue IN (SELECT x.claim_issue FROM bilateral.position_claim x"
"                    WHERE x.dyad = bilateral.dyad_key($1, $2)"
"                      AND x.claim_actor = $1 AND x.claim_counterpart = $2"
"                      AND x.position OPERATOR(bilateral.&&)"
"                          bilateral.probe($1, $2, x.claim_issue, DATE '2000-01-01' + $3, DATE '2000-01-01' + $4))"
" ORDER BY i.issue";

/* the issues asked for, checked, in the order given, without repeats */
static const char *const q_some_issues =
"SELECT i.issue, i.name_en"
"  FROM (SELECT DISTINCT ON (u.i) u.i, u.n"
"          FROM unnest($1::text[]) WITH ORDINALITY u(i, n) ORDER BY u.i, u.n) d"
"  JOIN bilateral.issue i ON i.issue = d.i"
" ORDER BY d.n";

/* the history of one issue */
static const char *const q_history =
"SELECT h.valid_from - DATE '2000-01-01', h.valid_to - DATE '2000-01-01', h.stance, h.contested,"
"       array_to_string(h.stances, ' '), array_to_string(h.sources, ', ')"
"  FROM bilateral.stance_history($1, $2, $3) h"
" ORDER BY h.valid_from NULLS FIRST";

/*
 * The precisions of the claims' bounds of one issue: for each day on which
 * claims start (side 0) or end (side 1), their precisions.  A stretch of the
 * history that starts or ends on such a day is drawn uncertain unless one of
 * them is exact to the day (the finest wins; bl_prec_from_name ranks them).
 * One shard's query on a distributed install, as above.
 */
static const char *const q_bounds =
"SELECT b.side, b.day - DATE '2000-01-01', array_agg(DISTINCT b.prec)::text[]"
"  FROM (SELECT 0 AS side, bilateral.valid_from(x.position) AS day,"
"               bilateral.valid_from_precision(x.position) AS prec"
"          FROM bilateral.position_claim x"
"         WHERE x.dyad = bilateral.dyad_key($1, $2)"
"           AND x.claim_actor = $1 AND x.claim_counterpart = $2 AND x.claim_issue = $3"
"        UNION ALL"
"        SELECT 1, bilateral.valid_to(x.position), bilateral.valid_to_precision(x.position)"
"          FROM bilateral.position_claim x"
"         WHERE x.dyad = bilateral.dyad_key($1, $2)"
"           AND x.claim_actor = $1 AND x.claim_counterpart = $2 AND x.claim_issue = $3) b"
" WHERE b.day IS NOT NULL"
" GROUP BY b.side, b.day"
" ORDER BY b.side, b.day";

/*
 * Every mention of the events naming both, with its key's place in the
 * database's order of keys; fetch_events keeps one per event (key).
 */
static const char *const q_events =
"SELECT e.event_key, e.name_en, e.occurred_from - DATE '2000-01-01', e.occurred_to - DATE '2000-01-01',"
"       e.from_precision, e.to_precision, dense_rank() OVER (ORDER BY e.event_key)"
"  FROM bilateral.event e"
" WHERE e.actors @> ARRAY[$1, $2]::text[]"
" ORDER BY e.event_key, e.event_id";

static const char *const q_treaties =
"SELECT t.treaty::text, t.name_en, bilateral.signed_on(t.treaty) - DATE '2000-01-01',"
"       bilateral.signed_precision(t.treaty)"
"  FROM bilateral.treaty t"
" WHERE bilateral.parties(t.treaty) @> ARRAY[$1, $2]::text[]"
" ORDER BY t.treaty";

/*
 * The argument checks of the other functions (actor_code(), check_issue()),
 * called directly rather than inside a query, so that their errors read as
 * they do everywhere else.
 */
static Datum
call_check(const char *signature, Datum arg, bool isnull)
{
	Oid			fn = DatumGetObjectId(DirectFunctionCall1(regprocedurein, CStringGetDatum(signature)));
	FmgrInfo	flinfo;
	Datum		result;

	LOCAL_FCINFO(fcinfo, 1);

	fmgr_info(fn, &flinfo);
	InitFunctionCallInfoData(*fcinfo, &flinfo, 1, InvalidOid, NULL, NULL);
	fcinfo->args[0].value = arg;
	fcinfo->args[0].isnull = isnull;
	if (isnull && flinfo.fn_strict)
		return (Datum) 0;
	result = FunctionCallInvoke(fcinfo);
	if (fcinfo->isnull)
		elog(ERROR, "%s returned NULL", signature);
	return result;
}

static void
check_issues(ArrayType *issues)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;

	deconstruct_array(issues, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
		(void) call_check("bilateral.check_issue(text)", elems[i], nulls[i]);
}

static void
fetch_names(fetcher *f, Datum *codes)
{
	Oid			types[2] = {TEXTOID, TEXTOID};

	run(q_actors, 2, types, codes, "  ");
	f->t->actor_name = col_name(f, SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	f->t->counterpart_name = col_name(f, SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
}

/* the lanes: the issues asked for, or every issue with claims in the range */
static void
fetch_lanes(fetcher *f, Datum *codes, Datum issues, bool issues_null, int32 lo, int32 hi)
{
	bl_tl_data *t = f->t;

	if (issues_null)
	{
		Oid			types[4] = {TEXTOID, TEXTOID, INT4OID, INT4OID};
		Datum		vals[4] = {codes[0], codes[1], Int32GetDatum(lo), Int32GetDatum(hi)};
		char		nulls[4] = {' ', ' ', lo == PG_INT32_MIN ? 'n' : ' ', hi == PG_INT32_MAX ? 'n' : ' '};

		run(q_all_issues, 4, types, vals, nulls);
	}
	else
	{
		Oid			at = TEXTARRAYOID;

		run(q_some_issues, 1, &at, &issues, " ");
	}
	t->nlanes = (int) SPI_processed;
	t->lanes = alloc_rows(f, sizeof(bl_tl_lane));
	for (int i = 0; i < t->nlanes; i++)
	{
		t->lanes[i].issue = col_name(f, SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		t->lanes[i].name = col_name(f, SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
	}
}

/* the days on which one side of the claims' periods falls, each with its finest precision */
typedef struct bound_days
{
	int			n;
	int32	   *day;			/* ascending */
	int		   *prec;
} bound_days;

/* the finest precision of the bounds on day, BL_OPEN when no claim's bound is there */
static int
bound_prec(const bound_days *b, int32 day)
{
	int			lo = 0,
				hi = b->n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (b->day[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < b->n && b->day[lo] == day ? b->prec[lo] : BL_OPEN;
}

/* q_bounds into the two sides; allocated in SPI's context, used before SPI_finish() */
static void
fetch_bounds(Datum *vals, bound_days *sides)
{
	Oid			types[3] = {TEXTOID, TEXTOID, TEXTOID};
	TupleDesc	desc;

	run(q_bounds, 3, types, vals, "   ");
	desc = SPI_tuptable->tupdesc;
	for (int s = 0; s < 2; s++)
	{
		sides[s].n = 0;
		sides[s].day = palloc(sizeof(int32) * (SPI_processed + 1));
		sides[s].prec = palloc(sizeof(int) * (SPI_processed + 1));
	}
	for (uint64 j = 0; j < SPI_processed; j++)
	{
		HeapTuple	tup = SPI_tuptable->vals[j];
		bool		isnull;
		int			side = col_int(tup, desc, 1, &isnull);
		bound_days *b = &sides[side != 0];
		Datum	   *elems;
		bool	   *enulls;
		int			ne,
					finest = BL_OPEN;

		CHECK_FOR_INTERRUPTS();
		deconstruct_array(DatumGetArrayTypeP(SPI_getbinval(tup, desc, 3, &isnull)),
						  TEXTOID, -1, false, TYPALIGN_INT, &elems, &enulls, &ne);
		for (int k = 0; k < ne; k++)
			if (!enulls[k])
				finest = Max(finest, (int) bl_prec_from_name(TextDatumGetCString(elems[k])));
		b->day[b->n] = col_int(tup, desc, 2, &isnull);
		b->prec[b->n] = finest;
		b->n++;
	}
}

/* one lane's stance_history(), with the precisions of the claims' bounds at each stretch's ends */
static void
fetch_history(fetcher *f, Datum *codes, bl_tl_lane *l)
{
	Oid			types[3] = {TEXTOID, TEXTOID, TEXTOID};
	Datum		vals[3] = {codes[0], codes[1], CStringGetTextDatum(l->issue)};
	bound_days	bounds[2];
	TupleDesc	desc;
	bool		isnull;

	fetch_bounds(vals, bounds);
	run(q_history, 3, types, vals, "   ");
	desc = SPI_tuptable->tupdesc;
	l->nseg = (int) SPI_processed;
	l->segs = alloc_rows(f, sizeof(bl_tl_seg));
	for (int j = 0; j < l->nseg; j++)
	{
		bl_tl_seg  *s = &l->segs[j];
		HeapTuple	tup = SPI_tuptable->vals[j];

		CHECK_FOR_INTERRUPTS();
		s->from = col_int(tup, desc, 1, &s->open_from);
		s->to = col_int(tup, desc, 2, &s->open_to);
		s->stance = col_int(tup, desc, 3, &isnull);
		s->contested = DatumGetBool(SPI_getbinval(tup, desc, 4, &isnull));
		bl_tl_parse_stances(s, SPI_getvalue(tup, desc, 5));
		s->sources = col_text(f, tup, desc, 6);
		s->from_prec = s->open_from ? BL_OPEN : bound_prec(&bounds[0], s->from);
		s->to_prec = s->open_to ? BL_OPEN : bound_prec(&bounds[1], s->to);
	}
}

/* an event and its key's place in the order of keys */
typedef struct event_row
{
	bl_tl_event e;
	int64		key_order;
} event_row;

/* by day, then by key */
static int
cmp_event_rows(const void *a, const void *b)
{
	const event_row *x = a,
			   *y = b;

	if (x->e.from != y->e.from)
		return x->e.from < y->e.from ? -1 : 1;
	if (x->e.to != y->e.to)
		return x->e.to < y->e.to ? -1 : 1;
	return x->key_order < y->key_order ? -1 : x->key_order > y->key_order;
}

/*
 * One row per event (key): the mention whose coarser bound is the finest
 * (bl_prec ranks them), the first by id among equals; then by day and key.
 */
static void
fetch_events(fetcher *f, Datum *codes)
{
	bl_tl_data *t = f->t;
	Oid			types[2] = {TEXTOID, TEXTOID};
	TupleDesc	desc;
	event_row  *rows;
	int			n = 0;
	int			best = -1;

	run(q_events, 2, types, codes, "  ");
	desc = SPI_tuptable->tupdesc;
	rows = palloc(sizeof(event_row) * (SPI_processed + 1));
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		bool		isnull;
		event_row	r;
		int			rank;

		CHECK_FOR_INTERRUPTS();
		r.e.from_prec = bl_prec_from_name(SPI_getvalue(tup, desc, 5));
		r.e.to_prec = bl_prec_from_name(SPI_getvalue(tup, desc, 6));
		r.key_order = DatumGetInt64(SPI_getbinval(tup, desc, 7, &isnull));
		rank = Min(r.e.from_prec, r.e.to_prec);
		if (n > 0 && rows[n - 1].key_order == r.key_order)
		{
			if (rank <= best)
				continue;		/* a mention of the same event, no finer */
			n--;				/* a finer mention replaces the one kept */
		}
		best = rank;
		r.e.key = col_name(f, tup, desc, 1);
		r.e.name = col_name(f, tup, desc, 2);
		r.e.from = col_int(tup, desc, 3, &isnull);
		r.e.to = col_int(tup, desc, 4, &isnull);
		rows[n++] = r;
	}
	qsort(rows, n, sizeof(event_row), cmp_event_rows);
	t->nevents = n;
	t->events = MemoryContextAllocZero(f->cxt, sizeof(bl_tl_event) * (n + 1));
	for (int i = 0; i < n; i++)
		t->events[i] = rows[i].e;
}

/* the treaties naming both */
static void
fetch_treaties(fetcher *f, Datum *codes)
{
	bl_tl_data *t = f->t;
	Oid			types[2] = {TEXTOID, TEXTOID};
	TupleDesc	desc;
	bool		isnull;

	run(q_treaties, 2, types, codes, "  ");
	desc = SPI_tuptable->tupdesc;
	t->ntreaties = (int) SPI_processed;
	t->treaties = alloc_rows(f, sizeof(bl_tl_treaty));
	for (int i = 0; i < t->ntreaties; i++)
	{
		bl_tl_treaty *tr = &t->treaties[i];
		HeapTuple	tup = SPI_tuptable->vals[i];

		tr->ref = col_name(f, tup, desc, 1);
		tr->name = col_name(f, tup, desc, 2);
		tr->signed_on = col_int(tup, desc, 3, &isnull);
		tr->prec = bl_prec_from_name(SPI_getvalue(tup, desc, 4));
	}
}

/* the actors checked and named, the issues checked, then everything the picture shows */
static void
fetch(bl_tl_data *t, Datum actor, Datum counterpart, Datum issues, bool issues_null,
	  int32 lo, int32 hi)
{
	fetcher		f = {CurrentMemoryContext, t};
	Datum		codes[2];

	codes[0] = call_check("bilateral.actor_code(text)", actor, false);
	codes[1] = call_check("bilateral.actor_code(text)", counterpart, false);
	t->actor = TextDatumGetCString(codes[0]);
	t->counterpart = TextDatumGetCString(codes[1]);
	if (strcmp(t->actor, t->counterpart) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("actor and counterpart are the same actor: \"%s\"", t->actor),
				 errhint("A timeline is of one actor's stances toward another.")));
	if (!issues_null)
		check_issues(DatumGetArrayTypeP(issues));

	SPI_connect();
	fetch_names(&f, codes);
	fetch_lanes(&f, codes, issues, issues_null, lo, hi);
	for (int i = 0; i < t->nlanes; i++)
		fetch_history(&f, codes, &t->lanes[i]);
	fetch_events(&f, codes);
	fetch_treaties(&f, codes);
	SPI_finish();
}

/* ---------- the function ---------- */

/* during as inclusive day numbers, its open sides (and infinities) PG_INT32_MIN/MAX */
static void
during_days(FunctionCallInfo fcinfo, int32 *lo, int32 *hi)
{
	*lo = PG_INT32_MIN;
	*hi = PG_INT32_MAX;
	if (PG_ARGISNULL(3))
		return;
	if (!bl_daterange_days(PG_GETARG_RANGE_P(3), lo, hi))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("during is empty"),
				 errhint("Pass a non-empty daterange, or NULL for the span of the data.")));
	if (*lo <= DATEVAL_NOBEGIN + 1)
		*lo = PG_INT32_MIN;
	if (*hi >= DATEVAL_NOEND - 1)
		*hi = PG_INT32_MAX;
}

/* the core's failure to write the picture as an error */
pg_attribute_noreturn()
static void
report_svg(bl_xml_failure why, size_t counted)
{
	if (why == BL_XML_INTERRUPTED)
		bl_raise_interrupt();
	if (why == BL_XML_TOOBIG)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("timeline too large"),
				 errdetail("The SVG document would have %zu bytes; an xml value holds at most %zu.",
						   counted, (size_t) (MaxAllocSize - VARHDRSZ - 1)),
				 errhint("Pass a shorter during or fewer issues.")));
	if (why == BL_XML_NOMEM)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("Failed while writing the timeline's SVG document.")));
	elog(ERROR, "timeline_svg: the SVG writer was misused");
	pg_unreachable();
}

PG_FUNCTION_INFO_V1(timeline_svg);
Datum
timeline_svg(PG_FUNCTION_ARGS)
{
	bl_tl_data *t = palloc0(sizeof(bl_tl_data));
	int32		lo,
				hi;
	size_t		len;
	char	   *out;
	bl_xml_failure why;

	bl_require_schema("timeline_svg", "1.5",
					  "bilateral.position_claim.dyad and bilateral.dyad_key(text, text), which its queries read a dyad's claims by");
	(void) bl_text_arg(fcinfo, 0, "actor", &len);
	(void) bl_text_arg(fcinfo, 1, "counterpart", &len);
	during_days(fcinfo, &lo, &hi);
	if (!PG_ARGISNULL(2) && ARR_NDIM(PG_GETARG_ARRAYTYPE_P(2)) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("issues is empty"),
				 errhint("Pass NULL for every issue with claims, or an array of issue codes.")));

	fetch(t, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1), PG_ARGISNULL(2) ? (Datum) 0 : PG_GETARG_DATUM(2),
		  PG_ARGISNULL(2), lo, hi);
	bl_tl_settle_span(t, lo, hi);

	/* UTF-8 where the database is; elsewhere ASCII with character references */
	if (!bl_tl_svg(t, GetDatabaseEncoding() == PG_UTF8 ? BL_XML_UTF8 : BL_XML_ASCII,
				   MaxAllocSize - VARHDRSZ - 1, bl_cancel_pending, &out, &len, &why))
		report_svg(why, len);
	/* from bl_tl_svg to here nothing throws: bl_xml_from_core frees out on every path */
	PG_RETURN_XML_P((xmltype *) bl_xml_from_core(out, len, "timeline's SVG document"));
}
