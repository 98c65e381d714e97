/*
 * scope.c - whose rows a statement may change and see (docs/security.md).
 * may_edit() and in_scope() are evaluated for every row by the row level
 * security policies, so they are C: a SQL function with a pinned search_path
 * cannot be inlined and costs a GUC save and restore per call.
 *
 * Whose rights a row check uses (calling_role()): the current user, as for
 * PostgreSQL's own privileges, in every context: after SET ROLE the role set,
 * inside another role's SECURITY DEFINER function its owner, inside a
 * security-restricted operation (ANALYZE, VACUUM, CREATE INDEX, REFRESH
 * MATERIALIZED VIEW, autovacuum: they run a table's index expressions and
 * functions as the table's owner) that owner, never the role that started the
 * maintenance.  The one exception is the extension's own definer functions,
 * which run through bl_owner_gate(): while their worker runs, unchanged since
 * the gate switched, the role is the gate's caller.
 */
#include "bilateral.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_proc.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "parser/parse_func.h"
#include "storage/lmgr.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

/* while a gate's worker runs: the gate's caller, and the user and context the gate set */
static Oid	gate_caller = InvalidOid;
static Oid	gate_userid = InvalidOid;
static int	gate_context = 0;

Oid
bl_calling_role_oid(void)
{
	Oid			userid;
	int			context;

	GetUserIdAndSecContext(&userid, &context);
	if (OidIsValid(gate_caller) && userid == gate_userid && context == gate_context)
		return gate_caller;
	return userid;
}

/* the calling role is the owner or a member of it */
static bool
may_edit_owner(const char *owner)
{
	Oid			caller = bl_calling_role_oid();
	Oid			role = get_role_oid(owner, true);

	return OidIsValid(role) && (role == caller || is_member_of_role(caller, role));
}
/*
 * owner is one of the comma-separated names of bilateral.include_owners, or
 * that list holds '*' (docs/security.md).  The quoting rule is PostgreSQL's
 * for identifiers in a list (search_path): a name in double quotes is taken
 * exactly, "" standing for one double quote, so "o'h,ara" and "a""b" name
 * roles whose names hold a comma or a quote; a name without quotes runs to
 * the next comma, spaces around it dropped, and is taken as written (no case
 * folding: a list set before 1.9 means what it meant); '*' unquoted is
 * everyone, "*" the role named *.  A list that breaks the rule (a quote left
 * open, text after a closing quote) matches nothing from that point on.
 */
static bool
included_owner(const char *owner)
{
	const char *list = GetConfigOption("bilateral.include_owners", true, false);
	const char *p = list;
	size_t		olen = strlen(owner);

	if (list == NULL)
		return false;
	while (*p)
	{
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '"')
		{
			/* a quoted name: compare as we unquote, without copying */
			size_t		i = 0;
			bool		same = true;

			p++;
			for (;;)
			{
				char		ch;

				if (*p == '\0')
					return false;	/* a quote left open */
				if (*p == '"')
				{
					if (p[1] != '"')
						break;
					p++;
				}
				ch = *p++;
				same = same && i < olen && owner[i] == ch;
				i++;
			}
			p++;				/* the closing quote */
			while (*p == ' ' || *p == '\t')
				p++;
			if (*p != ',' && *p != '\0')
				return false;	/* text after a closing quote */
			if (same && i == olen)
				return true;
		}
		else
		{
			const char *start = p,
					   *end;

			while (*p && *p != ',')
				p++;
			end = p;
			while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
				end--;
			if ((end - start == 1 && *start == '*') ||
				((size_t) (end - start) == olen && strncmp(start, owner, end - start) == 0))
				return true;
		}
		if (*p == ',')
			p++;
	}
	return false;
}

PG_FUNCTION_INFO_V1(bl_may_edit);
Datum
bl_may_edit(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(may_edit_owner(NameStr(*PG_GETARG_NAME(0))));
}

