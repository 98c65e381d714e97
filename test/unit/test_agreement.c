/*
 * test_agreement.c - the agreement measures of src/core/agreement.c against
 * published worked examples (each names its source), against brute force
 * (the measures' direct definitions, pair by pair) on random data, and at
 * their edges.
 */
#include "core/bl_agreement.h"
#include "tap.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#define M NAN					/* a missing value in a matrix */

/* rows from a coders x units matrix (row-major), NaN missing */
typedef struct data
{
	size_t		n;
	uint32_t	unit[4096];
	uint32_t	coder[4096];
	double		value[4096];
	uint32_t	nunits,
				ncoders;
} data;

static data D;

static bl_agree_rows
from_matrix(const double *m, int ncoders, int nunits)
{
	D.n = 0;
	for (int c = 0; c < ncoders; c++)
		for (int u = 0; u < nunits; u++)
			if (!isnan(m[c * nunits + u]))
			{
				D.unit[D.n] = (uint32_t) u;
				D.coder[D.n] = (uint32_t) c;
				D.value[D.n] = m[c * nunits + u];
				D.n++;
			}
	D.nunits = (uint32_t) nunits;
	D.ncoders = (uint32_t) ncoders;
	return (bl_agree_rows) {D.n, D.unit, D.coder, D.value, D.nunits, D.ncoders};
}

/* rows of two coders from a contingency table t[a][b] (categories 1..k) */
static bl_agree_rows
from_table(const int *t, int k)
{
	uint32_t	u = 0;

	D.n = 0;
	for (int a = 0; a < k; a++)
		for (int b = 0; b < k; b++)
			for (int x = 0; x < t[a * k + b]; x++, u++)
			{
				D.unit[D.n] = u;
				D.coder[D.n] = 0;
				D.value[D.n++] = a + 1;
				D.unit[D.n] = u;
				D.coder[D.n] = 1;
				D.value[D.n++] = b + 1;
			}
	D.nunits = u;
	D.ncoders = 2;
	return (bl_agree_rows) {D.n, D.unit, D.coder, D.value, D.nunits, D.ncoders};
}

static bool
near(double a, double b, double tol)
{
	return fabs(a - b) <= tol;
}

static double
alpha(const bl_agree_rows *r, bl_agree_level l)
{
	double		a;
	bl_agree_error e;

	if (!bl_krippendorff_alpha(r, l, &a, &e))
		return -99;
	return a;
}

typedef bool (*measure) (const bl_agree_rows *r, double *out, bl_agree_error *err);

static double
run(measure f, const bl_agree_rows *r)
{
	double		a;
	bl_agree_error e;

	if (!f(r, &a, &e))
		return -99;
	return a;
}

static double
wkappa(const bl_agree_rows *r, bl_agree_weights w)
{
	double		a;
	bl_agree_error e;

	if (!bl_weighted_kappa(r, w, &a, &e))
		return -99;
	return a;
}

/*
 * Krippendorff's reliability data: 4 coders, 12 units, values 1-5, missing
 * values (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011;
 * Content Analysis, 3rd ed., 2013; the same matrix is irrCAC's cac.raw4raters,
 * Gwet's Handbook, 4th ed.).
 */
static const double R4[4 * 12] = {
	1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M,
	1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3,
	M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M,
	1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M,
};

