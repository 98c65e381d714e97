/*
 * timeline.c - bilateral.timeline_svg(): one actor's stances toward a
 * counterpart, issue by issue, drawn as an SVG timeline with libxml2's tree
 * API.  The data come through SPI (stance_history(), the claims' bound
 * precisions, events and treaties naming both); the layout is done here.
 * Reference: docs/timeline.md.
 */
#include "bilateral.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "nodes/pg_list.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/xml.h"

#include "core/bl_xmlchars.h"

#include <libxml/tree.h>
#include <libxml/xmlsave.h>

#define SVG_NS "http://www.w3.org/2000/svg"

/* precisions as ranks (bl_prec: BL_OPEN 0 .. BL_DAY 3), as stance_changes() orders them */

/* ---------- the data ---------- */

typedef struct tl_seg
{
	int32		from,
				to;				/* inclusive day numbers (from 2000-01-01) */
	bool		open_from,
				open_to;
	bool		contested;
	int			stance;			/* when not contested */
	int			nstances;
	int			stances[7];		/* what the sources say, ascending */
	char	   *sources;		/* "a, b" */
	int			from_prec;		/* finest precision of the claims starting here */
	int			to_prec;		/* ... and ending here */
} tl_seg;

typedef struct tl_lane
{
	char	   *issue;
	char	   *name;
	int			nseg;
	tl_seg	   *segs;
} tl_lane;

typedef struct tl_event
{
	char	   *key;
	char	   *name;
	int32		from,
				to;
	int			from_prec,
				to_prec;
} tl_event;

typedef struct tl_treaty
{
	char	   *ref;
	char	   *name;
	int32		signed_on;
	int			prec;
} tl_treaty;

typedef struct tl_data
{
	char	   *actor,
			   *counterpart;
	char	   *actor_name,
			   *counterpart_name;
	int32		lo,
				hi;				/* the days drawn, inclusive */
	int			nlanes;
	tl_lane    *lanes;
	int			nevents;
	tl_event   *events;
	int			ntreaties;
	tl_treaty  *treaties;
} tl_data;

/* ---------- dates: the core's calendar (src/core/pdate.c) ---------- */

static int
year_of(int32 day)
{
	int			y,
				m,
				d;

	bl_civil_from_days(day, &y, &m, &d);
	return y;
}

static char *
iso_day(int32 day)
{
	bl_pdate	p = {BL_DAY, day};
	char	   *buf = palloc(BL_PDATE_MAXLEN + 8);

	bl_pdate_format(p, buf);
	return buf;
}

/* a day at a precision, as the documents write it: 1855, 1945-08, 1956-10-19 */
static char *
partial_day(int32 day, int prec)
{
	char	   *buf = palloc(BL_PDATE_MAXLEN + 8);

	bl_pdate_format(bl_pdate_containing(day, prec == BL_OPEN ? BL_DAY : (bl_prec) prec), buf);
	return buf;
}

/* a period with its bounds' precisions: "1904\u20131905", "1945-09-02" */
static char *
partial_period(int32 from, int32 to, int fprec, int tprec)
{
	char	   *a = partial_day(from, fprec);
	char	   *b = partial_day(to, tprec);

	if (strcmp(a, b) == 0)
		return a;
	return psprintf("%s\u2013%s", a, b);
}

/* the last day of the partial date (at prec) that contains day */
static int32
prec_end(int32 day, int prec)
{
	return bl_pdate_last(bl_pdate_containing(day, (bl_prec) prec));
}

/* ---------- text ---------- */

/* RdBu, 7 classes (ColorBrewer): diverging, colour-blind safe, prints in grey */
static const char *const stance_colours[7] = {
	"#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"
};

/* the stance as data: "+2", "0", "-1" (as bilateral_position writes it) */
static char *
stance_code(int s)
{
	return s > 0 ? psprintf("+%d", s) : psprintf("%d", s);
}

/* the stance for readers, with a real minus sign: "\u22122 adversarial" */
static char *
stance_text(int s)
{
	if (s < 0)
		return psprintf("\u2212%d %s", -s, bl_stance_label(s));
	if (s > 0)
		return psprintf("+%d %s", s, bl_stance_label(s));
	return psprintf("0 %s", bl_stance_label(0));
}

