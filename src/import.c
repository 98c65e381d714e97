/*
 * import.c - the checks bilateral.import_claims() and check_claims() run on
 * every row of a staging table: the core's parsers, answering with the
 * reason a value is refused (NULL when it is good) instead of raising, so
 * that one pass reports every bad row without a subtransaction per row.
 */
#include "bilateral.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "core/bl_xmlchars.h"

PG_FUNCTION_INFO_V1(position_literal_problem);
Datum
position_literal_problem(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	bl_position p;
	bl_error	err;

	if (bl_position_parse(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg), &p, &err))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(err.detail));
}

PG_FUNCTION_INFO_V1(partial_date_problem);
Datum
partial_date_problem(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(arg);
	size_t		len = VARSIZE_ANY_EXHDR(arg);
	bl_pdate	p;
	bl_error	err;

	bl_trim(&s, &len);
	if (bl_pdate_parse(s, len, &p, &err))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(err.detail));
}

PG_FUNCTION_INFO_V1(xml_text_ok);
Datum
xml_text_ok(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);

	/*
	 * the core's list (src/core/xmlchars.c), as export_tei uses it; cheaper
	 * than a regex per row.  Only UTF-8 can write U+FFFE and U+FFFF: in
	 * another encoding their UTF-8 bytes are other characters.
	 */
	PG_RETURN_BOOL(bl_xml_text_ok(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg), GetDatabaseEncoding() == PG_UTF8));
}
