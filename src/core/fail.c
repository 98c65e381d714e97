/*
 * fail.c - the core's one error helper: a bl_error that names the offending
 * part of the input.  It depends on no other file of the core, so every file
 * may use it without a circle between them (test/unit/check_core_deps.sh).
 */
#include "bl_core.h"

#include <stdio.h>
#include <string.h>

bool
bl_fail(bl_error *err, bl_errkind kind, const char *hint,
		const char *fmt, const char *part, size_t len)
{
	char		shown[40 + 3 + 1];
	size_t		i = 0,
				n = 0;

	/*
	 * Name the offending part: at most 40 characters (a UTF-8 sequence counts
	 * as one), a control or non-ASCII character shown as one '?', so the
	 * detail is printable ASCII whatever the encoding; "..." when cut short.
	 */
	while (i < len && n < 40)
	{
		unsigned char c = (unsigned char) part[i++];

		if (c >= 0xc0)
			while (i < len && ((unsigned char) part[i] & 0xc0) == 0x80)
				i++;
		shown[n++] = (c < 0x20 || c >= 0x7f) ? '?' : (char) c;
	}
	shown[n] = '\0';
	if (i < len)
		strcat(shown, "...");
	err->kind = kind;
	err->hint = hint;
	snprintf(err->detail, sizeof(err->detail), fmt, shown);
	return false;
}
