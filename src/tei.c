/*
 * tei.c - bilateral.import_tei(xml) and bilateral.export_tei(text): the
 * PostgreSQL glue around the TEI core (src/core/tei_read.c, tei_write.c).
 *
 * libxml2 runs between pg_xml_init() and pg_xml_done(): its messages reach
 * PostgreSQL's handler and become the errdetail of xml_ereport(); the core
 * never ereports.  Everything libxml2 or the core allocated is freed in
 * PG_CATCH before the error goes on, so an aborted import leaks nothing.
 * Rows go in through the public add_* functions, prepared once per call, in
 * the caller's transaction (no subtransaction): one error-context callback
 * names the TEI element, line and value of any error, as COPY does, and the
 * error keeps every field PostgreSQL gave it; one failure aborts the
 * statement, so a document goes in whole or not at all.
 *
 * Hostile documents (docs/security.md): the core is linear and polls
 * bl_cancel_pending() (it never throws: it unwinds, and the glue then lets
 * CHECK_FOR_INTERRUPTS raise PostgreSQL's own error); each row is imported in
 * a memory context reset after it, and its query results are freed at once;
 * what an error quotes is cut to a few hundred bytes; a cancel, timeout,
 * deadlock or resource error is PostgreSQL's own, without the TEI context.
 */
#include "bilateral.h"

#include "access/detoast.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/datum.h"
#include "utils/xml.h"

#include "core/bl_tei.h"
#include "core/bl_xmlchars.h"

/* what an error quotes of a document's value (bytes) */
#define TEI_QUOTE_MAX 150

PG_FUNCTION_INFO_V1(bl_import_tei);
PG_FUNCTION_INFO_V1(bl_export_tei);

/* where in the document a value came from, for error messages */
typedef struct tei_where
{
	const char *element;
	int			line;
	const char *attr;			/* NULL: the value is the element's text */
	const char *value;			/* NULL: no value to show */
} tei_where;

/* s cut to at most max bytes on a character boundary, "..." marking the cut */
static char *
capped(const char *s, int max)
{
	int			len;

	if (s == NULL)
		return NULL;
	len = strlen(s);
	if (len <= max)
		return (char *) s;
	len = pg_mbcliplen(s, len, max);
	return psprintf("%.*s...", len, s);
}

/* "<element> at line N: attr="value"", each part when known; the value cut */
static void
append_where(StringInfo s, const tei_where *w)
{
	if (w->element && w->element[0])
		appendStringInfo(s, "<%s>", w->element);
	if (w->line > 0)
		appendStringInfo(s, "%sat line %d", s->len > 0 ? " " : "", w->line);
	if (w->value)
	{
		/* a value can be megabytes: the error (and the server log) quote its start */
		const char *v = capped(w->value, TEI_QUOTE_MAX);

		if (w->attr && w->attr[0])
			appendStringInfo(s, ": %s=\"%s\"", w->attr, v);
		else
			appendStringInfo(s, ": \"%s\"", v);
	}
}

/* " in <element> at line N: ...", the end of a reader's error message */
static char *
where_text(const tei_where *w)
{
	StringInfoData s;
	StringInfoData at;

	initStringInfo(&at);
	append_where(&at, w);
	initStringInfo(&s);
	if (w->element && w->element[0])
		appendStringInfoString(&s, " in ");
	else if (w->line > 0)
		appendStringInfoChar(&s, ' ');
	appendStringInfoString(&s, at.data);
	return s.data;
}