/* UTF-8 characters in s */
static int
u8len(const char *s)
{
	int			n = 0;

	for (; *s; s++)
		if ((*s & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * s cut to at most max characters, at a word boundary where there is one,
 * with an ellipsis; s itself when it fits.
 */
static char *
shorten(const char *s, int max)
{
	const char *p = s;
	const char *cut;
	const char *space = NULL;
	int			n = 0;

	if (u8len(s) <= max)
		return pstrdup(s);
	/* the byte where character max - 1 starts: room for the ellipsis */
	for (; *p; p++)
	{
		if ((*p & 0xC0) != 0x80)
		{
			if (n == max - 1)
				break;
			if (*p == ' ' && n > max / 2)
				space = p;
			n++;
		}
	}
	cut = space ? space : p;
	while (cut > s && (cut[-1] == ' ' || cut[-1] == ',' || cut[-1] == ':' || cut[-1] == ';'))
		cut--;
	return psprintf("%.*s\u2026", (int) (cut - s), s);
}

/* an issue's or treaty's name up to its parenthesis: "Territorial dispute" */
static char *
short_name(const char *s)
{
	const char *paren = strstr(s, " (");

	return paren ? pnstrdup(s, paren - s) : pstrdup(s);
}

/* rough width of a text at a font size (DejaVu Sans / Helvetica average) */
static double
text_width(const char *s, double size)
{
	return u8len(s) * size * 0.6;
}

/* ---------- fetching the data (SPI) ---------- */

/* the function's memory context: what is read must outlive SPI_finish() (set per call) */
static MemoryContext outer_cxt;

/* a column as a UTF-8 string in the function's context; NULL stays NULL */
static char *
col_text(HeapTuple tup, TupleDesc desc, int col)
{
	char	   *s = SPI_getvalue(tup, desc, col);
	char	   *u;

	size_t		bad;

	if (s == NULL)
		return NULL;
	u = pg_server_to_any(s, strlen(s), PG_UTF8);
	/* what XML 1.0 cannot hold (a control character, U+FFFE/U+FFFF) is drawn as U+FFFD */
	bad = bl_xml_count_bad(u);
	if (bad > 0)
	{
		char	   *clean = MemoryContextAlloc(outer_cxt, strlen(u) + 2 * bad + 1);

		bl_xml_replace_bad(u, clean);
		return clean;
	}
	return MemoryContextStrdup(outer_cxt, u);
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

static const char *const q_actors =
"SELECT (SELECT x.name_en FROM bilateral.actor x WHERE x.actor = $1),"
"       (SELECT x.name_en FROM bilateral.actor x WHERE x.actor = $2)";

/* every issue with claims for the dyad that possibly hold in the range ($3, $4: day numbers) */
static const char *const q_all_issues =
"SELECT i.issue, i.name_en FROM bilateral.issue i"
" WHERE EXISTS (SELECT 1 FROM bilateral.position_claim x"
"                WHERE x.position OPERATOR(bilateral.&&)"
"                      bilateral.probe($1, $2, i.issue, DATE '2000-01-01' + $3, DATE '2000-01-01' + $4))"
" ORDER BY i.issue";

/* the issues asked for, checked, in the order given, without repeats */
static const char *const q_some_issues =
"SELECT i.issue, i.name_en"
"  FROM (SELECT DISTINCT ON (u.i) u.i, u.n"
"          FROM unnest($1::text[]) WITH ORDINALITY u(i, n) ORDER BY u.i, u.n) d"
"  JOIN bilateral.issue i ON i.issue = d.i"
" ORDER BY d.n";

/*
 * The history of one issue, with, for each row, the finest precision of the
 * claims that start on its first day and of those that end on its last day:
 * a bound known only to the year or month makes that stretch uncertain.
 */
static const char *const q_history =
"SELECT h.valid_from - DATE '2000-01-01', h.valid_to - DATE '2000-01-01', h.stance, h.contested,"
"       array_to_string(h.stances, ' '), array_to_string(h.sources, ', '),"
"       (SELECT max(CASE bilateral.valid_from_precision(x.position) WHEN 'day' THEN 3 WHEN 'month' THEN 2 ELSE 1 END)"
"          FROM bilateral.position_claim x"
"         WHERE x.position OPERATOR(bilateral.&&) bilateral.probe($1, $2, $3, h.valid_from, h.valid_from)"
"           AND bilateral.valid_from(x.position) = h.valid_from),"
"       (SELECT max(CASE bilateral.valid_to_precision(x.position) WHEN 'day' THEN 3 WHEN 'month' THEN 2 ELSE 1 END)"
"          FROM bilateral.position_claim x"
"         WHERE x.position OPERATOR(bilateral.&&) bilateral.probe($1, $2, $3, h.valid_to, h.valid_to)"
"           AND bilateral.valid_to(x.position) = h.valid_to)"
"  FROM bilateral.stance_history($1, $2, $3) h"
" ORDER BY h.valid_from NULLS FIRST";

/* one row per event (event_key): its most precise mention, then the first */
static const char *const q_events =
"SELECT e.event_key, e.name_en, e.occurred_from - DATE '2000-01-01', e.occurred_to - DATE '2000-01-01',"
"       e.from_precision, e.to_precision"
"  FROM (SELECT DISTINCT ON (e.event_key) e.*"
"          FROM bilateral.event e"
"         WHERE e.actors @> ARRAY[$1, $2]::text[]"
"         ORDER BY e.event_key,"
"                  CASE WHEN e.from_precision = 'year' OR e.to_precision = 'year' THEN 1"
"                       WHEN e.from_precision = 'month' OR e.to_precision = 'month' THEN 2 ELSE 3 END DESC,"
"                  e.event_id) e"
" ORDER BY e.occurred_from, e.occurred_to, e.event_key";

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
parse_stances(tl_seg *s, const char *list)
{
	const char *p = list;

	s->nstances = 0;
	while (p && *p && s->nstances < 7)
	{
		char	   *end;
		long		v = strtol(p, &end, 10);

		if (end == p)
			break;
		s->stances[s->nstances++] = (int) v;
		p = end;
	}
}

static void
fetch(tl_data *t, Datum actor, Datum counterpart, Datum issues, bool issues_null,
	  int32 lo, int32 hi)
{
	Oid			types[4];
	Datum		vals[4];
	char		nulls[4];
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	uint64		n;
	int			i;

	vals[0] = call_check("bilateral.actor_code(text)", actor, false);
	vals[1] = call_check("bilateral.actor_code(text)", counterpart, false);
	t->actor = TextDatumGetCString(vals[0]);
	t->counterpart = TextDatumGetCString(vals[1]);
	if (strcmp(t->actor, t->counterpart) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("actor and counterpart are the same actor: \"%s\"", t->actor),
				 errhint("A timeline is of one actor's stances toward another.")));
	if (!issues_null)
		check_issues(DatumGetArrayTypeP(issues));

	SPI_connect();

	types[0] = TEXTOID;
	types[1] = TEXTOID;
	memset(nulls, ' ', sizeof nulls);
	run(q_actors, 2, types, vals, nulls);
	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	t->actor_name = col_text(tup, desc, 1);
	t->counterpart_name = col_text(tup, desc, 2);

	/* the lanes */
	if (issues_null)
	{
		types[2] = INT4OID;
		types[3] = INT4OID;
		vals[2] = Int32GetDatum(lo);
		vals[3] = Int32GetDatum(hi);
		nulls[2] = lo == PG_INT32_MIN ? 'n' : ' ';
		nulls[3] = hi == PG_INT32_MAX ? 'n' : ' ';
		run(q_all_issues, 4, types, vals, nulls);
	}
	else
	{
		Oid			at = TEXTARRAYOID;

		run(q_some_issues, 1, &at, &issues, "  ");
	}
	n = SPI_processed;
	t->nlanes = (int) n;
	t->lanes = MemoryContextAllocZero(outer_cxt, sizeof(tl_lane) * (n + 1));
	for (i = 0; i < (int) n; i++)
	{
		t->lanes[i].issue = col_text(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		t->lanes[i].name = col_text(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
	}

	/* each lane's history */
	types[2] = TEXTOID;
	memset(nulls, ' ', sizeof nulls);
	for (i = 0; i < t->nlanes; i++)
	{
		tl_lane    *l = &t->lanes[i];
		uint64		j;

		vals[2] = CStringGetTextDatum(l->issue);
		run(q_history, 3, types, vals, nulls);
		desc = SPI_tuptable->tupdesc;
		l->segs = MemoryContextAllocZero(outer_cxt, sizeof(tl_seg) * (SPI_processed + 1));
		l->nseg = 0;
		for (j = 0; j < SPI_processed; j++)
		{
			tl_seg	   *s = &l->segs[l->nseg];
			char	   *list;

			tup = SPI_tuptable->vals[j];
			s->from = col_int(tup, desc, 1, &s->open_from);
			s->to = col_int(tup, desc, 2, &s->open_to);
			s->stance = col_int(tup, desc, 3, &isnull);
			s->contested = DatumGetBool(SPI_getbinval(tup, desc, 4, &isnull));
			list = SPI_getvalue(tup, desc, 5);
			parse_stances(s, list);
			s->sources = col_text(tup, desc, 6);
			s->from_prec = col_int(tup, desc, 7, &isnull);
			s->to_prec = col_int(tup, desc, 8, &isnull);
			if ((!s->open_from && s->from > hi) || (!s->open_to && s->to < lo))
				continue;		/* outside the range drawn */
			l->nseg++;
		}
	}

	/* events and treaties naming both */
	run(q_events, 2, types, vals, nulls);
	desc = SPI_tuptable->tupdesc;
	t->events = MemoryContextAllocZero(outer_cxt, sizeof(tl_event) * (SPI_processed + 1));
	t->nevents = 0;
	for (n = 0; n < SPI_processed; n++)
	{
		tl_event   *e = &t->events[t->nevents];

		tup = SPI_tuptable->vals[n];
		e->from = col_int(tup, desc, 3, &isnull);
		e->to = col_int(tup, desc, 4, &isnull);
		if (e->from > hi || e->to < lo)
			continue;
		e->key = col_text(tup, desc, 1);
		e->name = col_text(tup, desc, 2);
		e->from_prec = bl_prec_from_name(SPI_getvalue(tup, desc, 5));
		e->to_prec = bl_prec_from_name(SPI_getvalue(tup, desc, 6));
		t->nevents++;
	}

	run(q_treaties, 2, types, vals, nulls);
	desc = SPI_tuptable->tupdesc;
	t->treaties = MemoryContextAllocZero(outer_cxt, sizeof(tl_treaty) * (SPI_processed + 1));
	t->ntreaties = 0;
	for (n = 0; n < SPI_processed; n++)
	{
		tl_treaty  *tr = &t->treaties[t->ntreaties];

		tup = SPI_tuptable->vals[n];
		tr->signed_on = col_int(tup, desc, 3, &isnull);
		if (tr->signed_on > hi || tr->signed_on < lo)
			continue;
		tr->ref = col_text(tup, desc, 1);
		tr->name = col_text(tup, desc, 2);
		tr->prec = bl_prec_from_name(SPI_getvalue(tup, desc, 4));
		t->ntreaties++;
	}

	SPI_finish();
}

/*
 * The days to draw: the range asked for, its open sides (or all of it) the
 * span of the data, widened to whole years.
 */
static void
settle_span(tl_data *t, int32 lo, int32 hi)
{
	int32		dlo = PG_INT32_MAX,
				dhi = PG_INT32_MIN;
	int			i,
				j;

	for (i = 0; i < t->nlanes; i++)
		for (j = 0; j < t->lanes[i].nseg; j++)
		{
			tl_seg	   *s = &t->lanes[i].segs[j];

			if (!s->open_from)
			{
				dlo = Min(dlo, s->from);
				dhi = Max(dhi, s->from);
			}
			if (!s->open_to)
			{
				dlo = Min(dlo, s->to);
				dhi = Max(dhi, s->to);
			}
		}
	for (i = 0; i < t->nevents; i++)
	{
		dlo = Min(dlo, t->events[i].from);
		dhi = Max(dhi, t->events[i].to);
	}
	for (i = 0; i < t->ntreaties; i++)
	{
		dlo = Min(dlo, t->treaties[i].signed_on);
		dhi = Max(dhi, t->treaties[i].signed_on);
	}
	if (dlo > dhi)
	{
		/* no dated data: the side asked for, or a year */
		dlo = lo != PG_INT32_MIN ? lo : hi != PG_INT32_MAX ? hi : 0;
		dhi = dlo;
	}
	t->lo = lo != PG_INT32_MIN ? lo : bl_days_from_civil(year_of(Min(dlo, hi)), 1, 1);
	t->hi = hi != PG_INT32_MAX ? hi : bl_days_from_civil(year_of(Max(dhi, lo)), 12, 31);
	if (t->lo > t->hi)
		t->hi = t->lo;
}

/* ---------- drawing ---------- */

/* the page (user units; the picture scales, the proportions are these) */
#define W			1000.0
#define X0			190.0		/* the plot's left edge: lane labels before it */
#define X1			975.0
#define FS			11.0		/* font size */
#define LANE_H		20.0
#define LANE_GAP	6.0
#define ROW_H		12.0		/* a row of event or treaty labels */
#define MAX_ROWS	4

typedef struct tl_draw
{
	PgXmlErrorContext *xcxt;
	xmlDocPtr	doc;
	xmlNodePtr	root;
	const tl_data *t;
	double		ppd;			/* pixels per day */
	int			major,
				minor;			/* year steps of the axis' ticks */
	bool		centred;		/* one label per year, in the middle of its year */
} tl_draw;

static void
check(tl_draw *d, const void *p)
{
	if (p == NULL || pg_xml_error_occurred(d->xcxt))
		xml_ereport(d->xcxt, ERROR, ERRCODE_OUT_OF_MEMORY,
					"could not build the timeline's SVG document");
}

static xmlNodePtr
el(tl_draw *d, xmlNodePtr parent, const char *name, const char *cls)
{
	xmlNodePtr	n = xmlNewChild(parent, NULL, BAD_CAST name, NULL);

	check(d, n);
	if (cls)
		check(d, xmlNewProp(n, BAD_CAST "class", BAD_CAST cls));
	return n;
}

static void
attr(tl_draw *d, xmlNodePtr n, const char *name, const char *value)
{
	check(d, xmlNewProp(n, BAD_CAST name, BAD_CAST value));
}

/* a coordinate: one decimal, no trailing ".0" (fixed format: same data, same bytes) */
static void
num(tl_draw *d, xmlNodePtr n, const char *name, double v)
{
	char		buf[32];
	int			len;

	if (v > -0.05 && v < 0.05)
		v = 0;
	len = snprintf(buf, sizeof buf, "%.1f", v);
	if (len > 2 && buf[len - 2] == '.' && buf[len - 1] == '0')
		buf[len - 2] = '\0';
	attr(d, n, name, buf);
}

/* a text element (the content is escaped by libxml2) */
static xmlNodePtr
txt(tl_draw *d, xmlNodePtr parent, const char *cls, double x, double y, const char *s)
{
	xmlNodePtr	n = xmlNewTextChild(parent, NULL, BAD_CAST "text", BAD_CAST s);

	check(d, n);
	if (cls)
		attr(d, n, "class", cls);
	num(d, n, "x", x);
	num(d, n, "y", y);
	return n;
}

static void
title(tl_draw *d, xmlNodePtr parent, const char *s)
{
	check(d, xmlNewTextChild(parent, NULL, BAD_CAST "title", BAD_CAST s));
}

static xmlNodePtr
rect(tl_draw *d, xmlNodePtr parent, const char *cls, double x, double y, double w, double h)
{
	xmlNodePtr	n = el(d, parent, "rect", cls);

	num(d, n, "x", x);
	num(d, n, "y", y);
	num(d, n, "width", w);
	num(d, n, "height", h);
	return n;
}

static xmlNodePtr
line(tl_draw *d, xmlNodePtr parent, const char *cls, double x1, double y1, double x2, double y2)
{
	xmlNodePtr	n = el(d, parent, "line", cls);

	num(d, n, "x1", x1);
	num(d, n, "y1", y1);
	num(d, n, "x2", x2);
	num(d, n, "y2", y2);
	return n;
}

static double
xday(tl_draw *d, int32 day)
{
	return X0 + (double) ((int64) day - d->t->lo) * d->ppd;
}

/* a day's left edge, kept inside the plot */
static double
xclip(tl_draw *d, int64 day)
{
	if (day < d->t->lo)
		return X0;
	if (day > (int64) d->t->hi + 1)
		return X1;
	return X0 + (double) (day - d->t->lo) * d->ppd;
}

static void
diamond(tl_draw *d, xmlNodePtr parent, const char *cls, double cx, double cy, double r)
{
	xmlNodePtr	n = el(d, parent, "path", cls);
	char	   *p = psprintf("M%.1f %.1fl%.1f %.1fl%.1f %.1fl%.1f %.1fz",
							 cx, cy - r, r, r, -r, r, -r, -r);

	attr(d, n, "d", p);
}

static void
defs(tl_draw *d)
{
	xmlNodePtr	defs = el(d, d->root, "defs", NULL);
	xmlNodePtr	p,
				n;

	/* uncertain: the colour a little faded, hatched with white and thin grey lines */
	p = el(d, defs, "pattern", "uncertain-pattern");
	attr(d, p, "id", "bl-uncertain");
	attr(d, p, "patternUnits", "userSpaceOnUse");
	attr(d, p, "width", "5");
	attr(d, p, "height", "5");
	attr(d, p, "patternTransform", "rotate(45)");
	n = rect(d, p, NULL, 0, 0, 5, 5);
	attr(d, n, "fill", "#ffffff");
	attr(d, n, "fill-opacity", "0.2");
	n = line(d, p, NULL, 1, 0, 1, 5);
	attr(d, n, "stroke", "#ffffff");
	attr(d, n, "stroke-width", "2");
	attr(d, n, "stroke-opacity", "0.8");
	n = line(d, p, NULL, 3.5, 0, 3.5, 5);
	attr(d, n, "stroke", "#4d4d4d");
	attr(d, n, "stroke-width", "0.6");
	attr(d, n, "stroke-opacity", "0.6");
}

/*
 * Label placement: labels at centres xs[] with widths ws[] go into the first
 * row (0 nearest the marks) where they do not touch the row's last label;
 * when no row has room, into the row whose last label ends first.  Returns
 * the rows used.
 */
static int
stagger(int n, const double *xs, const double *ws, int *row)
{
	double		end[MAX_ROWS];
	int			used = 0;
	int			i,
				r;

	for (r = 0; r < MAX_ROWS; r++)
		end[r] = -1e9;
	for (i = 0; i < n; i++)
	{
		double		left = xs[i] - ws[i] / 2;
		int			best = 0;

		for (r = 0; r < MAX_ROWS; r++)
			if (end[r] + 3 <= left)
				break;
		if (r == MAX_ROWS)
		{
			for (r = 1; r < MAX_ROWS; r++)
				if (end[r] < end[best])
					best = r;
			r = best;
		}
		row[i] = r;
		end[r] = xs[i] + ws[i] / 2;
		used = Max(used, r + 1);
	}
	return used;
}

static char *
treaty_mark(int i)
{
	return i < 26 ? psprintf("%c", 'A' + i) : psprintf("T%d", i + 1);
}

/* the treaties' row: a diamond at each signature, lettered; returns its height */
static double
draw_treaties(tl_draw *d, double y)
{
	const tl_data *t = d->t;
	xmlNodePtr	g;
	double	   *xs,
			   *ws;
	int		   *row;
	int			rows,
				i;
	double		ym;

	if (t->ntreaties == 0)
		return 0;
	xs = palloc(sizeof(double) * t->ntreaties);
	ws = palloc(sizeof(double) * t->ntreaties);
	row = palloc(sizeof(int) * t->ntreaties);
	for (i = 0; i < t->ntreaties; i++)
	{
		xs[i] = xday(d, t->treaties[i].signed_on) + 0.5 * d->ppd;
		ws[i] = text_width(treaty_mark(i), FS) + 2;
	}
	rows = stagger(t->ntreaties, xs, ws, row);
	ym = y + rows * ROW_H + 6;

	g = el(d, d->root, "g", "treaties");
	txt(d, g, "row-label", X0 - 10, ym + 4, "Treaties");
	attr(d, (xmlNodePtr) g->last, "text-anchor", "end");
	for (i = 0; i < t->ntreaties; i++)
	{
		const tl_treaty *tr = &t->treaties[i];
		xmlNodePtr	m = el(d, g, "g", "treaty");
		xmlNodePtr	n;

		attr(d, m, "data-treaty", tr->ref);
		attr(d, m, "data-signed", partial_day(tr->signed_on, tr->prec));
		title(d, m, psprintf("%s  %s: %s", treaty_mark(i), partial_day(tr->signed_on, tr->prec), tr->name));
		diamond(d, m, "marker", xs[i], ym, 5);
		n = (xmlNodePtr) m->last;
		attr(d, n, "fill", "#1a1a1a");
		n = txt(d, m, "treaty-label", xs[i], ym - 8 - row[i] * ROW_H, treaty_mark(i));
		attr(d, n, "text-anchor", "middle");
		attr(d, n, "font-weight", "bold");
	}
	return rows * ROW_H + 14;
}

/*
 * The events' row: a tick at each event's first day and a thin bar over
 * its whole (possible) period; numbered labels, neighbours within a few
 * pixels sharing one ("12\u201314"), staggered when dense.
 */
static double
draw_events(tl_draw *d, double y, int *first_no)
{
	const tl_data *t = d->t;
	xmlNodePtr	g;
	double	   *xs,
			   *ws;
	int		   *row,
			   *cfirst,
			   *clast;
	int			nc = 0,
				rows,
				i;
	double		yt;

	if (t->nevents == 0)
		return 0;
	xs = palloc(sizeof(double) * t->nevents);
	ws = palloc(sizeof(double) * t->nevents);
	row = palloc(sizeof(int) * t->nevents);
	cfirst = palloc(sizeof(int) * t->nevents);
	clast = palloc(sizeof(int) * t->nevents);
	for (i = 0; i < t->nevents; i++)
	{
		double		x = xclip(d, t->events[i].from);

		if (nc > 0 && x - xs[nc - 1] < 9)
		{
			clast[nc - 1] = i;
			continue;
		}
		cfirst[nc] = clast[nc] = i;
		xs[nc++] = x;
	}
	for (i = 0; i < nc; i++)
	{
		char	   *lab = cfirst[i] == clast[i] ? psprintf("%d", *first_no + cfirst[i])
			: psprintf("%d\u2013%d", *first_no + cfirst[i], *first_no + clast[i]);

		ws[i] = text_width(lab, FS - 1) + 2;
	}
	rows = stagger(nc, xs, ws, row);
	yt = y + rows * ROW_H + 4;

	g = el(d, d->root, "g", "events");
	txt(d, g, "row-label", X0 - 10, yt + 8, "Events");
	attr(d, (xmlNodePtr) g->last, "text-anchor", "end");
	for (i = 0; i < t->nevents; i++)
	{
		const tl_event *e = &t->events[i];
		xmlNodePtr	m = el(d, g, "g", "event");
		xmlNodePtr	n;
		double		xa = xclip(d, e->from),
					xb = xclip(d, (int64) e->to + 1);

		attr(d, m, "data-event", e->key);
		attr(d, m, "data-from", iso_day(e->from));
		attr(d, m, "data-to", iso_day(e->to));
		title(d, m, psprintf("%d  %s: %s", *first_no + i,
							 partial_period(e->from, e->to, e->from_prec, e->to_prec), e->name));
		if (xb - xa > 1.5)
		{
			n = rect(d, m, "span", xa, yt + 8, xb - xa, 3);
			attr(d, n, "fill", "#404040");
			attr(d, n, "fill-opacity", "0.35");
		}
		n = line(d, m, "tick", xa, yt, xa, yt + 11);
		attr(d, n, "stroke", "#1a1a1a");
		attr(d, n, "stroke-width", "1.2");
	}
	for (i = 0; i < nc; i++)
	{
		xmlNodePtr	n;
		char	   *lab = cfirst[i] == clast[i] ? psprintf("%d", *first_no + cfirst[i])
			: psprintf("%d\u2013%d", *first_no + cfirst[i], *first_no + clast[i]);

		n = txt(d, g, "event-label", xs[i], yt - 3 - row[i] * ROW_H, lab);
		attr(d, n, "text-anchor", "middle");
		attr(d, n, "font-size", "10");
		if (row[i] > 0)
		{
			n = line(d, g, "leader", xs[i], yt - 1, xs[i], yt - 1 - row[i] * ROW_H);
			attr(d, n, "stroke", "#b3b3b3");
			attr(d, n, "stroke-width", "0.6");
		}
	}
	*first_no += t->nevents;
	return rows * ROW_H + 16;
}

static void
draw_lane(tl_draw *d, const tl_lane *l, double y)
{
	xmlNodePtr	g = el(d, d->root, "g", "lane");
	xmlNodePtr	n;
	char	   *name = short_name(l->name);
	int			j;

	attr(d, g, "data-issue", l->issue);
	title(d, g, l->name);
	n = rect(d, g, "lane-background", X0, y, X1 - X0, LANE_H);
	attr(d, n, "fill", "#ffffff");
	attr(d, n, "stroke", "#cccccc");
	attr(d, n, "stroke-width", "0.5");
	{
		int			yr;

		for (yr = year_of(d->t->lo); yr <= year_of(d->t->hi) + 1; yr++)
		{
			int32		day = bl_days_from_civil(yr, 1, 1);

			if (yr % d->major != 0 || day <= d->t->lo || day > d->t->hi)
				continue;
			n = line(d, g, "gridline", xday(d, day), y, xday(d, day), y + LANE_H);
			attr(d, n, "stroke", "#e0e0e0");
			attr(d, n, "stroke-width", "0.8");
		}
	}
	n = txt(d, g, "lane-label", X0 - 10, y + LANE_H / 2 + 4, shorten(name, 27));
	attr(d, n, "text-anchor", "end");

	for (j = 0; j < l->nseg; j++)
	{
		const tl_seg *s = &l->segs[j];
		xmlNodePtr	sg = el(d, g, "g", "segment");
		StringInfoData tt;
		double		xa = s->open_from ? X0 : xclip(d, s->from),
					xb = s->open_to ? X1 : xclip(d, (int64) s->to + 1);
		int			k;

		attr(d, sg, "data-issue", l->issue);
		attr(d, sg, "data-stance", s->contested ? "contested" : stance_code(s->stance));
		{
			StringInfoData st;

			initStringInfo(&st);
			for (k = 0; k < s->nstances; k++)
				appendStringInfo(&st, "%s%s", k ? " " : "", stance_code(s->stances[k]));
			attr(d, sg, "data-stances", st.data);
		}
		attr(d, sg, "data-from", s->open_from ? "" : iso_day(s->from));
		attr(d, sg, "data-to", s->open_to ? "" : iso_day(s->to));

		initStringInfo(&tt);
		appendStringInfo(&tt, "%s, %s \u2013 %s: ", name,
						 s->open_from ? "open" : iso_day(s->from), s->open_to ? "open" : iso_day(s->to));
		if (s->contested)
		{
			appendStringInfoString(&tt, "contested, the sources say ");
			for (k = 0; k < s->nstances; k++)
				appendStringInfo(&tt, "%s%s", k == 0 ? "" : k == s->nstances - 1 ? " and " : ", ",
								 stance_text(s->stances[k]));
		}
		else
			appendStringInfoString(&tt, stance_text(s->stance));
		appendStringInfo(&tt, " (%s)", s->sources ? s->sources : "");
		title(d, sg, tt.data);

		if (xb - xa < 0.6)		/* a day on a long axis: keep it visible */
			xb = xa + 0.6;

		if (s->contested)
		{
			/* one band per claimed stance, highest on top, as the legend shows */
			double		bh = LANE_H / Max(s->nstances, 1);

			for (k = 0; k < s->nstances; k++)
			{
				int			v = s->stances[s->nstances - 1 - k];

				n = rect(d, sg, "stance", xa, y + k * bh, xb - xa, bh);
				attr(d, n, "fill", stance_colours[v + 3]);
			}
			n = rect(d, sg, "contested", xa + 0.4, y + 0.4, Max(xb - xa - 0.8, 0.2), LANE_H - 0.8);
			attr(d, n, "fill", "none");
			attr(d, n, "stroke", "#1a1a1a");
			attr(d, n, "stroke-width", "0.8");
			attr(d, n, "stroke-dasharray", "2.5 1.5");
		}
		else
		{
			n = rect(d, sg, "stance", xa, y, xb - xa, LANE_H);
			attr(d, n, "fill", stance_colours[s->stance + 3]);
			attr(d, n, "stroke", "#808080");
			attr(d, n, "stroke-width", "0.4");
		}

		/* where a bound is known only to the year or month, the stretch it may fall in */
		if (!s->open_from && (s->from_prec == BL_YEAR || s->from_prec == BL_MONTH))
		{
			int64		e = Min((int64) prec_end(s->from, s->from_prec), s->open_to ? PG_INT64_MAX : s->to);
			double		ua = xclip(d, s->from),
						ub = xclip(d, e + 1);

			if (ub > ua)
			{
				n = rect(d, sg, "uncertain", ua, y, ub - ua, LANE_H);
				attr(d, n, "fill", "url(#bl-uncertain)");
				attr(d, n, "data-bound", "from");
				attr(d, n, "data-precision", bl_prec_name((bl_prec) s->from_prec));
			}
		}
		if (!s->open_to && (s->to_prec == BL_YEAR || s->to_prec == BL_MONTH))
		{
			int64		b = Max((int64) bl_pdate_containing(s->to, (bl_prec) s->to_prec).first, s->open_from ? PG_INT64_MIN : s->from);
			double		ua = xclip(d, b),
						ub = xclip(d, (int64) s->to + 1);

			/* a stretch the start's already covers is not drawn twice */
			if (ub > ua && !(s->from_prec != BL_OPEN && s->from_prec != BL_DAY && !s->open_from &&
							 b <= prec_end(s->from, s->from_prec) &&
							 prec_end(s->from, s->from_prec) >= s->to))
			{
				n = rect(d, sg, "uncertain", ua, y, ub - ua, LANE_H);
				attr(d, n, "fill", "url(#bl-uncertain)");
				attr(d, n, "data-bound", "to");
				attr(d, n, "data-precision", bl_prec_name((bl_prec) s->to_prec));
			}
		}
	}
}

/* a step in years for the labels that leaves at least min_px between them */
static void
year_steps(double px_per_year, int *major, int *minor)
{
	static const int steps[][2] = {
		{1, 0}, {2, 1}, {5, 1}, {10, 5}, {20, 5}, {25, 5}, {50, 10}, {100, 20},
		{200, 50}, {500, 100}, {1000, 500}, {2000, 1000}
	};
	int			i;

	for (i = 0; i < (int) lengthof(steps) - 1; i++)
		if (steps[i][0] * px_per_year >= 52)
			break;
	*major = steps[i][0];
	*minor = steps[i][1];
	/* minor ticks only where they stay apart */
	if (*minor > 0 && *minor * px_per_year < 5)
		*minor = 0;
}

static void
draw_axis(tl_draw *d, double y)
{
	const tl_data *t = d->t;
	xmlNodePtr	g = el(d, d->root, "g", "axis");
	xmlNodePtr	n;
	int			major = d->major,
				minor = d->minor,
				y0 = year_of(t->lo),
				y1 = year_of(t->hi),
				yr;
	bool		centred = d->centred;

	n = line(d, g, "baseline", X0, y, X1, y);
	attr(d, n, "stroke", "#1a1a1a");
	attr(d, n, "stroke-width", "0.8");
	for (yr = y0; yr <= y1 + 1; yr++)
	{
		int32		day = bl_days_from_civil(yr, 1, 1);
		double		x;
		bool		is_major = (yr % major) == 0;

		if (day < t->lo || day > (int64) t->hi + 1)
			continue;
		if (!is_major && (minor == 0 || yr % minor != 0))
			continue;
		x = xday(d, day);
		n = line(d, g, is_major ? "tick" : "minor-tick", x, y, x, y + (is_major ? 5 : 3));
		attr(d, n, "stroke", "#1a1a1a");
		attr(d, n, "stroke-width", is_major ? "0.8" : "0.5");
		if (is_major && !centred)
		{
			n = txt(d, g, "year", x, y + 17, psprintf("%d", yr));
			attr(d, n, "text-anchor", "middle");
		}
	}
	/* a few years or less: a minor tick at each month */
	if (365.2425 * d->ppd >= 150)
		for (yr = y0; yr <= y1; yr++)
		{
			int			mo;

			for (mo = 2; mo <= 12; mo++)
			{
				int32		day = bl_days_from_civil(yr, mo, 1);
				double		x;

				if (day < t->lo || day > t->hi)
					continue;
				x = xday(d, day);
				n = line(d, g, "minor-tick", x, y, x, y + 3);
				attr(d, n, "stroke", "#1a1a1a");
				attr(d, n, "stroke-width", "0.5");
			}
		}
	if (centred)
		for (yr = y0; yr <= y1; yr++)
		{
			int64		a = Max((int64) bl_days_from_civil(yr, 1, 1), t->lo),
						b = Min((int64) bl_days_from_civil(yr, 12, 31), t->hi);

			if (b - a < 150)	/* a sliver of a year gets no label */
				continue;
			n = txt(d, g, "year", (xclip(d, a) + xclip(d, b + 1)) / 2, y + 17, psprintf("%d", yr));
			attr(d, n, "text-anchor", "middle");
		}
}

static double
draw_legend(tl_draw *d, double y)
{
	xmlNodePtr	g = el(d, d->root, "g", "legend");
	xmlNodePtr	n,
				item;
	double		x = X0;
	int			s;

	n = txt(d, g, "legend-title", X0 - 10, y + 10, "Stance");
	attr(d, n, "text-anchor", "end");
	for (s = -3; s <= 3; s++)
	{
		char	   *lab = stance_text(s);

		item = el(d, g, "g", "legend-stance");
		attr(d, item, "data-stance", stance_code(s));
		n = rect(d, item, "swatch", x, y, 16, 12);
		attr(d, n, "fill", stance_colours[s + 3]);
		attr(d, n, "stroke", "#808080");
		attr(d, n, "stroke-width", "0.4");
		txt(d, item, "legend-label", x + 20, y + 10, lab);
		x += 20 + text_width(lab, FS) + 12;
	}

	y += 20;
	x = X0;
	/* uncertain */
	item = el(d, g, "g", "legend-uncertain");
	n = rect(d, item, "swatch", x, y, 16, 12);
	attr(d, n, "fill", stance_colours[5]);
	n = rect(d, item, "swatch", x, y, 16, 12);
	attr(d, n, "fill", "url(#bl-uncertain)");
	txt(d, item, "legend-label", x + 20, y + 10, "uncertain: bound known to the year or month");
	x += 20 + text_width("uncertain: bound known to the year or month", FS) + 14;
	/* contested */
	item = el(d, g, "g", "legend-contested");
	n = rect(d, item, "swatch", x, y, 16, 6);
	attr(d, n, "fill", stance_colours[4]);
	n = rect(d, item, "swatch", x, y + 6, 16, 6);
	attr(d, n, "fill", stance_colours[2]);
	n = rect(d, item, "swatch", x + 0.4, y + 0.4, 15.2, 11.2);
	attr(d, n, "fill", "none");
	attr(d, n, "stroke", "#1a1a1a");
	attr(d, n, "stroke-width", "0.8");
	attr(d, n, "stroke-dasharray", "2.5 1.5");
	txt(d, item, "legend-label", x + 20, y + 10, "contested: one band per stance claimed");

	y += 20;
	x = X0;
	item = el(d, g, "g", "legend-event");
	n = line(d, item, "swatch", x + 8, y, x + 8, y + 11);
	attr(d, n, "stroke", "#1a1a1a");
	attr(d, n, "stroke-width", "1.2");
	n = rect(d, item, "swatch", x + 8, y + 8, 8, 3);
	attr(d, n, "fill", "#404040");
	attr(d, n, "fill-opacity", "0.35");
	txt(d, item, "legend-label", x + 20, y + 10, "event: first day and period, numbered as listed below");
	x += 20 + text_width("event: first day and period, numbered as listed below", FS) + 14;
	item = el(d, g, "g", "legend-treaty");
	diamond(d, item, "swatch", x + 8, y + 6, 5);
	attr(d, (xmlNodePtr) item->last, "fill", "#1a1a1a");
	txt(d, item, "legend-label", x + 20, y + 10, "treaty: signature, lettered");
	return 60;
}

/* the numbered list of events and lettered treaties, in two columns */
static double
draw_key(tl_draw *d, double y)
{
	const tl_data *t = d->t;
	int			n = t->ntreaties + t->nevents;
	int			half = (n + 1) / 2;
	double		colw = (W - 40) / 2;
	double		fs = FS - 1;
	double		datew = 0;
	char	  **marks,
			  **whens,
			  **names;
	xmlNodePtr	g;
	int			i;

	if (n == 0)
		return 0;
	marks = palloc(sizeof(char *) * n);
	whens = palloc(sizeof(char *) * n);
	names = palloc(sizeof(char *) * n);
	for (i = 0; i < n; i++)
	{
		if (i < t->ntreaties)
		{
			const tl_treaty *tr = &t->treaties[i];

			marks[i] = treaty_mark(i);
			whens[i] = partial_day(tr->signed_on, tr->prec);
			names[i] = tr->name;
		}
		else
		{
			const tl_event *e = &t->events[i - t->ntreaties];

			marks[i] = psprintf("%d", i - t->ntreaties + 1);
			whens[i] = partial_period(e->from, e->to, e->from_prec, e->to_prec);
			names[i] = e->name;
		}
		datew = Max(datew, text_width(whens[i], fs));
	}

	g = el(d, d->root, "g", "key");
	for (i = 0; i < n; i++)
	{
		double		x = 20 + (i < half ? 0 : colw);
		double		yy = y + 10 + (i < half ? i : i - half) * 13;
		double		xname = x + 24 + datew + 8;
		xmlNodePtr	item = el(d, g, "g", "key-entry");
		xmlNodePtr	m;

		if (i < t->ntreaties)
			attr(d, item, "data-treaty", t->treaties[i].ref);
		else
			attr(d, item, "data-event", t->events[i - t->ntreaties].key);
		title(d, item, psprintf("%s  %s: %s", marks[i], whens[i], names[i]));
		m = txt(d, item, "key-mark", x + 18, yy, marks[i]);
		attr(d, m, "text-anchor", "end");
		attr(d, m, "font-weight", "bold");
		attr(d, m, "font-size", "10");
		m = txt(d, item, "key-date", x + 24, yy, whens[i]);
		attr(d, m, "font-size", "10");
		m = txt(d, item, "key-name", xname, yy,
				shorten(names[i], (int) ((x + colw - 12 - xname) / (fs * 0.53))));
		attr(d, m, "font-size", "10");
	}
	return 10 + half * 13 + 4;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* the documents behind the segments drawn, for the figure's caption */
static char *
sources_line(const tl_data *t)
{
	List	   *keys = NIL;
	char	  **arr;
	StringInfoData out;
	ListCell   *lc;
	int			n = 0,
				i,
				j,
				k;

	for (i = 0; i < t->nlanes; i++)
		for (j = 0; j < t->lanes[i].nseg; j++)
		{
			char	   *list = pstrdup(t->lanes[i].segs[j].sources ? t->lanes[i].segs[j].sources : "");
			char	   *tok;
			char	   *save = NULL;

			for (tok = strtok_r(list, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save))
				keys = lappend(keys, tok);
		}
	if (keys == NIL)
		return NULL;
	arr = palloc(sizeof(char *) * list_length(keys));
	foreach(lc, keys)
		arr[n++] = lfirst(lc);
	qsort(arr, n, sizeof(char *), cmp_str);
	initStringInfo(&out);
	appendStringInfoString(&out, "Sources (bilateral.sources): ");
	for (k = 0; k < n; k++)
		if (k == 0 || strcmp(arr[k], arr[k - 1]) != 0)
			appendStringInfo(&out, "%s%s", k ? ", " : "", arr[k]);
	appendStringInfoChar(&out, '.');
	return out.data;
}

/* a dotted line from each treaty's diamond down through the lanes */
static void
draw_guides(tl_draw *d, double y0, double y1)
{
	xmlNodePtr	g;
	int			i;

	if (d->t->ntreaties == 0)
		return;
	g = el(d, d->root, "g", "treaty-guides");
	for (i = 0; i < d->t->ntreaties; i++)
	{
		double		x = xday(d, d->t->treaties[i].signed_on) + 0.5 * d->ppd;
		xmlNodePtr	n = line(d, g, "treaty-guide", x, y0, x, y1);

		attr(d, n, "stroke", "#1a1a1a");
		attr(d, n, "stroke-width", "0.7");
		attr(d, n, "stroke-dasharray", "1 2");
	}
}

static xmlDocPtr
build(tl_draw *d)
{
	const tl_data *t = d->t;
	double		y;
	double		ytreaty;
	int			first_no = 1;
	int			i;
	xmlNodePtr	n;
	xmlNsPtr	ns;
	char	   *period;

	d->doc = xmlNewDoc(BAD_CAST "1.0");
	check(d, d->doc);
	d->root = xmlNewDocNode(d->doc, NULL, BAD_CAST "svg", NULL);
	check(d, d->root);
	xmlDocSetRootElement(d->doc, d->root);
	ns = xmlNewNs(d->root, BAD_CAST SVG_NS, NULL);
	check(d, ns);
	xmlSetNs(d->root, ns);
	d->ppd = (X1 - X0) / ((double) t->hi - t->lo + 1);
	year_steps(365.2425 * d->ppd, &d->major, &d->minor);
	/* one label per year, when there is room, sits in the middle of its year */
	d->centred = (d->major == 1 && 365.2425 * d->ppd >= 40);

	period = year_of(t->lo) == year_of(t->hi) ? psprintf("%d", year_of(t->lo))
		: psprintf("%d\u2013%d", year_of(t->lo), year_of(t->hi));

	attr(d, d->root, "class", "bilateral-timeline");
	attr(d, d->root, "data-actor", t->actor);
	attr(d, d->root, "data-counterpart", t->counterpart);
	attr(d, d->root, "data-from", iso_day(t->lo));
	attr(d, d->root, "data-to", iso_day(t->hi));
	attr(d, d->root, "font-family", "DejaVu Sans, Helvetica, Arial, sans-serif");
	attr(d, d->root, "font-size", "11");
	attr(d, d->root, "fill", "#1a1a1a");

	title(d, d->root, psprintf("%s's stance toward %s by issue, %s", t->actor_name, t->counterpart_name, period));
	defs(d);
	n = rect(d, d->root, "background", 0, 0, W, 0);	/* height set at the end */
	attr(d, n, "fill", "#ffffff");

	n = txt(d, d->root, "title", 20, 24,
			 psprintf("%s \u2192 %s: stance by issue, %s", t->actor_name, t->counterpart_name, period));
	attr(d, n, "font-size", "15");
	attr(d, n, "font-weight", "bold");
	n = txt(d, d->root, "subtitle", 20, 41,
			 psprintf("How the sources code %s's stance toward %s on each issue (stance_history, widest readings); events and treaties naming both.",
					  t->actor_name, t->counterpart_name));
	attr(d, n, "fill", "#595959");

	y = 58;
	ytreaty = y + draw_treaties(d, y);
	y = ytreaty;
	if (t->ntreaties > 0)
		ytreaty -= 14 - 6 - 5;	/* the diamonds' lower tip */
	y += draw_events(d, y, &first_no);
	for (i = 0; i < t->nlanes; i++)
	{
		draw_lane(d, &t->lanes[i], y);
		y += LANE_H + LANE_GAP;
	}
	if (t->nlanes == 0)
	{
		n = txt(d, d->root, "empty", X0, y + 14, "No stance claims for this dyad in this period.");
		attr(d, n, "fill", "#595959");
		y += LANE_H + LANE_GAP;
	}
	draw_guides(d, ytreaty, y - LANE_GAP);
	draw_axis(d, y);
	y += 32;
	y += draw_legend(d, y);
	y += draw_key(d, y + 4) + 8;
	{
		char	   *src = sources_line(t);

		if (src)
		{
			n = txt(d, d->root, "sources", 20, y + 6, src);
			attr(d, n, "font-size", "10");
			attr(d, n, "fill", "#595959");
			y += 16;
		}
	}

	num(d, d->root, "width", W);
	num(d, d->root, "height", y);
	attr(d, d->root, "viewBox", psprintf("0 0 %.0f %.0f", W, y));
	/* the background now knows its height */
	for (n = d->root->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST "rect") == 0)
		{
			char		buf[32];

			snprintf(buf, sizeof buf, "%.0f", y);
			check(d, xmlSetProp(n, BAD_CAST "height", BAD_CAST buf));
			break;
		}
	return d->doc;
}

/* ---------- the function ---------- */

PG_FUNCTION_INFO_V1(timeline_svg);
Datum
timeline_svg(PG_FUNCTION_ARGS)
{
	tl_data    *t = palloc0(sizeof(tl_data));
	tl_draw    *d = palloc0(sizeof(tl_draw));
	int32		lo = PG_INT32_MIN,
				hi = PG_INT32_MAX;
	size_t		len;
	text	   *result = NULL;
	xmlBufferPtr volatile buf = NULL;

	(void) bl_text_arg(fcinfo, 0, "actor", &len);
	(void) bl_text_arg(fcinfo, 1, "counterpart", &len);
	if (!PG_ARGISNULL(3))
	{
		if (!bl_daterange_days(PG_GETARG_RANGE_P(3), &lo, &hi))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("during is empty"),
					 errhint("Pass a non-empty daterange, or NULL for the span of the data.")));
		/* -infinity and infinity as bounds are open sides */
		if (lo <= DATEVAL_NOBEGIN + 1)
			lo = PG_INT32_MIN;
		if (hi >= DATEVAL_NOEND - 1)
			hi = PG_INT32_MAX;
	}
	if (!PG_ARGISNULL(2) && ARR_NDIM(PG_GETARG_ARRAYTYPE_P(2)) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("issues is empty"),
				 errhint("Pass NULL for every issue with claims, or an array of issue codes.")));

	outer_cxt = CurrentMemoryContext;
	fetch(t, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1), PG_ARGISNULL(2) ? (Datum) 0 : PG_GETARG_DATUM(2),
		  PG_ARGISNULL(2), lo, hi);
	settle_span(t, lo, hi);
	d->t = t;

	/* libxml2 from here: an error frees the document and restores libxml's state */
	d->xcxt = pg_xml_init(PG_XML_STRICTNESS_ALL);
	PG_TRY();
	{
		xmlSaveCtxtPtr save;

		build(d);
		buf = xmlBufferCreate();
		check(d, buf);
		/* UTF-8 where the database is; elsewhere ASCII with character references */
		save = xmlSaveToBuffer(buf, GetDatabaseEncoding() == PG_UTF8 ? "UTF-8" : "ASCII",
							   XML_SAVE_NO_DECL | XML_SAVE_FORMAT);
		check(d, save);
		if (xmlSaveDoc(save, d->doc) < 0)
		{
			xmlSaveClose(save);
			check(d, NULL);
		}
		if (xmlSaveClose(save) < 0)
			check(d, NULL);
		result = cstring_to_text_with_len((const char *) xmlBufferContent(buf), xmlBufferLength(buf));
	}
	PG_CATCH();
	{
		if (buf)
			xmlBufferFree(buf);
		if (d->doc)
			xmlFreeDoc(d->doc);
		pg_xml_done(d->xcxt, true);
		PG_RE_THROW();
	}
	PG_END_TRY();
	xmlBufferFree(buf);
	xmlFreeDoc(d->doc);
	pg_xml_done(d->xcxt, false);

	PG_RETURN_XML_P((xmltype *) result);
}
