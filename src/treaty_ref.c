/*
 * treaty_ref.c - PostgreSQL glue for treaty_ref: I/O, constructor,
 * accessors, the Akoma Ntoso URI, btree and hash support.
 */
#include "bilateral.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"

#define TREATY_TYPE "treaty_ref"
#define SEND_VERSION 1

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

/*
 * Binary form: version byte 1, precision uint8, day int32 (days from
 * 2000-01-01), party count uint8, parties 3 bytes each, slug length uint8,
 * slug bytes.
 */
PG_FUNCTION_INFO_V1(treaty_send);
Datum
treaty_send(PG_FUNCTION_ARGS)
{
	bl_treaty	t;
	StringInfoData buf;

	GETTREATY(0, &t);
	pq_begintypsend(&buf);
	pq_sendint8(&buf, SEND_VERSION);
	pq_sendint8(&buf, (int8) t.signed_on.prec);
	pq_sendint32(&buf, t.signed_on.first);
	pq_sendint8(&buf, (int8) t.nparties);
	for (int i = 0; i < t.nparties; i++)
		pq_sendbytes(&buf, t.parties[i], 3);
	pq_sendint8(&buf, (int8) t.slug_len);
	pq_sendbytes(&buf, t.slug, t.slug_len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static void
recv_fail(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary value for type %s", TREATY_TYPE),
			 errdetail("%s", what)));
}

PG_FUNCTION_INFO_V1(treaty_recv);
Datum
treaty_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	bl_treaty	t;
	bl_error	err;
	int			n;

	memset(&t, 0, sizeof(t));
	if (buf->len - buf->cursor < 1 + 1 + 4 + 1)
		recv_fail("The value is too short.");
	if (pq_getmsgint(buf, 1) != SEND_VERSION)
		recv_fail("Unknown format version (expected 1).");
	t.signed_on.prec = (bl_prec) (uint8) pq_getmsgint(buf, 1);
	t.signed_on.first = (int32) pq_getmsgint(buf, 4);
	if (t.signed_on.prec == BL_OPEN || t.signed_on.prec > BL_DAY || !bl_pdate_valid(t.signed_on))
		recv_fail("The signature date's precision or day is not valid.");
	t.nparties = (int) pq_getmsgint(buf, 1);
	if (t.nparties < 1 || t.nparties > BL_MAX_PARTIES || buf->len - buf->cursor < t.nparties * 3 + 1)
		recv_fail("The party count does not match the value.");
	for (int i = 0; i < t.nparties; i++)
	{
		pq_copymsgbytes(buf, t.parties[i], 3);
		if (!bl_is_actor_code(t.parties[i], 3))
			recv_fail("A party is not an actor code of three upper-case letters.");
	}
	n = (int) pq_getmsgint(buf, 1);
	if (n > BL_ISSUE_MAXLEN || buf->len - buf->cursor != n)
		recv_fail("The slug's length does not match the value.");
	pq_copymsgbytes(buf, t.slug, n);
	t.slug_len = n;
	if (!bl_is_snake_code(t.slug, n))
		recv_fail("The slug is not a lower-case code.");
	/* parties must already be sorted and distinct: the form is canonical */
	for (int i = 1; i < t.nparties; i++)
		if (strcmp(t.parties[i - 1], t.parties[i]) >= 0)
			recv_fail("The parties are not sorted and distinct.");
	if (!bl_treaty_finish(&t, &err))
		bl_report(&err, BL_CTX_BINARY, TREATY_TYPE, NULL);
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

	memset(&t, 0, sizeof(t));
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
	if (n < 1 || n > BL_MAX_PARTIES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid argument for %s", TREATY_TYPE),
				 errdetail("A treaty needs 1 to %d parties; %d were given.", BL_MAX_PARTIES, n),
				 errhint("Pass the parties' actor codes, e.g. ARRAY['JPN','RUS'].")));
	for (int i = 0; i < n; i++)
	{
		char	   *p;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("parties must not contain nulls")));
		p = TextDatumGetCString(elems[i]);
		if (!bl_is_actor_code(p, strlen(p)))
		{
			bl_fail(&err, BL_ECODE, "Pass the parties' actor codes, e.g. ARRAY['JPN','RUS'].",
					"The party \"%s\" is not an actor code of three upper-case letters.", p, strlen(p));
			bl_report(&err, BL_CTX_ARGUMENT, TREATY_TYPE, NULL);
		}
		memcpy(t.parties[i], p, 4);
	}
	t.nparties = n;
	if (!bl_pdate_parse(d, dlen, &t.signed_on, &err))
		bl_report(&err, BL_CTX_ARGUMENT, TREATY_TYPE, NULL);
	if (!bl_is_snake_code(slug, slen))
	{
		bl_fail(&err, BL_ECODE, "A slug is a lower-case letter followed by lower-case letters, digits or '_', at most 32 characters.",
				"The slug \"%s\" is not a lower-case code of at most 32 characters.", slug, slen);
		bl_report(&err, BL_CTX_ARGUMENT, TREATY_TYPE, NULL);
	}
	memcpy(t.slug, slug, slen + 1);
	t.slug_len = (int) slen;
	if (!bl_treaty_finish(&t, &err))
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