pg_attribute_noreturn()
static void
report_tei(const bl_tei_error *e)
{
	tei_where	w = {e->element, e->line, e->attr, e->has_value ? e->value : NULL};
	int			code;

	if (e->kind == BL_TEI_EINTERRUPTED)
		bl_raise_interrupt();
	switch (e->kind)
	{
		case BL_TEI_EXML:
		case BL_TEI_EREFUSED:
		case BL_TEI_ETOODEEP:
		case BL_TEI_ENOTTEI:
			code = ERRCODE_INVALID_XML_DOCUMENT;
			break;
		case BL_TEI_ETOOBIG:
			code = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
			break;
		case BL_TEI_ENOMEM:
			code = ERRCODE_OUT_OF_MEMORY;
			break;
		default:
			code = ERRCODE_INVALID_PARAMETER_VALUE;
			break;
	}
	ereport(ERROR,
			(errcode(code),
			 errmsg("%s%s", e->message, where_text(&w)),
			 e->detail[0] ? errdetail("%s", e->detail) : 0,
			 e->hint ? errhint("%s", e->hint) : 0));
	pg_unreachable();
}

/*
 * Is an error raised while importing a row about that row (then its CONTEXT
 * names the TEI element, line and value)?  Not a cancel or timeout (class
 * 57), a deadlock or serialization failure (40), a lock timeout (55P03), a
 * lack of resources (53), a system or internal error (58, XX): those are
 * PostgreSQL's own, as they came.
 */
static bool
is_about_the_document(int sqlerrcode)
{
	int			class = ERRCODE_TO_CATEGORY(sqlerrcode);

	return !(class == ERRCODE_TO_CATEGORY(ERRCODE_QUERY_CANCELED) ||
			 class == ERRCODE_TO_CATEGORY(ERRCODE_T_R_DEADLOCK_DETECTED) ||
			 class == ERRCODE_TO_CATEGORY(ERRCODE_OUT_OF_MEMORY) ||
			 class == ERRCODE_TO_CATEGORY(ERRCODE_IO_ERROR) ||
			 class == ERRCODE_TO_CATEGORY(ERRCODE_INTERNAL_ERROR) ||
			 sqlerrcode == ERRCODE_LOCK_NOT_AVAILABLE);
}

/*
 * An import: the document, its statements (prepared once per call) and
 * where it is, which one error-context callback reports for every error, as
 * COPY reports its line: no subtransaction, and each error keeps all of
 * PostgreSQL's fields (SQLSTATE, detail, hint, constraint, table).
 */
typedef struct tei_import
{
	const bl_tei_doc *doc;
	tei_where	at;
	SPIPlanPtr	actor_code;
	SPIPlanPtr	issue_exists;
	SPIPlanPtr	source_exists;
	SPIPlanPtr	add_source;
	SPIPlanPtr	add_claim;
	SPIPlanPtr	set_quote_lang;
	SPIPlanPtr	set_voice;
	SPIPlanPtr	add_event;
} tei_import;

static void
import_error_context(void *arg)
{
	const tei_where *w = &((const tei_import *) arg)->at;

	if (w->element == NULL || !is_about_the_document(geterrcode()))
		return;
	{
		StringInfoData at;

		initStringInfo(&at);
		append_where(&at, w);
		errcontext("import_tei, %s", at.data);
	}
}

static void
import_at(tei_import *im, const char *element, int line, const char *attr, const char *value)
{
	im->at.element = element;
	im->at.line = line;
	im->at.attr = attr;
	im->at.value = value;
}

static SPIPlanPtr
prepare(const char *sql, int nargs, const Oid *types)
{
	SPIPlanPtr	plan = SPI_prepare(sql, nargs, (Oid *) types);

	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for \"%s\": %s", sql, SPI_result_code_string(SPI_result));
	return plan;
}

static void
import_prepare(tei_import *im)
{
	static const Oid text1[1] = {TEXTOID};
	static const Oid source[10] = {TEXTOID, TEXTOID, TEXTOID, DATEOID, TEXTOID,
	TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID};
	static const Oid claim[6] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID};
	static const Oid quote_lang[2] = {INT8OID, TEXTOID};
	static const Oid event[10] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID,
	TEXTARRAYOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID};

	im->actor_code = prepare("SELECT bilateral.actor_code($1)", 1, text1);
	im->issue_exists = prepare("SELECT 1 FROM bilateral.issue WHERE issue = $1", 1, text1);
	im->source_exists = prepare("SELECT 1 FROM bilateral.source WHERE source_key = $1", 1, text1);
	im->add_source = prepare("SELECT bilateral.add_source($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
							 10, source);
	im->add_claim = prepare("SELECT bilateral.add_claim($1, $2::bilateral.bilateral_position, $3, $4, $5, $6)",
							6, claim);
	im->set_quote_lang = prepare("UPDATE bilateral.position_claim SET quote_lang = $2 WHERE claim_id = $1",
								 2, quote_lang);
	im->set_voice = prepare("UPDATE bilateral.position_claim SET voice = $2 WHERE claim_id = $1",
							2, quote_lang);
	im->add_event = prepare("SELECT bilateral.add_event($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
							10, event);
}