static void
test_published(void)
{
	bl_agree_rows r = from_matrix(R4, 4, 12);

	/* Krippendorff (2011): alpha 0.743 nominal, 0.815 ordinal, 0.849 interval, 0.797 ratio */
	ok(near(alpha(&r, BL_LEVEL_NOMINAL), 0.743, 0.0005), "Krippendorff's reliability data: nominal alpha 0.743");
	ok(near(alpha(&r, BL_LEVEL_ORDINAL), 0.815, 0.0005), "Krippendorff's reliability data: ordinal alpha 0.815");
	ok(near(alpha(&r, BL_LEVEL_INTERVAL), 0.849, 0.0005), "Krippendorff's reliability data: interval alpha 0.849");
	ok(near(alpha(&r, BL_LEVEL_RATIO), 0.797, 0.0005), "Krippendorff's reliability data: ratio alpha 0.797");
	/* Gwet's irrCAC on cac.raw4raters (the same matrix): pa 0.818, AC1 0.775 (pe 0.190), Fleiss 0.761 (pe 0.239) */
	ok(near(run(bl_percent_agreement, &r), 0.8181818, 1e-6), "cac.raw4raters: percent agreement 0.818 (9/11)");
	ok(near(run(bl_gwet_ac1, &r), 0.775, 0.0005), "cac.raw4raters: Gwet's AC1 0.775");
	ok(near(run(bl_fleiss_kappa, &r), 0.761, 0.0005), "cac.raw4raters: Fleiss' kappa 0.761");

	/* Krippendorff (2011), binary data, two coders, ten units: alpha 0.095 */
	{
		static const double B[2 * 10] = {
			0, 1, 0, 0, 0, 0, 0, 0, 1, 0,
			1, 1, 1, 0, 0, 1, 0, 0, 0, 0,
		};

		r = from_matrix(B, 2, 10);
		ok(near(alpha(&r, BL_LEVEL_NOMINAL), 0.095, 0.0005), "Krippendorff's binary example: alpha 0.095");
		ok(near(alpha(&r, BL_LEVEL_NOMINAL), 1 - 19.0 * 4 / (14 * 6), 1e-12), "... exactly 1 - (n-1) o01 / (n0 n1)");
	}
	/* Wikipedia, "Krippendorff's alpha", a computational example: 3 coders, 15 units, nominal 0.691 */
	{
		static const double W[3 * 15] = {
			M, M, M, M, M, 3, 4, 1, 2, 1, 1, 3, 3, M, 3,
			1, M, 2, 1, 3, 3, 4, 3, M, M, M, M, M, M, M,
			M, M, 2, 1, 3, 4, 4, M, 2, 1, 1, 3, 3, M, 4,
		};

		r = from_matrix(W, 3, 15);
		ok(near(alpha(&r, BL_LEVEL_NOMINAL), 0.691, 0.0005), "Wikipedia's example: nominal alpha 0.691");
	}
	/* Gwet's 5 observers, 15 units, categories 0-3 with missing (irrCAC cac.raw5obser): pa 0.616, AC1 0.497, Fleiss 0.458, alpha 0.481 */
	{
		static const double O[5 * 15] = {
			1, 1, 2, M, 0, 0, 1, 1, 2, 2, M, 0, 1, 3, 1,
			1, 1, 3, 0, 0, 0, 0, M, 2, 1, 1, 0, 2, 3, 1,
			2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1,
			M, 1, 3, M, M, M, M, 0, M, 1, 0, 0, 2, 2, M,
			2, M, M, 0, 0, 0, 1, M, 2, M, M, M, M, 3, 1,
		};

		r = from_matrix(O, 5, 15);
		ok(near(run(bl_percent_agreement, &r), 0.616, 0.0005), "Gwet's 5 observers: percent agreement 0.616");
		ok(near(run(bl_gwet_ac1, &r), 0.497, 0.0005), "Gwet's 5 observers: AC1 0.497");
		ok(near(run(bl_fleiss_kappa, &r), 0.458, 0.0005), "Gwet's 5 observers: Fleiss' kappa 0.458");
		ok(near(alpha(&r, BL_LEVEL_NOMINAL), 0.481, 0.0005), "Gwet's 5 observers: Krippendorff's alpha 0.481");
	}
	/* Gwet's irrCAC cont3x3abstractors (Handbook): Cohen 0.796, linear weights 0.843, quadratic 0.892 */
	{
		static const int T[9] = {13, 0, 0, 0, 20, 7, 0, 4, 56};

		r = from_table(T, 3);
		ok(near(run(bl_cohen_kappa, &r), 0.7964094, 1e-6), "cont3x3abstractors: Cohen's kappa 0.7964094");
		ok(near(wkappa(&r, BL_WEIGHTS_LINEAR), 0.843, 0.0005), "cont3x3abstractors: linear weighted kappa 0.843");
		ok(near(wkappa(&r, BL_WEIGHTS_QUADRATIC), 0.892, 0.0005), "cont3x3abstractors: quadratic weighted kappa 0.892");
	}
	/* irrCAC cont4x4diagnosis: Cohen 0.432, linear 0.407, quadratic 0.383 */
	{
		static const int T[16] = {40, 6, 4, 15, 4, 25, 1, 5, 4, 2, 21, 9, 17, 13, 12, 45};

		r = from_table(T, 4);
		ok(near(run(bl_cohen_kappa, &r), 0.432, 0.0005), "cont4x4diagnosis: Cohen's kappa 0.432");
		ok(near(wkappa(&r, BL_WEIGHTS_LINEAR), 0.407, 0.0005), "cont4x4diagnosis: linear weighted kappa 0.407");
		ok(near(wkappa(&r, BL_WEIGHTS_QUADRATIC), 0.383, 0.0005), "cont4x4diagnosis: quadratic weighted kappa 0.383");
	}
	/* the textbook example (Wikipedia, "Cohen's kappa"): 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15: 0.4 */
	{
		static const int T[4] = {20, 5, 10, 15};

		r = from_table(T, 2);
		ok(near(run(bl_cohen_kappa, &r), 0.4, 1e-12), "the textbook 2x2 example: Cohen's kappa 0.4");
	}
}

/* ---------- spans ---------- */

typedef struct sdata
{
	size_t		n;
	uint32_t	doc[512],
				coder[512];
	int64_t		start[512],
				end[512],
				length[512];
	uint32_t	ndocs,
				ncoders;
} sdata;

