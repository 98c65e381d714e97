/*
 * fuzz_pdate.c - libFuzzer harness for partial dates: bl_pdate_parse on the
 * raw input (exactly size bytes, no NUL), and bl_pdate_valid on the input read
 * as a (precision, day) pair, as binary receive does.
 *
 * Invariants: an accepted date has a valid precision and first day in
 * 0001-01-01..9999-12-31; it formats back to the input itself (the grammar has
 * one spelling per value); the canonical text parses to an equal value and
 * formats identically; day numbers round-trip through the civil calendar.
 * A refused date has a clean error (fuzz_common.h).
 */
#include "fuzz_common.h"

static void
roundtrip(bl_pdate p)
{
	char		buf[BL_PDATE_MAXLEN + 1],
				again[BL_PDATE_MAXLEN + 1];
	int			n,
				y,
				m,
				d;
	bl_pdate	q;
	bl_error	err;

	check_pdate(p, 0);
	n = bl_pdate_format(p, buf);
	CHECK(n == 4 || n == 7 || n == 10, "format length %d", n);
	CHECK((size_t) n == strlen(buf));
	CHECK(n == (p.prec == BL_YEAR ? 4 : p.prec == BL_MONTH ? 7 : 10), "%s has precision %d", buf, (int) p.prec);
	CHECK(bl_pdate_parse(buf, (size_t) n, &q, &err), "canonical \"%s\" refused: %s", buf, err.detail);
	CHECK(bl_pdate_cmp(p, q) == 0 && bl_pdate_cmp(q, p) == 0, "%s", buf);
	CHECK(bl_pdate_format(q, again) == n && strcmp(buf, again) == 0, "%s vs %s", buf, again);
	/* the first day is a civil date that maps back to itself */
	bl_civil_from_days(p.first, &y, &m, &d);
	CHECK(y >= BL_YEAR_MIN && y <= BL_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 && d <= bl_days_in_month(y, m));
	CHECK(bl_days_from_civil(y, m, d) == p.first);
	/* the last day is the end of the year, the month or the day itself */
	bl_civil_from_days(bl_pdate_last(p), &y, &m, &d);
	CHECK(p.prec != BL_YEAR || (m == 12 && d == 31), "%s ends %04d-%02d-%02d", buf, y, m, d);
	CHECK(p.prec != BL_MONTH || d == bl_days_in_month(y, m), "%s ends %04d-%02d-%02d", buf, y, m, d);
	CHECK(p.prec != BL_DAY || bl_pdate_last(p) == p.first);
	/* a coarser reading of the same first day sorts first */
	if (p.prec > BL_YEAR)
	{
		bl_pdate	c = {.prec = (bl_prec) (p.prec - 1), .first = p.first};

		CHECK(!bl_pdate_valid(c) || bl_pdate_cmp(c, p) < 0);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bl_pdate	p;
	bl_error	err;

	if (bl_pdate_parse((const char *) data, size, &p, &err))
	{
		char		buf[BL_PDATE_MAXLEN + 1];

		roundtrip(p);
		/* one spelling per value: the input is the canonical form */
		CHECK(bl_pdate_format(p, buf) == (int) size && memcmp(buf, data, size) == 0,
			  "\"%.*s\" formats as \"%s\"", (int) size, (const char *) data, buf);
	}
	else
		check_error(&err, KIND(BL_ESYNTAX) | KIND(BL_EDATE), 1);

	/* the same bytes as binary receive reads them: precision, then a day */
	if (size >= 5)
	{
		bl_pdate	b;
		uint32_t	u = (uint32_t) data[1] << 24 | (uint32_t) data[2] << 16 | (uint32_t) data[3] << 8 | data[4];

		b.prec = (bl_prec) (data[0] & 3);
		b.first = (int32_t) u;
		if (b.prec != BL_OPEN && bl_pdate_valid(b))
			roundtrip(b);
		/* and folded into 0001..9999, where most days are valid */
		b.first = bl_day_min() + (int32_t) (u % (uint32_t) (bl_day_max() - bl_day_min() + 1));
		if (b.prec != BL_OPEN && bl_pdate_valid(b))
			roundtrip(b);
	}
	return 0;
}