/*
 * Run a prepared statement; the first column of its first row (NULL if no
 * row or a null), copied into the current memory context.  Its result is
 * freed at once (SPI would keep it, ~8 kB a query, until SPI_finish).
 */
static Datum
run(SPIPlanPtr plan, Datum *values, const char *nulls, bool read_only, bool *isnull)
{
	int			rc = SPI_execute_plan(plan, values, nulls, read_only, 0);
	Datum		result = (Datum) 0;

	if (rc < 0)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(rc));
	*isnull = true;
	if (SPI_processed > 0 && SPI_tuptable != NULL && SPI_tuptable->tupdesc->natts > 0)
	{
		Form_pg_attribute att = TupleDescAttr(SPI_tuptable->tupdesc, 0);

		result = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, isnull);
		if (!*isnull)
			result = datumCopy(result, att->attbyval, att->attlen);
	}
	SPI_freetuptable(SPI_tuptable);
	return result;
}

/* UTF-8 from the core to the server encoding, and back */
static char *
to_server(const char *s)
{
	return s ? pg_any_to_server(s, strlen(s), PG_UTF8) : NULL;
}

static char *
to_utf8(const char *s)
{
	return s ? pg_server_to_any(s, strlen(s), PG_UTF8) : NULL;
}

static Datum
text_or_null(const char *s, char *nullflag)
{
	*nullflag = s ? ' ' : 'n';
	return s ? CStringGetTextDatum(to_server(s)) : (Datum) 0;
}

/* an actor reference longer than this is refused before it is looked up (bytes) */
#define TEI_ACTOR_REF_MAX 1000

/* the actor code of a name, code or #code written in the document */
static char *
actor_at(tei_import *im, const char *written, const char *element, int line, const char *attr)
{
	const char *name = written[0] == '#' ? written + 1 : written;
	Datum		values[1];
	char		nulls[1];
	bool		isnull;
	Datum		code;

	import_at(im, element, line, attr, to_server(written));
	/* actor_code's error quotes the whole name: a megabyte name gets a short one */
	if (strlen(name) > TEI_ACTOR_REF_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown actor: \"%s\"", capped(to_server(name), TEI_QUOTE_MAX)),
				 errdetail("The name has %zu bytes; an actor reference has at most %d.",
						   strlen(name), TEI_ACTOR_REF_MAX),
				 errhint("Use a three-letter code from bilateral.actors, such as #JPN.")));
	values[0] = text_or_null(name, &nulls[0]);
	code = run(im->actor_code, values, nulls, true, &isnull);
	if (isnull || VARSIZE_ANY_EXHDR(DatumGetPointer(code)) != 3)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown actor")));
	return TextDatumGetCString(code);
}

static void
import_issue_check(tei_import *im, const bl_tei_claim *c)
{
	Datum		values[1];
	char		nulls[1];
	bool		isnull;

	import_at(im, "relation", c->line, "ana", psprintf("#%s", c->issue));
	values[0] = text_or_null(c->issue, &nulls[0]);
	(void) run(im->issue_exists, values, nulls, true, &isnull);
	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown issue"),
				 errhint("Use a code from bilateral.issue, or add one first with bilateral.add_issue().")));
}

