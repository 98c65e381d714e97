/*
 * test_core.c - unit tests of the plain C core (no server).  Prints TAP, so
 * `prove` runs it; `make unit` and `make unit-asan` build it.
 */
#include "core/bl_core.h"
#include "core/bl_canon.h"
#include "core/bl_stats.h"
#include "core/bl_xmlchars.h"

#include <math.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"

static int32_t
day(int y, int m, int d)
{
	return bl_days_from_civil(y, m, d);
}

static void
test_days(void)
{
	int			y,
				m,
				d,
				bad = 0;

	ok(day(2000, 1, 1) == 0, "2000-01-01 is day 0 (PostgreSQL's epoch)");
	ok(day(1970, 1, 1) == -10957, "1970-01-01 is day -10957");
	ok(day(1956, 10, 19) == -15779, "1956-10-19 is day -15779");
	for (int32_t z = bl_day_min(); z <= bl_day_max(); z += 7)
	{
		bl_civil_from_days(z, &y, &m, &d);
		if (day(y, m, d) != z || d > bl_days_in_month(y, m))
			bad++;
	}
	ok(bad == 0, "civil <-> day numbers round-trip over 0001..9999");
	ok(bl_days_in_month(1900, 2) == 28 && bl_days_in_month(2000, 2) == 29 &&
	   bl_days_in_month(2004, 2) == 29 && bl_days_in_month(2005, 2) == 28, "leap years are Gregorian");
}

static int
parses(const char *s, bl_pdate *p, bl_error *e)
{
	return bl_pdate_parse(s, strlen(s), p, e);
}

static void
test_pdate(void)
{
	bl_pdate	p;
	bl_error	e;
	char		buf[16];
	static const char *good[] = {"1855", "1945-08", "1956-10-19", "2000-02-29", "0001", "9999-12-31"};
	static const char *bad_syntax[] = {"", "185", "18555", "1945-8", "1945/08", "19a5", "1945-08-1", "-1945", " 1945", "1945-08-19x"};
	static const char *bad_date[] = {"0000", "2005-13", "2005-00", "2005-02-30", "1900-02-29", "2005-04-31", "2005-01-00"};

	for (size_t i = 0; i < sizeof(good) / sizeof(*good); i++)
	{
		int			r = parses(good[i], &p, &e);

		bl_pdate_format(p, buf);
		ok(r && strcmp(buf, good[i]) == 0, good[i]);
	}
	for (size_t i = 0; i < sizeof(bad_syntax) / sizeof(*bad_syntax); i++)
		ok(!parses(bad_syntax[i], &p, &e) && e.kind == BL_ESYNTAX && e.hint, bad_syntax[i]);
	for (size_t i = 0; i < sizeof(bad_date) / sizeof(*bad_date); i++)
		ok(!parses(bad_date[i], &p, &e) && e.kind == BL_EDATE && strstr(e.detail, bad_date[i]), bad_date[i]);
	parses("2012", &p, &e);
	ok(p.prec == BL_YEAR && p.first == day(2012, 1, 1) && bl_pdate_last(p) == day(2012, 12, 31), "2012 spans the year");
	parses("2020-02", &p, &e);
	ok(bl_pdate_last(p) == day(2020, 2, 29), "2020-02 ends on the 29th");
	parses("1956-10-19", &p, &e);
	ok(bl_pdate_last(p) == p.first, "a day is its own first and last day");
	ok(bl_pdate_valid(p), "a parsed date is valid");
	p.first += 1;
	p.prec = BL_MONTH;
	ok(!bl_pdate_valid(p), "a month that does not start on the 1st is not valid");
}

/* day numbers of the first and last day PostgreSQL's date type holds (4714-11-24 BC, 5874897-12-31) */
#define PG_DAY_MIN (-2451545)
#define PG_DAY_MAX 2145031948

static bool
prec_parses(const char *s, size_t len, bl_prec want)
{
	bl_prec		p = BL_OPEN;

	return bl_prec_parse(s, len, &p) && p == want;
}