static sdata S;

static void
span(uint32_t doc, uint32_t coder, int64_t s, int64_t e, int64_t len)
{
	S.doc[S.n] = doc;
	S.coder[S.n] = coder;
	S.start[S.n] = s;
	S.end[S.n] = e;
	S.length[S.n] = len;
	S.n++;
	if (doc + 1 > S.ndocs)
		S.ndocs = doc + 1;
	if (coder + 1 > S.ncoders)
		S.ncoders = coder + 1;
}

static bl_span_rows
srows(void)
{
	return (bl_span_rows) {S.n, S.doc, S.coder, S.start, S.end, S.length, S.ndocs, S.ncoders};
}

static double
ualpha(void)
{
	bl_span_rows r = srows();
	double		a;
	bl_agree_error e;

	if (!bl_unitizing_alpha(&r, &a, &e))
		return -99;
	return a;
}

/* the direct definition: every pair of segments of two coders, every mark against every gap */
typedef struct bseg
{
	int64_t		b,
				e;
	int			mark;
} bseg;

static int
bsegs(uint32_t d, uint32_t c, int64_t len, bseg *out)
{
	int64_t		at = 0;
	int			n = 0;

	for (;;)
	{
		size_t		best = SIZE_MAX;

		for (size_t i = 0; i < S.n; i++)
			if (S.doc[i] == d && S.coder[i] == c && S.start[i] >= at && S.start[i] >= 0 &&
				(best == SIZE_MAX || S.start[i] < S.start[best]))
				best = i;
		if (best == SIZE_MAX)
			break;
		if (S.start[best] > at)
			out[n++] = (bseg) {at, S.start[best], 0};
		out[n++] = (bseg) {S.start[best], S.end[best], 1};
		at = S.end[best];
	}
	if (at < len)
		out[n++] = (bseg) {at, len, 0};
	return n;
}

