/*
 * tap.h - what the C unit tests share: TAP output (ok(), the counts main()
 * prints as the plan) and reading a file whole.  Included once by each test
 * program, so its definitions are static.
 */
#ifndef BL_TEST_TAP_H
#define BL_TEST_TAP_H

#include <stdio.h>
#include <stdlib.h>

static int	ntest = 0,
			nfail = 0;

static inline void
ok(int cond, const char *name)
{
	ntest++;
	if (!cond)
		nfail++;
	printf("%s %d - %s\n", cond ? "ok" : "not ok", ntest, name);
}

/* the whole file, NUL-terminated, its length in *len; NULL if it cannot be read */
static inline char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf && fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf)
	{
		buf[n] = '\0';
		*len = (size_t) n;
	}
	return buf;
}

#endif
