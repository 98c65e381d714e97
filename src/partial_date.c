/*
 * partial_date.c - partial dates for SQL, through the core: partial_date_bounds()
 * (a partial date's first day, last day and precision, read by the same core
 * parser as the types) and precision_first_day()/precision_last_day() (the
 * year, month or day that holds a date), finest_precision() (the finest of
 * several precisions).
 */
#include "bilateral.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"

PG_FUNCTION_INFO_V1(partial_date_bounds);
Datum
partial_date_bounds(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(arg);
	size_t		len = VARSIZE_ANY_EXHDR(arg);
	bl_pdate	p;
	bl_error	err;
	TupleDesc	td;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	/* blanks around the value were always accepted here */
	bl_trim(&s, &len);
	if (!bl_pdate_parse(s, len, &p, &err))
		bl_report(&err, BL_CTX_ARGUMENT, "partial date", NULL);
	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "partial_date_bounds must return a record");
	td = BlessTupleDesc(td);
	values[0] = DateADTGetDatum(p.first);
	values[1] = DateADTGetDatum(bl_pdate_last(p));
	values[2] = CStringGetTextDatum(bl_prec_name(p.prec));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, values, nulls)));
}

/* the precision argument: year, month or day, as the core names them */
static bl_prec
precision_arg(text *arg)
{
	bl_prec		p;

	if (!bl_prec_parse(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg), &p))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid date precision: \"%s\"", bl_clip(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg))),
				 errhint("Use year, month or day.")));
	return p;
}

/*
 * The first or last day of the year, month or day holding the date; an
 * infinite date is its own (as date_trunc has it: an open end stays open).
 */
static Datum
precision_day(FunctionCallInfo fcinfo, bool last)
{
	DateADT		day = PG_GETARG_DATEADT(0);
	bl_prec		p = precision_arg(PG_GETARG_TEXT_PP(1));
	int32		r;

	if (DATE_NOT_FINITE(day))
		PG_RETURN_DATEADT(day);
	r = last ? bl_prec_last_day(day, p) : bl_prec_first_day(day, p);
	/* only the month and year of 4714-11-24 BC start before the first day a date holds */
	if (!IS_VALID_DATE(r))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range for precision %s: \"%s\"",
						bl_prec_name(p), DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(day)))),
				 errdetail("Its %s starts before 4714-11-24 BC, the first day a date holds.", bl_prec_name(p)),
				 errhint("Pass a date whose %s starts on or after 4714-11-24 BC.", bl_prec_name(p))));
	PG_RETURN_DATEADT(r);
}

PG_FUNCTION_INFO_V1(precision_first_day);
Datum
precision_first_day(PG_FUNCTION_ARGS)
{
	return precision_day(fcinfo, false);
}

PG_FUNCTION_INFO_V1(precision_last_day);
Datum
precision_last_day(PG_FUNCTION_ARGS)
{
	return precision_day(fcinfo, true);
}

/*
 * finest_precision(text[]): the finest of the precisions named (year < month
 * < day; "open", a bound that is not there, below them all), ranked by the
 * core; NULL when none is named.
 */
PG_FUNCTION_INFO_V1(finest_precision);
Datum
finest_precision(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			finest = -1;

	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		text	   *t;
		bl_prec		p;

		if (nulls[i])
			continue;
		t = DatumGetTextPP(elems[i]);
		if (VARSIZE_ANY_EXHDR(t) == 4 && memcmp(VARDATA_ANY(t), "open", 4) == 0)
			p = BL_OPEN;
		else
			p = precision_arg(t);
		finest = Max(finest, (int) p);
	}
	if (finest < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(bl_prec_name((bl_prec) finest)));
}