static double
brute_ualpha(void)
{
	static bseg sg[64][256];
	int			ns[64];
	double		m = S.ncoders,
				L = 0,
				pairs = 0,
				de = 0,
				ll = 0;
	double		marks[1024],
				gaps[1024];
	int			nm = 0,
				ng = 0;

	for (uint32_t d = 0; d < S.ndocs; d++)
	{
		int64_t		len = -1;

		for (size_t i = 0; i < S.n; i++)
			if (S.doc[i] == d)
				len = S.length[i];
		if (len < 0)
			continue;
		L += len;
		for (uint32_t c = 0; c < S.ncoders; c++)
		{
			ns[c] = bsegs(d, c, len, sg[c]);
			for (int g = 0; g < ns[c]; g++)
			{
				if (sg[c][g].mark)
					marks[nm++] = sg[c][g].e - sg[c][g].b;
				else
					gaps[ng++] = sg[c][g].e - sg[c][g].b;
			}
		}
		for (uint32_t c = 0; c < S.ncoders; c++)
			for (uint32_t k = 0; k < S.ncoders; k++)
				if (c != k)
					for (int g = 0; g < ns[c]; g++)
						for (int h = 0; h < ns[k]; h++)
						{
							bseg		x = sg[c][g],
										y = sg[k][h];

							if (!(x.b < y.e && y.b < x.e))
								continue;
							if (x.mark && y.mark)
								pairs += (double) (x.b - y.b) * (x.b - y.b) + (double) (x.e - y.e) * (x.e - y.e);
							else if (x.mark && y.b <= x.b && x.e <= y.e)
								pairs += (double) (x.e - x.b) * (x.e - x.b);
							else if (y.mark && x.b <= y.b && y.e <= x.e)
								pairs += (double) (y.e - y.b) * (y.e - y.b);
						}
	}
	if (nm == 0 || m < 2)
		return NAN;
	for (int i = 0; i < nm; i++)
	{
		double		l = marks[i],
					s = 0;

		for (int g = 0; g < ng; g++)
			if (gaps[g] >= l)
				s += gaps[g] - l + 1;
		de += (nm - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * s;
		ll += l * (l - 1);
	}
	/* ordered pairs of coders: the sum counts each unordered pair twice, as 2 * sum_{i<j} */
	return 1 - (pairs / (m * (m - 1) * L * L)) / ((2 / L) * de / (m * L * (m * L - 1) - ll));
}

static void
test_unitizing(void)
{
	bl_span_rows r;
	bl_span_match *m;
	size_t		nm;
	bl_agree_error e;

	/*
	 * Krippendorff, Content Analysis, 2nd ed. (2004), p. 254 (as DKPro
	 * Statistics' Krippendorff2004Test has it): a continuum [150, 450), two
	 * observers; category c: uDo 0.0144, uDe 0.0532, u-alpha 0.7286; category
	 * k, marked alike by both: 1.  Offsets here from 150.
	 */
	memset(&S, 0, sizeof(S));
	span(0, 0, 225 - 150, 295 - 150, 300);
	span(0, 0, 370 - 150, 400 - 150, 300);
	span(0, 1, 220 - 150, 300 - 150, 300);
	span(0, 1, 355 - 150, 375 - 150, 300);
	span(0, 1, 400 - 150, 420 - 150, 300);
	ok(near(ualpha(), 0.7286, 0.00005), "Krippendorff (2004: 254), category c: u-alpha 0.7286");
	ok(near(ualpha(), brute_ualpha(), 1e-12), "... as the direct definition has it");
	memset(&S, 0, sizeof(S));
	span(0, 0, 30, 90, 300);
	span(0, 0, 150, 200, 300);
	span(0, 1, 30, 90, 300);
	span(0, 1, 150, 200, 300);
	ok(ualpha() == 1, "Krippendorff (2004: 254), category k, marked alike: u-alpha 1");

	/* the same example, matched into units */
	memset(&S, 0, sizeof(S));
	span(0, 0, 75, 145, 300);
	span(0, 0, 220, 250, 300);
	span(0, 1, 70, 150, 300);
	span(0, 1, 205, 225, 300);
	span(0, 1, 250, 270, 300);
	span(0, 2, -1, -1, 300);	/* a third coder who marked nothing */
	r = srows();
	ok(bl_match_spans(&r, &m, &nm, &e) && nm == 9, "match_spans: three units of three coders");
	ok(m[0].unit == 1 && m[0].unit_start == 70 && m[0].unit_end == 150 && m[0].spans == 1 &&
	   m[2].coder == 2 && m[2].spans == 0 && m[2].span_start == -1,
	   "... the first unit [70, 150): one span of each of coders 0 and 1, coder 2 missing");
	ok(m[3].unit == 2 && m[3].unit_start == 205 && m[3].unit_end == 250 && m[3].spans == 1 &&
	   m[4].spans == 1 && m[4].span_start == 205 && m[4].span_end == 225,
	   "... the second [205, 250): 220-250 of coder 0 overlaps 205-225 of coder 1");
	ok(m[6].unit == 3 && m[6].unit_start == 250 && m[6].spans == 0 && m[7].spans == 1 && m[8].spans == 0,
	   "... the third [250, 270) of coder 1 alone: a span that only touches a unit's end starts another");
	free(m);

	/* edges: overlapping spans of one coder are refused for u-alpha; bad spans always */
	memset(&S, 0, sizeof(S));
	span(0, 0, 0, 10, 20);
	span(0, 0, 5, 15, 20);
	span(0, 1, 0, 10, 20);
	r = srows();
	{
		double		a;

		ok(!bl_unitizing_alpha(&r, &a, &e) && e.kind == BL_AGREE_ESPAN && e.coder == 0,
		   "u-alpha refuses two overlapping spans of one coder");
		ok(bl_match_spans(&r, &m, &nm, &e) && nm == 2 && m[0].spans == 2, "match_spans takes them: 2 spans of coder 0 in one unit");
		free(m);
		S.end[2] = 21;
		ok(!bl_match_spans(&r, &m, &nm, &e) && e.kind == BL_AGREE_ESPAN, "a span past its document's end is refused");
		S.end[2] = 10;
		S.length[2] = 30;
		ok(!bl_match_spans(&r, &m, &nm, &e) && e.kind == BL_AGREE_ESPAN, "a document with two lengths is refused");
	}
	memset(&S, 0, sizeof(S));
	span(0, 0, -1, -1, 20);
	span(0, 1, -1, -1, 20);
	ok(isnan(ualpha()), "nobody marked anything: u-alpha undefined (NaN)");
	memset(&S, 0, sizeof(S));
	span(0, 0, 2, 5, 20);
	ok(isnan(ualpha()), "one coder: u-alpha undefined");
}

/* ---------- brute force on random data ---------- */

static uint64_t rng = 12345;

static uint32_t
rnd(uint32_t n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t) ((rng >> 33) % n);
}

static double
delta(double x, double y, bl_agree_level l, const double *cats, const double *cnt, int nk)
{
	switch (l)
	{
		case BL_LEVEL_NOMINAL:
			return x != y;
		case BL_LEVEL_INTERVAL:
			return (x - y) * (x - y);
		case BL_LEVEL_RATIO:
			return x + y == 0 ? 0 : ((x - y) / (x + y)) * ((x - y) / (x + y));
		case BL_LEVEL_ORDINAL:
			{
				double		lo = x < y ? x : y,
							hi = x < y ? y : x,
							s = 0,
							nlo = 0,
							nhi = 0;

				for (int k = 0; k < nk; k++)
				{
					if (cats[k] >= lo && cats[k] <= hi)
						s += cnt[k];
					if (cats[k] == lo)
						nlo = cnt[k];
					if (cats[k] == hi)
						nhi = cnt[k];
				}
				s -= (nlo + nhi) / 2;
				return s * s;
			}
	}
	return 0;
}