static void
test_prec_days(void)
{
	static const char *bad[] = {"", "open", "Year", "YEAR", "years", "yea", " day", "day ", "week", "decade"};
	bl_prec		p;
	int			y,
				m,
				d,
				bad_days = 0;

	ok(prec_parses("year", 4, BL_YEAR) && prec_parses("month", 5, BL_MONTH) && prec_parses("day", 3, BL_DAY),
	   "precision names: year, month, day");
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		ok(!bl_prec_parse(bad[i], strlen(bad[i]), &p), bad[i]);
	ok(!bl_prec_parse("day\0x", 5, &p) && prec_parses("dayx", 3, BL_DAY) && !bl_prec_parse(NULL, 0, &p),
	   "a precision name is exactly its len bytes: none after a NUL, no NULL");

	ok(bl_prec_first_day(day(2016, 6, 15), BL_YEAR) == day(2016, 1, 1) &&
	   bl_prec_last_day(day(2016, 6, 15), BL_YEAR) == day(2016, 12, 31), "2016-06-15 in its year");
	ok(bl_prec_first_day(day(2016, 6, 15), BL_MONTH) == day(2016, 6, 1) &&
	   bl_prec_last_day(day(2016, 6, 15), BL_MONTH) == day(2016, 6, 30), "2016-06-15 in its month");
	ok(bl_prec_first_day(day(2016, 6, 15), BL_DAY) == day(2016, 6, 15) &&
	   bl_prec_last_day(day(2016, 6, 15), BL_DAY) == day(2016, 6, 15), "a day is its own first and last day");
	ok(bl_prec_last_day(day(2000, 2, 10), BL_MONTH) == day(2000, 2, 29) &&
	   bl_prec_last_day(day(1900, 2, 10), BL_MONTH) == day(1900, 2, 28) &&
	   bl_prec_last_day(day(2024, 2, 29), BL_MONTH) == day(2024, 2, 29) &&
	   bl_prec_last_day(day(2100, 2, 1), BL_MONTH) == day(2100, 2, 28), "February ends on the Gregorian leap day");
	ok(bl_prec_first_day(day(2024, 2, 29), BL_YEAR) == day(2024, 1, 1) &&
	   bl_prec_last_day(day(2024, 2, 29), BL_YEAR) == day(2024, 12, 31), "a leap day in its year");
	ok(bl_prec_first_day(day(2019, 12, 31), BL_MONTH) == day(2019, 12, 1) &&
	   bl_prec_last_day(day(2019, 12, 1), BL_MONTH) == day(2019, 12, 31) &&
	   bl_prec_last_day(day(2019, 12, 31), BL_YEAR) == day(2019, 12, 31), "December ends the year");
	ok(bl_prec_is_first_day(day(2019, 12, 1), BL_MONTH) && !bl_prec_is_first_day(day(2019, 12, 1), BL_YEAR) &&
	   bl_prec_is_first_day(day(2019, 1, 1), BL_YEAR) && !bl_prec_is_first_day(day(2019, 12, 2), BL_MONTH) &&
	   bl_prec_is_first_day(day(2019, 12, 2), BL_DAY), "the first day of a precision");
	ok(bl_prec_first_day(bl_day_min(), BL_YEAR) == bl_day_min() &&
	   bl_prec_first_day(day(1, 3, 5), BL_YEAR) == bl_day_min() &&
	   bl_prec_last_day(day(1, 3, 5), BL_MONTH) == day(1, 3, 31), "year 1");
	ok(bl_prec_last_day(day(9999, 6, 15), BL_YEAR) == bl_day_max() &&
	   bl_prec_last_day(bl_day_max(), BL_MONTH) == bl_day_max() &&
	   bl_prec_first_day(bl_day_max(), BL_MONTH) == day(9999, 12, 1), "year 9999");
	ok(bl_prec_first_day(day(0, 3, 1), BL_YEAR) == day(0, 1, 1) && bl_prec_last_day(day(0, 2, 1), BL_MONTH) == day(0, 2, 29) &&
	   bl_prec_last_day(day(-44, 3, 15), BL_YEAR) == day(-44, 12, 31), "years before 1 (1 BC is a leap year)");
	ok(bl_prec_first_day(PG_DAY_MIN, BL_MONTH) == day(-4713, 11, 1) && bl_prec_first_day(PG_DAY_MIN, BL_MONTH) < PG_DAY_MIN &&
	   bl_prec_last_day(PG_DAY_MIN, BL_YEAR) == day(-4713, 12, 31), "4714-11-24 BC: its month and year start before PostgreSQL's first day");
	ok(bl_prec_last_day(PG_DAY_MAX, BL_YEAR) == PG_DAY_MAX && bl_prec_first_day(PG_DAY_MAX, BL_YEAR) == day(5874897, 1, 1),
	   "5874897-12-31: PostgreSQL's last day ends its year");
	ok(bl_prec_first_day(day(1, 1, 1), BL_OPEN) == day(1, 1, 1) && bl_prec_last_day(7, BL_OPEN) == 7, "open leaves the day");
	/* every 997th day PostgreSQL holds: the first day starts the month or year, the last ends it */
	for (int64_t z = PG_DAY_MIN; z <= PG_DAY_MAX; z += 997)
	{
		int32_t		fy = bl_prec_first_day((int32_t) z, BL_YEAR),
					ly = bl_prec_last_day((int32_t) z, BL_YEAR),
					fm = bl_prec_first_day((int32_t) z, BL_MONTH),
					lm = bl_prec_last_day((int32_t) z, BL_MONTH);

		bl_civil_from_days((int32_t) z, &y, &m, &d);
		if (fy != day(y, 1, 1) || ly != day(y, 12, 31) || fm != z - d + 1 || lm != day(y, m, bl_days_in_month(y, m)) ||
			!(fy <= fm && fm <= z && z <= lm && lm <= ly) || !bl_prec_is_first_day(fm, BL_MONTH) ||
			!bl_prec_is_first_day(fy, BL_YEAR) || bl_prec_first_day(lm + 1, BL_MONTH) != lm + 1 ||
			bl_prec_first_day(ly + 1, BL_YEAR) != ly + 1 || bl_prec_first_day((int32_t) z, BL_DAY) != z ||
			bl_prec_last_day((int32_t) z, BL_DAY) != z)
			bad_days++;
	}
	ok(bad_days == 0, "first and last days over PostgreSQL's whole date range");
}

static bool
xml_ok(const char *s, bool utf8)
{
	return bl_xml_text_ok(s, strlen(s), utf8);
}

static void
test_xml_text_ok(void)
{
	static const char *bad[] = {"\x01", "a\x08-", "\x0b", "\x0c", "\x0e", "x\x1f", "\x7f\x1f"};
	char		c[2] = {0, 0};
	int			agree = 0;
	int			refused = 0;

	ok(xml_ok("", true) && xml_ok("plain \t\r\n text", true) && xml_ok("\xE6\x97\xA5\xE6\x9C\xAC \xEF\xBF\xBD", true) &&
	   xml_ok("\x7f", true), "text XML holds: tab, CR, LF, UTF-8, U+FFFD, DEL");
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		refused += !xml_ok(bad[i], true) && !xml_ok(bad[i], false);
	ok(refused == (int) (sizeof(bad) / sizeof(*bad)), "U+0001-U+0008, U+000B, U+000C, U+000E-U+001F refused in any encoding");
	ok(!xml_ok("a\xEF\xBF\xBE", true) && !xml_ok("\xEF\xBF\xBFz", true), "U+FFFE and U+FFFF in UTF-8");
	ok(xml_ok("a\xEF\xBF\xBE", false) && xml_ok("\xEF\xBF\xBF", false), "their bytes are other characters in another encoding");
	ok(xml_ok("\xEF\xBF", true) && xml_ok("\xEF", true) && bl_xml_text_ok("\xEF\xBF\xBE", 2, true),
	   "a cut sequence at the end is read within its length");
	/* every single character agrees with the NUL-terminated count export_tei uses */
	for (int b = 1; b < 256; b++)
	{
		c[0] = (char) b;
		agree += xml_ok(c, true) == (bl_xml_count_bad(c) == 0);
	}
	ok(agree == 255 && xml_ok("\xEF\xBF\xBE", true) == (bl_xml_count_bad("\xEF\xBF\xBE") == 0),
	   "the same answers as bl_xml_count_bad on UTF-8");
}

