/*
 * citation.c - the glue of cite()'s fingerprint: canonical_number(), the
 * core's canonical form of a number (src/core/canon.c) for SQL.  The rest of
 * the fingerprint (rows, their order, SHA-256) is SQL in
 * src/sql/58_citation.sql.
 */
#include "bilateral.h"

#include "core/bl_canon.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(canonical_number);
Datum
canonical_number(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(arg);
	size_t		len = VARSIZE_ANY_EXHDR(arg);
	char	   *out = palloc(bl_canon_number_max(len));
	long		n = bl_canon_number(s, len, out);

	if (n < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid number: \"%s\"", bl_clip(s, (int) len)),
				 errdetail("A number is [+-] digits [. digits] [e [+-] digits], NaN, Infinity or -Infinity."),
				 errhint("Pass a number's text form, e.g. 2.50 or 1e-3.")));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, (int) n));
}
