/*
 * treaty_core.c - treaty_ref: parse, construct from parts, format, Akoma Ntoso
 * work URI, order, packing.
 */
#include "bl_core.h"
#include "bl_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char treaty_hint[] =
"A treaty_ref is SIGNED:PARTY+PARTY:slug, e.g. 1956-10-19:JPN+RUS:joint_declaration, "
"or an Akoma Ntoso work URI such as /akn/int/doc/treaty/jpn-rus/1956-10-19/joint_declaration.";
static const char party_hint[] =
"Parties are actor codes of three upper-case letters joined by '+', e.g. JPN+RUS (at most 64).";
static const char slug_hint[] =
"A slug is a lower-case letter followed by lower-case letters, digits or '_', at most 32 characters, e.g. joint_declaration.";

static const char akn_prefix[] = "/akn/int/doc/treaty/";

static int
party_cmp(const void *a, const void *b)
{
	return strcmp((const char *) a, (const char *) b);
}

/* parties separated by sep; lower: codes are lower-case (AKN) */
static bool
parse_parties(const char *s, size_t len, char sep, bool lower, bl_treaty *t, bl_error *err)
{
	size_t		i = 0;

	t->nparties = 0;
	if (len == 0)
		return bl_fail(err, BL_ESYNTAX, party_hint, "The parties are missing.%s", s, len);
	while (i <= len)
	{
		size_t		j = i;
		char		code[4];

		while (j < len && s[j] != sep)
			j++;
		if (t->nparties == BL_MAX_PARTIES)
			return bl_fail(err, BL_ECODE, party_hint, "The parties \"%s\" are more than 64.", s, len);
		if (j == i)
			return bl_fail(err, BL_ECODE, party_hint, "A party in \"%s\" is empty.", s, len);
		if (j - i != 3)
			return bl_fail(err, BL_ECODE, party_hint, "The party \"%s\" is not an actor code of three letters.", s + i, j - i);
		for (int k = 0; k < 3; k++)
		{
			char		c = s[i + k];

			if (lower && c >= 'a' && c <= 'z')
				c = (char) (c - 'a' + 'A');
			else if (lower)
				c = '?';
			code[k] = c;
		}
		code[3] = '\0';
		if (!bl_is_actor_code(code, 3))
			return bl_fail(err, BL_ECODE, party_hint, "The party \"%s\" is not an actor code of three letters.", s + i, j - i);
		memcpy(t->parties[t->nparties++], code, 4);
		i = j + 1;
	}
	return true;
}

static bool
set_slug(const char *s, size_t len, bl_treaty *t, bl_error *err)
{
	if (!bl_is_snake_code(s, len))
		return bl_fail(err, BL_ECODE, slug_hint,
					   len == 0 ? "The slug is missing.%s" : "The slug \"%s\" is not a lower-case code of at most 32 characters.",
					   s, len);
	memcpy(t->slug, s, len);
	t->slug[len] = '\0';
	t->slug_len = (int) len;
	return true;
}

bool
bl_treaty_finish(bl_treaty *t, bl_error *err)
{
	if (t->nparties < 1 || t->nparties > BL_MAX_PARTIES)
		return bl_fail(err, BL_ECODE, party_hint, "A treaty needs 1 to 64 parties.%s", "", 0);
	qsort(t->parties, (size_t) t->nparties, 4, party_cmp);
	for (int i = 1; i < t->nparties; i++)
		if (strcmp(t->parties[i - 1], t->parties[i]) == 0)
			return bl_fail(err, BL_ECODE, party_hint, "The party \"%s\" is named twice.", t->parties[i], 3);
	if (t->signed_on.prec == BL_OPEN)
		return bl_fail(err, BL_ESYNTAX, treaty_hint, "The signature date is missing.%s", "", 0);
	return true;
}