static void
import_claim(tei_import *im, const bl_tei_claim *c)
{
	bl_position pos;
	bl_error	perr;
	char		text[BL_POSITION_TEXT_MAX + 1];
	Datum		values[6];
	char		nulls[6];
	bool		isnull;
	Datum		id;
	const char *a = actor_at(im, c->active, "relation", c->line, "active");
	const char *p = actor_at(im, c->passive, "relation", c->line, "passive");

	import_issue_check(im, c);

	import_at(im, "relation", c->line, NULL, NULL);
	if (!bl_position_of(a, p, c->issue, c->stance, c->from, c->to, &pos, &perr))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid position"),
				 errdetail("%s", perr.detail),
				 perr.hint ? errhint("%s", perr.hint) : 0));
	bl_position_format(&pos, text);

	values[0] = text_or_null(im->doc->source.key, &nulls[0]);
	values[1] = text_or_null(text, &nulls[1]);
	values[2] = text_or_null(c->quote, &nulls[2]);
	values[3] = text_or_null(c->statement, &nulls[3]);
	values[4] = text_or_null(c->locator, &nulls[4]);
	values[5] = text_or_null(c->general_knowledge, &nulls[5]);
	id = run(im->add_claim, values, nulls, false, &isnull);

	/* add_claim takes the source's language; a quote in another keeps its own */
	if (c->quote_lang && strcmp(c->quote_lang, im->doc->source.language) != 0)
	{
		char		n2[2] = {' ', ' '};

		import_at(im, "desc", c->quote_line, "xml:lang", c->quote_lang);
		values[0] = id;
		values[1] = CStringGetTextDatum(c->quote_lang);
		(void) run(im->set_quote_lang, values, n2, false, &isnull);
	}
	/* add_claim records the state's voice; another comes back as it was exported */
	if (c->voice)
	{
		char		n2[2] = {' ', ' '};

		values[0] = id;
		values[1] = CStringGetTextDatum(c->voice);
		(void) run(im->set_voice, values, n2, false, &isnull);
	}
}

static void
import_event(tei_import *im, const bl_tei_event *e)
{
	Datum		values[10];
	char		nulls[10];
	bool		isnull;
	Datum	   *codes = palloc(sizeof(Datum) * (e->nactors > 0 ? e->nactors : 1));
	char		from[BL_PDATE_MAXLEN + 1],
				to[BL_PDATE_MAXLEN + 1];

	for (int i = 0; i < e->nactors; i++)
		codes[i] = CStringGetTextDatum(actor_at(im, e->actors[i], "event", e->line, "corresp"));
	import_at(im, "event", e->line, NULL, NULL);
	bl_pdate_format(e->from, from);
	bl_pdate_format(e->to, to);
	values[0] = text_or_null(im->doc->source.key, &nulls[0]);
	values[1] = text_or_null(e->key, &nulls[1]);
	values[2] = text_or_null(e->name, &nulls[2]);
	values[3] = text_or_null(e->kind, &nulls[3]);
	values[4] = text_or_null(from, &nulls[4]);
	values[5] = PointerGetDatum(construct_array(codes, e->nactors, TEXTOID, -1, false, TYPALIGN_INT));
	nulls[5] = ' ';
	values[6] = text_or_null(e->quote, &nulls[6]);
	values[7] = text_or_null(to, &nulls[7]);
	values[8] = text_or_null(e->locator, &nulls[8]);
	values[9] = text_or_null(e->general_knowledge, &nulls[9]);
	(void) run(im->add_event, values, nulls, false, &isnull);
}

