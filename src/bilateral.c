/*
 * bilateral.c - module magic and what the glue files share: turning core
 * errors into ereport()s and stored values into core structs, and handing the
 * core's XML outputs (export_tei, timeline_svg) to the server.
 */
#include "bilateral.h"

#include <ctype.h>

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/pg_extension.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/rel.h"

/* the Makefile passes bilateral.control's default_version */
#ifndef BILATERAL_LIBRARY_VERSION
#error "BILATERAL_LIBRARY_VERSION is not defined: build with the project's Makefile"
#endif

PG_MODULE_MAGIC;

/* what an error quotes of a value: at most BL_QUOTE_MAX bytes, whole characters, "..." when cut */
char *
bl_clip(const char *s, int len)
{
	int			n;

	if (len <= BL_QUOTE_MAX)
		return pnstrdup(s, len);
	n = pg_mbcliplen(s, len, BL_QUOTE_MAX);
	return psprintf("%.*s...", n, s);
}

void
bl_report(const bl_error *err, bl_context ctx, const char *typname, const char *input)
{
	int			code;

	if (ctx == BL_CTX_LITERAL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", typname, bl_clip(input, strlen(input))),
				 errdetail("%s", err->detail),
				 err->hint ? errhint("%s", err->hint) : 0));
	if (ctx == BL_CTX_BINARY)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", typname),
				 errdetail("%s", err->detail)));
	switch (err->kind)
	{
		case BL_ESYNTAX:
			code = ERRCODE_INVALID_DATETIME_FORMAT;
			break;
		case BL_EDATE:
			code = ERRCODE_DATETIME_FIELD_OVERFLOW;
			break;
		case BL_ERANGE:
			code = ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
			break;
		default:
			code = ERRCODE_INVALID_PARAMETER_VALUE;
			break;
	}
	ereport(ERROR,
			(errcode(code),
			 errmsg("invalid argument for %s", typname),
			 errdetail("%s", err->detail),
			 err->hint ? errhint("%s", err->hint) : 0));
	pg_unreachable();
}

bl_packed *
bl_make_packed(const uint8_t *data, size_t len)
{
	bl_packed  *v = palloc(VARHDRSZ + len);

	SET_VARSIZE(v, VARHDRSZ + len);
	memcpy(VARDATA(v), data, len);
	return v;
}

static void
corrupt(const bl_error *err, const char *typname)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("stored value of type %s is corrupt", typname),
			 errdetail("%s", err->detail)));
}

void
bl_position_from_datum(Datum d, bl_position *p)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(d);
	bl_error	err;

	if (!bl_position_unpack((const uint8_t *) VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), p, &err))
		corrupt(&err, "bilateral_position");
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
}

void
bl_position_head_from_datum(Datum d, bl_position *p)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(d);
	bl_error	err;

	if (!bl_position_unpack_head((const uint8_t *) VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), p, &err))
		corrupt(&err, "bilateral_position");
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
}

void
bl_treaty_from_datum(Datum d, bl_treaty *t)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(d);
	bl_error	err;

	if (!bl_treaty_unpack((const uint8_t *) VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), t, &err))
		corrupt(&err, "treaty_ref");
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
}

Datum
bl_position_to_datum(const bl_position *p)
{
	uint8_t		buf[BL_POSITION_PACKED_MAX];

	return PointerGetDatum(bl_make_packed(buf, bl_position_pack(p, buf)));
}

Datum
bl_treaty_to_datum(const bl_treaty *t)
{
	uint8_t    *buf = palloc(bl_treaty_packed_max());

	return PointerGetDatum(bl_make_packed(buf, bl_treaty_pack(t, buf)));
}

char *
bl_text_arg(FunctionCallInfo fcinfo, int argno, const char *argname, size_t *len)
{
	char	   *s;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", argname)));
	s = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	*len = strlen(s);
	return s;
}

bool
bl_cancel_pending(void)
{
	return INTERRUPTS_CAN_BE_PROCESSED() && (QueryCancelPending || ProcDiePending);
}

