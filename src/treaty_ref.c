/*
 * treaty_ref.c - PostgreSQL glue for treaty_ref: I/O, constructor,
 * accessors, the Akoma Ntoso URI, btree and hash support.
 */
#include "bilateral.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"

#define TREATY_TYPE "treaty_ref"

#define GETTREATY(n, t) bl_treaty_from_datum(PG_GETARG_DATUM(n), (t))

PG_FUNCTION_INFO_V1(treaty_in);
Datum
treaty_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	bl_treaty	t;
	bl_error	err;

	if (!bl_treaty_parse(s, strlen(s), &t, &err))
		bl_report(&err, BL_CTX_LITERAL, TREATY_TYPE, s);
	PG_RETURN_DATUM(bl_treaty_to_datum(&t));
}

PG_FUNCTION_INFO_V1(treaty_out);
Datum
treaty_out(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	char	   *buf = palloc(bl_treaty_text_max());

	GETTREATY(0, &t);
	bl_treaty_format(&t, buf);
	PG_RETURN_CSTRING(buf);
}

/* the binary wire format is the core's (src/core/wire.c) */
PG_FUNCTION_INFO_V1(treaty_send);
Datum
treaty_send(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	uint8_t		buf[BL_TREATY_WIRE_MAX];
	bytea	   *result;
	size_t		n;

	GETTREATY(0, &t);
	n = bl_treaty_send(&t, buf);
	result = palloc(VARHDRSZ + n);
	SET_VARSIZE(result, VARHDRSZ + n);
	memcpy(VARDATA(result), buf, n);
	PG_RETURN_BYTEA_P(result);
}

PG_FUNCTION_INFO_V1(treaty_recv);
Datum
treaty_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	bl_treaty	t;
	bl_error	err;

	if (!bl_treaty_recv((const uint8_t *) buf->data + buf->cursor, buf->len - buf->cursor, &t, &err))
		bl_report(&err, BL_CTX_BINARY, TREATY_TYPE, NULL);
	buf->cursor = buf->len;
	PG_RETURN_DATUM(bl_treaty_to_datum(&t));
}

PG_FUNCTION_INFO_V1(treaty_make);
Datum
treaty_make(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	bl_error	err;
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	size_t		dlen,
				slen;
	char	   *d,
			   *slug;
	const char **parties;
	size_t	   *plen;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("parties must not be null")));
	d = bl_text_arg(fcinfo, 1, "signed", &dlen);
	slug = bl_text_arg(fcinfo, 2, "slug", &slen);
	arr = PG_GETARG_ARRAYTYPE_P(0);
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("parties must be a one-dimensional array")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	parties = palloc(sizeof(char *) * (n + 1));
	plen = palloc(sizeof(size_t) * (n + 1));
	for (int i = 0; i < n && n <= BL_MAX_PARTIES; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("parties must not contain nulls")));
		parties[i] = TextDatumGetCString(elems[i]);
		plen[i] = strlen(parties[i]);
	}
	if (!bl_treaty_make(parties, plen, n, d, dlen, slug, slen, &t, &err))
		bl_report(&err, BL_CTX_ARGUMENT, TREATY_TYPE, NULL);
	PG_RETURN_DATUM(bl_treaty_to_datum(&t));
}

PG_FUNCTION_INFO_V1(treaty_parties);
Datum
treaty_parties(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	Datum		elems[BL_MAX_PARTIES];

	GETTREATY(0, &t);
	for (int i = 0; i < t.nparties; i++)
		elems[i] = PointerGetDatum(cstring_to_text(t.parties[i]));
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, t.nparties, TEXTOID, -1, false, TYPALIGN_INT));
}

PG_FUNCTION_INFO_V1(treaty_signed_on);
Datum
treaty_signed_on(PG_FUNCTION_ARGS)
{
	bl_treaty	t;

	GETTREATY(0, &t);
	PG_RETURN_DATEADT(t.signed_on.first);
}

PG_FUNCTION_INFO_V1(treaty_signed_precision);
Datum
treaty_signed_precision(PG_FUNCTION_ARGS)
{
	bl_treaty	t;

	GETTREATY(0, &t);
	PG_RETURN_TEXT_P(cstring_to_text(bl_prec_name(t.signed_on.prec)));
}

PG_FUNCTION_INFO_V1(treaty_slug);
Datum
treaty_slug(PG_FUNCTION_ARGS)
{
	bl_treaty	t;

	GETTREATY(0, &t);
	PG_RETURN_TEXT_P(cstring_to_text(t.slug));
}

PG_FUNCTION_INFO_V1(treaty_akn_uri);
Datum
treaty_akn_uri(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	char	   *buf = palloc(bl_treaty_text_max());

	GETTREATY(0, &t);
	bl_treaty_akn(&t, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

static int
cmp_args(FunctionCallInfo fcinfo)
{
	bl_treaty	a,
				b;

	GETTREATY(0, &a);
	GETTREATY(1, &b);
	return bl_treaty_cmp(&a, &b);
}

PG_FUNCTION_INFO_V1(treaty_cmp);
Datum
treaty_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_args(fcinfo));
}

PG_FUNCTION_INFO_V1(treaty_lt);
Datum
treaty_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(treaty_le);
Datum
treaty_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(treaty_eq);
Datum
treaty_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) == 0);
}

PG_FUNCTION_INFO_V1(treaty_ne);
Datum
treaty_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) != 0);
}

PG_FUNCTION_INFO_V1(treaty_ge);
Datum
treaty_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) >= 0);
}

PG_FUNCTION_INFO_V1(treaty_gt);
Datum
treaty_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) > 0);
}

/* hash the canonical packed form (re-packed: stored values may have short headers) */
PG_FUNCTION_INFO_V1(treaty_hash);
Datum
treaty_hash(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	uint8_t    *buf = palloc(bl_treaty_packed_max());

	GETTREATY(0, &t);
	return hash_any(buf, (int) bl_treaty_pack(&t, buf));
}

PG_FUNCTION_INFO_V1(treaty_hash_extended);
Datum
treaty_hash_extended(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	uint8_t    *buf = palloc(bl_treaty_packed_max());

	GETTREATY(0, &t);
	return hash_any_extended(buf, (int) bl_treaty_pack(&t, buf), PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(treaty_to_jsonb);
Datum
treaty_to_jsonb(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	StringInfoData s;
	char		date[BL_PDATE_MAXLEN + 1];
	char	   *akn = palloc(bl_treaty_text_max());

	GETTREATY(0, &t);
	bl_pdate_format(t.signed_on, date);
	bl_treaty_akn(&t, akn);
	initStringInfo(&s);
	/* codes, dates and slugs need no JSON escaping */
	appendStringInfo(&s, "{\"signed\": \"%s\", \"signed_precision\": \"%s\", \"parties\": [",
					 date, bl_prec_name(t.signed_on.prec));
	for (int i = 0; i < t.nparties; i++)
		appendStringInfo(&s, "%s\"%s\"", i ? ", " : "", t.parties[i]);
	appendStringInfo(&s, "], \"slug\": \"%s\", \"akn\": \"%s\"}", t.slug, akn);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data)));
}
