/*
 * xmlwrite.c - the one XML writer (see bl_xmlwrite.h): two passes over the
 * same body, counting then writing; libxml2's formatted layout and escaping.
 */
#include "bl_xmlwrite.h"
#include "bl_xmlchars.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bl_xw
{
	bool		counting;		/* first pass: only count */
	int			flags;
	char	   *buf;
	size_t		len;
	size_t		cap;
	size_t		replaced;		/* characters written as U+FFFD (writing pass) */
	bl_xml_failure failed;
	bool		(*stop) (void);
	int			depth;			/* open elements */
	const char *names[BL_XML_MAX_DEPTH];
	bool		has_children[BL_XML_MAX_DEPTH];
	bool		has_text[BL_XML_MAX_DEPTH];
	bool		tag_open;		/* the innermost start tag still takes attributes */
	bool		in_attr;		/* between bl_xw_attr_begin and bl_xw_attr_end */
};

void
bl_xw_fail(bl_xw *w, bl_xml_failure why)
{
	if (w->failed == BL_XML_OK)
		w->failed = why;
}

bool
bl_xw_failed(const bl_xw *w)
{
	return w->failed != BL_XML_OK;
}

static void
put(bl_xw *w, const char *s, size_t n)
{
	if (w->failed)
		return;
	if (w->counting)
	{
		if (n > SIZE_MAX - 1 - w->len)
			w->len = SIZE_MAX - 1;	/* saturates: over any cap */
		else
			w->len += n;
		return;
	}
	if (w->len + n + 1 > w->cap)
	{
		/* cannot happen: the first pass counted these bytes */
		bl_xw_fail(w, BL_XML_MISUSE);
		return;
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
	w->buf[w->len] = '\0';
}

static void
puts_(bl_xw *w, const char *s)
{
	put(w, s, strlen(s));
}

static void
indent(bl_xw *w, int level)
{
	static const char spaces[] = "                                                                ";

	put(w, spaces, (size_t) level * 2);
}

/*
 * The bytes of the UTF-8 character at s (at most n) and its code point; 0 if
 * malformed (a stray or missing continuation byte, an overlong form, a
 * surrogate, beyond U+10FFFF).
 */
static size_t
utf8_char(const unsigned char *s, size_t n, unsigned *cp)
{
	static const unsigned min[5] = {0, 0, 0x80, 0x800, 0x10000};
	size_t		len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
	unsigned	v;

	if (len == 0 || len > n || s[0] > 0xF4)
		return 0;
	v = s[0] & (0x3F >> (len - 1));
	for (size_t i = 1; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

static void
replacement(bl_xw *w)
{
	puts_(w, (w->flags & BL_XML_ASCII) ? "&#65533;" : BL_XML_REPLACEMENT);
	if (!w->counting)
		w->replaced++;
}

/*
 * The bytes at s[i] that need more than copying: writes their form and
 * returns how many bytes it consumed; 0 if they are copied as they are.
 */
static size_t
escape_one(bl_xw *w, const char *s, size_t i, size_t n, bool attr)
{
	const unsigned char *u = (const unsigned char *) s + i;
	const char *rep = NULL;
	unsigned	cp;
	size_t		len;

	switch (u[0])
	{
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '\r':
			rep = "&#13;";
			break;
		case '"':
			rep = attr ? "&quot;" : NULL;
			break;
		case '\t':
			rep = attr ? "&#9;" : NULL;
			break;
		case '\n':
			rep = attr ? "&#10;" : NULL;
			break;
		default:
			break;
	}
	if (rep)
	{
		puts_(w, rep);
		return 1;
	}
	if (u[0] < 0x20 && u[0] != '\t' && u[0] != '\n')
	{
		replacement(w);
		return 1;
	}
	if (u[0] < 0x80)
		return 0;
	len = utf8_char(u, n - i, &cp);
	if (len == 0 || cp == 0xFFFE || cp == 0xFFFF)
	{
		/* malformed UTF-8 (never from the server), or a character XML cannot hold */
		replacement(w);
		return len == 0 ? 1 : len;
	}
	if (w->flags & BL_XML_ASCII)
	{
		char		ref[16];

		snprintf(ref, sizeof ref, "&#%u;", cp);
		puts_(w, ref);
	}
	else
		put(w, s + i, len);
	return len;
}

/* s[0..n) escaped; runs that need nothing are copied in one put */
static void
escaped(bl_xw *w, const char *s, size_t n, bool attr)
{
	size_t		run = 0,
				i = 0;

	while (i < n && !w->failed)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		used;

		/* the common case: an ASCII byte copied as it is */
		if (c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"')
		{
			i++;
			continue;
		}
		put(w, s + run, i - run);
		used = escape_one(w, s, i, n, attr);
		if (used == 0)
		{
			run = i++;			/* copied after all: it starts the next run */
			continue;
		}
		i += used;
		run = i;
	}
	put(w, s + run, i - run);
}

/* the innermost element gets content: its start tag is closed */
static bool
content_ok(bl_xw *w, bool text)
{
	int			top = w->depth - 1;

	if (w->failed)
		return false;
	if (w->in_attr || (text && top < 0) ||
		(top >= 0 && (text ? w->has_children[top] : w->has_text[top])))
	{
		/* text outside the root, or text and elements mixed: not written */
		bl_xw_fail(w, BL_XML_MISUSE);
		return false;
	}
	if (w->tag_open)
	{
		puts_(w, text ? ">" : ">\n");
		w->tag_open = false;
	}
	return true;
}

void
bl_xw_start(bl_xw *w, const char *name)
{
	if (w->stop && !w->failed && w->stop())
		bl_xw_fail(w, BL_XML_INTERRUPTED);
	if (!content_ok(w, false))
		return;
	if (w->depth >= BL_XML_MAX_DEPTH)
	{
		bl_xw_fail(w, BL_XML_MISUSE);
		return;
	}
	if (w->depth > 0)
		w->has_children[w->depth - 1] = true;
	indent(w, w->depth);
	puts_(w, "<");
	puts_(w, name);
	w->names[w->depth] = name;
	w->has_children[w->depth] = false;
	w->has_text[w->depth] = false;
	w->depth++;
	w->tag_open = true;
}

void
bl_xw_end(bl_xw *w)
{
	int			top = w->depth - 1;

	if (w->failed)
		return;
	if (top < 0 || w->in_attr)
	{
		bl_xw_fail(w, BL_XML_MISUSE);
		return;
	}
	if (w->tag_open)
		puts_(w, "/>");
	else
	{
		if (w->has_children[top])
			indent(w, top);
		puts_(w, "</");
		puts_(w, w->names[top]);
		puts_(w, ">");
	}
	w->tag_open = false;
	w->depth--;
	puts_(w, "\n");
}

void
bl_xw_attr_begin(bl_xw *w, const char *name)
{
	if (w->failed)
		return;
	if (!w->tag_open || w->in_attr)
	{
		bl_xw_fail(w, BL_XML_MISUSE);
		return;
	}
	puts_(w, " ");
	puts_(w, name);
	puts_(w, "=\"");
	w->in_attr = true;
}

void
bl_xw_attr_part(bl_xw *w, const char *s, size_t n)
{
	if (w->failed)
		return;
	if (!w->in_attr)
	{
		bl_xw_fail(w, BL_XML_MISUSE);
		return;
	}
	escaped(w, s, n, true);
}

void
bl_xw_attr_end(bl_xw *w)
{
	if (w->failed)
		return;
	if (!w->in_attr)
	{
		bl_xw_fail(w, BL_XML_MISUSE);
		return;
	}
	puts_(w, "\"");
	w->in_attr = false;
}

void
bl_xw_attr(bl_xw *w, const char *name, const char *value)
{
	bl_xw_attr_begin(w, name);
	bl_xw_attr_part(w, value, strlen(value));
	bl_xw_attr_end(w);
}

void
bl_xw_textn(bl_xw *w, const char *s, size_t n)
{
	if (!content_ok(w, true))
		return;
	w->has_text[w->depth - 1] = true;
	escaped(w, s, n, false);
}

void
bl_xw_text(bl_xw *w, const char *s)
{
	bl_xw_textn(w, s, strlen(s));
}

/* one pass of body over w; false (with w->failed set) if it failed or left elements open */
static bool
pass(bl_xw *w, bl_xml_body body, const void *arg)
{
	body(w, arg);
	if (!w->failed && (w->depth != 0 || w->in_attr))
		bl_xw_fail(w, BL_XML_MISUSE);
	return !w->failed;
}

bool
bl_xml_render(bl_xml_body body, const void *arg, int flags, size_t max_bytes,
			  bool (*stop) (void), char **out, size_t *outlen, size_t *replaced,
			  bl_xml_failure *why)
{
	bl_xw		w;
	size_t		counted;

	*out = NULL;
	*outlen = 0;
	if (replaced)
		*replaced = 0;
	*why = BL_XML_OK;

	/* first pass: the size, before anything is allocated */
	memset(&w, 0, sizeof w);
	w.counting = true;
	w.flags = flags;
	w.stop = stop;
	if (!pass(&w, body, arg))
	{
		*why = w.failed;
		return false;
	}
	counted = w.len;
	if (counted > max_bytes)
	{
		*why = BL_XML_TOOBIG;
		*outlen = counted;
		return false;
	}

	/* second pass: the bytes, into a buffer of exactly that size */
	memset(&w, 0, sizeof w);
	w.flags = flags;
	w.stop = stop;
	w.cap = counted + 1;
	w.buf = malloc(w.cap);
	if (w.buf == NULL)
	{
		*why = BL_XML_NOMEM;
		return false;
	}
	w.buf[0] = '\0';
	if (!pass(&w, body, arg) || w.len != counted)
	{
		*why = w.failed ? w.failed : BL_XML_MISUSE;
		free(w.buf);
		return false;
	}
	*out = w.buf;
	*outlen = w.len;
	if (replaced)
		*replaced = w.replaced;
	return true;
}
