/*
 * wire.c - the binary wire format of both types (typsend/typreceive): what
 * a client's COPY BINARY or binary protocol parameter carries.  Every value
 * starts with a version byte (BL_WIRE_VERSION), so the format can change
 * later; multi-byte integers are big-endian (network order, as pqformat).
 *
 * bilateral_position: version, actor[3], counterpart[3], stance int8, from
 *   precision uint8 + day int32 (days from 2000-01-01, 0 when open), to
 *   precision + day, issue length uint8 + issue bytes.
 * treaty_ref: version, precision uint8, day int32, party count uint8,
 *   parties 3 bytes each, slug length uint8 + slug bytes.
 *
 * Receiving checks every byte and accepts only what sending writes: for any
 * accepted input, send(recv(x)) == x (the fuzzers assert it).
 */
#include "bl_core.h"

#include <stdio.h>
#include <string.h>

/* a reader over the input; each get is preceded by a check of the room left */
typedef struct wire_in
{
	const uint8_t *p;
	const uint8_t *end;
} wire_in;

static size_t
room(const wire_in *in)
{
	return (size_t) (in->end - in->p);
}

static uint8_t
get8(wire_in *in)
{
	return *in->p++;
}

static int32_t
get32(wire_in *in)
{
	uint32_t	v = ((uint32_t) in->p[0] << 24) | ((uint32_t) in->p[1] << 16) |
		((uint32_t) in->p[2] << 8) | (uint32_t) in->p[3];

	in->p += 4;
	return (int32_t) v;
}

static uint8_t *
put32(uint8_t *b, int32_t v)
{
	uint32_t	u = (uint32_t) v;

	b[0] = (uint8_t) (u >> 24);
	b[1] = (uint8_t) (u >> 16);
	b[2] = (uint8_t) (u >> 8);
	b[3] = (uint8_t) u;
	return b + 4;
}

/* the detail is one of this file's sentences, shown whole */
static bool
fail(bl_error *err, const char *detail)
{
	err->kind = BL_EBINARY;
	err->hint = NULL;
	snprintf(err->detail, sizeof(err->detail), "%s", detail);
	return false;
}

/* a partial date: precision and day; open only if open_ok, and then day 0 */
static bool
get_pdate(wire_in *in, bl_pdate *d, bool open_ok)
{
	uint8_t		prec = get8(in);

	d->first = get32(in);
	if (prec > BL_DAY || (prec == BL_OPEN && (!open_ok || d->first != 0)))
		return false;
	d->prec = (bl_prec) prec;
	return bl_pdate_valid(*d);
}

static uint8_t *
put_pdate(uint8_t *b, bl_pdate d)
{
	*b++ = (uint8_t) d.prec;
	return put32(b, d.prec == BL_OPEN ? 0 : d.first);
}

size_t
bl_position_send(const bl_position *p, uint8_t *buf)
{
	uint8_t    *b = buf;

	*b++ = BL_WIRE_VERSION;
	memcpy(b, p->actor, 3);
	memcpy(b + 3, p->counterpart, 3);
	b += 6;
	*b++ = (uint8_t) (int8_t) p->stance;
	b = put_pdate(b, p->from);
	b = put_pdate(b, p->to);
	*b++ = (uint8_t) p->issue_len;
	memcpy(b, p->issue, (size_t) p->issue_len);
	return (size_t) (b - buf) + (size_t) p->issue_len;
}

bool
bl_position_recv(const uint8_t *buf, size_t len, bl_position *p, bl_error *err)
{
	wire_in		in = {buf, buf + len};
	size_t		n;

	memset(p, 0, sizeof(*p));
	if (len < 1 + 3 + 3 + 1 + 5 + 5 + 1)
		return fail(err, "The value is too short.");
	if (get8(&in) != BL_WIRE_VERSION)
		return fail(err, "Unknown format version (expected 1).");
	memcpy(p->actor, in.p, 3);
	memcpy(p->counterpart, in.p + 3, 3);
	in.p += 6;
	p->stance = (int8_t) get8(&in);
	if (!get_pdate(&in, &p->from, true) || !get_pdate(&in, &p->to, true))
		return fail(err, "A bound's precision or day is not valid.");
	n = get8(&in);
	if (n > BL_ISSUE_MAXLEN || room(&in) != n)
		return fail(err, "The issue's length does not match the value.");
	memcpy(p->issue, in.p, n);
	p->issue_len = (int) n;
	if (memchr(p->issue, '\0', n) || memchr(p->actor, '\0', 3) || memchr(p->counterpart, '\0', 3))
		return fail(err, "A code contains a zero byte.");
	return bl_position_check(p, err);
}

size_t
bl_treaty_send(const bl_treaty *t, uint8_t *buf)
{
	uint8_t    *b = buf;

	*b++ = BL_WIRE_VERSION;
	b = put_pdate(b, t->signed_on);
	*b++ = (uint8_t) t->nparties;
	for (int i = 0; i < t->nparties; i++, b += 3)
		memcpy(b, t->parties[i], 3);
	*b++ = (uint8_t) t->slug_len;
	memcpy(b, t->slug, (size_t) t->slug_len);
	return (size_t) (b - buf) + (size_t) t->slug_len;
}

bool
bl_treaty_recv(const uint8_t *buf, size_t len, bl_treaty *t, bl_error *err)
{
	wire_in		in = {buf, buf + len};
	size_t		n;

	memset(t, 0, sizeof(*t));
	if (len < 1 + 1 + 4 + 1)
		return fail(err, "The value is too short.");
	if (get8(&in) != BL_WIRE_VERSION)
		return fail(err, "Unknown format version (expected 1).");
	if (!get_pdate(&in, &t->signed_on, false))
		return fail(err, "The signature date's precision or day is not valid.");
	t->nparties = get8(&in);
	if (t->nparties < 1 || t->nparties > BL_MAX_PARTIES || room(&in) < (size_t) t->nparties * 3 + 1)
		return fail(err, "The party count does not match the value.");
	for (int i = 0; i < t->nparties; i++, in.p += 3)
	{
		memcpy(t->parties[i], in.p, 3);
		if (!bl_is_actor_code(t->parties[i], 3))
			return fail(err, "A party is not an actor code of three upper-case letters.");
	}
	n = get8(&in);
	if (n > BL_ISSUE_MAXLEN || room(&in) != n)
		return fail(err, "The slug's length does not match the value.");
	memcpy(t->slug, in.p, n);
	t->slug_len = (int) n;
	if (!bl_is_snake_code(t->slug, n))
		return fail(err, "The slug is not a lower-case code.");
	/* the form is canonical: parties already sorted and distinct */
	for (int i = 1; i < t->nparties; i++)
		if (strcmp(t->parties[i - 1], t->parties[i]) >= 0)
			return fail(err, "The parties are not sorted and distinct.");
	return bl_treaty_finish(t, err);
}