bool
bl_treaty_make(const char *const *parties, const size_t *plen, int n,
			   const char *signed_on, size_t slen, const char *slug, size_t sluglen,
			   bl_treaty *t, bl_error *err)
{
	static const char make_party_hint[] = "Pass the parties' actor codes, e.g. ARRAY['JPN','RUS'].";

	memset(t, 0, sizeof(*t));
	if (n < 1 || n > BL_MAX_PARTIES)
	{
		bl_fail(err, BL_ECODE, make_party_hint, "%s", "", 0);
		snprintf(err->detail, sizeof(err->detail), "A treaty needs 1 to %d parties; %d were given.",
				 BL_MAX_PARTIES, n);
		return false;
	}
	for (int i = 0; i < n; i++)
	{
		if (!bl_is_actor_code(parties[i], plen[i]))
			return bl_fail(err, BL_ECODE, make_party_hint,
						   "The party \"%s\" is not an actor code of three upper-case letters.",
						   parties[i], plen[i]);
		memcpy(t->parties[i], parties[i], 3);
		t->parties[i][3] = '\0';
	}
	t->nparties = n;
	if (!bl_pdate_parse(signed_on, slen, &t->signed_on, err))
		return false;
	if (!bl_is_snake_code(slug, sluglen))
		return bl_fail(err, BL_ECODE, "A slug is a lower-case letter followed by lower-case letters, digits or '_', at most 32 characters.",
					   "The slug \"%s\" is not a lower-case code of at most 32 characters.", slug, sluglen);
	memcpy(t->slug, slug, sluglen);
	t->slug[sluglen] = '\0';
	t->slug_len = (int) sluglen;
	return bl_treaty_finish(t, err);
}

static bool
parse_akn(const char *s, size_t len, bl_treaty *t, bl_error *err)
{
	size_t		plen = sizeof(akn_prefix) - 1;
	const char *p,
			   *end = s + len,
			   *slash;

	if (len < plen || memcmp(s, akn_prefix, plen) != 0)
		return bl_fail(err, BL_ESYNTAX, treaty_hint, "The URI \"%s\" does not start with /akn/int/doc/treaty/.", s, len);
	p = s + plen;
	slash = memchr(p, '/', (size_t) (end - p));
	if (!slash)
		return bl_fail(err, BL_ESYNTAX, treaty_hint, "The URI \"%s\" has no date part.", s, len);
	if (!parse_parties(p, (size_t) (slash - p), '-', true, t, err))
		return false;
	p = slash + 1;
	slash = memchr(p, '/', (size_t) (end - p));
	if (!slash)
		return bl_fail(err, BL_ESYNTAX, treaty_hint, "The URI \"%s\" has no slug part.", s, len);
	if (!bl_pdate_parse(p, (size_t) (slash - p), &t->signed_on, err))
		return false;
	p = slash + 1;
	if (!set_slug(p, (size_t) (end - p), t, err))
		return false;
	return bl_treaty_finish(t, err);
}

bool
bl_treaty_parse(const char *s, size_t len, bl_treaty *t, bl_error *err)
{
	const char *c1,
			   *c2;

	memset(t, 0, sizeof(*t));
	bl_trim(&s, &len);
	if (len == 0)
		return bl_fail(err, BL_ESYNTAX, treaty_hint, "The treaty reference is empty.%s", "", 0);
	if (s[0] == '/')
		return parse_akn(s, len, t, err);
	c1 = memchr(s, ':', len);
	c2 = c1 ? memchr(c1 + 1, ':', (size_t) (s + len - c1 - 1)) : NULL;
	if (!c1 || !c2 || memchr(c2 + 1, ':', (size_t) (s + len - c2 - 1)))
		return bl_fail(err, BL_ESYNTAX, treaty_hint, "\"%s\" is not three parts SIGNED:PARTIES:slug.", s, len);
	if (!bl_pdate_parse(s, (size_t) (c1 - s), &t->signed_on, err))
		return false;
	if (!parse_parties(c1 + 1, (size_t) (c2 - c1 - 1), '+', false, t, err))
		return false;
	if (!set_slug(c2 + 1, (size_t) (s + len - c2 - 1), t, err))
		return false;
	return bl_treaty_finish(t, err);
}

size_t
bl_treaty_text_max(void)
{
	return BL_PDATE_MAXLEN + 1 + BL_MAX_PARTIES * 4 + 1 + BL_ISSUE_MAXLEN + sizeof(akn_prefix) + 8;
}