static void
test_treaty(void)
{
	bl_treaty	t,
				u;
	bl_error	e;
	char		buf[512],
				akn[512];
	uint8_t		packed[512];
	size_t		n;
	const char *s = "1956-10-19:RUS+JPN:joint_declaration";
	char		many[400];

	ok(bl_treaty_parse(s, strlen(s), &t, &e), "treaty parses");
	bl_treaty_format(&t, buf);
	ok(strcmp(buf, "1956-10-19:JPN+RUS:joint_declaration") == 0, "parties come out sorted");
	bl_treaty_akn(&t, akn);
	ok(strcmp(akn, "/akn/int/doc/treaty/jpn-rus/1956-10-19/joint_declaration") == 0, "AKN work URI");
	ok(bl_treaty_parse(akn, strlen(akn), &u, &e) && bl_treaty_cmp(&t, &u) == 0, "AKN URI reads back");
	n = bl_treaty_pack(&t, packed);
	ok(bl_treaty_unpack(packed, n, &u, &e) && bl_treaty_cmp(&t, &u) == 0, "pack/unpack round trip");
	ok(n <= 3 + 1 + 4 + 13, "packed treaty is small");

	ok(!bl_treaty_parse("1956:JPN+JPN:x", 14, &t, &e) && strstr(e.detail, "twice"), "duplicate party refused");
	ok(!bl_treaty_parse("1956:JPN+RU:x", 13, &t, &e) && strstr(e.detail, "\"RU\""), "two-letter party named");
	ok(!bl_treaty_parse("1956:JPN+RUS:Bad", 16, &t, &e) && e.kind == BL_ECODE, "upper-case slug refused");
	ok(!bl_treaty_parse("1956:JPN+RUS:a23456789012345678901234567890123", 46, &t, &e), "33-character slug refused");
	ok(!bl_treaty_parse("1956-02-30:JPN+RUS:x", 20, &t, &e) && e.kind == BL_EDATE, "impossible date refused");
	ok(!bl_treaty_parse("1956:JPN+RUS", 12, &t, &e) && e.kind == BL_ESYNTAX, "missing slug part refused");
	ok(!bl_treaty_parse("1956:JPN+RUS:x:y", 16, &t, &e) && e.kind == BL_ESYNTAX, "four parts refused");
	ok(!bl_treaty_parse("/akn/int/doc/treaty/jpn-RUS/1956/x", 34, &t, &e), "upper-case in AKN parties refused");

	/* 64 parties pass, 65 do not */
	strcpy(many, "1900:");
	for (int i = 0; i < 65; i++)
		sprintf(many + strlen(many), "%sA%c%c", i ? "+" : "", 'A' + i / 26, 'A' + i % 26);
	strcat(many, ":big");
	ok(!bl_treaty_parse(many, strlen(many), &t, &e), "65 parties refused");
	*strrchr(many, '+') = '\0';
	strcat(many, ":big");
	ok(bl_treaty_parse(many, strlen(many), &t, &e) && t.nparties == 64, "64 parties accepted");
	n = bl_treaty_pack(&t, packed);
	ok(n <= bl_treaty_packed_max() && bl_treaty_unpack(packed, n, &u, &e) && bl_treaty_cmp(&t, &u) == 0,
	   "64 parties round-trip through the packed form");

	/* order: date, then parties, then slug */
	{
		bl_treaty	a,
					b,
					c;

		bl_treaty_parse("1855:JPN+RUS:zzz", 16, &a, &e);
		bl_treaty_parse("1855-02-07:JPN+RUS:aaa", 22, &b, &e);
		bl_treaty_parse("1855-02-07:JPN+USA:aaa", 22, &c, &e);
		ok(bl_treaty_cmp(&a, &b) < 0 && bl_treaty_cmp(&b, &c) < 0 && bl_treaty_cmp(&c, &a) > 0, "chronological, then parties");
	}
}

static int
pos(const char *s, bl_position *p, bl_error *e)
{
	return bl_position_parse(s, strlen(s), p, e);
}