PG_FUNCTION_INFO_V1(bl_in_scope);
Datum
bl_in_scope(PG_FUNCTION_ARGS)
{
	const char *owner;

	if (!PG_ARGISNULL(0) && PG_GETARG_BOOL(0))
		PG_RETURN_BOOL(true);
	if (PG_ARGISNULL(1))
		PG_RETURN_BOOL(false);
	owner = NameStr(*PG_GETARG_NAME(1));
	PG_RETURN_BOOL(may_edit_owner(owner) || included_owner(owner));
}

/*
 * bl_owner_gate - the extension's definer functions.  bilateral.F(args) is
 * declared LANGUAGE C with this symbol; its body is bilateral.F_as_owner(args),
 * a function nobody else may execute.  The gate runs it as that function's
 * owner (the extension's owner) with calling_role() answering the gate's
 * caller, and restores both on every exit.  A SECURITY DEFINER function could
 * not tell its caller: PostgreSQL keeps only the session's outer user, which is
 * wrong inside another role's definer function or a security-restricted
 * operation.
 */
PG_FUNCTION_INFO_V1(bl_owner_gate);
Datum
bl_owner_gate(PG_FUNCTION_ARGS)
{
	Oid			self = fcinfo->flinfo->fn_oid;
	HeapTuple	tp;
	Form_pg_proc proc;
	Oid			worker;
	Oid			worker_owner;
	Oid			caller = bl_calling_role_oid();
	Oid			save_userid;
	int			save_context;
	Oid			save_caller = gate_caller,
				save_gate_userid = gate_userid;
	int			save_gate_context = gate_context;
	FmgrInfo	flinfo;
	LOCAL_FCINFO(wcinfo, FUNC_MAX_ARGS);
	volatile Datum result = (Datum) 0;
	int			i;

	tp = SearchSysCache1(PROCOID, ObjectIdGetDatum(self));
	if (!HeapTupleIsValid(tp))
		elog(ERROR, "cache lookup failed for function %u", self);
	proc = (Form_pg_proc) GETSTRUCT(tp);
	worker = LookupFuncName(list_make2(makeString(get_namespace_name(proc->pronamespace)),
									   makeString(psprintf("%s_as_owner", NameStr(proc->proname)))),
							proc->pronargs, proc->proargtypes.values, false);
	ReleaseSysCache(tp);
	tp = SearchSysCache1(PROCOID, ObjectIdGetDatum(worker));
	if (!HeapTupleIsValid(tp))
		elog(ERROR, "cache lookup failed for function %u", worker);
	worker_owner = ((Form_pg_proc) GETSTRUCT(tp))->proowner;
	ReleaseSysCache(tp);

	fmgr_info(worker, &flinfo);
	InitFunctionCallInfoData(*wcinfo, &flinfo, PG_NARGS(), fcinfo->fncollation, NULL, NULL);
	for (i = 0; i < PG_NARGS(); i++)
	{
		wcinfo->args[i].value = fcinfo->args[i].value;
		wcinfo->args[i].isnull = fcinfo->args[i].isnull;
	}

	GetUserIdAndSecContext(&save_userid, &save_context);
	PG_TRY();
	{
		SetUserIdAndSecContext(worker_owner, save_context | SECURITY_LOCAL_USERID_CHANGE);
		gate_caller = caller;
		gate_userid = worker_owner;
		gate_context = save_context | SECURITY_LOCAL_USERID_CHANGE;
		result = FunctionCallInvoke(wcinfo);
	}
	PG_FINALLY();
	{
		gate_caller = save_caller;
		gate_userid = save_gate_userid;
		gate_context = save_gate_context;
		SetUserIdAndSecContext(save_userid, save_context);
	}
	PG_END_TRY();
	fcinfo->isnull = wcinfo->isnull;
	return result;
}

/*
 * Ownership is tied to the role, as PostgreSQL ties its own objects to theirs
 * (docs/security.md, "Owners and their roles").  A row's owner is a role name
 * (it survives pg_dump and restore into another cluster, where OIDs differ),
 * and every role that owns rows holds the privilege REFERENCES on the empty
 * table bilateral.owner_pin: PostgreSQL then refuses DROP ROLE while it holds
 * it ("privileges for table bilateral.owner_pin"), so a role later created
 * with the same name never inherits rows.  bilateral.row_owner() is the
 * owner column's default: the calling role, pinned on its first row.
 *
 * The pin is granted as the table's owner, once per role (the grant is in the
 * table's ACL, read from the syscache on every call: a few microseconds).
 * Grants to the one table are serialised by a self-conflicting lock held to
 * the end of the transaction, since two concurrent grants would update the
 * same pg_class row; the ACL is read again once the lock is held.  On a Citus
 * worker nothing is granted: a role is dropped on the coordinator, whose pin
 * counts (a row's default is evaluated there for the extension's writes).
 */