static void
import_source(tei_import *im)
{
	const bl_tei_source *s = &im->doc->source;
	Datum		values[10];
	char		nulls[10];
	bool		isnull;

	import_at(im, "idno", s->key_line, NULL, s->key);
	values[0] = text_or_null(s->key, &nulls[0]);
	(void) run(im->source_exists, values, nulls, true, &isnull);
	if (!isnull)
		ereport(ERROR,
				(errcode(ERRCODE_UNIQUE_VIOLATION),
				 errmsg("source key already exists"),
				 errdetail("A document is imported whole into a new source; nothing was imported."),
				 errhint("Choose another <idno type=\"bilateral\">, or delete your rows of that source first.")));

	import_at(im, "teiHeader", s->line, NULL, NULL);
	values[1] = text_or_null(s->title, &nulls[1]);
	values[2] = text_or_null(s->author, &nulls[2]);
	values[3] = DateADTGetDatum(s->published.first);
	nulls[3] = ' ';
	values[4] = text_or_null(s->language, &nulls[4]);
	values[5] = text_or_null(s->publisher, &nulls[5]);
	values[6] = text_or_null(bl_prec_name(s->published.prec), &nulls[6]);
	values[7] = text_or_null(s->kind, &nulls[7]);
	values[8] = text_or_null(s->title_en, &nulls[8]);
	values[9] = text_or_null(s->note, &nulls[9]);
	(void) run(im->add_source, values, nulls, false, &isnull);
}

/* the rows of a parsed document, each row's memory freed after it */
static void
import_rows(const bl_tei_doc *doc)
{
	tei_import	im = {.doc = doc};
	ErrorContextCallback errcallback = {.callback = import_error_context, .arg = &im,
	.previous = error_context_stack};
	MemoryContext rowcxt,
				spicxt;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	import_prepare(&im);
	error_context_stack = &errcallback;
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "TEI import row", ALLOCSET_DEFAULT_SIZES);
	spicxt = MemoryContextSwitchTo(rowcxt);
	import_source(&im);
	MemoryContextReset(rowcxt);
	for (int i = 0; i < doc->nclaims; i++)
	{
		CHECK_FOR_INTERRUPTS();
		import_claim(&im, &doc->claims[i]);
		MemoryContextReset(rowcxt);
	}
	for (int i = 0; i < doc->nevents; i++)
	{
		CHECK_FOR_INTERRUPTS();
		import_event(&im, &doc->events[i]);
		MemoryContextReset(rowcxt);
	}
	error_context_stack = errcallback.previous;
	MemoryContextSwitchTo(spicxt);
	SPI_finish();
}

Datum
bl_import_tei(PG_FUNCTION_ARGS)
{
	Datum		arg = PG_GETARG_DATUM(0);
	Size		rawsize = toast_raw_datum_size(arg) - VARHDRSZ;
	xmltype    *x;
	char	   *buf;
	int			len;
	bl_tei_parser parser;
	bl_tei_error err;
	PgXmlErrorContext *volatile xcxt = NULL;
	Datum		result[3];
	bool		rnulls[3] = {false, false, false};
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	bl_require_schema("import_tei", "1.3",
					  "bilateral.position_claim.voice, which a claim's voice is imported into (since 1.10), beside add_source(), add_claim(), add_event() and actor_code()");

	/* the size cap before detoasting a byte of it */
	if (rawsize > BL_TEI_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("TEI document too large"),
				 errdetail("The document has %zu bytes; the limit is %d bytes (10 MB).",
						   (size_t) rawsize, BL_TEI_MAX_BYTES),
				 errhint("Split the annotations into several documents, one per source.")));

	InitMaterializedSRF(fcinfo, 0);

	x = PG_GETARG_XML_P(0);
	len = VARSIZE_ANY_EXHDR(x);
	buf = pg_server_to_any(VARDATA_ANY(x), len, PG_UTF8);
	if (buf != VARDATA_ANY(x))
		len = strlen(buf);

	bl_tei_parser_init(&parser);
	bl_tei_interrupt_hook = bl_cancel_pending;
	PG_TRY();
	{
		bool		ok;

		xcxt = pg_xml_init(PG_XML_STRICTNESS_ALL);
		ok = bl_tei_parse(&parser, buf, len, BL_TEI_GLOBAL_HANDLER, &err);
		/* libxml2 errors the parser survived count too */
		if (!ok && err.kind == BL_TEI_EINTERRUPTED)
			bl_raise_interrupt();
		if ((ok || err.kind == BL_TEI_EXML) && pg_xml_error_occurred(xcxt))
			xml_ereport(xcxt, ERROR, ERRCODE_INVALID_XML_DOCUMENT,
						"TEI document is not well-formed XML");
		if (!ok)
			report_tei(&err);
		pg_xml_done(xcxt, false);
		xcxt = NULL;

		import_rows(parser.doc);

		result[0] = CStringGetTextDatum(to_server(parser.doc->source.key));
		result[1] = Int32GetDatum(parser.doc->nclaims);
		result[2] = Int32GetDatum(parser.doc->nevents);
	}
	PG_CATCH();
	{
		bl_tei_parser_cleanup(&parser);
		if (xcxt != NULL)
			pg_xml_done(xcxt, true);
		PG_RE_THROW();
	}
	PG_END_TRY();
	bl_tei_parser_cleanup(&parser);

	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, result, rnulls);
	return (Datum) 0;
}