/* alpha from its definition: the pairs of values within units, the pairs of all pairable values */
static double
brute_alpha(const double *m, int nc, int nu, bl_agree_level l)
{
	double		vals[4096],
				cats[4096];
	int			nv = 0,
				nk = 0;
	double		cnt[4096];
	double		obs = 0,
				exp = 0;

	for (int u = 0; u < nu; u++)
	{
		int			mu = 0;

		for (int c = 0; c < nc; c++)
			mu += !isnan(m[c * nu + u]);
		if (mu >= 2)
			for (int c = 0; c < nc; c++)
				if (!isnan(m[c * nu + u]))
					vals[nv++] = m[c * nu + u];
	}
	if (nv < 2)
		return NAN;
	/* the distinct values and their frequencies among the pairable values */
	for (int i = 0; i < nv; i++)
	{
		int			k;

		for (k = 0; k < nk && cats[k] != vals[i]; k++)
			;
		if (k == nk)
		{
			cats[nk] = vals[i];
			cnt[nk++] = 0;
		}
		cnt[k] += 1;
	}
#define DELTA(x, y) delta(x, y, l, cats, cnt, nk)

	for (int u = 0; u < nu; u++)
	{
		int			mu = 0;

		for (int c = 0; c < nc; c++)
			mu += !isnan(m[c * nu + u]);
		if (mu < 2)
			continue;
		for (int c = 0; c < nc; c++)
			for (int k = 0; k < nc; k++)
				if (c != k && !isnan(m[c * nu + u]) && !isnan(m[k * nu + u]))
					obs += DELTA(m[c * nu + u], m[k * nu + u]) / (mu - 1);
	}
	for (int i = 0; i < nv; i++)
		for (int j = 0; j < nv; j++)
			if (i != j)
				exp += DELTA(vals[i], vals[j]);
	if (exp == 0)
		return NAN;
	return 1 - (nv - 1) * obs / exp;
}

/* Gwet's pa, Fleiss and AC1 from the n x q table of counts, as irrCAC writes them */
static void
brute_gwet(const double *m, int nc, int nu, double *pa, double *fleiss, double *ac1)
{
	static double cats[512],
				pi[512];
	int			q = 0,
				n = 0,
				n2 = 0;

	memset(pi, 0, sizeof(pi));

	*pa = 0;
	for (int u = 0; u < nu; u++)
		for (int c = 0; c < nc; c++)
		{
			double		v = m[c * nu + u];
			int			k;

			if (isnan(v))
				continue;
			for (k = 0; k < q && cats[k] != v; k++)
				;
			if (k == q)
				cats[q++] = v;
		}
	for (int u = 0; u < nu; u++)
	{
		double		r = 0,
					rk[512] = {0},
					s = 0;

		for (int c = 0; c < nc; c++)
			for (int k = 0; k < q; k++)
				if (m[c * nu + u] == cats[k])
				{
					rk[k]++;
					r++;
				}
		if (r == 0)
			continue;
		n++;
		for (int k = 0; k < q; k++)
		{
			pi[k] += rk[k] / r;
			s += rk[k] * (rk[k] - 1);
		}
		if (r >= 2)
		{
			*pa += s / (r * (r - 1));
			n2++;
		}
	}
	*pa = n2 ? *pa / n2 : NAN;
	{
		double		pef = 0,
					pea = 0;

		for (int k = 0; k < q; k++)
		{
			double		p = pi[k] / n;

			pef += p * p;
			pea += p * (1 - p);
		}
		*fleiss = pef < 1 ? (*pa - pef) / (1 - pef) : NAN;
		*ac1 = q >= 2 ? (*pa - pea / (q - 1)) / (1 - pea / (q - 1)) : NAN;
	}
}