static bool
role_pinned(Oid pin, Oid role)
{
	HeapTuple	tp;
	Datum		d;
	bool		isnull;
	bool		found = false;

	tp = SearchSysCache1(RELOID, ObjectIdGetDatum(pin));
	if (!HeapTupleIsValid(tp))
		elog(ERROR, "cache lookup failed for relation %u", pin);
	d = SysCacheGetAttr(RELOID, tp, Anum_pg_class_relacl, &isnull);
	if (!isnull)
	{
		Acl		   *acl = DatumGetAclP(d);
		AclItem    *items;
		int			i;

		/* ACL_DAT's ARR_DATA_PTR mixes int32 and size_t in a ?: (PostgreSQL 15's array.h) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-compare"
		items = ACL_DAT(acl);
#pragma GCC diagnostic pop

		for (i = 0; i < ACL_NUM(acl) && !found; i++)
			found = items[i].ai_grantee == role && (ACLITEM_GET_PRIVS(items[i]) & ACL_REFERENCES);
	}
	ReleaseSysCache(tp);
	return found;
}

/* a Citus worker: citus's pg_dist_local_group names a group other than 0 */
static bool
on_citus_worker(void)
{
	bool		worker = false;

	if (!OidIsValid(get_relname_relid("pg_dist_local_group", PG_CATALOG_NAMESPACE)))
		return false;
	SPI_connect();
	if (SPI_execute("SELECT groupid <> 0 FROM pg_catalog.pg_dist_local_group", true, 1) == SPI_OK_SELECT &&
		SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		worker = !isnull && DatumGetBool(d);
	}
	SPI_finish();
	return worker;
}

static void
pin_role(Oid role)
{
	Oid			pin = get_relname_relid("owner_pin", get_namespace_oid("bilateral", false));
	Oid			pin_owner;
	Oid			save_userid;
	int			save_context;
	char	   *sql;

	if (!OidIsValid(pin))
		return;					/* a schema before 1.10: nothing to pin to */
	if (role_pinned(pin, role) || on_citus_worker())
		return;
	LockRelationOid(pin, ShareUpdateExclusiveLock);
	if (role_pinned(pin, role))
		return;
	{
		HeapTuple	tp = SearchSysCache1(RELOID, ObjectIdGetDatum(pin));

		if (!HeapTupleIsValid(tp))
			elog(ERROR, "cache lookup failed for relation %u", pin);
		pin_owner = ((Form_pg_class) GETSTRUCT(tp))->relowner;
		ReleaseSysCache(tp);
	}
	sql = psprintf("GRANT REFERENCES ON TABLE bilateral.owner_pin TO %s",
				   quote_identifier(GetUserNameFromId(role, false)));
	GetUserIdAndSecContext(&save_userid, &save_context);
	PG_TRY();
	{
		SetUserIdAndSecContext(pin_owner, save_context | SECURITY_LOCAL_USERID_CHANGE);
		SPI_connect();
		if (SPI_execute(sql, false, 0) != SPI_OK_UTILITY)
			elog(ERROR, "could not pin role %u to bilateral.owner_pin", role);
		SPI_finish();
	}
	PG_FINALLY();
	{
		SetUserIdAndSecContext(save_userid, save_context);
	}
	PG_END_TRY();
}

PG_FUNCTION_INFO_V1(bl_row_owner);
Datum
bl_row_owner(PG_FUNCTION_ARGS)
{
	Oid			role = bl_calling_role_oid();
	Name		result = (Name) palloc0(NAMEDATALEN);

	pin_role(role);
	namestrcpy(result, GetUserNameFromId(role, false));
	PG_RETURN_NAME(result);
}
