/*
 * test_edtf.c - unit tests of the core's EDTF reader and writer (src/core/edtf.c), no server.
 * Prints TAP; `make unit` and `make unit-asan` build it.  Run from the project folder: it reads
 * the vectors of test/unit/edtf_vectors.sql (the specification's examples and two libraries'
 * test cases, with what the project makes of each).
 */
#include "core/bl_core.h"
#include "core/bl_edtf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"

#define VECTORS "test/unit/edtf_vectors.sql"

static const char *
kind_code(bl_edtf_errkind k)
{
	switch (k)
	{
		case BL_EDTF_ESYNTAX:
			return "22007";
		case BL_EDTF_EDATE:
			return "22008";
		case BL_EDTF_EUNREP:
			return "22P02";
		case BL_EDTF_EORDER:
		case BL_EDTF_EARG:
			return "22023";
		default:
			return "ok";
	}
}

/* an end as the vectors write it: the partial date, ".." or NULL ("\N") */
static void
end_text(const bl_edtf_end *e, char *buf)
{
	if (e->kind == BL_EDTF_OPEN)
		strcpy(buf, "..");
	else if (e->kind == BL_EDTF_UNKNOWN)
		strcpy(buf, "\\N");
	else
		bl_pdate_format(e->date, buf);
}

static const char *
qual_text(bl_edtf_qual q)
{
	return bl_edtf_qual_name(q) ? bl_edtf_qual_name(q) : "\\N";
}

static bool
same_end(const bl_edtf_end *a, const bl_edtf_end *b)
{
	return a->kind == b->kind && a->qual == b->qual &&
		(a->kind != BL_EDTF_DATE || (a->date.prec == b->date.prec && a->date.first == b->date.first));
}

static bool
same(const bl_edtf *a, const bl_edtf *b)
{
	return a->interval == b->interval && same_end(&a->from, &b->from) && same_end(&a->to, &b->to);
}

/* the canonical form the writer gives a value read from input: no blanks around, no -XX */
static void
canonical_of(const char *in, char *out)
{
	const char *s = in;
	size_t		len = strlen(in),
				n = 0;

	bl_trim(&s, &len);
	for (size_t i = 0; i < len; i++)
	{
		if (i + 2 < len && s[i] == '-' && s[i + 1] == 'X' && s[i + 2] == 'X')
		{
			i += 2;
			continue;
		}
		out[n++] = s[i];
	}
	out[n] = '\0';
}

/* fields of one vector line, split in place on tabs */
static int
split(char *line, char **f, int max)
{
	int			n = 0;

	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t')
		{
			*p = '\0';
			f[n++] = p + 1;
		}
	return n;
}

static int	nvectors,
			nread,
			nrefused,
			nround;

static void
check_vector(char **f, int lineno)
{
	const char *in = f[0],
			   *outcome = f[1];
	bl_edtf		v;
	bl_edtf_error err;
	char		name[160];
	bool		r = bl_edtf_parse(in, strlen(in), &v, &err);

	nvectors++;
	snprintf(name, sizeof(name), "vector line %d: \"%.60s\" -> %s (%s)", lineno, in, outcome, f[7]);
	if (strcmp(outcome, "date") == 0 || strcmp(outcome, "interval") == 0)
	{
		char		from[16],
					to[16],
					buf[BL_EDTF_TEXT_MAX],
					want[80];
		size_t		n;
		bl_edtf		again;
		bool		good;

		nread++;
		if (!r)
		{
			printf("# %s: %s\n", err.detail, kind_code(err.kind));
			ok(0, name);
			return;
		}
		end_text(&v.from, from);
		end_text(&v.to, to);
		good = v.interval == (outcome[0] == 'i') && strcmp(from, f[2]) == 0 && strcmp(to, f[3]) == 0 &&
			strcmp(qual_text(v.from.qual), f[4]) == 0 && strcmp(qual_text(v.to.qual), f[5]) == 0;
		if (!good)
			printf("# read %s %s/%s %s/%s\n", v.interval ? "interval" : "date", from, to, qual_text(v.from.qual), qual_text(v.to.qual));
		ok(good, name);
		/* written back: the canonical form, which reads as the same value */
		canonical_of(in, want);
		good = bl_edtf_format(&v, buf, &n, &err) && strcmp(buf, want) == 0 && n == strlen(buf) &&
			bl_edtf_parse(buf, n, &again, &err) && same(&v, &again);
		if (!good)
			printf("# wrote \"%s\", wanted \"%s\"\n", buf, want);
		nround += good;
		ok(good, "  written back as its canonical form, which reads the same");
		return;
	}
	nrefused++;
	{
		bool		good = !r && strcmp(kind_code(err.kind), outcome) == 0 && strstr(err.detail, f[6]) != NULL &&
			err.hint != NULL && (err.kind != BL_EDTF_ESYNTAX || err.pos > 0);

		if (!good)
			printf("# %s: %s\n", r ? "read" : kind_code(err.kind), r ? "" : err.detail);
		ok(good, name);
	}
}

