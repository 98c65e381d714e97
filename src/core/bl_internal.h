/*
 * bl_internal.h - helpers shared by the core's files; not part of its API.
 * Each section names the file that defines it; the files depend on each other
 * without a circle (make unit runs test/unit/check_core_deps.sh).
 */
#ifndef BL_INTERNAL_H
#define BL_INTERNAL_H

#include "bl_core.h"

/* ---------- bits.c: most-significant-bit-first bit streams over a byte buffer ---------- */
typedef struct bl_bits
{
	uint8_t    *buf;			/* writer */
	const uint8_t *in;			/* reader */
	size_t		nbits;			/* bits available (reader) */
	size_t		pos;			/* next bit */
} bl_bits;

void		bl_bits_put(bl_bits *b, uint64_t v, int n);
uint64_t	bl_bits_get(bl_bits *b, int n);	/* caller checks room first */
size_t		bl_bits_bytes(const bl_bits *b);

/* ---------- codes.c: 5-bit letters for actor codes, 6-bit characters for issues and slugs ---------- */
uint32_t	bl_actor_pack(const char *code);
bool		bl_actor_packed_ok(uint32_t v);	/* three letters A..Z in 15 bits */
void		bl_actor_unpack(uint32_t v, char *code);
int			bl_snake_char_code(char c);	/* 1..37, 0 if not allowed */
char		bl_snake_char(int code);	/* inverse; '\0' if out of range */

/* a packed snake_case code (issue, slug), shared by both types' unpackers */
bool		bl_unpack_snake(bl_bits *b, char *out, int *outlen);

/* ---------- pdate_pack.c: packed partial dates, 2 bits of precision, 22 of day offset ---------- */
#define BL_DAYBITS 22
uint32_t	bl_day_offset(int32_t day);
bool		bl_day_from_offset(uint32_t off, int32_t *day);
/* shared by both types' unpackers; open_ok: an open bound is allowed */
bool		bl_unpack_pdate(bl_bits *b, bl_pdate *p, bool open_ok);

#endif							/* BL_INTERNAL_H */
