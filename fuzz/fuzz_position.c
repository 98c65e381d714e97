/*
 * fuzz_position.c - libFuzzer harness for bl_position_parse on the raw input
 * (exactly size bytes, not NUL-terminated).
 *
 * Invariants: position_checks.h for an accepted value; a clean error with a
 * hint otherwise.
 */
#include "position_checks.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bl_position p;
	bl_error	err;

	if (bl_position_parse((const char *) data, size, &p, &err))
		position_check_value(&p);
	else
		check_error(&err, KIND(BL_ESYNTAX) | KIND(BL_EDATE) | KIND(BL_ERANGE) |
					KIND(BL_ECODE) | KIND(BL_EORDER), 1);
	return 0;
}