static void
test_vectors(void)
{
	size_t		len;
	char	   *text = read_file(VECTORS, &len);
	char	   *line,
			   *next;
	bool		in_copy = false;
	int			lineno = 0;

	if (text == NULL)
	{
		ok(0, "read " VECTORS " (run from the project folder)");
		return;
	}
	for (line = text; line && *line; line = next)
	{
		char	   *f[9];

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		if (!in_copy)
		{
			in_copy = strncmp(line, "COPY ", 5) == 0;
			continue;
		}
		if (strcmp(line, "\\.") == 0)
			break;
		if (split(line, f, 9) != 8)
		{
			ok(0, "a vector has 8 fields");
			continue;
		}
		check_vector(f, lineno);
	}
	free(text);
	printf("# %d vectors: %d read, %d refused; %d written back\n", nvectors, nread, nrefused, nround);
	ok(nvectors > 250 && nread > 80 && nrefused > 150 && nround == nread, "every vector was checked");
}

/* every partial date, precision and qualifier: written, read back the same */
static void
test_dates_round_trip(void)
{
	static const bl_prec precs[] = {BL_YEAR, BL_MONTH, BL_DAY};
	int			bad = 0,
				n = 0;

	for (int32_t z = bl_day_min(); z <= bl_day_max(); z += 53)
		for (int p = 0; p < 3; p++)
			for (int q = 0; q < 4; q++)
			{
				bl_edtf		v,
							w;
				bl_edtf_error err;
				char		buf[BL_EDTF_TEXT_MAX];
				size_t		len;

				memset(&v, 0, sizeof(v));
				v.from.kind = BL_EDTF_DATE;
				v.from.date = bl_pdate_containing(z, precs[p]);
				v.from.qual = (bl_edtf_qual) q;
				v.to = v.from;
				v.interval = (n % 2) == 1;
				if (v.interval)
					v.to.qual = (bl_edtf_qual) (3 - q);
				n++;
				if (!bl_edtf_format(&v, buf, &len, &err) || !bl_edtf_parse(buf, len, &w, &err) || !same(&v, &w))
					bad++;
			}
	ok(bad == 0 && n > 200000, "every partial date of 0001..9999 (a day in 53), each precision and qualifier, as a date and as an interval, reads back as written");
}

static bool
writes(const bl_edtf *v, const char *want)
{
	char		buf[BL_EDTF_TEXT_MAX];
	size_t		len;
	bl_edtf_error err;

	return bl_edtf_format(v, buf, &len, &err) && strcmp(buf, want) == 0;
}

static bl_edtf_errkind
refused(const bl_edtf *v)
{
	char		buf[BL_EDTF_TEXT_MAX];
	size_t		len;
	bl_edtf_error err;

	return bl_edtf_format(v, buf, &len, &err) ? BL_EDTF_OK : err.kind;
}

static bl_edtf_end
date_end(const char *s, bl_edtf_qual q)
{
	bl_edtf_end e;
	bl_error	err;

	memset(&e, 0, sizeof(e));
	e.kind = BL_EDTF_DATE;
	bl_pdate_parse(s, strlen(s), &e.date, &err);
	e.qual = q;
	return e;
}

