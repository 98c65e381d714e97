/*
 * fuzz_treaty_recv.c - libFuzzer harness for bl_treaty_recv on raw bytes, as
 * a client's binary COPY or binary parameter reaches treaty_recv.
 *
 * Invariants: an accepted input is a valid value (treaty_checks.h) whose send
 * gives back the identical bytes (the wire format is canonical), and that
 * passes every check of an accepted value (text, AKN and packed round trips,
 * order); a failure is BL_EBINARY without a hint, or the value check's own
 * kind with its hint, and a clean detail.
 */
#include "treaty_checks.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bl_treaty	t;
	bl_error	err;
	uint8_t		again[BL_TREATY_WIRE_MAX];
	size_t		n;

	if (bl_treaty_recv(data, size, &t, &err))
	{
		treaty_check_struct(&t);
		n = bl_treaty_send(&t, again);
		CHECK(n <= BL_TREATY_WIRE_MAX);
		CHECK(n == size && memcmp(again, data, size) == 0,
			  "accepted %zu bytes [%s] are sent back as %zu bytes", size, hexstr(data, size), n);
		treaty_check_value(&t);
	}
	else
		check_error(&err, KIND(BL_EBINARY) | KIND(BL_ECODE) | KIND(BL_ESYNTAX),
					err.kind == BL_EBINARY ? 0 : 1);
	return 0;
}
