/*
 * edtf.c - EDTF levels 0 and 1 in and out (bl_edtf.h; the mapping: docs/edtf.md).
 *
 * Reading is two passes: the syntax of every end first (so a malformed value
 * is reported as malformed, at its first bad character, whatever else it
 * says), then each end is mapped to a partial date, an open or an unknown end.
 */
#include "bl_edtf.h"

#include <stdio.h>
#include <string.h>

static const char syntax_hint[] =
"EDTF levels 0 and 1: a date YYYY, YYYY-MM or YYYY-MM-DD, maybe followed by ? (uncertain), ~ (approximate) or % (both), "
"or an interval FROM/TO whose ends are such dates, .. (open) or nothing (unknown), e.g. 1855, 1984?/2004-06~, 1956-10-19/..";
static const char year_hint[] =
"Partial dates hold years 0001 to 9999 of the proleptic Gregorian calendar; give a date in that range.";
static const char span_hint[] =
"A partial date is at least a year: give the year, or write the whole span as an interval, e.g. 2010/2019 for 201X.";
static const char season_hint[] =
"Write the months you mean as an interval, e.g. 2001-03/2001-05, or the year alone, e.g. 2001.";
static const char time_hint[] =
"Drop the time of day and give the day alone, e.g. 1985-04-12.";
static const char month_hint[] =
"Months are 01 to 12 (21 to 24 are seasons); a day exists in its month, e.g. 2016-02-29 but not 2015-02-29.";
static const char order_hint[] =
"An interval runs from its start to its end, e.g. 1855/1904, not 1904/1855.";
static const char arg_hint[] =
"A single date is one partial date with one qualifier; an open (..) or unknown end of an interval takes no qualifier.";
const char	bl_edtf_qual_hint[] =
"A qualifier is uncertain (EDTF ?), approximate (~) or uncertain_approximate (%); NULL for none.";

/* the text being read: trimmed t[0..n), at byte base of the input s */
typedef struct rd
{
	const char *s;
	const char *t;
	size_t		n;
	size_t		base;
} rd;

/* an end's syntax, before it is mapped */
typedef struct raw_date
{
	size_t		start,
				len;			/* the end's text in t */
	bool		yyear;			/* Y-prefixed */
	bool		neg;
	int			yv;				/* the year, X read as 0 (four-digit years) */
	int			year_x;			/* X digits of the year, from the right */
	bool		has_month,
				has_day;
	int			month;			/* -1 XX */
	int			day;			/* -1 XX */
	size_t		time_start,
				time_len;		/* time_len 0: no time */
	bl_edtf_qual qual;
} raw_date;

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* a part of the input as printable ASCII: a UTF-8 sequence or control byte as one '?' */
static void
show(const char *p, size_t len, char *out, size_t outsize)
{
	size_t		i = 0,
				n = 0;

	while (i < len && n + 4 < outsize)
	{
		unsigned char c = (unsigned char) p[i++];

		if (c >= 0xc0)
			while (i < len && ((unsigned char) p[i] & 0xc0) == 0x80)
				i++;
		out[n++] = (c < 0x20 || c >= 0x7f) ? '?' : (char) c;
	}
	if (i < len)
		out[n++] = '.', out[n++] = '.', out[n++] = '.';
	out[n] = '\0';
}

/* the 1-based character (not byte) of the input at t[i] */
static size_t
char_pos(const rd *r, size_t i)
{
	size_t		pos = 0;

	for (size_t k = 0; k <= r->base + i; k++)
		if (((unsigned char) r->s[k] & 0xc0) != 0x80)
			pos++;
	return pos;
}

static bool
fail(bl_edtf_error *err, bl_edtf_errkind kind, const char *hint)
{
	err->kind = kind;
	err->hint = hint;
	return false;
}

