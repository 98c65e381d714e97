/*
 * fuzz_treaty_unpack.c - libFuzzer harness for bl_treaty_unpack on raw bytes,
 * as a stored (possibly corrupt) varlena's payload reaches it.
 *
 * Invariants: an unpack that succeeds re-packs to the identical bytes (the
 * packed form is canonical: hashing and byte comparison rely on it), and the
 * value passes treaty_checks.h; a failure is BL_EBINARY with a clean detail.
 */
#include "treaty_checks.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bl_treaty	t;
	bl_error	err;
	uint8_t		again[512];
	size_t		n;

	if (bl_treaty_unpack(data, size, &t, &err))
	{
		treaty_check_struct(&t);
		n = bl_treaty_pack(&t, again);
		CHECK(n == size && memcmp(again, data, size) == 0,
			  "accepted %zu bytes [%s] re-pack to %zu bytes", size, hexstr(data, size), n);
		treaty_check_value(&t);
	}
	else
		check_error(&err, KIND(BL_EBINARY), 0);
	return 0;
}