static void
test_position(void)
{
	bl_position p,
				q;
	bl_error	e;
	char		buf[BL_POSITION_TEXT_MAX];
	uint8_t		packed[64];
	size_t		n;
	static const char *rt[] = {
		"JPN->RUS:peace_treaty:+2:2018-11/2019-01",
		"RUS->JPN:territorial_dispute:-3:1945-08/..",
		"JPN->RUS:energy:0:../..",
		"JPN->CHN:a:+3:1000/9999-12-31",
	};

	for (size_t i = 0; i < sizeof(rt) / sizeof(*rt); i++)
	{
		int			r = pos(rt[i], &p, &e);

		bl_position_format(&p, buf);
		ok(r && strcmp(buf, rt[i]) == 0, rt[i]);
	}
	ok(pos(" JPN->RUS:peace_treaty:Cooperative:2018-11/2019-01 ", &p, &e) && p.stance == 2, "labels and surrounding blanks accepted");
	ok(pos("JPN->RUS:peace_treaty:2:2018/2018", &p, &e) && p.stance == 2, "unsigned stance accepted");

	ok(!pos("JPN->RUS:peace_treaty:+4:2018/..", &p, &e) && e.kind == BL_ERANGE && strstr(e.detail, "+4"), "stance +4 out of range");
	ok(!pos("JPN->RUS:peace_treaty:friendly:2018/..", &p, &e) && strstr(e.detail, "friendly"), "unknown label named");
	ok(!pos("JPN->RUS:peace_treaty:+1:2019/2018", &p, &e) && e.kind == BL_EORDER, "period ending before it starts");
	ok(pos("JPN->RUS:peace_treaty:+1:2018-06/2018", &p, &e), "start 2018-06, end 2018 is possible");
	ok(!pos("JPN->JPN:peace_treaty:+1:2018/..", &p, &e) && e.kind == BL_ECODE, "actor toward itself refused");
	ok(!pos("JPN-RUS:peace_treaty:+1:2018/..", &p, &e) && e.kind == BL_ESYNTAX, "missing arrow");
	ok(!pos("JPN->RUS:Peace:+1:2018/..", &p, &e) && e.kind == BL_ECODE, "upper-case issue refused");
	ok(!pos("JPN->RUS:peace_treaty:+1:2018", &p, &e) && e.kind == BL_ESYNTAX, "period without slash");
	ok(!pos("JPN->RUS:peace_treaty:+1:2018/../..", &p, &e), "period with two slashes");
	ok(!pos("JPN->RUS:peace_treaty:+1:2018-02-30/..", &p, &e) && e.kind == BL_EDATE, "impossible start date");
	ok(!pos("JPN->RUS:peace_treaty:+1:2018/..:x", &p, &e), "extra field refused");

	/* the two readings */
	pos("JPN->RUS:peace_treaty:+1:2012/2020-09", &p, &e);
	ok(bl_position_possibly_at(&p, day(2012, 3, 1)), "began in 2012: possibly on 2012-03-01");
	ok(!bl_position_certainly_at(&p, day(2012, 3, 1)), "began in 2012: not certainly on 2012-03-01");
	ok(bl_position_certainly_at(&p, day(2012, 12, 31)), "began in 2012: certainly from 2012-12-31");
	ok(bl_position_certainly_at(&p, day(2020, 9, 1)), "ended 2020-09: certainly until 2020-09-01");
	ok(!bl_position_certainly_at(&p, day(2020, 9, 2)), "ended 2020-09: not certainly on 2020-09-02");
	ok(bl_position_possibly_at(&p, day(2020, 9, 30)) && !bl_position_possibly_at(&p, day(2020, 10, 1)), "ended 2020-09: possibly until 2020-09-30");
	pos("JPN->RUS:peace_treaty:+1:../..", &q, &e);
	ok(bl_position_possibly_at(&q, day(1, 1, 1)) && bl_position_certainly_at(&q, day(9999, 12, 31)), "open both ways holds always");

	/* overlap needs the same subject */
	pos("JPN->RUS:peace_treaty:-1:2020-09-30/2021", &q, &e);
	ok(bl_position_overlaps(&p, &q), "periods sharing 2020-09-30 overlap");
	pos("RUS->JPN:peace_treaty:-1:2020-09-30/2021", &q, &e);
	ok(!bl_position_overlaps(&p, &q), "direction matters for overlap");

	/* packing */
	pos("JPN->RUS:abcdefghijkl:+1:2012/2020-09", &p, &e);
	n = bl_position_pack(&p, packed);
	ok(n + 4 <= 24, "12-character issue: packed with a 4-byte header fits 24 bytes");
	pos("JPN->RUS:abcdefghijklmnopqrstuvwxyz012345:+1:2012/2020-09", &p, &e);
	n = bl_position_pack(&p, packed);
	ok(n <= BL_POSITION_PACKED_MAX && n + 4 <= 40, "32-character issue fits 40 bytes");
	ok(bl_position_unpack(packed, n, &q, &e) && bl_position_cmp(&p, &q) == 0, "pack/unpack round trip");
	packed[n - 1] |= 1;			/* a padding bit */
	ok(!bl_position_unpack(packed, n, &q, &e) || bl_position_pack(&q, packed + 32) == n, "padding bits are checked");
}

/* random values: unpack(pack(x)) == x, order is antisymmetric, equal iff same bytes */
static void
test_random(void)
{
	static const char *issues[] = {"peace_treaty", "energy", "territorial_dispute", "a", "china"};
	bl_position ps[200];
	int			bad_rt = 0,
				bad_cmp = 0,
				accepted = 0,
				bad_canon = 0;
	bl_error	e;

	srand(42);
	for (int i = 0; i < 200; i++)
	{
		bl_position *p = &ps[i];
		uint8_t		buf[64];
		size_t		n;
		bl_position q;

		memset(p, 0, sizeof(*p));
		sprintf(p->actor, "%c%c%c", 'A' + rand() % 3, 'A' + rand() % 2, 'A' + rand() % 26);
		strcpy(p->counterpart, "RUS");
		strcpy(p->issue, issues[rand() % 5]);
		p->issue_len = (int) strlen(p->issue);
		p->stance = rand() % 7 - 3;
		p->from.prec = (bl_prec) (rand() % 4);
		p->from.first = p->from.prec ? day(1900 + rand() % 50, 1, 1) : 0;
		p->to.prec = (bl_prec) (rand() % 4);
		p->to.first = p->to.prec ? day(1950 + rand() % 50, 1, 1) : 0;
		if (!bl_position_check(p, &e))
		{
			i--;
			continue;
		}
		n = bl_position_pack(p, buf);
		if (!bl_position_unpack(buf, n, &q, &e) || bl_position_cmp(p, &q) != 0)
			bad_rt++;
		/* the accessors' head-only decoder agrees, with the issue left empty */
		if (!bl_position_unpack_head(buf, n, &q, &e) || strcmp(q.actor, p->actor) != 0 ||
			strcmp(q.counterpart, p->counterpart) != 0 || q.stance != p->stance ||
			bl_pdate_cmp(q.from, p->from) != 0 || bl_pdate_cmp(q.to, p->to) != 0 || q.issue_len != 0)
			bad_rt++;
	}
	for (int i = 0; i < 200; i++)
		for (int j = 0; j < 200; j++)
		{
			uint8_t		a[64],
						b[64];
			size_t		na = bl_position_pack(&ps[i], a),
						nb = bl_position_pack(&ps[j], b);
			int			c1 = bl_position_cmp(&ps[i], &ps[j]),
						c2 = bl_position_cmp(&ps[j], &ps[i]);

			if (c1 != -c2 || ((c1 == 0) != (na == nb && memcmp(a, b, na) == 0)))
				bad_cmp++;
		}
	ok(bad_rt == 0, "200 random positions round-trip through the packed form, and their heads decode alike");
	ok(bad_cmp == 0, "order is antisymmetric and equality means identical packed bytes");

	/* random bytes: whatever unpacks must be canonical */
	for (int i = 0; i < 100000; i++)
	{
		uint8_t		buf[40],
					again[40];
		size_t		n = 11 + (size_t) (rand() % 25);
		bl_position q;

		for (size_t k = 0; k < n; k++)
			buf[k] = (uint8_t) rand();
		if (bl_position_unpack(buf, n, &q, &e))
		{
			accepted++;
			if (bl_position_pack(&q, again) != n || memcmp(buf, again, n) != 0)
				bad_canon++;
		}
	}
	ok(bad_canon == 0, "every packed value that unpacks is canonical");
	printf("# %d of 100000 random byte strings unpacked\n", accepted);
}

/* fuzz/regressions/{treaty,position}_unpack/trailing-zero-byte-...: a packed value followed by
 * one more zero byte is not canonical and must not unpack */