/* malformed at t[i] (or at the end when i == n): names the character and its position */
static bool
syntax(const rd *r, size_t i, const char *why, bl_edtf_error *err)
{
	if (i < r->n)
	{
		unsigned char c = (unsigned char) r->t[i];
		char		what[32];

		if (c >= 0x20 && c < 0x7f)
			snprintf(what, sizeof(what), "\"%c\"", c);
		else
			snprintf(what, sizeof(what), "%s", c >= 0x80 ? "non-ASCII character" : "control character");
		err->pos = char_pos(r, i);
		snprintf(err->detail, sizeof(err->detail), "Unexpected %s at character %zu: %s.", what, err->pos, why);
	}
	else
	{
		err->pos = char_pos(r, r->n - 1) + 1;
		snprintf(err->detail, sizeof(err->detail), "The value ends after character %zu: %s.", err->pos - 1, why);
	}
	return fail(err, BL_EDTF_ESYNTAX, syntax_hint);
}

/* why a character cannot start a date */
static const char *
not_a_start(char c)
{
	switch (c)
	{
		case '?':
		case '~':
		case '%':
			return "a qualifier follows the date it qualifies (a qualifier on the left is EDTF level 2, which is not read)";
		case '.':
			return "an open end (..) stands alone, as an end of an interval, e.g. 1985/.. or ../1985";
		case '[':
		case '{':
			return "sets of dates ([...], {...}) are EDTF level 2, which is not read";
		case '/':
			return "an interval has one /";
		default:
			return "a date starts with a year of four digits (X for an unspecified digit), - for a negative year, or Y for a year of more than four digits";
	}
}

/* two characters of a month or day: digits, or XX (value -1) */
static bool
two(const rd *r, size_t *i, size_t e, int *v, bool after_x, const char *what, bl_edtf_error *err)
{
	const char *t = r->t;
	size_t		k = *i;

	if (k + 1 < e && t[k] == 'X' && t[k + 1] == 'X')
	{
		*v = -1;
		*i = k + 2;
		return true;
	}
	for (size_t j = k; j < k + 2; j++)
	{
		if (j >= e || (!is_digit(t[j]) && t[j] != 'X'))
			return syntax(r, j, what, err);
		if (t[j] == 'X' || after_x)
			return syntax(r, t[j] == 'X' ? j : k,
						  "unspecified digits (X) come from the right of a date in EDTF level 1 (others are level 2, which is not read)", err);
	}
	*v = (t[k] - '0') * 10 + (t[k + 1] - '0');
	*i = k + 2;
	return true;
}

/* hh:mm:ss, an optional fraction, an optional zone (Z, +hh, +hh:mm, +hhmm) */
static bool
read_time(const rd *r, size_t *pi, size_t e, bl_edtf_error *err)
{
	const char *t = r->t;
	size_t		i = *pi;
	int			f[3];

	for (int k = 0; k < 3; k++)
	{
		if (k > 0)
		{
			if (i >= e || t[i] != ':')
				return syntax(r, i, "a time of day is hh:mm:ss", err);
			i++;
		}
		if (i + 1 >= e || !is_digit(t[i]) || !is_digit(t[i + 1]))
			return syntax(r, (i < e && is_digit(t[i])) ? i + 1 : i, "a time of day is hh:mm:ss", err);
		f[k] = (t[i] - '0') * 10 + (t[i + 1] - '0');
		if ((k == 0 && f[k] > 24) || (k > 0 && f[k] > 59) || (k > 0 && f[0] == 24 && f[k] != 0))
			return syntax(r, i, k == 0 ? "hours are 00 to 23 (24 only in 24:00:00)" : "minutes and seconds are 00 to 59", err);
		i += 2;
	}
	if (i < e && t[i] == '.')
	{
		size_t		d = ++i;

		while (i < e && is_digit(t[i]))
			i++;
		if (i == d)
			return syntax(r, i, "a fraction of a second has digits", err);
	}
	if (i < e && t[i] == 'Z')
		i++;
	else if (i < e && (t[i] == '+' || t[i] == '-'))
	{
		/* as ISO 8601 and edtf.js: -12:00 to +14:00, and no -00:00 */
		bool		minus = t[i] == '-';
		size_t		h = ++i;
		int			mins;

		if (i + 1 >= e || !is_digit(t[i]) || !is_digit(t[i + 1]))
			return syntax(r, (i < e && is_digit(t[i])) ? i + 1 : i, "a time shift is Z, +hh, +hh:mm or +hhmm", err);
		mins = ((t[i] - '0') * 10 + (t[i + 1] - '0')) * 60;
		i += 2;
		if (i < e && (t[i] == ':' || is_digit(t[i])))
		{
			if (t[i] == ':')
				i++;
			if (i + 1 >= e || !is_digit(t[i]) || !is_digit(t[i + 1]) || t[i] > '5')
				return syntax(r, i, "a time shift's minutes are 00 to 59", err);
			mins += (t[i] - '0') * 10 + (t[i + 1] - '0');
			i += 2;
		}
		if (minus ? (mins == 0 || mins > 12 * 60) : mins > 14 * 60)
			return syntax(r, h, "a time shift is -12:00 to +14:00 (and not -00:00)", err);
	}
	*pi = i;
	return true;
}

