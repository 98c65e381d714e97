/*
 * pdate_pack.c - the packed partial date both types store: 2 bits of
 * precision and 22 bits of day offset from 0001-01-01 (bl_internal.h).  Beside
 * pdate.c, whose calendar it uses; the bit streams are bits.c's.
 */
#include "bl_core.h"
#include "bl_internal.h"

uint32_t
bl_day_offset(int32_t day)
{
	return (uint32_t) (day - bl_day_min());
}

bool
bl_day_from_offset(uint32_t off, int32_t *day)
{
	int64_t		d = (int64_t) bl_day_min() + off;

	if (d > bl_day_max())
		return false;
	*day = (int32_t) d;
	return true;
}

/* shared by both types' unpackers: a packed partial date */
bool
bl_unpack_pdate(bl_bits *b, bl_pdate *p, bool open_ok)
{
	uint32_t	prec = (uint32_t) bl_bits_get(b, 2);
	uint32_t	off = (uint32_t) bl_bits_get(b, BL_DAYBITS);
	int			y,
				m,
				d;

	p->prec = (bl_prec) prec;
	if (prec == BL_OPEN)
	{
		p->first = 0;
		return open_ok && off == 0;
	}
	if (!bl_day_from_offset(off, &p->first))
		return false;
	bl_civil_from_days(p->first, &y, &m, &d);
	/* a partial date is stored as its first day */
	return (prec == BL_DAY) || (d == 1 && (prec == BL_MONTH || m == 1));
}
