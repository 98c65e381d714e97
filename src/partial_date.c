/*
 * partial_date.c - bilateral.partial_date_bounds(): a partial date's first
 * day, last day and precision, read by the same core parser as the types.
 */
#include "bilateral.h"

#include "access/htup_details.h"
#include "funcapi.h"
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
