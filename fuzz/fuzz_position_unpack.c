/*
 * fuzz_position_unpack.c - libFuzzer harness for bl_position_unpack on raw
 * bytes, as a stored (possibly corrupt) varlena's payload reaches it.
 *
 * Invariants: an unpack that succeeds re-packs to the identical bytes and the
 * value passes position_checks.h; a failure is BL_EBINARY, no hint, clean detail.
 * The accessors' head-only decoder never reads past the buffer, fails only
 * with BL_EBINARY, and agrees with the full unpack whenever that succeeds.
 */
#include "position_checks.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bl_position p,
				h;
	bl_error	err,
				herr;
	bool		head_ok = bl_position_unpack_head(data, size, &h, &herr);
	uint8_t		again[BL_POSITION_PACKED_MAX + 8];
	size_t		n;

	if (bl_position_unpack(data, size, &p, &err))
	{
		position_check_struct(&p);
		n = bl_position_pack(&p, again);
		CHECK(n == size && memcmp(again, data, size) == 0,
			  "accepted %zu bytes [%s] re-pack to %zu bytes", size, hexstr(data, size), n);
		position_check_value(&p);
		CHECK(head_ok && strcmp(h.actor, p.actor) == 0 && strcmp(h.counterpart, p.counterpart) == 0 &&
			  h.stance == p.stance && bl_pdate_cmp(h.from, p.from) == 0 && bl_pdate_cmp(h.to, p.to) == 0,
			  "the head of [%s] disagrees with the full unpack", hexstr(data, size));
	}
	else
		check_error(&err, KIND(BL_EBINARY), 0);
	if (!head_ok)
		check_error(&herr, KIND(BL_EBINARY), 0);
	return 0;
}
