/*
 * xmlchars.c - the characters XML 1.0 cannot hold (see bl_xmlchars.h).
 */
#include "bl_xmlchars.h"

#include <string.h>

/* the length of the character XML cannot hold at u (left bytes there), 0 if it is not one */
static size_t
bad_at(const unsigned char *u, size_t left, bool utf8)
{
	if (left == 0 || u[0] == 0)
		return 0;
	if (u[0] < 0x20)
		return (u[0] == '\t' || u[0] == '\n' || u[0] == '\r') ? 0 : 1;
	/* U+FFFE, U+FFFF: EF BF BE, EF BF BF */
	if (utf8 && left >= 3 && u[0] == 0xEF && u[1] == 0xBF && (u[2] == 0xBE || u[2] == 0xBF))
		return 3;
	return 0;
}

size_t
bl_xml_bad_char(const char *s)
{
	/* up to three bytes, none past the terminating NUL */
	size_t		left = s[0] == 0 ? 0 : s[1] == 0 ? 1 : s[2] == 0 ? 2 : 3;

	return bad_at((const unsigned char *) s, left, true);
}

size_t
bl_xml_count_bad(const char *s)
{
	size_t		n = 0;

	while (*s)
	{
		size_t		b = bl_xml_bad_char(s);

		if (b)
		{
			n++;
			s += b;
		}
		else
			s++;
	}
	return n;
}

bool
bl_xml_text_ok(const char *s, size_t len, bool utf8)
{
	for (size_t i = 0; i < len; i++)
		if (bad_at((const unsigned char *) s + i, len - i, utf8))
			return false;
	return true;
}

size_t
bl_xml_replace_bad(const char *s, char *out)
{
	size_t		n = 0;

	while (*s)
	{
		size_t		b = bl_xml_bad_char(s);

		if (b)
		{
			memcpy(out, BL_XML_REPLACEMENT, 3);
			out += 3;
			s += b;
			n++;
		}
		else
			*out++ = *s++;
	}
	*out = '\0';
	return n;
}