/* ---------- export ---------- */

static char *
col(HeapTuple tup, TupleDesc desc, int n)
{
	return to_utf8(SPI_getvalue(tup, desc, n));
}

static char *
hash_code(const char *code)
{
	return psprintf("#%s", code);
}

/* the source's row into doc->source; SPI connected */
static void
export_source(bl_tei_doc *doc, const char *key, Datum *values)
{
	Oid			types[1] = {TEXTOID};
	HeapTuple	t;
	TupleDesc	td;
	bool		isnull;

	if (SPI_execute_with_args("SELECT title, title_en, author, publisher, published, published_precision,"
							  " language, kind, note FROM bilateral.source WHERE source_key = $1",
							  1, types, values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read bilateral.source");
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown source: \"%s\"", capped(key, TEI_QUOTE_MAX)),
				 errhint("bilateral.sources lists the source keys.")));
	t = SPI_tuptable->vals[0];
	td = SPI_tuptable->tupdesc;
	doc->source.key = to_utf8(key);
	doc->source.title = col(t, td, 1);
	doc->source.title_en = col(t, td, 2);
	doc->source.author = col(t, td, 3);
	doc->source.publisher = col(t, td, 4);
	doc->source.published = bl_pdate_containing(DatumGetDateADT(SPI_getbinval(t, td, 5, &isnull)),
												 bl_prec_from_name(SPI_getvalue(t, td, 6)));
	doc->source.language = col(t, td, 7);
	doc->source.kind = col(t, td, 8);
	doc->source.note = col(t, td, 9);
}