/* Cohen's kappa and weighted kappa from the table of the units both coded, with explicit weights */
static void
brute_kappa(const double *m, int nu, double *kappa, double *lin, double *quad)
{
	static double cats[128],
				t[128][128],
				ra[128],
				rb[128];
	int			q = 0,
				n = 0;

	memset(t, 0, sizeof(t));
	memset(ra, 0, sizeof(ra));
	memset(rb, 0, sizeof(rb));

	for (int u = 0; u < nu; u++)
		for (int c = 0; c < 2; c++)
		{
			double		v = m[c * nu + u];
			int			k;

			if (isnan(v) || isnan(m[(1 - c) * nu + u]))
				continue;
			for (k = 0; k < q && cats[k] != v; k++)
				;
			if (k == q)
				cats[q++] = v;
		}
	for (int u = 0; u < nu; u++)
	{
		int			a,
					b;

		if (isnan(m[u]) || isnan(m[nu + u]))
			continue;
		for (a = 0; cats[a] != m[u]; a++)
			;
		for (b = 0; cats[b] != m[nu + u]; b++)
			;
		t[a][b]++;
		ra[a]++;
		rb[b]++;
		n++;
	}
	*kappa = *lin = *quad = NAN;
	if (n == 0)
		return;
	{
		double		lo = cats[0],
					hi = cats[0],
					po[3] = {0},
					pe[3] = {0};

		for (int k = 0; k < q; k++)
		{
			lo = cats[k] < lo ? cats[k] : lo;
			hi = cats[k] > hi ? cats[k] : hi;
		}
		for (int a = 0; a < q; a++)
			for (int b = 0; b < q; b++)
			{
				double		w[3];

				w[0] = a == b;
				w[1] = hi > lo ? 1 - fabs(cats[a] - cats[b]) / (hi - lo) : 1;
				w[2] = hi > lo ? 1 - (cats[a] - cats[b]) * (cats[a] - cats[b]) / ((hi - lo) * (hi - lo)) : 1;
				for (int x = 0; x < 3; x++)
				{
					po[x] += w[x] * t[a][b] / n;
					pe[x] += w[x] * (ra[a] / n) * (rb[b] / n);
				}
			}
		if (pe[0] < 1)
			*kappa = (po[0] - pe[0]) / (1 - pe[0]);
		if (pe[1] < 1 - 1e-12)
			*lin = (po[1] - pe[1]) / (1 - pe[1]);
		if (pe[2] < 1 - 1e-12)
			*quad = (po[2] - pe[2]) / (1 - pe[2]);
	}
}

static bool
same(double a, double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	return fabs(a - b) <= 1e-9 * (1 + fabs(b));
}

static void
test_brute(void)
{
	static double m[8 * 40];
	int			bad_alpha[4] = {0},
				bad_gwet = 0,
				bad_kappa = 0,
				trials = 400,
				bad_u = 0,
				u_trials = 300;

	for (int t = 0; t < trials; t++)
	{
		int			nc = 2 + (int) rnd(5),
					nu = 1 + (int) rnd(30),
					nv = 1 + (int) rnd(6),
					miss = (int) rnd(60);
		bool		real = rnd(3) == 0;
		bl_agree_rows r;

		for (int i = 0; i < nc * nu; i++)
			m[i] = (int) rnd(100) < miss ? NAN : (real ? rnd(1000) / 7.0 : (double) rnd((uint32_t) nv));
		r = from_matrix(m, nc, nu);
		for (int l = 0; l < 4; l++)
			if (!same(alpha(&r, (bl_agree_level) l), brute_alpha(m, nc, nu, (bl_agree_level) l)))
				bad_alpha[l]++;
		{
			double		pa,
						fl,
						ac;

			brute_gwet(m, nc, nu, &pa, &fl, &ac);
			if (!same(run(bl_percent_agreement, &r), pa) || !same(run(bl_fleiss_kappa, &r), fl) ||
				!same(run(bl_gwet_ac1, &r), ac))
				bad_gwet++;
		}
		{
			double		k,
						lin,
						quad;

			r = from_matrix(m, 2, nu);
			brute_kappa(m, nu, &k, &lin, &quad);
			if (!same(run(bl_cohen_kappa, &r), k) || !same(wkappa(&r, BL_WEIGHTS_LINEAR), lin) ||
				!same(wkappa(&r, BL_WEIGHTS_QUADRATIC), quad))
				bad_kappa++;
		}
	}
	ok(bad_alpha[0] == 0, "nominal alpha = its definition pair by pair, 400 random data sets (2-6 coders, missing values)");
	ok(bad_alpha[1] == 0, "ordinal alpha = its definition (ranks from the pairable values' frequencies)");
	ok(bad_alpha[2] == 0, "interval alpha = its definition");
	ok(bad_alpha[3] == 0, "ratio alpha = its definition");
	ok(bad_gwet == 0, "percent agreement, Fleiss' kappa, AC1 = Gwet's formulas over the table of counts");
	ok(bad_kappa == 0, "Cohen's kappa and weighted kappa = their tables with weights 1 - |x-y|/(max-min) (or squared)");

	for (int t = 0; t < u_trials; t++)
	{
		uint32_t	nd = 1 + rnd(3),
					nc = 2 + rnd(3);

		memset(&S, 0, sizeof(S));
		S.ncoders = nc;
		for (uint32_t d = 0; d < nd; d++)
		{
			int64_t		len = 5 + rnd(60);

			for (uint32_t c = 0; c < nc; c++)
			{
				int64_t		at = 0;

				span(d, c, -1, -1, len);
				while (at < len && S.n < 400)
				{
					int64_t		s = at + rnd(12),
								e = s + 1 + rnd(10);

					if (e > len)
						break;
					if (rnd(3) > 0)
						span(d, c, s, e, len);
					at = e;
				}
			}
		}
		if (!same(ualpha(), brute_ualpha()))
			bad_u++;
	}
	ok(bad_u == 0, "u-alpha = its definition (every pair of segments, every mark against every gap), 300 random studies");
}

