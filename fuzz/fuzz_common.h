/*
 * fuzz_common.h - what the libFuzzer harnesses of the plain C core share:
 * an invariant check that aborts (so libFuzzer saves the input as a crash),
 * and the checks every failed parse or unpack must pass.
 *
 * The harnesses include only src/core/bl_core.h: no PostgreSQL header.
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include "core/bl_core.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* print what failed and abort: libFuzzer writes the input to crash-<sha1> */
static inline void
fuzz_fail(const char *file, int line, const char *what, const char *fmt, ...)
{
	va_list		ap;

	fprintf(stderr, "\n==== INVARIANT FAILED at %s:%d: %s\n", file, line, what);
	if (fmt && *fmt)
	{
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	}
	abort();
}

#define CHECK(cond, ...) \
	do { if (!(cond)) fuzz_fail(__FILE__, __LINE__, #cond, "" __VA_ARGS__); } while (0)

/* a hex dump for messages */
static inline const char *
hexstr(const uint8_t *b, size_t n)
{
	static char out[2 * 512 + 1];
	size_t		i;

	for (i = 0; i < n && i < 512; i++)
		sprintf(out + 2 * i, "%02x", b[i]);
	out[2 * i] = '\0';
	return out;
}

/*
 * A failed parse or unpack: a kind from the allowed set, a detail that is a
 * NUL-terminated, non-empty line of printable ASCII (the offending part is
 * cut to 40 characters and its control and non-ASCII bytes shown as '?', so
 * an error message never carries raw input bytes), and a hint when required.
 */
static inline void
check_error(const bl_error *err, unsigned allowed_kinds, int hint_wanted)
{
	const char *nul = memchr(err->detail, '\0', sizeof(err->detail));

	CHECK(err->kind != BL_OK && (allowed_kinds & (1u << err->kind)),
		  "kind %d", (int) err->kind);
	CHECK(nul != NULL, "detail not NUL-terminated");
	CHECK(nul != err->detail, "empty detail");
	/* fits in the buffer without snprintf truncation */
	CHECK((size_t) (nul - err->detail) < sizeof(err->detail) - 1, "detail may be truncated: %s", err->detail);
	for (const char *c = err->detail; c < nul; c++)
		CHECK(*c >= 0x20 && *c < 0x7f, "byte 0x%02x in detail: %s", (unsigned char) *c, err->detail);
	if (hint_wanted == 1)
		CHECK(err->hint != NULL && err->hint[0] != '\0', "no hint for: %s", err->detail);
	else if (hint_wanted == 0)
		CHECK(err->hint == NULL, "binary errors carry no hint: %s", err->detail);
}

#define KIND(k) (1u << (k))

/* the struct's parts that must hold for any accepted value */
static inline void
check_pdate(bl_pdate p, int open_ok)
{
	CHECK(p.prec == BL_YEAR || p.prec == BL_MONTH || p.prec == BL_DAY || (open_ok && p.prec == BL_OPEN),
		  "prec %d", (int) p.prec);
	CHECK(bl_pdate_valid(p), "prec %d first %d", (int) p.prec, (int) p.first);
	if (p.prec != BL_OPEN)
	{
		CHECK(p.first >= bl_day_min() && bl_pdate_last(p) <= bl_day_max());
		CHECK(bl_pdate_last(p) >= p.first);
	}
}

static inline int
sign(int c)
{
	return (c > 0) - (c < 0);
}

#endif							/* FUZZ_COMMON_H */
