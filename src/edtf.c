/*
 * edtf.c - EDTF in and out for SQL (src/sql/57_edtf.sql; docs/edtf.md), through the core's
 * reader and writer (src/core/edtf.c): from_edtf(), and to_edtf() of a partial date, of a
 * period given as its two ends, and of a bilateral_position's bounds.
 */
#include "bilateral.h"

#include "core/bl_edtf.h"

#include "access/detoast.h"
#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

static int
edtf_sqlstate(bl_edtf_errkind kind)
{
	switch (kind)
	{
		case BL_EDTF_ESYNTAX:
			return ERRCODE_INVALID_DATETIME_FORMAT;
		case BL_EDTF_EDATE:
			return ERRCODE_DATETIME_FIELD_OVERFLOW;
		case BL_EDTF_EUNREP:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
		default:
			return ERRCODE_INVALID_PARAMETER_VALUE;
	}
}

/*
 * A text argument of at most BL_EDTF_MAXLEN bytes: a longer one is refused by
 * its size, before it is detoasted, quoting its first bytes only.
 */
static text *
short_text_arg(FunctionCallInfo fcinfo, int argno, const char *what)
{
	Datum		d = PG_GETARG_DATUM(argno);
	Size		size = toast_raw_datum_size(d) - VARHDRSZ;

	if (size > BL_EDTF_MAXLEN)
	{
		/* a few bytes past the quote, so that bl_clip cuts at a whole character */
		text	   *head = DatumGetTextPSlice(d, 0, BL_QUOTE_MAX + 8);

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("invalid %s: \"%s\"", what, bl_clip(VARDATA_ANY(head), VARSIZE_ANY_EXHDR(head))),
				 errdetail("The value is %zu bytes long; EDTF and partial dates are read up to %d bytes.",
						   (size_t) size, BL_EDTF_MAXLEN),
				 errhint("An EDTF date or interval that a partial date holds is at most %d characters, e.g. 0001-01-01%%/9999-12-31%%.",
						 BL_EDTF_TEXT_MAX - 1)));
	}
	return PG_GETARG_TEXT_PP(argno);
}

/*
 * from_edtf(edtf text, OUT from_date text, OUT to_date text, OUT from_qualifier text,
 *           OUT to_qualifier text, OUT is_interval boolean)
 */
PG_FUNCTION_INFO_V1(edtf_read);
Datum
edtf_read(PG_FUNCTION_ARGS)
{
	text	   *arg = short_text_arg(fcinfo, 0, "EDTF value");
	bl_edtf		v;
	bl_edtf_error err;
	TupleDesc	td;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	const bl_edtf_end *ends[2];

	if (!bl_edtf_parse(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg), &v, &err))
		ereport(ERROR,
				(errcode(edtf_sqlstate(err.kind)),
				 errmsg("invalid EDTF value: \"%s\"", bl_clip(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg))),
				 errdetail("%s", err.detail),
				 err.hint ? errhint("%s", err.hint) : 0));
	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "from_edtf must return a record");
	td = BlessTupleDesc(td);
	ends[0] = &v.from;
	ends[1] = &v.to;
	for (int k = 0; k < 2; k++)
	{
		char		buf[16];
		const char *q = bl_edtf_qual_name(ends[k]->qual);

		if (ends[k]->kind == BL_EDTF_UNKNOWN)
			nulls[k] = true;
		else
		{
			if (ends[k]->kind == BL_EDTF_OPEN)
				strcpy(buf, "..");
			else
				bl_pdate_format(ends[k]->date, buf);
			values[k] = CStringGetTextDatum(buf);
		}
		if (q == NULL)
			nulls[2 + k] = true;
		else
			values[2 + k] = CStringGetTextDatum(q);
	}
	values[4] = BoolGetDatum(v.interval);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, values, nulls)));
}

