/*
 * seedgen.c - writes the binary seeds of the unpack harnesses from the text
 * seeds: `make -C fuzz seeds` (then review and keep the files under
 * corpus/treaty_unpack and corpus/position_unpack).
 *
 * For each valid text seed of corpus/treaty and corpus/position: its packed
 * form, and a few corrupt variants (cut short, one bit flipped in each part,
 * one byte too many).  A variant that would break a harness invariant is not
 * written: the seed corpus must replay clean; crashing inputs belong in
 * regressions/.
 */
#include "core/bl_core.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	nwritten;

static void
put(const char *dir, const char *name, const char *suffix, const uint8_t *b, size_t n)
{
	char		path[1024];
	FILE	   *f;

	snprintf(path, sizeof(path), "%s/%s%s", dir, name, suffix);
	if (!(f = fopen(path, "wb")) || fwrite(b, 1, n, f) != n || fclose(f) != 0)
	{
		perror(path);
		exit(1);
	}
	nwritten++;
}

/* true when bytes either fail to unpack or are canonical */
static int
safe_treaty(const uint8_t *b, size_t n)
{
	bl_treaty	t;
	bl_error	e;
	uint8_t		again[512];

	return !bl_treaty_unpack(b, n, &t, &e) ||
		(bl_treaty_pack(&t, again) == n && memcmp(again, b, n) == 0);
}

static int
safe_position(const uint8_t *b, size_t n)
{
	bl_position p;
	bl_error	e;
	uint8_t		again[64];

	return !bl_position_unpack(b, n, &p, &e) ||
		(bl_position_pack(&p, again) == n && memcmp(again, b, n) == 0);
}

static void
variants(const char *dir, const char *name, const uint8_t *b, size_t n, int (*safe) (const uint8_t *, size_t),
		 const int *flipbits, int nflip)
{
	uint8_t		v[600];
	char		suffix[32];

	put(dir, name, "", b, n);
	/* corrupt variants of a few seeds only: the corpus stays small */
	if (strcmp(name, "shimoda") != 0 && strcmp(name, "parties64") != 0 && strcmp(name, "akn_year") != 0 &&
		strcmp(name, "basic") != 0 && strcmp(name, "open_end") != 0 && strcmp(name, "issue32") != 0)
		return;
	if (safe(b, n - 1))
		put(dir, name, ".short", b, n - 1);
	memcpy(v, b, n);
	v[n] = 0x80;
	if (safe(v, n + 1))
		put(dir, name, ".long", v, n + 1);
	for (int i = 0; i < nflip; i++)
	{
		if (flipbits[i] >= (int) (8 * n))
			continue;
		memcpy(v, b, n);
		v[flipbits[i] / 8] ^= (uint8_t) (0x80 >> (flipbits[i] % 8));
		snprintf(suffix, sizeof(suffix), ".flip%d", flipbits[i]);
		if (safe(v, n))
			put(dir, name, suffix, v, n);
	}
}

static size_t
slurp(const char *path, char *buf, size_t max)
{
	FILE	   *f = fopen(path, "rb");
	size_t		n;

	if (!f)
		return 0;
	n = fread(buf, 1, max, f);
	fclose(f);
	return n;
}

int
main(int argc, char **argv)
{
	const char *corpus = argc > 1 ? argv[1] : "corpus";
	char		dir[512],
				out[512],
				path[1024],
				text[4096];
	DIR		   *d;
	struct dirent *e;

	/* treaty: precision, day, party count, a party, the slug */
	static const int tflip[] = {0, 1, 2, 23, 24, 29, 30, 44, 50};
	/* position: actor, counterpart, stance, from prec, from day, to prec, to day, issue */
	static const int pflip[] = {0, 16, 30, 32, 33, 40, 57, 70, 82, 86};

	snprintf(dir, sizeof(dir), "%s/treaty", corpus);
	snprintf(out, sizeof(out), "%s/treaty_unpack", corpus);
	if (!(d = opendir(dir)))
	{
		perror(dir);
		return 1;
	}
	while ((e = readdir(d)))
	{
		bl_treaty	t;
		bl_error	err;
		uint8_t		b[512];
		size_t		n;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		n = slurp(path, text, sizeof(text));
		if (!bl_treaty_parse(text, n, &t, &err))
			continue;
		n = bl_treaty_pack(&t, b);
		variants(out, e->d_name, b, n, safe_treaty, tflip, (int) (sizeof(tflip) / sizeof(tflip[0])));
	}
	closedir(d);

	snprintf(dir, sizeof(dir), "%s/position", corpus);
	snprintf(out, sizeof(out), "%s/position_unpack", corpus);
	if (!(d = opendir(dir)))
	{
		perror(dir);
		return 1;
	}
	while ((e = readdir(d)))
	{
		bl_position p;
		bl_error	err;
		uint8_t		b[64];
		size_t		n;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		n = slurp(path, text, sizeof(text));
		if (!bl_position_parse(text, n, &p, &err))
			continue;
		n = bl_position_pack(&p, b);
		variants(out, e->d_name, b, n, safe_position, pflip, (int) (sizeof(pflip) / sizeof(pflip[0])));
	}
	closedir(d);
	printf("%d binary seeds written\n", nwritten);
	return 0;
}