static void
test_writer(void)
{
	bl_edtf		v;
	bl_edtf_end open = {BL_EDTF_OPEN, {BL_OPEN, 0}, BL_EDTF_PLAIN},
				unknown = {BL_EDTF_UNKNOWN, {BL_OPEN, 0}, BL_EDTF_PLAIN};

	memset(&v, 0, sizeof(v));
	v.interval = true;
	v.from = date_end("1855", BL_EDTF_PLAIN);
	v.to = open;
	ok(writes(&v, "1855/.."), "an open end is written ..");
	v.to = unknown;
	ok(writes(&v, "1855/"), "an unknown end is written as nothing");
	v.from = unknown;
	ok(writes(&v, "/"), "both ends unknown: /");
	v.from = open;
	v.to = open;
	ok(writes(&v, "../.."), "both ends open: ../..");
	v.from = date_end("2018-11", BL_EDTF_UNCERTAIN);
	v.to = date_end("2019-01-31", BL_EDTF_UNCERTAIN_APPROXIMATE);
	ok(writes(&v, "2018-11?/2019-01-31%"), "qualifiers follow their dates");
	v.to = date_end("9999-12-31", BL_EDTF_UNCERTAIN_APPROXIMATE);
	v.from = date_end("0001-01-01", BL_EDTF_UNCERTAIN_APPROXIMATE);
	ok(writes(&v, "0001-01-01%/9999-12-31%") && strlen("0001-01-01%/9999-12-31%") + 1 == BL_EDTF_TEXT_MAX,
	   "the longest value fits BL_EDTF_TEXT_MAX exactly");
	v.from = date_end("1904", BL_EDTF_PLAIN);
	v.to = date_end("1855", BL_EDTF_PLAIN);
	ok(refused(&v) == BL_EDTF_EORDER, "an interval that ends before it starts is refused");
	v.from = date_end("1855-06", BL_EDTF_PLAIN);
	ok(writes(&v, "1855-06/1855"), "a start inside the end's year is not before it");
	v.to = open;
	v.to.qual = BL_EDTF_APPROXIMATE;
	ok(refused(&v) == BL_EDTF_EARG, "an open end takes no qualifier");
	v.to = unknown;
	v.to.qual = BL_EDTF_UNCERTAIN;
	ok(refused(&v) == BL_EDTF_EARG, "an unknown end takes no qualifier");
	v.interval = false;
	v.from = date_end("1984", BL_EDTF_UNCERTAIN);
	v.to = v.from;
	ok(writes(&v, "1984?"), "a single date with its qualifier");
	v.to.qual = BL_EDTF_PLAIN;
	ok(refused(&v) == BL_EDTF_EARG, "a single date has one qualifier");
	v.to = date_end("1985", BL_EDTF_UNCERTAIN);
	ok(refused(&v) == BL_EDTF_EARG, "a single date has one value");
	v.from = open;
	v.to = open;
	ok(refused(&v) == BL_EDTF_EARG, "a single date is not open");
	v.from = date_end("1984", BL_EDTF_PLAIN);
	v.from.date.first += 1;		/* not the first day of a year */
	v.to = v.from;
	ok(refused(&v) == BL_EDTF_EARG, "a partial date that is not a first day is refused, not written");
	v.from = date_end("1984", (bl_edtf_qual) 7);
	v.to = v.from;
	ok(refused(&v) == BL_EDTF_EARG, "an unknown qualifier is refused");
}

static void
test_qualifiers(void)
{
	bl_edtf_qual q;
	int			good = 0;

	for (int k = BL_EDTF_UNCERTAIN; k <= BL_EDTF_UNCERTAIN_APPROXIMATE; k++)
		good += bl_edtf_qual_parse(bl_edtf_qual_name((bl_edtf_qual) k), strlen(bl_edtf_qual_name((bl_edtf_qual) k)), &q) && (int) q == k;
	ok(good == 3, "the three qualifier names read back");
	ok(bl_edtf_qual_name(BL_EDTF_PLAIN) == NULL, "no qualifier has no name");
	ok(!bl_edtf_qual_parse("Uncertain", 9, &q) && !bl_edtf_qual_parse("?", 1, &q) && !bl_edtf_qual_parse("", 0, &q) &&
	   !bl_edtf_qual_parse("uncertain ", 10, &q) && !bl_edtf_qual_parse(NULL, 0, &q), "other names are refused");
}

