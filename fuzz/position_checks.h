/*
 * position_checks.h - invariants of an accepted bilateral_position, shared by
 * the parse and unpack harnesses.
 */
#ifndef POSITION_CHECKS_H
#define POSITION_CHECKS_H

#include "fuzz_common.h"

static void
position_check_struct(const bl_position *p)
{
	bl_error	err;

	CHECK(p->actor[3] == '\0' && bl_is_actor_code(p->actor, 3));
	CHECK(p->counterpart[3] == '\0' && bl_is_actor_code(p->counterpart, 3));
	CHECK(strcmp(p->actor, p->counterpart) != 0);
	CHECK(p->issue_len >= 1 && p->issue_len <= BL_ISSUE_MAXLEN && (size_t) p->issue_len == strlen(p->issue));
	CHECK(bl_is_snake_code(p->issue, (size_t) p->issue_len));
	CHECK(p->stance >= -3 && p->stance <= 3 && bl_stance_label(p->stance) != NULL);
	check_pdate(p->from, 1);
	check_pdate(p->to, 1);
	CHECK(p->from.prec == BL_OPEN || p->to.prec == BL_OPEN || p->from.first <= bl_pdate_last(p->to));
	CHECK(bl_position_check(p, &err), "%s", err.detail);
}

/* the two readings of the period */
static void
position_check_readings(const bl_position *p)
{
	int32_t		lo = bl_position_lo(p),
				hi = bl_position_hi(p),
				clo = bl_position_certain_lo(p),
				chi = bl_position_certain_hi(p);

	CHECK(lo <= hi);
	CHECK(lo <= clo && chi <= hi, "narrowest [%d,%d] outside widest [%d,%d]", clo, chi, lo, hi);
	CHECK((p->from.prec == BL_OPEN) == (lo == INT32_MIN));
	CHECK((p->to.prec == BL_OPEN) == (hi == INT32_MAX));
	if (lo != INT32_MIN)
	{
		CHECK(bl_position_possibly_at(p, lo) && !bl_position_possibly_at(p, lo - 1));
		CHECK(bl_position_certainly_at(p, lo) == (clo <= lo && lo <= chi));
	}
	if (hi != INT32_MAX)
	{
		CHECK(bl_position_possibly_at(p, hi) && !bl_position_possibly_at(p, hi + 1));
		CHECK(bl_position_certainly_at(p, hi) == (clo <= hi && hi <= chi));
	}
	if (clo <= chi)
	{
		CHECK(bl_position_certainly_at(p, clo) && bl_position_possibly_at(p, clo));
		CHECK(bl_position_certainly_at(p, chi) && bl_position_possibly_at(p, chi));
	}
	CHECK(bl_position_overlaps(p, p));
	CHECK(bl_position_same_subject(p, p));
}

static int
start_key_cmp(bl_pdate a, bl_pdate b)
{
	if (a.prec == BL_OPEN || b.prec == BL_OPEN)
		return (a.prec != BL_OPEN) - (b.prec != BL_OPEN);
	if (a.first != b.first)
		return a.first < b.first ? -1 : 1;
	return (a.prec > b.prec) - (a.prec < b.prec);
}

static int
end_key_cmp(bl_pdate a, bl_pdate b)
{
	int32_t		la,
				lb;

	if (a.prec == BL_OPEN || b.prec == BL_OPEN)
		return (a.prec == BL_OPEN) - (b.prec == BL_OPEN);
	la = bl_pdate_last(a);
	lb = bl_pdate_last(b);
	if (la != lb)
		return la < lb ? -1 : 1;
	/* the same last day: the coarser end (it began earlier) sorts last */
	return (a.prec < b.prec) - (a.prec > b.prec);
}

/* the documented order, written independently of bl_position_cmp */
static int
position_ref_cmp(const bl_position *a, const bl_position *b)
{
	int			c;

	if ((c = memcmp(a->actor, b->actor, 3)) != 0 ||
		(c = memcmp(a->counterpart, b->counterpart, 3)) != 0 ||
		(c = strcmp(a->issue, b->issue)) != 0)
		return c;
	if ((c = start_key_cmp(a->from, b->from)) != 0 || (c = end_key_cmp(a->to, b->to)) != 0)
		return c;
	return (a->stance > b->stance) - (a->stance < b->stance);
}