static void
test_trailing_zero(void)
{
	static const uint8_t t[] = {0xca, 0x55, 0x4c, 0x05, 0x2f, 0x6c, 0x69, 0x24, 0xc8, 0x24, 0xd3, 0xc4, 0x04, 0x00};
	static const uint8_t p[] = {0x8d, 0x24, 0x97, 0xb4, 0x45, 0x6b, 0x31, 0x80, 0x00, 0x00, 0x28, 0x2a, 0x49,
		0x12, 0xa1, 0xe9, 0x12, 0x09, 0x92, 0x88, 0x4a, 0x68, 0x2a, 0xa0, 0xa0, 0x00};
	bl_treaty	tr;
	bl_position pos;
	bl_error	e;

	ok(bl_treaty_unpack(t, sizeof(t) - 1, &tr, &e) && strcmp(tr.slug, "shimoda") == 0,
	   "packed 1855-02-07:JPN+RUS:shimoda unpacks");
	ok(!bl_treaty_unpack(t, sizeof(t), &tr, &e) && e.kind == BL_EBINARY,
	   "packed treaty_ref with a trailing zero byte is refused");
	ok(bl_position_unpack(p, sizeof(p) - 1, &pos, &e) && strcmp(pos.issue, "territorial_dispute") == 0,
	   "packed RUS->JPN:territorial_dispute:-3:1945-08/.. unpacks");
	ok(!bl_position_unpack(p, sizeof(p), &pos, &e) && e.kind == BL_EBINARY,
	   "packed bilateral_position with a trailing zero byte is refused");
}

/* sql/06_hostile.sql: the offending part is cut at 40 characters, not bytes,
 * and each non-ASCII character shows as one '?' */
static void
test_detail_characters(void)
{
	bl_position p;
	bl_error	e;
	const char *cyr = "\xd0\xaf\xd0\x9f\xd0\x9d->RUS:x:0:../..";	/* ЯПН */
	char		jp[200] = "JPN->RUS:";

	for (int i = 0; i < 5; i++)
		strcat(jp, "\xe5\xb9\xb3\xe5\x92\x8c\xe6\x9d\xa1\xe7\xb4\x84");	/* 平和条約 */
	strcat(jp, ":0:../..");
	ok(!bl_position_parse(cyr, strlen(cyr), &p, &e) &&
	   strcmp(e.detail, "The actor \"???\" is not a code of three upper-case letters.") == 0,
	   "a Cyrillic actor shows as one '?' a letter");
	ok(!bl_position_parse(jp, strlen(jp), &p, &e) &&
	   strcmp(e.detail, "The issue \"????????????????????\" is not a lower-case code of at most 32 characters.") == 0,
	   "a 20-character (60-byte) Japanese issue is not cut");
}

/* the binary wire format (src/core/wire.c): send(recv(x)) == x, and each refusal */
static void
test_wire(void)
{
	static const char *positions[] = {"JPN->RUS:peace_treaty:+2:2018-11/2019-01",
		"RUS->JPN:territorial_dispute:-3:1945-08/..", "CHN->USA:a:0:../..",
	"KOR->PRK:x2345678901234567890123456789012:-1:0001-01-01/9999-12-31"};
	static const char *treaties[] = {"1956-10-19:JPN+RUS:joint_declaration", "1855-02:RUS:shimoda"};
	uint8_t		w[BL_TREATY_WIRE_MAX],
				again[BL_TREATY_WIRE_MAX];
	bl_position p,
				q;
	bl_treaty	t,
				u;
	bl_error	e;
	size_t		n;
	char		name[160];

	for (size_t i = 0; i < sizeof(positions) / sizeof(positions[0]); i++)
	{
		bl_position_parse(positions[i], strlen(positions[i]), &p, &e);
		n = bl_position_send(&p, w);
		snprintf(name, sizeof(name), "position wire round trip: %s", positions[i]);
		ok(n <= BL_POSITION_WIRE_MAX && bl_position_recv(w, n, &q, &e) && bl_position_cmp(&p, &q) == 0 &&
		   bl_position_send(&q, again) == n && memcmp(again, w, n) == 0, name);
	}
	bl_position_parse(positions[0], strlen(positions[0]), &p, &e);
	n = bl_position_send(&p, w);
	ok(w[0] == BL_WIRE_VERSION && memcmp(w + 1, "JPNRUS", 6) == 0 && w[7] == 2 && w[8] == BL_MONTH,
	   "position wire: version, codes, stance, precision in order");
	ok(day(2018, 11, 1) == 6879 && w[9] == 0 && w[10] == 0 && w[11] == 0x1a && w[12] == 0xdf &&
	   n == 1 + 6 + 1 + 10 + 1 + 12, "position wire: 2018-11-01 is day 6879, big-endian; the issue last");
	ok(!bl_position_recv(w, 18, &q, &e) && e.kind == BL_EBINARY && strcmp(e.detail, "The value is too short.") == 0,
	   "position wire: too short");
	ok(!bl_position_recv(w, n - 1, &q, &e) && strstr(e.detail, "issue's length"), "position wire: issue cut");
	w[0] = 2;
	ok(!bl_position_recv(w, n, &q, &e) && strstr(e.detail, "version"), "position wire: version 2 refused");
	w[0] = 1;
	w[8] = 4;
	ok(!bl_position_recv(w, n, &q, &e) && strstr(e.detail, "bound"), "position wire: precision 4 refused");
	w[8] = BL_OPEN;
	ok(!bl_position_recv(w, n, &q, &e) && strstr(e.detail, "bound"), "position wire: an open bound with a day refused");
	w[8] = BL_MONTH;
	w[12] = 0xe0;
	ok(!bl_position_recv(w, n, &q, &e) && strstr(e.detail, "bound"), "position wire: a month not on its 1st refused");
	w[12] = 0xdf;
	w[7] = 4;
	ok(!bl_position_recv(w, n, &q, &e) && e.kind == BL_ERANGE, "position wire: stance 4 refused by the check");
	w[7] = 2;
	w[2] = 0;
	ok(!bl_position_recv(w, n, &q, &e) && strstr(e.detail, "zero byte"), "position wire: a zero byte in a code");
	w[2] = 'P';
	ok(bl_position_recv(w, n, &q, &e), "position wire: restored value accepted");

	for (size_t i = 0; i < sizeof(treaties) / sizeof(treaties[0]); i++)
	{
		bl_treaty_parse(treaties[i], strlen(treaties[i]), &t, &e);
		n = bl_treaty_send(&t, w);
		snprintf(name, sizeof(name), "treaty wire round trip: %s", treaties[i]);
		ok(n <= BL_TREATY_WIRE_MAX && bl_treaty_recv(w, n, &u, &e) && bl_treaty_cmp(&t, &u) == 0 &&
		   bl_treaty_send(&u, again) == n && memcmp(again, w, n) == 0, name);
	}
	bl_treaty_parse(treaties[0], strlen(treaties[0]), &t, &e);
	n = bl_treaty_send(&t, w);
	ok(w[0] == 1 && w[1] == BL_DAY && w[6] == 2 && memcmp(w + 7, "JPNRUS", 6) == 0 && w[13] == 17 && n == 14 + 17,
	   "treaty wire: version, date, parties, slug in order");
	memcpy(w + 7, "RUSJPN", 6);
	ok(!bl_treaty_recv(w, n, &u, &e) && strstr(e.detail, "sorted"), "treaty wire: unsorted parties refused");
	memcpy(w + 7, "JPNJpN", 6);
	ok(!bl_treaty_recv(w, n, &u, &e) && strstr(e.detail, "party"), "treaty wire: a lower-case party refused");
	memcpy(w + 7, "JPNRUS", 6);
	w[1] = BL_OPEN;
	ok(!bl_treaty_recv(w, n, &u, &e) && strstr(e.detail, "signature"), "treaty wire: no signature date refused");
	w[1] = BL_DAY;
	w[6] = 0;
	ok(!bl_treaty_recv(w, n, &u, &e) && strstr(e.detail, "party count"), "treaty wire: no parties refused");
	w[6] = 2;
	w[14] = 'J';
	ok(!bl_treaty_recv(w, n, &u, &e) && strstr(e.detail, "slug"), "treaty wire: an upper-case slug refused");
	w[14] = 'j';
	ok(!bl_treaty_recv(w, n + 1, &u, &e) && strstr(e.detail, "slug's length"), "treaty wire: a trailing byte refused");
	ok(bl_treaty_recv(w, n, &u, &e), "treaty wire: restored value accepted");
}

