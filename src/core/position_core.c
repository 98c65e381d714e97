/*
 * position_core.c - bilateral_position: parse, construct from parts, format,
 * check, order, packing and the two readings of a period whose bounds have a precision.
 */
#include "bl_core.h"
#include "bl_internal.h"

#include <stdio.h>
#include <string.h>

static const char position_hint[] =
"A bilateral_position is ACTOR->COUNTERPART:issue:STANCE:FROM/TO, "
"e.g. JPN->RUS:peace_treaty:+2:2018-11/2019-01 (open ends: ..).";
static const char actor_hint[] =
"Actor and counterpart are actor codes of three upper-case letters, e.g. JPN->RUS.";
static const char issue_hint[] =
"An issue is a codebook code: a lower-case letter followed by lower-case letters, digits or '_', at most 32 characters, e.g. territorial_dispute.";
static const char period_hint[] =
"A period is FROM/TO with dates YYYY, YYYY-MM or YYYY-MM-DD, or .. for an open end, e.g. 1956-10-19/.. .";

static bool
parse_bound(const char *s, size_t len, bl_pdate *p, bl_error *err)
{
	if (len == 2 && s[0] == '.' && s[1] == '.')
	{
		p->prec = BL_OPEN;
		p->first = 0;
		return true;
	}
	if (!bl_pdate_parse(s, len, p, err))
	{
		if (err->kind == BL_ESYNTAX)
			err->hint = period_hint;
		return false;
	}
	return true;
}

bool
bl_position_check(const bl_position *p, bl_error *err)
{
	if (!bl_is_actor_code(p->actor, strlen(p->actor)))
		return bl_fail(err, BL_ECODE, actor_hint, "The actor \"%s\" is not a code of three upper-case letters.", p->actor, strlen(p->actor));
	if (!bl_is_actor_code(p->counterpart, strlen(p->counterpart)))
		return bl_fail(err, BL_ECODE, actor_hint, "The counterpart \"%s\" is not a code of three upper-case letters.", p->counterpart, strlen(p->counterpart));
	if (strcmp(p->actor, p->counterpart) == 0)
		return bl_fail(err, BL_ECODE, actor_hint, "The actor and the counterpart are both \"%s\".", p->actor, 3);
	if (!bl_is_snake_code(p->issue, (size_t) p->issue_len))
		return bl_fail(err, BL_ECODE, issue_hint,
					   p->issue_len == 0 ? "The issue is missing.%s" : "The issue \"%s\" is not a lower-case code of at most 32 characters.",
					   p->issue, (size_t) p->issue_len);
	if (p->stance < -3 || p->stance > 3)
		return bl_fail(err, BL_ERANGE, bl_stance_hint, "The stance is outside -3..+3.%s", "", 0);
	if (p->from.prec != BL_OPEN && p->to.prec != BL_OPEN &&
		p->from.first > bl_pdate_last(p->to))
	{
		char		buf[32];
		int			n = bl_pdate_format(p->from, buf);

		buf[n++] = '/';
		n += bl_pdate_format(p->to, buf + n);
		return bl_fail(err, BL_EORDER, period_hint, "The period \"%s\" ends before it starts.", buf, (size_t) n);
	}
	return true;
}

/* copy a code of at most max bytes; a longer one is cut (the check refuses it) */
static void
copy_code(char *dst, const char *src, size_t len, size_t max)
{
	size_t		n = len < max ? len : max;

	memcpy(dst, src, n);
	dst[n] = '\0';
}

static bool
make_bound(const char *s, size_t len, bl_pdate *d, bl_error *err)
{
	if (s == NULL)
	{
		d->prec = BL_OPEN;
		d->first = 0;
		return true;
	}
	return bl_pdate_parse(s, len, d, err);
}

