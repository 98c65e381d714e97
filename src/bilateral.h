/*
 * bilateral.h - what the PostgreSQL glue files share.
 */
#ifndef BILATERAL_H
#define BILATERAL_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/rangetypes.h"

#include "core/bl_core.h"

/*
 * The library is built with -fvisibility=hidden and PGDLLEXPORT as default
 * visibility (Makefile): PostgreSQL 15's PG_FUNCTION_INFO_V1 marks only the
 * pg_finfo_ record, so it is redefined as PostgreSQL 16 has it, exporting the
 * function too.  Every glue file includes this header before its first one.
 */
#if PG_VERSION_NUM < 160000
#undef PG_FUNCTION_INFO_V1
#define PG_FUNCTION_INFO_V1(funcname) \
extern PGDLLEXPORT Datum funcname(PG_FUNCTION_ARGS); \
extern PGDLLEXPORT const Pg_finfo_record * CppConcat(pg_finfo_,funcname)(void); \
const Pg_finfo_record * \
CppConcat(pg_finfo_,funcname) (void) \
{ \
	static const Pg_finfo_record my_finfo = { 1 }; \
	return &my_finfo; \
} \
extern int no_such_variable
#endif

/* where a bl_error arose decides its SQLSTATE */
typedef enum bl_context
{
	BL_CTX_LITERAL,				/* text input: 22P02 */
	BL_CTX_ARGUMENT,			/* constructor argument: a fitting class-22 code */
	BL_CTX_BINARY				/* binary input or stored value */
} bl_context;

pg_attribute_noreturn()
void		bl_report(const bl_error *err, bl_context ctx, const char *typname, const char *input);

/* stored values: a varlena around the packed form */
typedef struct varlena bl_packed;

bl_packed  *bl_make_packed(const uint8_t *data, size_t len);

/* unpack a stored value (errors if corrupt) */
void		bl_position_from_datum(Datum d, bl_position *p);
/* the fixed part only: no issue (accessors that do not need it) */
void		bl_position_head_from_datum(Datum d, bl_position *p);
void		bl_treaty_from_datum(Datum d, bl_treaty *t);
Datum		bl_position_to_datum(const bl_position *p);
Datum		bl_treaty_to_datum(const bl_treaty *t);

/* whose rights a row check uses (src/scope.c): the current user, or the caller of the extension's definer gate */
Oid			bl_calling_role_oid(void);

/* what an error quotes of a value (bytes, cut at a whole character) */
#define BL_QUOTE_MAX 100
char	   *bl_clip(const char *s, int len);

/* text argument into a NUL-free buffer check; errors name the argument */
char	   *bl_text_arg(FunctionCallInfo fcinfo, int argno, const char *argname, size_t *len);

/* a daterange as inclusive day numbers (INT32_MIN/MAX unbounded); false if empty */
bool		bl_daterange_days(RangeType *r, int32 *lo, int32 *hi);
void		bl_check_day(int32 day, const char *what);

/*
 * The core's XML outputs (export_tei, timeline_svg): its interrupt poll
 * (never throws), PostgreSQL's own error once the core has stopped for it,
 * and its malloc'd UTF-8 or ASCII bytes as an xml value in the server
 * encoding (out is freed on every path).
 */
bool		bl_cancel_pending(void);
pg_attribute_noreturn()
void		bl_raise_interrupt(void);
struct varlena *bl_xml_from_core(char *out, size_t outlen, const char *what);

/*
 * The library and the schema (docs/data-model.md): one library serves every
 * version's SQL, so an entry point whose SQL names schema objects states the
 * release that introduced them in the form it uses.  bl_require_schema()
 * reads the installed version of bilateral (fresh on every call, so an ALTER
 * EXTENSION ... UPDATE earlier in the transaction counts) and, when it is
 * older, raises 55000 naming both versions and what is missing.
 */
#define BL_LIBRARY_VERSION BILATERAL_LIBRARY_VERSION
void		bl_require_schema(const char *function, const char *min_version, const char *needs);
/* <0, 0, >0 as version a is older than, the same as, newer than b ("1.10" after "1.9") */
int			bl_version_cmp(const char *a, const char *b);

#endif							/* BILATERAL_H */