/* the constructors bilateral_position(...) and treaty_ref(...) */
static void
test_make(void)
{
	bl_position p;
	bl_treaty	t;
	bl_error	e;
	char		buf[160];
	const char *parties[] = {"RUS", "JPN"};
	size_t		plen[] = {3, 3};
	const char *bad[] = {"JPN", "Rus"};
	bl_pdate	open = {BL_OPEN, 0};

	ok(bl_position_make("JPN", 3, "RUS", 3, "peace_treaty", 12, 2, "2018-11", 7, NULL, 0, &p, &e) &&
	   bl_position_format(&p, buf) && strcmp(buf, "JPN->RUS:peace_treaty:+2:2018-11/..") == 0,
	   "position from parts, an open end");
	ok(!bl_position_make("JP", 2, "RUS", 3, "x", 1, 0, NULL, 0, NULL, 0, &p, &e) && e.kind == BL_ECODE &&
	   strcmp(e.detail, "The actor \"JP\" is not a code of three upper-case letters.") == 0, "a two-letter actor");
	ok(!bl_position_make("JPN", 3, "RUS", 3, "x", 1, 7, NULL, 0, NULL, 0, &p, &e) && e.kind == BL_ERANGE &&
	   strcmp(e.detail, "The stance 7 is outside -3..+3.") == 0, "stance 7 named");
	ok(!bl_position_make("JPN", 3, "RUS", 3, "a23456789012345678901234567890123", 33, 0, NULL, 0, NULL, 0, &p, &e) &&
	   e.kind == BL_ECODE, "a 33-character issue");
	ok(!bl_position_make("JPN", 3, "RUS", 3, "x", 1, 0, "2019", 4, "2018", 4, &p, &e) && e.kind == BL_EORDER,
	   "a period ending before it starts");
	ok(!bl_position_make("JPN", 3, "RUS", 3, "x", 1, 0, "2019-02-30", 10, NULL, 0, &p, &e) && e.kind == BL_EDATE,
	   "an impossible date");
	ok(bl_position_of("JPN", "RUS", "energy", 1, open, open, &p, &e) && p.stance == 1 &&
	   strcmp(p.issue, "energy") == 0, "position_of: codes, issue, stance and bounds");
	ok(!bl_position_of("JPN", "JPN", "energy", 1, open, open, &p, &e) && strstr(e.detail, "both"),
	   "position_of: an actor toward itself");
	ok(bl_treaty_make(parties, plen, 2, "1956-10-19", 10, "joint_declaration", 17, &t, &e) &&
	   strcmp(t.parties[0], "JPN") == 0, "treaty from parts, parties sorted");
	ok(!bl_treaty_make(parties, plen, 0, "1956", 4, "x", 1, &t, &e) &&
	   strcmp(e.detail, "A treaty needs 1 to 64 parties; 0 were given.") == 0, "no parties");
	ok(!bl_treaty_make(bad, plen, 2, "1956", 4, "x", 1, &t, &e) && strstr(e.detail, "\"Rus\""), "a bad party named");
	ok(!bl_treaty_make(parties, plen, 2, "1956", 4, "X", 1, &t, &e) && strstr(e.detail, "slug"), "a bad slug");
}

/* ---------- planner statistics (stats_core.c) ---------- */

static double
absd(double x)
{
	return x < 0 ? -x : x;
}

/* a marginal from int32 bounds */
static bl_marginal
marg(const int32_t *b, int n, double *buf, double neg, double pos)
{
	bl_marginal m;
	int			i;

	for (i = 0; i < n; i++)
		buf[i] = b[i];
	m.b = buf;
	m.n = n;
	m.neg = neg;
	m.pos = pos;
	return m;
}

#define NP 5000
static int32_t plo[NP], phi[NP];
static bool plo_open[NP], phi_open[NP];