static Datum
edtf_result(const bl_edtf *v)
{
	char		buf[BL_EDTF_TEXT_MAX];
	size_t		len;
	bl_edtf_error err;

	if (!bl_edtf_format(v, buf, &len, &err))
		ereport(ERROR,
				(errcode(edtf_sqlstate(err.kind)),
				 errmsg("cannot write EDTF"),
				 errdetail("%s", err.detail),
				 err.hint ? errhint("%s", err.hint) : 0));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, (int) len));
}

/* a partial date argument, as partial_date_bounds() reads it (blanks around it ignored) */
static void
date_arg(FunctionCallInfo fcinfo, int argno, bl_edtf_end *e, bool open_ok)
{
	text	   *arg = short_text_arg(fcinfo, argno, "partial date");
	const char *s = VARDATA_ANY(arg);
	size_t		len = VARSIZE_ANY_EXHDR(arg);
	bl_error	err;

	memset(e, 0, sizeof(*e));
	bl_trim(&s, &len);
	if (open_ok && len == 2 && s[0] == '.' && s[1] == '.')
	{
		e->kind = BL_EDTF_OPEN;
		return;
	}
	e->kind = BL_EDTF_DATE;
	if (!bl_pdate_parse(s, len, &e->date, &err))
		bl_report(&err, BL_CTX_ARGUMENT, "partial date", NULL);
}

/* to_edtf(partial_date text): the partial date as an EDTF date (level 0) */
PG_FUNCTION_INFO_V1(edtf_of_date);
Datum
edtf_of_date(PG_FUNCTION_ARGS)
{
	bl_edtf		v;

	memset(&v, 0, sizeof(v));
	date_arg(fcinfo, 0, &v.from, false);
	v.to = v.from;
	return edtf_result(&v);
}

static bl_edtf_qual
qual_arg(FunctionCallInfo fcinfo, int argno)
{
	text	   *arg;
	bl_edtf_qual q;

	if (PG_ARGISNULL(argno))
		return BL_EDTF_PLAIN;
	arg = short_text_arg(fcinfo, argno, "EDTF qualifier");
	if (!bl_edtf_qual_parse(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg), &q))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid EDTF qualifier: \"%s\"", bl_clip(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg))),
				 errhint("%s", bl_edtf_qual_hint)));
	return q;
}

/*
 * to_edtf(from_date text, to_date text, from_qualifier text, to_qualifier text,
 * is_interval boolean): an end is a partial date, '..' (open) or NULL
 * (unknown); the inverse of from_edtf(), whose columns it takes.  Not STRICT:
 * NULL says "unknown end" or "no qualifier".
 */
PG_FUNCTION_INFO_V1(edtf_of_period);
Datum
edtf_of_period(PG_FUNCTION_ARGS)
{
	bl_edtf		v;

	memset(&v, 0, sizeof(v));
	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("is_interval must not be null"),
				 errhint("Pass true for an interval (FROM/TO), false for a single date.")));
	v.interval = PG_GETARG_BOOL(4);
	if (PG_ARGISNULL(0))
		v.from.kind = BL_EDTF_UNKNOWN;
	else
		date_arg(fcinfo, 0, &v.from, true);
	if (PG_ARGISNULL(1))
		v.to.kind = BL_EDTF_UNKNOWN;
	else
		date_arg(fcinfo, 1, &v.to, true);
	v.from.qual = qual_arg(fcinfo, 2);
	v.to.qual = qual_arg(fcinfo, 3);
	return edtf_result(&v);
}

/* to_edtf(bilateral_position): its period, FROM/TO, an open bound as .. */
PG_FUNCTION_INFO_V1(edtf_of_position);
Datum
edtf_of_position(PG_FUNCTION_ARGS)
{
	bl_position p;
	bl_edtf		v;

	bl_position_head_from_datum(PG_GETARG_DATUM(0), &p);
	memset(&v, 0, sizeof(v));
	v.interval = true;
	v.from.kind = p.from.prec == BL_OPEN ? BL_EDTF_OPEN : BL_EDTF_DATE;
	v.from.date = p.from;
	v.to.kind = p.to.prec == BL_OPEN ? BL_EDTF_OPEN : BL_EDTF_DATE;
	v.to.date = p.to;
	return edtf_result(&v);
}