/* ---------- edges, errors, the bootstrap ---------- */

static bool
stop_always(void)
{
	return true;
}

static void
test_edges(void)
{
	bl_agree_rows r;
	bl_agree_error e;
	double		a,
				lo,
				hi,
				lo2,
				hi2;
	int			def;

	{
		static const double one[3 * 4] = {2, 2, 2, 2, 2, 2, M, 2, 2, 2, 2, 2};

		r = from_matrix(one, 3, 4);
		ok(isnan(alpha(&r, BL_LEVEL_NOMINAL)) && isnan(alpha(&r, BL_LEVEL_INTERVAL)) &&
		   isnan(alpha(&r, BL_LEVEL_ORDINAL)) && isnan(alpha(&r, BL_LEVEL_RATIO)),
		   "one category only: alpha undefined (NaN) at every level");
		ok(isnan(run(bl_fleiss_kappa, &r)) && isnan(run(bl_gwet_ac1, &r)) && run(bl_percent_agreement, &r) == 1,
		   "one category only: Fleiss and AC1 undefined, percent agreement 1");
		r = from_matrix(one, 2, 4);
		ok(isnan(run(bl_cohen_kappa, &r)) && isnan(wkappa(&r, BL_WEIGHTS_LINEAR)), "one category only: kappas undefined");
	}
	{
		static const double lone[3 * 3] = {1, M, M, M, 2, M, M, M, 3};

		r = from_matrix(lone, 3, 3);
		ok(isnan(alpha(&r, BL_LEVEL_NOMINAL)) && isnan(run(bl_percent_agreement, &r)) && isnan(run(bl_fleiss_kappa, &r)) &&
		   (r = from_matrix(lone, 2, 3), isnan(run(bl_cohen_kappa, &r))),
		   "every unit has one value (the other coders missing): undefined");
	}
	{
		static const double two[2 * 2] = {1, 2, 1, 2};
		static const double oneu[2 * 1] = {1, 2};

		r = from_matrix(two, 2, 2);
		ok(alpha(&r, BL_LEVEL_NOMINAL) == 1 && run(bl_cohen_kappa, &r) == 1, "two units, both coders agree: alpha 1, kappa 1");
		r = from_matrix(oneu, 2, 1);
		ok(alpha(&r, BL_LEVEL_NOMINAL) == 0 && alpha(&r, BL_LEVEL_INTERVAL) == 0,
		   "one unit of two different values: alpha 0 (n = 2, its one pair is all the variation)");
		r.n = 0;
		ok(isnan(alpha(&r, BL_LEVEL_NOMINAL)) && isnan(run(bl_gwet_ac1, &r)), "no rows: undefined");
	}

	/* errors */
	r = from_matrix(R4, 4, 12);
	D.coder[1] = 0;				/* coder 0 gives unit 1 a second value... */
	D.unit[1] = 0;				/* ...unit 0 */
	ok(!bl_krippendorff_alpha(&r, BL_LEVEL_NOMINAL, &a, &e) && e.kind == BL_AGREE_EDUPLICATE && e.unit == 0 && e.coder == 0,
	   "a coder with two values for a unit: EDUPLICATE naming both");
	r = from_matrix(R4, 4, 12);
	ok(!bl_cohen_kappa(&r, &a, &e) && e.kind == BL_AGREE_ECODERS && e.coder == 0 && e.other == 1 && e.third == 2,
	   "Cohen's kappa of four coders: ECODERS naming the first three");
	D.value[3] = -1;
	ok(!bl_krippendorff_alpha(&r, BL_LEVEL_RATIO, &a, &e) && e.kind == BL_AGREE_EVALUE && e.value == -1,
	   "a negative ratio value: EVALUE");
	ok(bl_krippendorff_alpha(&r, BL_LEVEL_INTERVAL, &a, &e), "... which interval takes");
	D.value[3] = NAN;
	ok(!bl_krippendorff_alpha(&r, BL_LEVEL_INTERVAL, &a, &e) && e.kind == BL_AGREE_EVALUE, "a NaN value: EVALUE");
	r = from_matrix(R4, 4, 12);
	bl_agree_interrupt_hook = stop_always;
	{
		/* enough rows that the loops poll */
		static uint32_t uu[20000],
					cc[20000];
		static double vv[20000];
		bl_agree_rows big = {20000, uu, cc, vv, 10000, 2};

		for (uint32_t i = 0; i < 20000; i++)
		{
			uu[i] = i / 2;
			cc[i] = i % 2;
			vv[i] = i % 7;
		}
		ok(!bl_krippendorff_alpha(&big, BL_LEVEL_NOMINAL, &a, &e) && e.kind == BL_AGREE_EINTERRUPTED,
		   "the interrupt hook stops alpha");
		bl_agree_interrupt_hook = NULL;
		for (uint32_t i = 0; i < 20000; i++)
			vv[i] = i;
		ok(bl_krippendorff_alpha(&big, BL_LEVEL_NOMINAL, &a, &e) && a < 0.01, "20,000 distinct values: nominal alpha about 0");
		ok(!bl_krippendorff_alpha_interval(&big, BL_LEVEL_RATIO, 10, 0.95, 1, &lo, &hi, &def, &e) && e.kind == BL_AGREE_ELIMIT,
		   "ratio alpha's bootstrap over 20,000 distinct values, 10 samples: ELIMIT (more than 10^9 steps)");
	}

	/* the bootstrap */
	r = from_matrix(R4, 4, 12);
	ok(bl_krippendorff_alpha_interval(&r, BL_LEVEL_NOMINAL, 2000, 0.95, 7, &lo, &hi, &def, &e) && def > 1900 &&
	   lo < 0.743 && 0.743 < hi && hi <= 1, "a 95% bootstrap interval of 2000 samples holds the reliability data's alpha");
	ok(bl_krippendorff_alpha_interval(&r, BL_LEVEL_NOMINAL, 2000, 0.95, 7, &lo2, &hi2, &def, &e) && lo2 == lo && hi2 == hi,
	   "the same seed, the same interval");
	{
		/* the rows in another order: the same units, so the same interval */
		data		rev = D;

		for (size_t i = 0; i < D.n; i++)
		{
			rev.unit[i] = D.unit[D.n - 1 - i];
			rev.coder[i] = D.coder[D.n - 1 - i];
			rev.value[i] = D.value[D.n - 1 - i];
		}
		r = (bl_agree_rows) {rev.n, rev.unit, rev.coder, rev.value, rev.nunits, rev.ncoders};
		ok(bl_krippendorff_alpha_interval(&r, BL_LEVEL_NOMINAL, 2000, 0.95, 7, &lo2, &hi2, &def, &e) && lo2 == lo && hi2 == hi,
		   "rows in reverse order: the same interval");
	}
	r = from_matrix(R4, 4, 12);
	ok(bl_krippendorff_alpha_interval(&r, BL_LEVEL_NOMINAL, 2000, 0.95, 8, &lo2, &hi2, &def, &e) && (lo2 != lo || hi2 != hi),
	   "another seed, another draw");
	ok(bl_krippendorff_alpha_interval(&r, BL_LEVEL_NOMINAL, 2000, 0.5, 7, &lo2, &hi2, &def, &e) && lo2 >= lo && hi2 <= hi,
	   "a 50% interval lies inside the 95% one");
	ok(!bl_krippendorff_alpha_interval(&r, BL_LEVEL_NOMINAL, 0, 0.95, 7, &lo2, &hi2, &def, &e) && e.kind == BL_AGREE_EARG &&
	   !bl_krippendorff_alpha_interval(&r, BL_LEVEL_NOMINAL, 10, 1, 7, &lo2, &hi2, &def, &e) && e.kind == BL_AGREE_EARG,
	   "0 samples, confidence 1: EARG");
	{
		static const double one[2 * 3] = {2, 2, 2, 2, 2, 2};

		r = from_matrix(one, 2, 3);
		ok(bl_krippendorff_alpha_interval(&r, BL_LEVEL_NOMINAL, 100, 0.95, 7, &lo2, &hi2, &def, &e) && def == 0 && isnan(lo2),
		   "one category: no replicate defined, the interval NaN");
	}
}

