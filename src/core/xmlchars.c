/*
 * xmlchars.c - the characters XML 1.0 cannot hold (see bl_xmlchars.h).
 */
#include "bl_xmlchars.h"

#include <string.h>

size_t
bl_xml_bad_char(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	if (u[0] == 0)
		return 0;
	if (u[0] < 0x20)
		return (u[0] == '\t' || u[0] == '\n' || u[0] == '\r') ? 0 : 1;
	/* U+FFFE, U+FFFF: EF BF BE, EF BF BF */
	if (u[0] == 0xEF && u[1] == 0xBF && (u[2] == 0xBE || u[2] == 0xBF))
		return 3;
	return 0;
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
	const unsigned char *u = (const unsigned char *) s;

	for (size_t i = 0; i < len; i++)
	{
		if (u[i] != 0 && u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\r')
			return false;
		/* U+FFFE, U+FFFF: EF BF BE, EF BF BF */
		if (utf8 && u[i] == 0xEF && len - i >= 3 && u[i + 1] == 0xBF && (u[i + 2] == 0xBE || u[i + 2] == 0xBF))
			return false;
	}
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