bool
bl_position_make(const char *actor, size_t alen, const char *counterpart, size_t clen,
				 const char *issue, size_t ilen, long stance,
				 const char *from, size_t flen, const char *to, size_t tlen,
				 bl_position *p, bl_error *err)
{
	static const char make_actor_hint[] =
		"Actor and counterpart are actor codes of three upper-case letters, e.g. JPN and RUS.";

	memset(p, 0, sizeof(*p));
	if (alen != 3)
		return bl_fail(err, BL_ECODE, make_actor_hint,
					   "The actor \"%s\" is not a code of three upper-case letters.", actor, alen);
	if (clen != 3)
		return bl_fail(err, BL_ECODE, make_actor_hint,
					   "The counterpart \"%s\" is not a code of three upper-case letters.", counterpart, clen);
	copy_code(p->actor, actor, alen, 3);
	copy_code(p->counterpart, counterpart, clen, 3);
	if (ilen > BL_ISSUE_MAXLEN)
		return bl_fail(err, BL_ECODE, "An issue is a codebook code of at most 32 characters, e.g. territorial_dispute.",
					   "The issue \"%s\" is not a lower-case code of at most 32 characters.", issue, ilen);
	copy_code(p->issue, issue, ilen, BL_ISSUE_MAXLEN);
	p->issue_len = (int) ilen;
	if (stance < -3 || stance > 3)
	{
		char		num[24];

		snprintf(num, sizeof(num), "%ld", stance);
		return bl_fail(err, BL_ERANGE, "A stance is -3 (hostile) .. +3 (aligned).",
					   "The stance %s is outside -3..+3.", num, strlen(num));
	}
	p->stance = (int) stance;
	return make_bound(from, flen, &p->from, err) && make_bound(to, tlen, &p->to, err) &&
		bl_position_check(p, err);
}

bool
bl_position_of(const char *actor, const char *counterpart, const char *issue, int stance,
			   bl_pdate from, bl_pdate to, bl_position *p, bl_error *err)
{
	size_t		alen = strlen(actor),
				clen = strlen(counterpart),
				ilen = strlen(issue);

	memset(p, 0, sizeof(*p));
	if (alen != 3)
		return bl_fail(err, BL_ECODE, actor_hint, "The actor \"%s\" is not a code of three upper-case letters.", actor, alen);
	if (clen != 3)
		return bl_fail(err, BL_ECODE, actor_hint, "The counterpart \"%s\" is not a code of three upper-case letters.", counterpart, clen);
	if (ilen > BL_ISSUE_MAXLEN)
		return bl_fail(err, BL_ECODE, issue_hint, "The issue \"%s\" is not a lower-case code of at most 32 characters.", issue, ilen);
	copy_code(p->actor, actor, alen, 3);
	copy_code(p->counterpart, counterpart, clen, 3);
	copy_code(p->issue, issue, ilen, BL_ISSUE_MAXLEN);
	p->issue_len = (int) ilen;
	p->stance = stance;
	p->from = from;
	p->to = to;
	return bl_position_check(p, err);
}

bool
bl_position_parse(const char *s, size_t len, bl_position *p, bl_error *err)
{
	const char *arrow,
			   *end,
			   *f[4];
	size_t		flen[4];
	const char *cur,
			   *slash;
	int			nf = 0;

	memset(p, 0, sizeof(*p));
	bl_trim(&s, &len);
	end = s + len;
	if (len == 0)
		return bl_fail(err, BL_ESYNTAX, position_hint, "The position is empty.%s", "", 0);
	arrow = NULL;
	for (const char *q = s; q + 1 < end; q++)
		if (q[0] == '-' && q[1] == '>')
		{
			arrow = q;
			break;
		}
	if (!arrow)
		return bl_fail(err, BL_ESYNTAX, position_hint, "\"%s\" has no \"->\" between actor and counterpart.", s, len);
	if (!bl_is_actor_code(s, (size_t) (arrow - s)))
		return bl_fail(err, BL_ECODE, actor_hint, "The actor \"%s\" is not a code of three upper-case letters.", s, (size_t) (arrow - s));
	memcpy(p->actor, s, 3);

	/* COUNTERPART:issue:STANCE:PERIOD */
	cur = arrow + 2;
	while (nf < 4)
	{
		const char *c = nf < 3 ? memchr(cur, ':', (size_t) (end - cur)) : end;

		if (!c)
			break;
		f[nf] = cur;
		flen[nf++] = (size_t) (c - cur);
		cur = c + 1;
	}
	if (nf < 4 || memchr(f[3], ':', flen[3]))
		return bl_fail(err, BL_ESYNTAX, position_hint, "\"%s\" is not ACTOR->COUNTERPART:issue:STANCE:FROM/TO.", s, len);
	if (!bl_is_actor_code(f[0], flen[0]))
		return bl_fail(err, BL_ECODE, actor_hint, "The counterpart \"%s\" is not a code of three upper-case letters.", f[0], flen[0]);
	memcpy(p->counterpart, f[0], 3);
	if (!bl_is_snake_code(f[1], flen[1]))
		return bl_fail(err, BL_ECODE, issue_hint,
					   flen[1] == 0 ? "The issue is missing.%s" : "The issue \"%s\" is not a lower-case code of at most 32 characters.",
					   f[1], flen[1]);
	memcpy(p->issue, f[1], flen[1]);
	p->issue_len = (int) flen[1];
	if (!bl_stance_parse(f[2], flen[2], &p->stance, err))
		return false;
	slash = memchr(f[3], '/', flen[3]);
	if (!slash || memchr(slash + 1, '/', (size_t) (f[3] + flen[3] - slash - 1)))
		return bl_fail(err, BL_ESYNTAX, period_hint, "The period \"%s\" is not FROM/TO.", f[3], flen[3]);
	if (!parse_bound(f[3], (size_t) (slash - f[3]), &p->from, err) ||
		!parse_bound(slash + 1, (size_t) (f[3] + flen[3] - slash - 1), &p->to, err))
		return false;
	return bl_position_check(p, err);
}

