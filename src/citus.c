/*
 * citus.c - Citus's local execution and the panel (docs/scale.md).
 *
 * On a Citus coordinator, a step of a distributed plan that reads only
 * reference tables or intermediate results runs in the coordinator's own
 * backend ("local execution").  Citus 13.2 hands each row such a step returns
 * to its tuple destination as a heap tuple, a copy for any slot that is not
 * a heap slot, and frees the copies only when the step ends: a step that
 * returns the dyad-year panel holds all of it in memory (1.9 GB at 1,000,000
 * claims; out of memory at 10,000,000).  Sent over a connection to the
 * coordinator itself, the same step's rows go to a tuplestore that spills to
 * disk beyond work_mem.
 *
 * local_execution_avoidable() says whether this transaction may switch its
 * steps to connections: Citus is loaded, citus.enable_local_execution is on,
 * and no step has run locally yet in the transaction (after one has, Citus
 * refuses the switch, for read-your-writes).  dyad_years() then turns local
 * execution off for the rest of its statement.  Citus's status is read
 * through its exported GetCurrentLocalExecutionStatus(), looked up among the
 * loaded libraries, so nothing here loads or links Citus.
 */
#include "bilateral.h"

#include <dlfcn.h>

#include "access/parallel.h"
#include "utils/guc.h"

/* Citus's LocalExecutionStatus (distributed/local_executor.h), by position */
#define CITUS_LOCAL_EXECUTION_REQUIRED 0
#define CITUS_LOCAL_EXECUTION_OPTIONAL 1
#define CITUS_LOCAL_EXECUTION_DISABLED 2

typedef int (*local_status_fn) (void);

PG_FUNCTION_INFO_V1(bl_local_execution_avoidable);
Datum
bl_local_execution_avoidable(PG_FUNCTION_ARGS)
{
	const char *enabled;
	local_status_fn status;
	int			s;

	/* a parallel worker cannot set parameters */
	if (IsParallelWorker())
		PG_RETURN_BOOL(false);
	enabled = GetConfigOption("citus.enable_local_execution", true, false);
	if (enabled == NULL || strcmp(enabled, "on") != 0)
		PG_RETURN_BOOL(false);
	status = (local_status_fn) dlsym(RTLD_DEFAULT, "GetCurrentLocalExecutionStatus");
	if (status == NULL)
		PG_RETURN_BOOL(false);
	s = status();
	PG_RETURN_BOOL(s == CITUS_LOCAL_EXECUTION_OPTIONAL || s == CITUS_LOCAL_EXECUTION_DISABLED);
}