/* the source's claims, in claim_id order */
static void
export_claims(bl_tei_doc *doc, Datum *values)
{
	Oid			types[1] = {TEXTOID};
	TupleDesc	td;
	bool		isnull;

	if (SPI_execute_with_args("SELECT position, quote, quote_lang, statement_en, locator, general_knowledge,"
							  " NULLIF(voice, 'state')"
							  " FROM bilateral.position_claim WHERE source_key = $1 ORDER BY claim_id",
							  1, types, values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read bilateral.position_claim");
	doc->nclaims = (int) SPI_processed;
	doc->claims = palloc0(sizeof(bl_tei_claim) * (doc->nclaims + 1));
	td = SPI_tuptable->tupdesc;
	for (int i = 0; i < doc->nclaims; i++)
	{
		bl_tei_claim *c = &doc->claims[i];
		HeapTuple	t = SPI_tuptable->vals[i];
		bl_position pos;

		CHECK_FOR_INTERRUPTS();
		bl_position_from_datum(SPI_getbinval(t, td, 1, &isnull), &pos);
		c->active = hash_code(pos.actor);
		c->passive = hash_code(pos.counterpart);
		c->issue = pstrdup(pos.issue);
		c->stance = pos.stance;
		c->from = pos.from;
		c->to = pos.to;
		c->quote = col(t, td, 2);
		c->quote_lang = col(t, td, 3);
		c->statement = col(t, td, 4);
		c->locator = col(t, td, 5);
		c->general_knowledge = col(t, td, 6);
		c->voice = col(t, td, 7);
	}
}

/* an event's actors (text[]) as "#CODE" */
static void
export_actors(bl_tei_event *e, Datum arr)
{
	Datum	   *elems;
	bool	   *enulls;
	int			n;

	deconstruct_array(DatumGetArrayTypeP(arr), TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &enulls, &n);
	e->actors = palloc(sizeof(char *) * (n + 1));
	e->nactors = 0;
	for (int j = 0; j < n; j++)
		if (!enulls[j])
			e->actors[e->nactors++] = hash_code(to_utf8(TextDatumGetCString(elems[j])));
}

/* the source's events, in event_id order */
static void
export_events(bl_tei_doc *doc, Datum *values)
{
	Oid			types[1] = {TEXTOID};
	TupleDesc	td;
	bool		isnull;

	if (SPI_execute_with_args("SELECT event_key, name_en, kind, occurred_from, from_precision,"
							  " occurred_to, to_precision, actors, quote, locator, general_knowledge"
							  " FROM bilateral.event WHERE source_key = $1 ORDER BY event_id",
							  1, types, values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read bilateral.event");
	doc->nevents = (int) SPI_processed;
	doc->events = palloc0(sizeof(bl_tei_event) * (doc->nevents + 1));
	td = SPI_tuptable->tupdesc;
	for (int i = 0; i < doc->nevents; i++)
	{
		bl_tei_event *e = &doc->events[i];
		HeapTuple	t = SPI_tuptable->vals[i];

		CHECK_FOR_INTERRUPTS();
		e->key = col(t, td, 1);
		e->name = col(t, td, 2);
		e->kind = col(t, td, 3);
		e->from = bl_pdate_containing(DatumGetDateADT(SPI_getbinval(t, td, 4, &isnull)),
									  bl_prec_from_name(SPI_getvalue(t, td, 5)));
		e->to = bl_pdate_containing(DatumGetDateADT(SPI_getbinval(t, td, 6, &isnull)),
									bl_prec_from_name(SPI_getvalue(t, td, 7)));
		export_actors(e, SPI_getbinval(t, td, 8, &isnull));
		e->quote = col(t, td, 9);
		e->locator = col(t, td, 10);
		e->general_knowledge = col(t, td, 11);
	}
}

Datum
bl_export_tei(PG_FUNCTION_ARGS)
{
	char	   *key = text_to_cstring(PG_GETARG_TEXT_PP(0));
	bl_tei_doc	doc;
	bl_tei_error err;
	Datum		values[1] = {CStringGetTextDatum(key)};
	char	   *out;
	size_t		outlen,
				replaced;
	xmltype    *result;
	MemoryContext fnctx = CurrentMemoryContext;

	bl_require_schema("export_tei", "1.3",
					  "bilateral.position_claim.voice, which a claim's voice is exported from (since 1.10), beside the columns of bilateral.source and event");
	memset(&doc, 0, sizeof(doc));
	bl_tei_interrupt_hook = bl_cancel_pending;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	export_source(&doc, key, values);
	export_claims(&doc, values);
	export_events(&doc, values);

	/*
	 * The size is counted before a byte is allocated: over what a value of
	 * type xml can hold, a clear error and nothing to free.  From here to
	 * bl_xml_from_core nothing may throw (it frees out on every path).
	 */
	if (!bl_tei_write(&doc, MaxAllocSize - VARHDRSZ - 1, &out, &outlen, &replaced, &err))
		report_tei(&err);
	MemoryContextSwitchTo(fnctx);
	result = (xmltype *) bl_xml_from_core(out, outlen, "TEI export");
	SPI_finish();
	if (replaced > 0)
		ereport(WARNING,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("export_tei wrote U+FFFD for %zu character%s XML cannot hold", replaced,
						replaced == 1 ? "" : "s"),
				 errdetail("Source \"%s\" has values with control characters (U+0001 to U+001F but tab, line feed and carriage return) or U+FFFE/U+FFFF; the document is well-formed, but those values do not round-trip.",
						   capped(key, TEI_QUOTE_MAX)),
				 errhint("Correct the values in bilateral.source, position_claim or event.")));
	PG_RETURN_XML_P(result);
}
