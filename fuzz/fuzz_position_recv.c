/*
 * fuzz_position_recv.c - libFuzzer harness for bl_position_recv on raw bytes,
 * as a client's binary COPY or binary parameter reaches position_recv.
 *
 * Invariants: an accepted input is a valid value (position_checks.h) whose
 * send gives back the identical bytes (the wire format is canonical), and
 * that passes every check of an accepted value (text and packed round trips,
 * order); a failure is BL_EBINARY without a hint, or the value check's own
 * kind with its hint, and a clean detail.
 */
#include "position_checks.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bl_position p;
	bl_error	err;
	uint8_t		again[BL_POSITION_WIRE_MAX];
	size_t		n;

	if (bl_position_recv(data, size, &p, &err))
	{
		position_check_struct(&p);
		n = bl_position_send(&p, again);
		CHECK(n <= BL_POSITION_WIRE_MAX);
		CHECK(n == size && memcmp(again, data, size) == 0,
			  "accepted %zu bytes [%s] are sent back as %zu bytes", size, hexstr(data, size), n);
		position_check_value(&p);
	}
	else
		check_error(&err, KIND(BL_EBINARY) | KIND(BL_ECODE) | KIND(BL_ERANGE) | KIND(BL_EORDER),
					err.kind == BL_EBINARY ? 0 : 1);
	return 0;
}