/* brute force: share of the periods that overlap [a, b] */
static double
brute_overlap(int32_t a, int32_t b)
{
	int			i,
				k = 0;

	for (i = 0; i < NP; i++)
		if ((plo_open[i] || plo[i] <= b) && (phi_open[i] || phi[i] >= a))
			k++;
	return (double) k / NP;
}

static void
test_stats(void)
{
	int32_t		v[1000],
				out[1001],
				los[NP],
				his[NP],
				hlo[1001],
				hhi[1001];
	double		blo[1001],
				bhi[1001],
				bd[1001],
				maxerr = 0,
				maxerr101 = 0;
	int			i,
				nlo = 0,
				nhi = 0,
				n1,
				n2,
				k;
	bl_marginal lo,
				hi,
				m;
	unsigned	seed = 12345;

	for (i = 0; i < 1000; i++)
		v[i] = 999 - i;
	ok(bl_hist_build(v, 1000, 11, out) == 11 && out[0] == 0 && out[1] == 99 && out[5] == 499 && out[10] == 999,
	   "histogram bounds: minimum, evenly ranked values, maximum");
	ok(bl_hist_build(v, 3, 11, out) == 3 && bl_hist_build(v, 0, 11, out) == 0,
	   "histogram of fewer values than bounds keeps every value; of none, nothing");
	for (i = 0; i < 1000; i++)
		v[i] = i;
	n1 = bl_hist_build(v, 1000, 101, out);
	m = marg(out, n1, blo, 0, 0);
	ok(absd(bl_marginal_cdf(&m, 500) - 0.5) < 0.01 && bl_marginal_cdf(&m, -5) == 0.0 &&
	   bl_marginal_cdf(&m, 1000) == 1.0, "cdf of a uniform histogram");
	m.neg = 0.2;
	m.pos = 0.3;
	ok(absd(bl_marginal_cdf(&m, -5) - 0.2) < 1e-9 && absd(bl_marginal_cdf(&m, 5000) - 0.7) < 1e-9 &&
	   bl_marginal_cdf(&m, HUGE_VAL) == 1.0 && bl_marginal_cdf(&m, -HUGE_VAL) == 0.0,
	   "cdf counts the open shares at the ends");

	/* a point mass: 600 values at day 10, 400 spread over 11..410 */
	for (i = 0; i < 1000; i++)
		v[i] = i < 600 ? 10 : 11 + (i - 600);
	n1 = bl_hist_build(v, 1000, 101, out);
	m = marg(out, n1, blo, 0, 0);
	ok(absd(bl_marginal_cdf(&m, 11) - 0.6) < 0.011 && bl_marginal_cdf(&m, 10) < 0.011,
	   "a point mass lies inside its day");

	/* random periods, some open: the estimates follow brute force */
	for (i = 0; i < NP; i++)
	{
		int32_t		a,
					len;

		seed = seed * 1103515245u + 12345u;
		a = (int32_t) ((seed >> 8) % 60000) - 30000;
		seed = seed * 1103515245u + 12345u;
		len = (int32_t) ((seed >> 8) % ((seed >> 30) ? 400 : 9000));
		plo[i] = a;
		phi[i] = a + len;
		plo_open[i] = (i % 37) == 0;
		phi_open[i] = (i % 23) == 0;
		if (!plo_open[i])
			los[nlo++] = plo[i];
		if (!phi_open[i])
			his[nhi++] = phi[i];
	}
	for (k = 0; k < 2; k++)
	{
		int			nb = k ? 101 : 1001;
		int32_t		tmp[NP];

		memcpy(tmp, los, sizeof(int32_t) * nlo);
		n1 = bl_hist_build(tmp, nlo, nb, hlo);
		memcpy(tmp, his, sizeof(int32_t) * nhi);
		n2 = bl_hist_build(tmp, nhi, nb, hhi);
		lo = marg(hlo, n1, blo, (double) (NP - nlo) / NP, 0);
		hi = marg(hhi, n2, bhi, 0, (double) (NP - nhi) / NP);
		for (i = -32000; i <= 42000; i += 997)
		{
			double		e1 = absd(bl_sel_at(&lo, &hi, i) - brute_overlap(i, i));
			double		e2 = absd(bl_sel_overlap(&lo, &hi, i, i + 3650) - brute_overlap(i, i + 3650));

			if (k)
				maxerr101 = fmax(maxerr101, fmax(e1, e2));
			else
				maxerr = fmax(maxerr, fmax(e1, e2));
		}
	}
	ok(maxerr < 0.005, "possibly-at and overlap estimates within 0.5 points of brute force (1001 bounds)");
	ok(maxerr101 < 0.03, "... and within 3 points with 101 bounds");
	ok(absd(bl_sel_at(&lo, &hi, -40000) - (double) (NP - nlo) / NP) < 1e-9,
	   "a day before every start: only the open starts possibly hold");
	ok(bl_sel_overlap(&lo, &hi, 5, 4) == 0.0 && absd(bl_sel_overlap(&lo, &hi, -HUGE_VAL, HUGE_VAL) - 1.0) < 1e-9,
	   "an empty range overlaps nothing, an unbounded one everything");

	/* a join with a column of days: the mean of the restriction estimates */
	{
		int32_t		days[400];
		double		brute = 0;

		for (i = 0; i < 400; i++)
		{
			days[i] = -35000 + i * 180;
			brute += brute_overlap(days[i], days[i]);
		}
		brute /= 400;
		n1 = bl_hist_build(days, 400, 101, out);
		m = marg(out, n1, bd, 0, 0);
		ok(absd(bl_sel_join_days(&lo, &hi, &m) - brute) < 0.03 * brute + 0.002,
		   "join with a column of days: within 3% of brute force");
		/* ranges [d, d + 30] */
		{
			int32_t		last[400];
			double		bl2[1001],
						br = 0;
			bl_marginal m2;

			for (i = 0; i < 400; i++)
			{
				last[i] = days[i] + 30;
				br += brute_overlap(days[i], last[i]);
			}
			br /= 400;
			n2 = bl_hist_build(last, 400, 101, hhi);
			m2 = marg(hhi, n2, bl2, 0, 0);
			ok(absd(bl_sel_join_ranges(&lo, &hi, &m, &m2) - br) < 0.03 * br + 0.002,
			   "join with a column of ranges: within 3% of brute force");
		}
	}

	ok(bl_estimate_ndistinct(1000, 1000, 40, 3) == 40 && bl_estimate_ndistinct(1000, 1e6, 40, 0) == 40,
	   "distinct subjects: the whole table read, or none rare");
	ok(bl_estimate_ndistinct(30000, 1e6, 20000, 15000) > 20000 && bl_estimate_ndistinct(30000, 1e6, 20000, 15000) <= 1e6,
	   "distinct subjects: many rare ones scale up, never past the table");
	ok(absd(bl_sel_rare_subject(0.6, 10, 110) - 0.004) < 1e-12 && bl_sel_rare_subject(1.0, 10, 10) == 0.0,
	   "a subject outside the common list shares what the list leaves over");
	ok(bl_sel_subject_parts(0.6, 0.0, 0.3) == 0.0 && absd(bl_sel_subject_parts(0.6, 0.07, 0.3) - 0.04) < 1e-12 &&
	   absd(bl_sel_subject_parts(0.6, 0.9, 0.3) - 0.4) < 1e-12,
	   "a subject from its parts: an absent part gives none, the rest in proportion, never more than the rest");
}