int
bl_position_format(const bl_position *p, char *buf)
{
	int			n;

	if (p->stance == 0)
		n = sprintf(buf, "%s->%s:%s:0:", p->actor, p->counterpart, p->issue);
	else
		n = sprintf(buf, "%s->%s:%s:%+d:", p->actor, p->counterpart, p->issue, p->stance);
	n += bl_pdate_format(p->from, buf + n);
	buf[n++] = '/';
	n += bl_pdate_format(p->to, buf + n);
	return n;
}

static int
cmp_lo(bl_pdate a, bl_pdate b)
{
	/* an open start comes first */
	if (a.prec == BL_OPEN || b.prec == BL_OPEN)
		return (b.prec == BL_OPEN) - (a.prec == BL_OPEN);
	return bl_pdate_cmp(a, b);
}

static int
cmp_hi(bl_pdate a, bl_pdate b)
{
	int32_t		la,
				lb;

	/* an open end comes last */
	if (a.prec == BL_OPEN || b.prec == BL_OPEN)
		return (a.prec == BL_OPEN) - (b.prec == BL_OPEN);
	la = bl_pdate_last(a);
	lb = bl_pdate_last(b);
	if (la != lb)
		return la < lb ? -1 : 1;
	return a.prec == b.prec ? 0 : a.prec < b.prec ? 1 : -1;
}

/* actor, counterpart, issue, start, end, stance */
int
bl_position_cmp(const bl_position *a, const bl_position *b)
{
	int			c;

	if ((c = strcmp(a->actor, b->actor)) != 0 ||
		(c = strcmp(a->counterpart, b->counterpart)) != 0 ||
		(c = strcmp(a->issue, b->issue)) != 0)
		return c < 0 ? -1 : 1;
	if ((c = cmp_lo(a->from, b->from)) != 0 || (c = cmp_hi(a->to, b->to)) != 0)
		return c;
	return a->stance == b->stance ? 0 : a->stance < b->stance ? -1 : 1;
}

/*
 * Packed: actor 15 bits, counterpart 15, stance + 3 in 3, then each bound
 * as precision 2 + day offset 22 (zero when open), then the issue 6 bits a
 * character; zero bits pad the last byte.  81 bits + 6 per issue character.
 */
size_t
bl_position_pack(const bl_position *p, uint8_t *buf)
{
	bl_bits		b = {.buf = buf};

	bl_bits_put(&b, bl_actor_pack(p->actor), 15);
	bl_bits_put(&b, bl_actor_pack(p->counterpart), 15);
	bl_bits_put(&b, (uint64_t) (p->stance + 3), 3);
	bl_bits_put(&b, (uint64_t) p->from.prec, 2);
	bl_bits_put(&b, p->from.prec == BL_OPEN ? 0 : bl_day_offset(p->from.first), BL_DAYBITS);
	bl_bits_put(&b, (uint64_t) p->to.prec, 2);
	bl_bits_put(&b, p->to.prec == BL_OPEN ? 0 : bl_day_offset(p->to.first), BL_DAYBITS);
	for (int i = 0; i < p->issue_len; i++)
		bl_bits_put(&b, (uint64_t) bl_snake_char_code(p->issue[i]), 6);
	return bl_bits_bytes(&b);
}