/* the syntax of one date in t[i..e) */
static bool
read_date(const rd *r, size_t i, size_t e, bool allow_time, raw_date *d, bl_edtf_error *err)
{
	const char *t = r->t;
	const char *after = "after a year come -MM, a qualifier (?, ~, %) or the end of the date";

	memset(d, 0, sizeof(*d));
	d->start = i;
	d->len = e - i;
	if (i < e && t[i] == 'Y')
	{
		size_t		ds;

		d->yyear = true;
		if (++i < e && t[i] == '-')
			d->neg = true, i++;
		ds = i;
		while (i < e && is_digit(t[i]))
			i++;
		if (i == ds)
			return syntax(r, i, "a Y-prefixed year has digits, e.g. Y170000002", err);
		if (t[ds] == '0')
			return syntax(r, ds, "a Y-prefixed year does not start with 0", err);
		if (i < e && (t[i] == 'E' || t[i] == 'S'))
			return syntax(r, i, "exponents (E) and significant digits (S) are EDTF level 2, which is not read", err);
		if (i - ds <= 4)
			return syntax(r, d->start, "the prefix Y marks a year of more than four digits; write a shorter year as YYYY", err);
		if (i < e)
			return syntax(r, i, "a Y-prefixed year stands alone, with no month, day or qualifier", err);
		return true;
	}
	if (i < e && t[i] == '-')
		d->neg = true, i++;
	for (int k = 0; k < 4; k++, i++)
	{
		if (i >= e || (!is_digit(t[i]) && t[i] != 'X'))
			return syntax(r, i, (k == 0 && !d->neg && i < e) ? not_a_start(t[i]) : "a year has four digits (X for an unspecified one)", err);
		if (t[i] == 'X')
			d->year_x++;
		else if (d->year_x > 0)
			return syntax(r, i, "unspecified digits (X) come from the right of a date in EDTF level 1 (others are level 2, which is not read)", err);
		d->yv = d->yv * 10 + (t[i] == 'X' ? 0 : t[i] - '0');
	}
	if (i < e && is_digit(t[i]))
		return syntax(r, i, "a year of more than four digits is written with the prefix Y, e.g. Y12345", err);
	if (d->neg && d->yv == 0 && d->year_x == 0)
		return syntax(r, d->start, "-0000 is not a year (year zero is 0000)", err);
	if (i < e && t[i] == '-')
	{
		size_t		mpos = ++i;

		if (!two(r, &i, e, &d->month, d->year_x > 0, "a month has two digits (XX when unspecified)", err))
			return false;
		d->has_month = true;
		if (d->month >= 25 && d->month <= 41)
			return syntax(r, mpos, "seasons 25 to 41 are EDTF level 2, which is not read (level 1 has 21 to 24)", err);
		after = "after a month come -DD, a qualifier (?, ~, %) or the end of the date";
		if (i < e && t[i] == '-')
		{
			if (d->month >= 21 && d->month <= 24)
				return syntax(r, i, "a season takes no day", err);
			i++;
			if (!two(r, &i, e, &d->day, d->month < 0, "a day has two digits (XX when unspecified)", err))
				return false;
			d->has_day = true;
			after = "after a day come a time of day (Thh:mm:ss), a qualifier (?, ~, %) or the end of the date";
		}
	}
	if (i < e && t[i] == 'T')
	{
		if (!d->has_day)
			return syntax(r, i, "a time of day follows a whole date, YYYY-MM-DDThh:mm:ss", err);
		if (d->day < 0 || d->year_x > 0)
			return syntax(r, i, "a time of day follows a date with no unspecified digit", err);
		if (!allow_time)
			return syntax(r, i, "an interval of EDTF levels 0 and 1 is made of dates, without a time of day", err);
		d->time_start = i++;
		if (!read_time(r, &i, e, err))
			return false;
		d->time_len = i - d->time_start;
		after = "a time of day ends the value (it takes no qualifier)";
	}
	else if (i < e && (t[i] == '?' || t[i] == '~' || t[i] == '%'))
	{
		d->qual = t[i] == '?' ? BL_EDTF_UNCERTAIN : t[i] == '~' ? BL_EDTF_APPROXIMATE : BL_EDTF_UNCERTAIN_APPROXIMATE;
		i++;
		after = (i < e && (t[i] == '?' || t[i] == '~' || t[i] == '%'))
			? "a date has one qualifier at most (% is ? and ~ together)"
			: "a qualifier ends the date (qualifying a part of a date is EDTF level 2, which is not read)";
	}
	if (i < e)
		return syntax(r, i, t[i] == '/' ? "an interval has one /" : after, err);
	return true;
}

