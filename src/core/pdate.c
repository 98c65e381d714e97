/*
 * pdate.c - partial dates (year, month or day precision) and day arithmetic.
 * Proleptic Gregorian; day numbers count from 2000-01-01 like PostgreSQL.
 */
#include "bl_core.h"

#include <stdio.h>
#include <string.h>

static const char pdate_hint[] =
"A date is YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9999), e.g. 1855, 1945-08 or 1956-10-19.";

/* days from 2000-01-01; the civil-calendar algorithm of H. Hinnant */
int32_t
bl_days_from_civil(int y, int m, int d)
{
	int			era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (unsigned) ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	/* 730425 = days from 0000-03-01 to 2000-01-01 */
	return (int32_t) (era * 146097 + (int) doe - 730425);
}

void
bl_civil_from_days(int32_t z, int *y, int *m, int *d)
{
	int			era;
	unsigned	doe,
				yoe,
				doy,
				mp;
	int			yy;

	z += 730425;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned) (z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (int) yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = yy + (*m <= 2);
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
bl_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return (m == 2 && is_leap(y)) ? 29 : dim[m - 1];
}

int32_t
bl_day_min(void)
{
	return bl_days_from_civil(BL_YEAR_MIN, 1, 1);
}

int32_t
bl_day_max(void)
{
	return bl_days_from_civil(BL_YEAR_MAX, 12, 31);
}

int32_t
bl_pdate_last(bl_pdate p)
{
	int			y,
				m,
				d;

	switch (p.prec)
	{
		case BL_YEAR:
			bl_civil_from_days(p.first, &y, &m, &d);
			return bl_days_from_civil(y, 12, 31);
		case BL_MONTH:
			bl_civil_from_days(p.first, &y, &m, &d);
			return p.first + bl_days_in_month(y, m) - 1;
		default:
			return p.first;
	}
}

static int
digits(const char *s, size_t n)
{
	int			v = 0;

	for (size_t i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool
bl_pdate_parse(const char *s, size_t len, bl_pdate *out, bl_error *err)
{
	int			y,
				m = 1,
				d = 1;

	if (len != 4 && len != 7 && len != 10)
		return bl_fail(err, BL_ESYNTAX, pdate_hint, "The date \"%s\" is not YYYY, YYYY-MM or YYYY-MM-DD.", s, len);
	if ((y = digits(s, 4)) < 0 ||
		(len >= 7 && (s[4] != '-' || (m = digits(s + 5, 2)) < 0)) ||
		(len == 10 && (s[7] != '-' || (d = digits(s + 8, 2)) < 0)))
		return bl_fail(err, BL_ESYNTAX, pdate_hint, "The date \"%s\" is not YYYY, YYYY-MM or YYYY-MM-DD.", s, len);
	if (y < BL_YEAR_MIN)
		return bl_fail(err, BL_EDATE, pdate_hint, "The year in \"%s\" is outside 0001..9999.", s, len);
	if (m < 1 || m > 12)
		return bl_fail(err, BL_EDATE, pdate_hint, "The month in \"%s\" does not exist.", s, len);
	if (d < 1 || d > bl_days_in_month(y, m))
		return bl_fail(err, BL_EDATE, pdate_hint, "The day in \"%s\" does not exist.", s, len);
	out->prec = len == 4 ? BL_YEAR : len == 7 ? BL_MONTH : BL_DAY;
	out->first = bl_days_from_civil(y, m, d);
	return true;
}

int
bl_pdate_format(bl_pdate p, char *buf)
{
	int			y,
				m,
				d;

	if (p.prec == BL_OPEN)
		return sprintf(buf, "..");
	bl_civil_from_days(p.first, &y, &m, &d);
	switch (p.prec)
	{
		case BL_YEAR:
			return sprintf(buf, "%04d", y);
		case BL_MONTH:
			return sprintf(buf, "%04d-%02d", y, m);
		default:
			return sprintf(buf, "%04d-%02d-%02d", y, m, d);
	}
}

const char *
bl_prec_name(bl_prec p)
{
	switch (p)
	{
		case BL_YEAR:
			return "year";
		case BL_MONTH:
			return "month";
		case BL_DAY:
			return "day";
		default:
			return "open";
	}
}

bl_prec
bl_prec_from_name(const char *name)
{
	if (name == NULL || strcmp(name, "open") == 0)
		return BL_OPEN;
	if (strcmp(name, "year") == 0)
		return BL_YEAR;
	if (strcmp(name, "month") == 0)
		return BL_MONTH;
	return BL_DAY;
}

bl_pdate
bl_pdate_containing(int32_t day, bl_prec prec)
{
	bl_pdate	p = {prec, day};
	int			y,
				m,
				d;

	if (prec == BL_OPEN)
		p.first = 0;
	else if (prec != BL_DAY)
	{
		bl_civil_from_days(day, &y, &m, &d);
		p.first = bl_days_from_civil(y, prec == BL_YEAR ? 1 : m, 1);
	}
	return p;
}

bool
bl_prec_parse(const char *s, size_t len, bl_prec *out)
{
	static const bl_prec precs[] = {BL_YEAR, BL_MONTH, BL_DAY};

	for (size_t i = 0; i < sizeof(precs) / sizeof(*precs); i++)
	{
		const char *name = bl_prec_name(precs[i]);

		if (s != NULL && len == strlen(name) && memcmp(s, name, len) == 0)
		{
			*out = precs[i];
			return true;
		}
	}
	return false;
}

int32_t
bl_prec_first_day(int32_t day, bl_prec prec)
{
	return prec == BL_OPEN ? day : bl_pdate_containing(day, prec).first;
}

int32_t
bl_prec_last_day(int32_t day, bl_prec prec)
{
	return prec == BL_OPEN ? day : bl_pdate_last(bl_pdate_containing(day, prec));
}

bool
bl_prec_is_first_day(int32_t day, bl_prec prec)
{
	return bl_prec_first_day(day, prec) == day;
}

int
bl_pdate_cmp(bl_pdate a, bl_pdate b)
{
	if (a.first != b.first)
		return a.first < b.first ? -1 : 1;
	if (a.prec != b.prec)
		return a.prec < b.prec ? -1 : 1;
	return 0;
}

bool
bl_pdate_valid(bl_pdate p)
{
	int			y,
				m,
				d;

	if (p.prec == BL_OPEN)
		return true;
	if (p.prec < BL_YEAR || p.prec > BL_DAY || p.first < bl_day_min() || p.first > bl_day_max())
		return false;
	bl_civil_from_days(p.first, &y, &m, &d);
	return p.prec == BL_DAY || (d == 1 && (p.prec == BL_MONTH || m == 1));
}