int
bl_treaty_format(const bl_treaty *t, char *buf)
{
	int			n = bl_pdate_format(t->signed_on, buf);

	buf[n++] = ':';
	for (int i = 0; i < t->nparties; i++)
	{
		if (i > 0)
			buf[n++] = '+';
		memcpy(buf + n, t->parties[i], 3);
		n += 3;
	}
	buf[n++] = ':';
	memcpy(buf + n, t->slug, (size_t) t->slug_len);
	n += t->slug_len;
	buf[n] = '\0';
	return n;
}

int
bl_treaty_akn(const bl_treaty *t, char *buf)
{
	int			n = (int) (sizeof(akn_prefix) - 1);

	memcpy(buf, akn_prefix, (size_t) n);
	for (int i = 0; i < t->nparties; i++)
	{
		if (i > 0)
			buf[n++] = '-';
		for (int k = 0; k < 3; k++)
			buf[n++] = (char) (t->parties[i][k] - 'A' + 'a');
	}
	buf[n++] = '/';
	n += bl_pdate_format(t->signed_on, buf + n);
	buf[n++] = '/';
	memcpy(buf + n, t->slug, (size_t) t->slug_len);
	n += t->slug_len;
	buf[n] = '\0';
	return n;
}

int
bl_treaty_cmp(const bl_treaty *a, const bl_treaty *b)
{
	int			c = bl_pdate_cmp(a->signed_on, b->signed_on);

	if (c)
		return c;
	for (int i = 0; i < a->nparties && i < b->nparties; i++)
		if ((c = strcmp(a->parties[i], b->parties[i])) != 0)
			return c < 0 ? -1 : 1;
	if (a->nparties != b->nparties)
		return a->nparties < b->nparties ? -1 : 1;
	c = strcmp(a->slug, b->slug);
	return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/*
 * Packed: precision 2 bits, day offset 22, party count - 1 in 6, each party
 * 15, the slug 6 bits a character; zero bits pad the last byte.
 */
size_t
bl_treaty_packed_max(void)
{
	return (2 + BL_DAYBITS + 6 + 15 * BL_MAX_PARTIES + 6 * BL_ISSUE_MAXLEN + 7) / 8;
}

size_t
bl_treaty_pack(const bl_treaty *t, uint8_t *buf)
{
	bl_bits		b = {.buf = buf};

	bl_bits_put(&b, (uint64_t) t->signed_on.prec, 2);
	bl_bits_put(&b, bl_day_offset(t->signed_on.first), BL_DAYBITS);
	bl_bits_put(&b, (uint64_t) (t->nparties - 1), 6);
	for (int i = 0; i < t->nparties; i++)
		bl_bits_put(&b, bl_actor_pack(t->parties[i]), 15);
	for (int i = 0; i < t->slug_len; i++)
		bl_bits_put(&b, (uint64_t) bl_snake_char_code(t->slug[i]), 6);
	return bl_bits_bytes(&b);
}

bool
bl_treaty_unpack(const uint8_t *buf, size_t len, bl_treaty *t, bl_error *err)
{
	bl_bits		b = {.in = buf, .nbits = len * 8};
	static const char what[] = "The packed treaty_ref is corrupt (%s).";

	memset(t, 0, sizeof(*t));
	if (len < 4 || len > bl_treaty_packed_max())
		return bl_fail(err, BL_EBINARY, NULL, what, "length", 6);
	if (!bl_unpack_pdate(&b, &t->signed_on, false))
		return bl_fail(err, BL_EBINARY, NULL, what, "date", 4);
	t->nparties = (int) bl_bits_get(&b, 6) + 1;
	if (b.nbits - b.pos < (size_t) t->nparties * 15)
		return bl_fail(err, BL_EBINARY, NULL, what, "parties", 7);
	for (int i = 0; i < t->nparties; i++)
	{
		uint32_t	v = (uint32_t) bl_bits_get(&b, 15);

		if (!bl_actor_packed_ok(v))
			return bl_fail(err, BL_EBINARY, NULL, what, "party", 5);
		bl_actor_unpack(v, t->parties[i]);
		if (i > 0 && strcmp(t->parties[i - 1], t->parties[i]) >= 0)
			return bl_fail(err, BL_EBINARY, NULL, what, "party order", 11);
	}
	if (!bl_unpack_snake(&b, t->slug, &t->slug_len))
		return bl_fail(err, BL_EBINARY, NULL, what, "slug", 4);
	return true;
}