/* a parsed end as a partial date, or why it cannot be one */
static bool
map_date(const rd *r, const raw_date *d, bl_edtf_end *end, bl_edtf_error *err)
{
	char		part[80];
	int			m;

	show(r->t + d->start, d->len, part, sizeof(part));
	err->pos = 0;
	if (d->yyear || d->neg || (d->yv == 0 && d->year_x == 0))
	{
		if (d->yyear && !d->neg)
			snprintf(err->detail, sizeof(err->detail),
					 "The year of \"%s\" is after 9999, the last year of a partial date.", part);
		else if (d->neg && d->year_x == 0 && !d->yyear)
			snprintf(err->detail, sizeof(err->detail),
					 "The year of \"%s\" is %d BC (EDTF counts 0000 as 1 BC); a partial date holds no year before 0001.", part, d->yv + 1);
		else if (!d->neg)
			snprintf(err->detail, sizeof(err->detail),
					 "The year of \"%s\" is 1 BC (EDTF's year 0000); a partial date holds no year before 0001.", part);
		else
			snprintf(err->detail, sizeof(err->detail),
					 "The year of \"%s\" is before 0001 (a year BC); a partial date holds no year before 0001.", part);
		return fail(err, BL_EDTF_EUNREP, year_hint);
	}
	if (d->year_x > 0)
	{
		static const char *const span[] = {"", "a decade", "a century", "a millennium", "any year"};
		int			width = d->year_x == 1 ? 10 : d->year_x == 2 ? 100 : d->year_x == 3 ? 1000 : 10000;

		snprintf(err->detail, sizeof(err->detail),
				 "The year of \"%s\" is %s (%04d to %04d), not one year: its digits X are unspecified.",
				 part, span[d->year_x], d->yv, d->yv + width - 1);
		return fail(err, BL_EDTF_EUNREP, span_hint);
	}
	if (d->month >= 21 && d->month <= 24)
	{
		static const char *const season[] = {"spring", "summer", "autumn", "winter"};

		snprintf(err->detail, sizeof(err->detail),
				 "\"%s\" is a season (%s %04d), which EDTF level 1 ties to no months; a partial date is a year, a month or a day.",
				 part, season[d->month - 21], d->yv);
		return fail(err, BL_EDTF_EUNREP, season_hint);
	}
	m = d->has_month && d->month > 0 ? d->month : 1;
	if (d->has_month && d->month != -1 && (d->month < 1 || d->month > 12))
	{
		snprintf(err->detail, sizeof(err->detail), "The month of \"%s\" does not exist.", part);
		return fail(err, BL_EDTF_EDATE, month_hint);
	}
	if (d->has_day && d->day != -1 && (d->day < 1 || d->day > bl_days_in_month(d->yv, m)))
	{
		snprintf(err->detail, sizeof(err->detail), "The day of \"%s\" does not exist.", part);
		return fail(err, BL_EDTF_EDATE, month_hint);
	}
	if (d->time_len > 0)
	{
		char		time[48];

		show(r->t + d->time_start, d->time_len, time, sizeof(time));
		snprintf(err->detail, sizeof(err->detail),
				 "The time of day \"%s\" of \"%s\" cannot be held: a partial date is at finest a day.", time, part);
		return fail(err, BL_EDTF_EUNREP, time_hint);
	}
	end->kind = BL_EDTF_DATE;
	end->qual = d->qual;
	/* an unspecified month or day (XX) covers the same days as the coarser date */
	end->date.prec = (!d->has_month || d->month < 0) ? BL_YEAR : (!d->has_day || d->day < 0) ? BL_MONTH : BL_DAY;
	end->date.first = bl_days_from_civil(d->yv, end->date.prec >= BL_MONTH ? m : 1, end->date.prec == BL_DAY ? d->day : 1);
	return true;
}

