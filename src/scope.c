/*
 * scope.c - whose rows a statement may change and see (docs/security.md).
 * may_edit() and in_scope() are evaluated for every row by the row level
 * security policies, so they are C: a SQL function with a pinned search_path
 * cannot be inlined and costs a GUC save and restore per call.
 */
#include "bilateral.h"

#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"

/* the calling role (GetOuterUserId: unchanged inside SECURITY DEFINER) is the owner or a member of it */
static bool
may_edit_owner(const char *owner)
{
	Oid			caller = GetOuterUserId();
	Oid			role = get_role_oid(owner, true);

	return OidIsValid(role) && (role == caller || is_member_of_role(caller, role));
}

/* owner is one of the comma-separated names of bilateral.include_owners, or that list holds '*' */
static bool
included_owner(const char *owner)
{
	const char *list = GetConfigOption("bilateral.include_owners", true, false);
	const char *p = list;

	if (list == NULL)
		return false;
	while (*p)
	{
		const char *start,
				   *end;

		while (*p == ' ' || *p == '\t')
			p++;
		start = p;
		while (*p && *p != ',')
			p++;
		end = p;
		while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		if ((end - start == 1 && *start == '*') ||
			((size_t) (end - start) == strlen(owner) && strncmp(start, owner, end - start) == 0))
			return true;
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