void
bl_raise_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
	/* the interrupt was consumed without an error: still, nothing was done */
	ereport(ERROR,
			(errcode(ERRCODE_QUERY_CANCELED),
			 errmsg("canceling statement due to user request")));
	pg_unreachable();
}

struct varlena *
bl_xml_from_core(char *out, size_t outlen, const char *what)
{
	struct varlena *result = palloc_extended(VARHDRSZ + outlen, MCXT_ALLOC_NO_OOM);

	if (result == NULL)
	{
		free(out);
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("The %s needs %zu bytes.", what, outlen)));
	}
	SET_VARSIZE(result, VARHDRSZ + outlen);
	memcpy(VARDATA(result), out, outlen);
	free(out);
	if (GetDatabaseEncoding() != PG_UTF8)
	{
		char	   *conv = pg_any_to_server(VARDATA(result), (int) outlen, PG_UTF8);

		if (conv != VARDATA(result))
		{
			outlen = strlen(conv);
			result = palloc(VARHDRSZ + outlen);
			SET_VARSIZE(result, VARHDRSZ + outlen);
			memcpy(VARDATA(result), conv, outlen);
		}
	}
	return result;
}

/*
 * calling_role() - the role a statement runs for, whose rights every row check
 * uses: the current user, except inside the extension's own definer functions,
 * where it is their caller (bl_calling_role_oid(), src/scope.c).
 */
PG_FUNCTION_INFO_V1(bl_calling_role);
Datum
bl_calling_role(PG_FUNCTION_ARGS)
{
	char	   *name = GetUserNameFromId(bl_calling_role_oid(), false);

	PG_RETURN_DATUM(DirectFunctionCall1(namein, CStringGetDatum(name)));
}

/* ---------- the library and the schema ---------- */

int
bl_version_cmp(const char *a, const char *b)
{
	for (;;)
	{
		long		x = 0,
					y = 0;

		/* numbers compared as numbers; a missing component is 0 ("1.7" = "1.7.0") */
		while (isdigit((unsigned char) *a) && x < 100000000)
			x = x * 10 + (*a++ - '0');
		while (isdigit((unsigned char) *b) && y < 100000000)
			y = y * 10 + (*b++ - '0');
		if (x != y)
			return x < y ? -1 : 1;
		if (*a == '.')
			a++;
		if (*b == '.')
			b++;
		if (*a == '\0' && *b == '\0')
			return 0;
		/* anything else ("1.8dev"): the rest as text */
		if ((*a && !isdigit((unsigned char) *a)) || (*b && !isdigit((unsigned char) *b)))
		{
			int			c = strcmp(a, b);

			return (c > 0) - (c < 0);
		}
	}
}

/*
 * The extversion of bilateral in this database, palloc'd; NULL if it is not
 * installed.  pg_extension has no syscache in PostgreSQL 15, so the scan
 * takes a fresh catalog snapshot: an update earlier in the transaction is
 * seen, and nothing needs invalidating.  One index probe, paid by functions
 * that then run queries of their own.
 */
static char *
installed_version(void)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	char	   *version = NULL;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_extname, BTEqualStrategyNumber, F_NAMEEQ,
				CStringGetDatum("bilateral"));
	scan = systable_beginscan(rel, ExtensionNameIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, Anum_pg_extension_extversion, RelationGetDescr(rel), &isnull);

		if (!isnull)
			version = TextDatumGetCString(d);
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return version;
}

void
bl_require_schema(const char *function, const char *min_version, const char *needs)
{
	char	   *installed = installed_version();

	if (installed == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("bilateral library %s: extension bilateral is not installed in this database",
						BL_LIBRARY_VERSION),
				 errdetail("%s() needs %s, added in version %s.", function, needs, min_version),
				 errhint("Run CREATE EXTENSION bilateral.")));
	if (bl_version_cmp(installed, min_version) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("bilateral library %s cannot run %s() on the schema of version %s",
						BL_LIBRARY_VERSION, function, installed),
				 errdetail("%s() needs %s, added in version %s; this database's extension bilateral is at version %s.",
						   function, needs, min_version, installed),
				 errhint("Run ALTER EXTENSION bilateral UPDATE.")));
	pfree(installed);
}