/* an end of an interval in t[i..e): empty (unknown), .. (open) or a date */
static bool
read_end(const rd *r, size_t i, size_t e, raw_date *d, bl_edtf_end *end, bl_edtf_error *err)
{
	memset(end, 0, sizeof(*end));
	if (i == e)
	{
		end->kind = BL_EDTF_UNKNOWN;
		return true;
	}
	if (e - i == 2 && r->t[i] == '.' && r->t[i + 1] == '.')
	{
		end->kind = BL_EDTF_OPEN;
		return true;
	}
	if (r->t[i] == '.' && i + 1 < e && r->t[i + 1] == '.')
		return syntax(r, i + 2, "an open end is .. alone", err);
	end->kind = BL_EDTF_DATE;	/* mapped after both ends' syntax is checked */
	return read_date(r, i, e, false, d, err);
}

static bool
ends_before_start(const bl_edtf *v)
{
	return v->from.kind == BL_EDTF_DATE && v->to.kind == BL_EDTF_DATE &&
		v->from.date.first > bl_pdate_last(v->to.date);
}

bool
bl_edtf_parse(const char *s, size_t len, bl_edtf *out, bl_edtf_error *err)
{
	rd			r;
	size_t		slash;
	raw_date	a,
				b;

	memset(out, 0, sizeof(*out));
	memset(err, 0, sizeof(*err));
	if (len > BL_EDTF_MAXLEN)
	{
		err->pos = BL_EDTF_MAXLEN + 1;
		snprintf(err->detail, sizeof(err->detail),
				 "The value is %zu bytes long; EDTF is read up to %d bytes (no date or interval a partial date holds is longer than %d characters).",
				 len, BL_EDTF_MAXLEN, BL_EDTF_TEXT_MAX - 1);
		return fail(err, BL_EDTF_ESYNTAX, syntax_hint);
	}
	r.s = s;
	r.t = s;
	r.n = len;
	bl_trim(&r.t, &r.n);
	r.base = (size_t) (r.t - s);
	if (r.n == 0)
	{
		err->pos = 1;
		snprintf(err->detail, sizeof(err->detail), "The value is empty.");
		return fail(err, BL_EDTF_ESYNTAX, syntax_hint);
	}
	for (slash = 0; slash < r.n && r.t[slash] != '/'; slash++)
		;
	if (slash == r.n)
	{
		if (!read_date(&r, 0, r.n, true, &a, err) || !map_date(&r, &a, &out->from, err))
			return false;
		out->to = out->from;
		return true;
	}
	out->interval = true;
	if (!read_end(&r, 0, slash, &a, &out->from, err) ||
		!read_end(&r, slash + 1, r.n, &b, &out->to, err))
		return false;
	if ((out->from.kind == BL_EDTF_DATE && !map_date(&r, &a, &out->from, err)) ||
		(out->to.kind == BL_EDTF_DATE && !map_date(&r, &b, &out->to, err)))
		return false;
	if (ends_before_start(out))
	{
		char		part[80];

		show(r.t, r.n, part, sizeof(part));
		snprintf(err->detail, sizeof(err->detail), "The interval \"%s\" ends before it starts.", part);
		return fail(err, BL_EDTF_EORDER, order_hint);
	}
	return true;
}

/* ---------- writing ---------- */

