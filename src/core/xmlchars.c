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