bool
bl_position_unpack(const uint8_t *buf, size_t len, bl_position *p, bl_error *err)
{
	bl_bits		b = {.in = buf, .nbits = len * 8};
	static const char what[] = "The packed bilateral_position is corrupt (%s).";
	uint32_t	a,
				c,
				st;

	memset(p, 0, sizeof(*p));
	if (len < 11 || len > BL_POSITION_PACKED_MAX)
		return bl_fail(err, BL_EBINARY, NULL, what, "length", 6);
	a = (uint32_t) bl_bits_get(&b, 15);
	c = (uint32_t) bl_bits_get(&b, 15);
	st = (uint32_t) bl_bits_get(&b, 3);
	if (!bl_actor_packed_ok(a) || !bl_actor_packed_ok(c))
		return bl_fail(err, BL_EBINARY, NULL, what, "actor", 5);
	bl_actor_unpack(a, p->actor);
	bl_actor_unpack(c, p->counterpart);
	if (st > 6)
		return bl_fail(err, BL_EBINARY, NULL, what, "stance", 6);
	p->stance = (int) st - 3;
	if (!bl_unpack_pdate(&b, &p->from, true) || !bl_unpack_pdate(&b, &p->to, true))
		return bl_fail(err, BL_EBINARY, NULL, what, "period", 6);
	if (!bl_unpack_snake(&b, p->issue, &p->issue_len))
		return bl_fail(err, BL_EBINARY, NULL, what, "issue", 5);
	if (!bl_position_check(p, err))
	{
		err->kind = BL_EBINARY;
		err->hint = NULL;
		return false;
	}
	return true;
}

bool
bl_position_unpack_head(const uint8_t *buf, size_t len, bl_position *p, bl_error *err)
{
	bl_bits		b = {.in = buf, .nbits = len * 8};
	static const char what[] = "The packed bilateral_position is corrupt (%s).";
	uint32_t	a,
				c,
				st,
				prec,
				off;
	bl_pdate   *bounds[2] = {&p->from, &p->to};

	if (len < 11 || len > BL_POSITION_PACKED_MAX)
		return bl_fail(err, BL_EBINARY, NULL, what, "length", 6);
	a = (uint32_t) bl_bits_get(&b, 15);
	c = (uint32_t) bl_bits_get(&b, 15);
	st = (uint32_t) bl_bits_get(&b, 3);
	if (!bl_actor_packed_ok(a) || !bl_actor_packed_ok(c) || st > 6)
		return bl_fail(err, BL_EBINARY, NULL, what, "header", 6);
	bl_actor_unpack(a, p->actor);
	bl_actor_unpack(c, p->counterpart);
	p->stance = (int) st - 3;
	p->issue[0] = '\0';
	p->issue_len = 0;
	for (int i = 0; i < 2; i++)
	{
		prec = (uint32_t) bl_bits_get(&b, 2);
		off = (uint32_t) bl_bits_get(&b, BL_DAYBITS);
		bounds[i]->prec = (bl_prec) prec;
		bounds[i]->first = 0;
		if (prec != BL_OPEN && !bl_day_from_offset(off, &bounds[i]->first))
			return bl_fail(err, BL_EBINARY, NULL, what, "period", 6);
	}
	return true;
}

int32_t
bl_position_lo(const bl_position *p)
{
	return p->from.prec == BL_OPEN ? INT32_MIN : p->from.first;
}

int32_t
bl_position_hi(const bl_position *p)
{
	return p->to.prec == BL_OPEN ? INT32_MAX : bl_pdate_last(p->to);
}

int32_t
bl_position_certain_lo(const bl_position *p)
{
	return p->from.prec == BL_OPEN ? INT32_MIN : bl_pdate_last(p->from);
}

int32_t
bl_position_certain_hi(const bl_position *p)
{
	return p->to.prec == BL_OPEN ? INT32_MAX : p->to.first;
}

bool
bl_position_possibly_at(const bl_position *p, int32_t day)
{
	return bl_position_lo(p) <= day && day <= bl_position_hi(p);
}

bool
bl_position_certainly_at(const bl_position *p, int32_t day)
{
	return bl_position_certain_lo(p) <= day && day <= bl_position_certain_hi(p);
}

bool
bl_position_same_subject(const bl_position *a, const bl_position *b)
{
	return strcmp(a->actor, b->actor) == 0 &&
		strcmp(a->counterpart, b->counterpart) == 0 &&
		strcmp(a->issue, b->issue) == 0;
}

bool
bl_position_overlaps(const bl_position *a, const bl_position *b)
{
	return bl_position_same_subject(a, b) &&
		bl_position_lo(a) <= bl_position_hi(b) &&
		bl_position_lo(b) <= bl_position_hi(a);
}

uint64_t
bl_position_subject_key(const bl_position *p)
{
	uint64_t	h = 14695981039346656037ULL;	/* FNV-1a */

	for (int i = 0; i < p->issue_len; i++)
	{
		h ^= (unsigned char) p->issue[i];
		h *= 1099511628211ULL;
	}
	return (uint64_t) bl_actor_pack(p->actor) << 49 |
		(uint64_t) bl_actor_pack(p->counterpart) << 34 |
		(h >> 30);
}