/* lengths: the bound is checked before anything is read */
static void
test_lengths(void)
{
	char		buf[4096];
	bl_edtf		v;
	bl_edtf_error err;

	memset(buf, ' ', sizeof(buf));
	memcpy(buf + 30, "1855/..", 7);
	ok(bl_edtf_parse(buf, BL_EDTF_MAXLEN, &v, &err) && v.interval && v.to.kind == BL_EDTF_OPEN,
	   "64 bytes, blanks around the value included, are read");
	ok(!bl_edtf_parse(buf, BL_EDTF_MAXLEN + 1, &v, &err) && err.kind == BL_EDTF_ESYNTAX && err.pos == BL_EDTF_MAXLEN + 1 &&
	   strstr(err.detail, "65 bytes") != NULL, "65 bytes are refused, at character 65");
	memset(buf, 'X', sizeof(buf));
	ok(!bl_edtf_parse(buf, sizeof(buf), &v, &err) && err.kind == BL_EDTF_ESYNTAX && strstr(err.detail, "4096 bytes") != NULL,
	   "a long value is refused by its length alone");
	ok(!bl_edtf_parse("", 0, &v, &err) && err.kind == BL_EDTF_ESYNTAX && strstr(err.detail, "empty") != NULL,
	   "an empty value is refused");
	ok(!bl_edtf_parse(" \t\r\n", 4, &v, &err) && err.kind == BL_EDTF_ESYNTAX && strstr(err.detail, "empty") != NULL,
	   "blanks alone are empty");
	ok(!bl_edtf_parse("1985\0", 5, &v, &err) && err.kind == BL_EDTF_ESYNTAX && err.pos == 5 && strstr(err.detail, "control character"),
	   "a NUL byte is a character like any other, named as a control character");
	ok(bl_edtf_parse("1985/2004xyz", 9, &v, &err), "exactly len bytes are read, no NUL needed");
}

/*
 * Every value read is written back and read the same (the writer's canonical
 * form), and every refusal names a kind, a detail and a hint: over every
 * vector with each character replaced by each of the characters EDTF uses,
 * and over each prefix.  Under ASan this also keeps the reader in bounds.
 */
static void
test_mutations(void)
{
	static const char *seeds[] = {"1984-06-02?/2004-08-08~", "1985-04-12T23:20:30+04:30", "Y-170000002", "2004-XX-XX/..",
	"../1985-04", "201X", "2001-21", "-1985~", "2016-02-29%"};
	static const char alphabet[] = "0123456789X-/.?~%TZ:+Y E\xc3";
	int			bad = 0,
				nread = 0,
				n = 0;

	for (size_t s = 0; s < sizeof(seeds) / sizeof(*seeds); s++)
	{
		size_t		len = strlen(seeds[s]);

		for (size_t i = 0; i <= len; i++)
			for (size_t a = 0; a <= sizeof(alphabet) - 1; a++)
			{
				char		buf[64],
							out[BL_EDTF_TEXT_MAX];
				size_t		blen = len,
							olen;
				bl_edtf		v,
							w;
				bl_edtf_error err;

				memcpy(buf, seeds[s], len);
				if (a == sizeof(alphabet) - 1)
					blen = i;	/* a prefix */
				else if (i < len)
					buf[i] = alphabet[a];
				else
					buf[blen++] = alphabet[a];	/* one more character */
				n++;
				if (bl_edtf_parse(buf, blen, &v, &err))
				{
					nread++;
					if (!bl_edtf_format(&v, out, &olen, &err) || !bl_edtf_parse(out, olen, &w, &err) || !same(&v, &w))
					{
						printf("# \"%.*s\" read, but not written back as itself\n", (int) blen, buf);
						bad++;
					}
				}
				else if (err.kind == BL_EDTF_OK || err.detail[0] == '\0' || err.hint == NULL ||
						 strlen(err.detail) >= sizeof(err.detail) - 1 ||
						 (err.kind == BL_EDTF_ESYNTAX && (err.pos == 0 || err.pos > blen + 1)))
				{
					printf("# \"%.*s\": %s\n", (int) blen, buf, err.detail);
					bad++;
				}
			}
	}
	printf("# %d variants, %d read\n", n, nread);
	ok(bad == 0 && nread > 100, "every variant of the vectors is read and written back, or refused with a kind, a detail, a position and a hint");
}

int
main(void)
{
	test_vectors();
	test_dates_round_trip();
	test_writer();
	test_qualifiers();
	test_lengths();
	test_mutations();
	printf("1..%d\n", ntest);
	return nfail != 0;
}
