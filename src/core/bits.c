/*
 * bits.c - the most-significant-bit-first bit streams that both types' packed
 * forms are written and read with (bl_internal.h).
 */
#include "bl_internal.h"

/* a byte at a time where the field allows: these run on every comparison */
void
bl_bits_put(bl_bits *b, uint64_t v, int n)
{
	while (n > 0)
	{
		size_t		byte = b->pos >> 3;
		int			used = (int) (b->pos & 7);
		int			take = 8 - used < n ? 8 - used : n;
		unsigned	bits = (unsigned) (v >> (n - take)) & ((1u << take) - 1);

		if (used == 0)
			b->buf[byte] = 0;
		b->buf[byte] |= (uint8_t) (bits << (8 - used - take));
		b->pos += (size_t) take;
		n -= take;
	}
}

uint64_t
bl_bits_get(bl_bits *b, int n)
{
	uint64_t	v = 0;

	while (n > 0)
	{
		size_t		byte = b->pos >> 3;
		int			used = (int) (b->pos & 7);
		int			take = 8 - used < n ? 8 - used : n;
		unsigned	bits = ((unsigned) b->in[byte] >> (8 - used - take)) & ((1u << take) - 1);

		v = (v << take) | bits;
		b->pos += (size_t) take;
		n -= take;
	}
	return v;
}

size_t
bl_bits_bytes(const bl_bits *b)
{
	return (b->pos + 7) >> 3;
}