static void
test_names(void)
{
	const char *s[] = {"b", "a", "ab", "b", "", "a"};
	uint32_t	l[] = {1, 1, 2, 1, 0, 1};
	uint32_t	ids[6],
				n;
	bl_agree_error e;
	bl_agree_level lv;
	bl_agree_weights w;

	ok(bl_agree_intern(s, l, 6, ids, &n, &e) && n == 4 && ids[4] == 0 && ids[1] == 1 && ids[5] == 1 && ids[2] == 2 &&
	   ids[0] == 3 && ids[3] == 3, "interning: dense ids in byte order, the empty string first, a prefix before");
	ok(bl_agree_level_parse("ordinal", 7, &lv) && lv == BL_LEVEL_ORDINAL && !bl_agree_level_parse("Ordinal", 7, &lv) &&
	   !bl_agree_level_parse("ordina", 6, &lv), "levels: exact names only");
	ok(bl_agree_weights_parse("quadratic", 9, &w) && w == BL_WEIGHTS_QUADRATIC && !bl_agree_weights_parse("squared", 7, &w),
	   "weights: linear or quadratic");
}

int
main(void)
{
	test_published();
	test_unitizing();
	test_brute();
	test_edges();
	test_names();
	printf("1..%d\n", ntest);
	return nfail ? 1 : 0;
}