static const char *const position_refs_text[] = {
	"JPN->RUS:peace_treaty:+2:2018-11/2019-01",
	"JPN->RUS:peace_treaty:+2:2018/2019",
	"JPN->RUS:peace_treaty:+2:2018-01-01/2019-12-31",
	"JPN->RUS:peace_treaty:-1:2018-11/2019-01",
	"JPN->RUS:peace_treaty:0:../..",
	"JPN->RUS:peace_treaty:0:2016-12-15/..",
	"JPN->RUS:peace_treaty:0:../2016-12-15",
	"JPN->RUS:peace_treat:0:../2016-12-15",
	"RUS->JPN:territorial_dispute:-3:1945-08/..",
	"AAA->AAB:a:-3:0001/0001",
	"ZZZ->ZZY:zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz:+3:9999-12-31/9999-12-31",
};
#define NPREFS (sizeof(position_refs_text) / sizeof(position_refs_text[0]))

/*
 * Everything that must hold for an accepted value p:
 * - the canonical text parses to an equal value (cmp == 0) that formats the same;
 * - pack -> unpack gives an equal value that re-packs to the same bytes;
 * - the readings of the period are consistent (widest contains narrowest);
 * - against reference values: the order is antisymmetric and agrees with the
 *   documented order, equality agrees with equal text and equal packed bytes
 *   (hash opclass), && is symmetric and means same subject + intersecting
 *   widest readings, and the GiST subject key agrees on a shared subject.
 */
static void
position_check_value(const bl_position *p)
{
	char		text[BL_POSITION_TEXT_MAX + 16],
				again[BL_POSITION_TEXT_MAX + 16];
	uint8_t		packed[BL_POSITION_PACKED_MAX + 8],
				repacked[BL_POSITION_PACKED_MAX + 8];
	size_t		np;
	int			n;
	bl_position q;
	bl_error	err;

	position_check_struct(p);
	position_check_readings(p);
	CHECK(bl_position_cmp(p, p) == 0);

	n = bl_position_format(p, text);
	CHECK(n > 0 && n < BL_POSITION_TEXT_MAX && (size_t) n == strlen(text), "format length %d", n);
	CHECK(bl_position_parse(text, (size_t) n, &q, &err), "canonical \"%s\" refused: %s", text, err.detail);
	CHECK(bl_position_cmp(p, &q) == 0 && bl_position_cmp(&q, p) == 0, "%s", text);
	CHECK(bl_position_format(&q, again) == n && strcmp(text, again) == 0, "%s vs %s", text, again);

	np = bl_position_pack(p, packed);
	CHECK(np >= 11 && np <= BL_POSITION_PACKED_MAX, "packed length %zu", np);
	CHECK(bl_position_unpack(packed, np, &q, &err), "pack of %s does not unpack: %s [%s]", text, err.detail, hexstr(packed, np));
	CHECK(bl_position_cmp(p, &q) == 0, "%s", text);
	CHECK(bl_position_pack(&q, repacked) == np && memcmp(packed, repacked, np) == 0, "%s", text);

	for (size_t i = 0; i < NPREFS; i++)
	{
		bl_position r;
		uint8_t		rp[BL_POSITION_PACKED_MAX + 8];
		char		rt[BL_POSITION_TEXT_MAX + 16];
		size_t		nr;
		int			c;
		bool		ov;

		CHECK(bl_position_parse(position_refs_text[i], strlen(position_refs_text[i]), &r, &err), "%s", position_refs_text[i]);
		c = bl_position_cmp(p, &r);
		CHECK(c >= -1 && c <= 1, "cmp returned %d", c);
		CHECK(c == -bl_position_cmp(&r, p), "%s vs %s", text, position_refs_text[i]);
		CHECK(c == sign(position_ref_cmp(p, &r)), "%s vs %s: cmp %d", text, position_refs_text[i], c);
		nr = bl_position_pack(&r, rp);
		bl_position_format(&r, rt);
		CHECK((c == 0) == (nr == np && memcmp(rp, packed, np) == 0), "%s vs %s", text, rt);
		CHECK((c == 0) == (strcmp(rt, text) == 0), "%s vs %s", text, rt);
		ov = bl_position_overlaps(p, &r);
		CHECK(ov == bl_position_overlaps(&r, p), "%s && %s not symmetric", text, rt);
		CHECK(ov == (bl_position_same_subject(p, &r) &&
					 bl_position_lo(p) <= bl_position_hi(&r) && bl_position_lo(&r) <= bl_position_hi(p)),
			  "%s && %s", text, rt);
		CHECK(!bl_position_same_subject(p, &r) || bl_position_subject_key(p) == bl_position_subject_key(&r),
			  "%s, %s: same subject, different keys", text, rt);
	}
}

#endif							/* POSITION_CHECKS_H */