/* ---------- canonical numbers of a fingerprint (canon.c) ---------- */
static int
canon_is(const char *in, const char *want)
{
	char		out[128];
	long		n = bl_canon_number(in, strlen(in), out);

	if (want == NULL)
		return n == -1;
	if (n < 0 || strcmp(out, want) != 0 || (size_t) n != strlen(want))
	{
		printf("# %s -> %s (want %s)\n", in, n < 0 ? "not a number" : out, want);
		return 0;
	}
	return 1;
}

static void
test_canon_number(void)
{
	ok(canon_is("2", "+2.e+0") && canon_is("2.0", "+2.e+0") && canon_is("2.00", "+2.e+0") &&
	   canon_is("2e0", "+2.e+0") && canon_is("0.2E1", "+2.e+0") && canon_is("+002", "+2.e+0"),
	   "canonical number: one text for 2 in every spelling");
	ok(canon_is("15", "+1.5e+1") && canon_is("-0.002", "-2.e-3") && canon_is("120", "+1.2e+2") &&
	   canon_is("1.23456789012345678901", "+1.23456789012345678901e+0") && canon_is("1e+30", "+1.e+30") &&
	   canon_is("2.5e-07", "+2.5e-7") && canon_is("100.5", "+1.005e+2") && canon_is(".5", "+5.e-1") &&
	   canon_is("1.", "+1.e+0"),
	   "canonical number: UNF's notation, every significant digit kept");
	ok(canon_is("0", "+0.e+0") && canon_is("-0", "+0.e+0") && canon_is("0.000", "+0.e+0") && canon_is("0e5", "+0.e+0"),
	   "canonical number: every zero is +0.e+0");
	ok(canon_is("NaN", "+nan") && canon_is("Infinity", "+inf") && canon_is("-Infinity", "-inf") && canon_is("inf", "+inf"),
	   "canonical number: NaN and the infinities");
	ok(canon_is("", NULL) && canon_is("-", NULL) && canon_is(".", NULL) && canon_is("1e", NULL) && canon_is("1x", NULL) &&
	   canon_is("1.2.3", NULL) && canon_is("e5", NULL) && canon_is("1e99999999999999999", NULL) && canon_is(" 1", NULL),
	   "canonical number: what is no number is refused");
	ok(!canon_is("1.5", "+1.50e+0") && canon_is("1.4999999", "+1.4999999e+0"),
	   "canonical number: nothing rounded (1.4999999 is not 1.5)");
}

/* contest.c: two stances on a common day, against the day-by-day definition */
static bool
share_day_brute(const bl_span *s, int n)
{
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			if (s[i].stance != s[j].stance && s[i].lo < s[i].hi && s[j].lo < s[j].hi &&
				s[i].lo < s[j].hi && s[j].lo < s[i].hi)
				return true;
	return false;
}

static void
test_contest(void)
{
	bl_span		a[] = {{0, 10, 1}, {10, 20, -1}};	/* one ends the day before the other starts */
	bl_span		b[] = {{0, 11, 1}, {10, 20, -1}};	/* day 10 in both */
	bl_span		c[] = {{0, 100, 2}, {5, 6, 2}, {50, 60, 2}};	/* one stance */
	bl_span		d[] = {{0, 10, -3}, {20, 30, 0}, {40, 50, -3}, {25, 26, 3}};	/* 0 and +3 on day 25 */
	bl_span		e[] = {{5, 5, 1}, {0, 10, -1}};	/* an empty span holds on no day */
	int			agree = 0,
				trials = 2000;
	unsigned	seed = 12345;

	ok(!bl_spans_share_day(a, 2), "contest: adjacent spans of two stances share no day");
	ok(bl_spans_share_day(b, 2), "contest: spans of two stances that share one day are contested");
	ok(!bl_spans_share_day(c, 3), "contest: overlapping spans of one stance are not");
	ok(bl_spans_share_day(d, 4), "contest: found among spans given out of order");
	ok(!bl_spans_share_day(e, 2), "contest: an empty span is no day");
	ok(!bl_spans_share_day(NULL, 0), "contest: no spans, no contest");
	for (int t = 0; t < trials; t++)
	{
		bl_span		r[8];
		int			n = 1 + (int) ((seed = seed * 1103515245u + 12345u) >> 16) % 8;

		for (int i = 0; i < n; i++)
		{
			int			lo = (int) ((seed = seed * 1103515245u + 12345u) >> 16) % 366;
			int			len = (int) ((seed = seed * 1103515245u + 12345u) >> 16) % 60;

			r[i].lo = lo;
			r[i].hi = lo + len;
			r[i].stance = (int) ((seed = seed * 1103515245u + 12345u) >> 16) % 7 - 3;
		}
		agree += share_day_brute(r, n) == bl_spans_share_day(r, n);
	}
	ok(agree == trials, "contest: the sweep agrees with the pairwise definition on 2,000 random sets of spans");
}

int
main(void)
{
	test_days();
	test_pdate();
	test_prec_days();
	test_xml_text_ok();
	test_treaty();
	test_position();
	test_random();
	test_trailing_zero();
	test_detail_characters();
	test_wire();
	test_make();

	test_stats();
	test_canon_number();
	test_contest();
	printf("1..%d\n", ntest);
	return nfail ? 1 : 0;
}