static size_t
put_end(const bl_edtf_end *e, char *buf)
{
	static const char qchar[] = {'\0', '?', '~', '%'};
	size_t		n = 0;

	if (e->kind == BL_EDTF_OPEN)
	{
		memcpy(buf, "..", 2);
		n = 2;
	}
	else if (e->kind == BL_EDTF_DATE)
	{
		n = (size_t) bl_pdate_format(e->date, buf);
		if (e->qual != BL_EDTF_PLAIN)
			buf[n++] = qchar[e->qual];
	}
	buf[n] = '\0';
	return n;
}

static bool
end_ok(const bl_edtf_end *e, bl_edtf_error *err)
{
	if (e->kind == BL_EDTF_DATE ? (e->date.prec == BL_OPEN || !bl_pdate_valid(e->date))
		: (e->kind != BL_EDTF_OPEN && e->kind != BL_EDTF_UNKNOWN))
	{
		snprintf(err->detail, sizeof(err->detail), "An end is not a partial date, an open end or an unknown end.");
		return fail(err, BL_EDTF_EARG, arg_hint);
	}
	if (e->kind != BL_EDTF_DATE && e->qual != BL_EDTF_PLAIN)
	{
		snprintf(err->detail, sizeof(err->detail), "The %s end of the interval has the qualifier %s, which qualifies a date only.",
				 e->kind == BL_EDTF_OPEN ? "open" : "unknown", bl_edtf_qual_name(e->qual) ? bl_edtf_qual_name(e->qual) : "(invalid)");
		return fail(err, BL_EDTF_EARG, arg_hint);
	}
	if ((int) e->qual < BL_EDTF_PLAIN || (int) e->qual > BL_EDTF_UNCERTAIN_APPROXIMATE)
	{
		snprintf(err->detail, sizeof(err->detail), "A qualifier is not one of EDTF's.");
		return fail(err, BL_EDTF_EARG, bl_edtf_qual_hint);
	}
	return true;
}

bool
bl_edtf_format(const bl_edtf *v, char *buf, size_t *outlen, bl_edtf_error *err)
{
	size_t		n;

	memset(err, 0, sizeof(*err));
	buf[0] = '\0';
	*outlen = 0;
	if (!end_ok(&v->from, err) || !end_ok(&v->to, err))
		return false;
	if (!v->interval)
	{
		char		a[BL_EDTF_TEXT_MAX],
					b[BL_EDTF_TEXT_MAX];

		if (v->from.kind != BL_EDTF_DATE || v->to.kind != BL_EDTF_DATE)
		{
			snprintf(err->detail, sizeof(err->detail), "A single date cannot be an open or unknown end.");
			return fail(err, BL_EDTF_EARG, arg_hint);
		}
		put_end(&v->from, a);
		put_end(&v->to, b);
		if (strcmp(a, b) != 0)
		{
			snprintf(err->detail, sizeof(err->detail), "A single date has one value, not \"%s\" and \"%s\".", a, b);
			return fail(err, BL_EDTF_EARG, arg_hint);
		}
		memcpy(buf, a, strlen(a) + 1);
		*outlen = strlen(a);
		return true;
	}
	n = put_end(&v->from, buf);
	buf[n++] = '/';
	n += put_end(&v->to, buf + n);
	if (ends_before_start(v))
	{
		snprintf(err->detail, sizeof(err->detail), "The interval \"%s\" ends before it starts.", buf);
		buf[0] = '\0';
		return fail(err, BL_EDTF_EORDER, order_hint);
	}
	*outlen = n;
	return true;
}

const char *
bl_edtf_qual_name(bl_edtf_qual q)
{
	switch (q)
	{
		case BL_EDTF_UNCERTAIN:
			return "uncertain";
		case BL_EDTF_APPROXIMATE:
			return "approximate";
		case BL_EDTF_UNCERTAIN_APPROXIMATE:
			return "uncertain_approximate";
		default:
			return NULL;
	}
}

bool
bl_edtf_qual_parse(const char *s, size_t len, bl_edtf_qual *q)
{
	for (int k = BL_EDTF_UNCERTAIN; k <= BL_EDTF_UNCERTAIN_APPROXIMATE; k++)
	{
		const char *name = bl_edtf_qual_name((bl_edtf_qual) k);

		if (s != NULL && len == strlen(name) && memcmp(s, name, len) == 0)
		{
			*q = (bl_edtf_qual) k;
			return true;
		}
	}
	return false;
}
