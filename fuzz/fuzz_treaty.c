/*
 * fuzz_treaty.c - libFuzzer harness for bl_treaty_parse (both the canonical
 * SIGNED:PARTY+PARTY:slug form and the Akoma Ntoso work URI), on the raw input:
 * exactly size bytes, not NUL-terminated, so ASan sees any read past the end.
 *
 * Invariants: treaty_checks.h for an accepted value; a clean error otherwise.
 */
#include "treaty_checks.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bl_treaty	t;
	bl_error	err;

	if (bl_treaty_parse((const char *) data, size, &t, &err))
		treaty_check_value(&t);
	else
		check_error(&err, KIND(BL_ESYNTAX) | KIND(BL_EDATE) | KIND(BL_ECODE), 1);
	return 0;
}
