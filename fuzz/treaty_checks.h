/*
 * treaty_checks.h - invariants of an accepted treaty_ref, shared by the parse
 * and unpack harnesses.
 */
#ifndef TREATY_CHECKS_H
#define TREATY_CHECKS_H

#include "fuzz_common.h"

/* the struct itself: date, 1..64 sorted distinct actor codes, a slug */
static void
treaty_check_struct(const bl_treaty *t)
{
	check_pdate(t->signed_on, 0);
	CHECK(t->nparties >= 1 && t->nparties <= BL_MAX_PARTIES, "%d parties", t->nparties);
	for (int i = 0; i < t->nparties; i++)
	{
		CHECK(t->parties[i][3] == '\0' && bl_is_actor_code(t->parties[i], 3), "party %d", i);
		CHECK(i == 0 || strcmp(t->parties[i - 1], t->parties[i]) < 0, "parties %s, %s", t->parties[i - 1], t->parties[i]);
	}
	CHECK(t->slug_len >= 1 && t->slug_len <= BL_ISSUE_MAXLEN && (size_t) t->slug_len == strlen(t->slug));
	CHECK(bl_is_snake_code(t->slug, (size_t) t->slug_len), "slug %s", t->slug);
}

/* the documented order, written independently of bl_treaty_cmp */
static int
treaty_ref_cmp(const bl_treaty *a, const bl_treaty *b)
{
	int			n;

	if (a->signed_on.first != b->signed_on.first)
		return a->signed_on.first < b->signed_on.first ? -1 : 1;
	if (a->signed_on.prec != b->signed_on.prec)
		return a->signed_on.prec < b->signed_on.prec ? -1 : 1;
	n = a->nparties < b->nparties ? a->nparties : b->nparties;
	for (int i = 0; i < n; i++)
		for (int k = 0; k < 3; k++)
			if (a->parties[i][k] != b->parties[i][k])
				return a->parties[i][k] < b->parties[i][k] ? -1 : 1;
	if (a->nparties != b->nparties)
		return a->nparties < b->nparties ? -1 : 1;
	for (int k = 0;; k++)
	{
		unsigned char x = (unsigned char) a->slug[k],
					y = (unsigned char) b->slug[k];

		if (x != y)
			return x < y ? -1 : 1;
		if (x == 0)
			return 0;
	}
}

static const char *const treaty_refs_text[] = {
	"1855-02-07:JPN+RUS:shimoda",
	"1855:JPN+RUS:shimoda",
	"1855-02:JPN+RUS:shimoda",
	"1855-02-07:JPN:shimoda",
	"1855-02-07:JPN+RUS+USA:shimoda",
	"1855-02-07:JPN+RUS:shimoda_a",
	"1956-10-19:JPN+RUS:joint_declaration",
	"0001:AAA:a",
	"9999-12-31:ZZZ:zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
};
#define NREFS (sizeof(treaty_refs_text) / sizeof(treaty_refs_text[0]))

/*
 * Everything that must hold for an accepted value t:
 * - the canonical text parses to an equal value (cmp == 0) that formats the same;
 * - the Akoma Ntoso URI reads back to an equal value with the same URI;
 * - pack -> unpack gives an equal value, and re-packs to the same bytes;
 * - against fixed reference values: the order is antisymmetric, agrees with
 *   the documented order, and equality agrees with equal text and equal bytes
 *   (the hash opclass hashes the packed bytes).
 */
static void
treaty_check_value(const bl_treaty *t)
{
	static char text[1024],
				again[1024],
				akn[1024],
				akn2[1024];
	uint8_t		packed[512],
				repacked[512];
	size_t		tmax = bl_treaty_text_max(),
				pmax = bl_treaty_packed_max(),
				np;
	int			n;
	bl_treaty	u;
	bl_error	err;

	CHECK(tmax <= sizeof(text) && pmax <= sizeof(packed));
	treaty_check_struct(t);
	CHECK(bl_treaty_cmp(t, t) == 0);

	/* text */
	n = bl_treaty_format(t, text);
	CHECK(n > 0 && (size_t) n < tmax && (size_t) n == strlen(text), "format length %d", n);
	CHECK(bl_treaty_parse(text, (size_t) n, &u, &err), "canonical \"%s\" refused: %s", text, err.detail);
	CHECK(bl_treaty_cmp(t, &u) == 0 && bl_treaty_cmp(&u, t) == 0, "%s", text);
	CHECK(bl_treaty_format(&u, again) == n && strcmp(text, again) == 0, "%s vs %s", text, again);

	/* Akoma Ntoso work URI */
	n = bl_treaty_akn(t, akn);
	CHECK(n > 0 && (size_t) n < tmax && (size_t) n == strlen(akn), "akn length %d", n);
	CHECK(strncmp(akn, "/akn/int/doc/treaty/", 20) == 0, "%s", akn);
	CHECK(bl_treaty_parse(akn, (size_t) n, &u, &err), "AKN \"%s\" refused: %s", akn, err.detail);
	CHECK(bl_treaty_cmp(t, &u) == 0, "AKN %s reads back as another value", akn);
	CHECK(bl_treaty_akn(&u, akn2) == n && strcmp(akn, akn2) == 0, "%s vs %s", akn, akn2);

	/* packed form */
	np = bl_treaty_pack(t, packed);
	CHECK(np >= 4 && np <= pmax, "packed length %zu", np);
	CHECK(bl_treaty_unpack(packed, np, &u, &err), "pack of %s does not unpack: %s [%s]", text, err.detail, hexstr(packed, np));
	CHECK(bl_treaty_cmp(t, &u) == 0, "%s", text);
	CHECK(bl_treaty_pack(&u, repacked) == np && memcmp(packed, repacked, np) == 0, "%s", text);

	/* order, equality, hashing against reference values */
	for (size_t i = 0; i < NREFS; i++)
	{
		bl_treaty	r;
		uint8_t		rp[512];
		char		rt[1024];
		size_t		nr;
		int			c;

		CHECK(bl_treaty_parse(treaty_refs_text[i], strlen(treaty_refs_text[i]), &r, &err), "%s", treaty_refs_text[i]);
		c = bl_treaty_cmp(t, &r);
		CHECK(c >= -1 && c <= 1, "cmp returned %d", c);
		CHECK(c == -bl_treaty_cmp(&r, t), "%s vs %s", text, treaty_refs_text[i]);
		CHECK(c == sign(treaty_ref_cmp(t, &r)), "%s vs %s: cmp %d", text, treaty_refs_text[i], c);
		nr = bl_treaty_pack(&r, rp);
		bl_treaty_format(&r, rt);
		CHECK((c == 0) == (nr == np && memcmp(rp, packed, np) == 0), "%s vs %s", text, rt);
		CHECK((c == 0) == (strcmp(rt, text) == 0), "%s vs %s", text, rt);
	}
}

#endif							/* TREATY_CHECKS_H */
