/*
 * agreement.c - inter-coder agreement measures (bl_agreement.h,
 * docs/agreement.md).  Plain C99, no PostgreSQL header.  Every pass over the
 * data is a sort (a merge sort that polls the interrupt hook) or a sweep;
 * nothing is quadratic in the rows but what the measure itself needs (ratio
 * alpha's pairs of distinct values, unitizing alpha's pairs of coders), and
 * that is bounded by BL_AGREE_MAX_WORK.
 */
#include "bl_agreement.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool		(*bl_agree_interrupt_hook) (void) = NULL;

const char	bl_agree_levels[] = "nominal, ordinal, interval, ratio";
const char	bl_agree_weight_names[] = "linear, quadratic";

/* ---------- errors, memory, polling ---------- */

static bool fail(bl_agree_error *err, bl_agree_errkind kind, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

static bool
fail(bl_agree_error *err, bl_agree_errkind kind, const char *fmt,...)
{
	va_list		ap;

	err->kind = kind;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	return false;
}

static void
clear(bl_agree_error *err)
{
	memset(err, 0, sizeof(*err));
}

/* calloc of n elements of size sz, failing the call when out of memory */
static void *
alloc(size_t n, size_t sz, bl_agree_error *err)
{
	void	   *p = calloc(n ? n : 1, sz);

	if (p == NULL)
		fail(err, BL_AGREE_ENOMEM, "out of memory");
	return p;
}

/* a step counter that polls the hook every 4096 steps */
typedef struct poll
{
	unsigned	steps;
} poll_t;

static bool
stop(poll_t *p, bl_agree_error *err)
{
	if ((++p->steps & 4095) == 0 && bl_agree_interrupt_hook != NULL && bl_agree_interrupt_hook())
		return !fail(err, BL_AGREE_EINTERRUPTED, "agreement computation interrupted");
	return false;
}

static bool
stop_now(bl_agree_error *err)
{
	if (bl_agree_interrupt_hook != NULL && bl_agree_interrupt_hook())
		return !fail(err, BL_AGREE_EINTERRUPTED, "agreement computation interrupted");
	return false;
}

/* ---------- a merge sort of indices that polls ---------- */

typedef int (*cmp_fn) (uint32_t a, uint32_t b, const void *ctx);

/* sorts idx[0..n-1] by cmp, stably; false when interrupted or out of memory */
static bool
msort(uint32_t *idx, size_t n, cmp_fn cmp, const void *ctx, bl_agree_error *err)
{
	uint32_t   *tmp,
			   *src = idx,
			   *dst;
	poll_t		p = {0};

	if (n < 2)
		return true;
	tmp = alloc(n, sizeof(uint32_t), err);
	if (tmp == NULL)
		return false;
	dst = tmp;
	for (size_t w = 1; w < n; w *= 2)
	{
		for (size_t lo = 0; lo < n; lo += 2 * w)
		{
			size_t		mid = lo + w < n ? lo + w : n,
						hi = lo + 2 * w < n ? lo + 2 * w : n,
						i = lo,
						j = mid,
						k = lo;

			while (i < mid && j < hi)
			{
				dst[k++] = cmp(src[j], src[i], ctx) < 0 ? src[j++] : src[i++];
				if (stop(&p, err))
				{
					free(tmp);
					return false;
				}
			}
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		{
			uint32_t   *t = src;

			src = dst;
			dst = t;
		}
	}
	if (src != idx)
		memcpy(idx, src, n * sizeof(uint32_t));
	free(tmp);
	return true;
}

static uint32_t *
identity(size_t n, bl_agree_error *err)
{
	uint32_t   *idx = alloc(n, sizeof(uint32_t), err);

	if (idx != NULL)
		for (size_t i = 0; i < n; i++)
			idx[i] = (uint32_t) i;
	return idx;
}

/* ---------- names ---------- */

bool
bl_agree_level_parse(const char *s, size_t len, bl_agree_level *out)
{
	static const char *const names[] = {"nominal", "ordinal", "interval", "ratio"};

	for (int i = 0; i < 4; i++)
		if (len == strlen(names[i]) && memcmp(s, names[i], len) == 0)
		{
			*out = (bl_agree_level) i;
			return true;
		}
	return false;
}

const char *
bl_agree_level_name(bl_agree_level l)
{
	static const char *const names[] = {"nominal", "ordinal", "interval", "ratio"};

	return names[l];
}

bool
bl_agree_weights_parse(const char *s, size_t len, bl_agree_weights *out)
{
	if (len == 6 && memcmp(s, "linear", 6) == 0)
		*out = BL_WEIGHTS_LINEAR;
	else if (len == 9 && memcmp(s, "quadratic", 9) == 0)
		*out = BL_WEIGHTS_QUADRATIC;
	else
		return false;
	return true;
}

/* ---------- interning ---------- */

typedef struct strs
{
	const char *const *s;
	const uint32_t *len;
} strs;

static int
cmp_str(uint32_t a, uint32_t b, const void *ctx)
{
	const strs *x = ctx;
	uint32_t	la = x->len[a],
				lb = x->len[b];
	int			c = memcmp(x->s[a], x->s[b], la < lb ? la : lb);

	if (c != 0)
		return c;
	return la < lb ? -1 : la > lb;
}

bool
bl_agree_intern(const char *const *s, const uint32_t *len, size_t n,
				uint32_t *ids, uint32_t *nids, bl_agree_error *err)
{
	strs		x = {s, len};
	uint32_t   *idx;
	uint32_t	next = 0;

	clear(err);
	*nids = 0;
	if (n == 0)
		return true;
	if (n > UINT32_MAX)
		return fail(err, BL_AGREE_ELIMIT, "too many rows");
	idx = identity(n, err);
	if (idx == NULL || !msort(idx, n, cmp_str, &x, err))
	{
		free(idx);
		return false;
	}
	for (size_t i = 0; i < n; i++)
	{
		if (i > 0 && cmp_str(idx[i - 1], idx[i], &x) != 0)
			next++;
		ids[idx[i]] = next;
	}
	*nids = next + 1;
	free(idx);
	return true;
}

/* ---------- units: the rows grouped by unit, values sorted within ---------- */

typedef struct units
{
	uint32_t	nu;				/* units with a value */
	size_t		n;				/* values */
	size_t	   *start;			/* nu + 1: unit u holds values start[u] .. start[u+1]-1 */
	double	   *v;				/* values, by unit, ascending within a unit */
	uint32_t   *vcoder;			/* each value's coder */
	uint32_t   *vunit;			/* each value's unit id (the input's) */
	uint32_t   *cat;			/* each value's category: its rank among the distinct values */
	double	   *catval;			/* the distinct values, ascending */
	uint32_t	k;				/* distinct values */
} units;

static void
units_free(units *u)
{
	free(u->start);
	free(u->v);
	free(u->vcoder);
	free(u->vunit);
	free(u->cat);
	free(u->catval);
	memset(u, 0, sizeof(*u));
}

static int
cmp_unit_coder(uint32_t a, uint32_t b, const void *ctx)
{
	const bl_agree_rows *r = ctx;

	if (r->unit[a] != r->unit[b])
		return r->unit[a] < r->unit[b] ? -1 : 1;
	if (r->coder[a] != r->coder[b])
		return r->coder[a] < r->coder[b] ? -1 : 1;
	return 0;
}

static int
cmp_unit_value(uint32_t a, uint32_t b, const void *ctx)
{
	const bl_agree_rows *r = ctx;

	if (r->unit[a] != r->unit[b])
		return r->unit[a] < r->unit[b] ? -1 : 1;
	if (r->value[a] != r->value[b])
		return r->value[a] < r->value[b] ? -1 : 1;
	return r->coder[a] < r->coder[b] ? -1 : r->coder[a] > r->coder[b];
}

static int
cmp_double(uint32_t a, uint32_t b, const void *ctx)
{
	const double *v = ctx;

	return v[a] < v[b] ? -1 : v[a] > v[b];
}

/*
 * Group the rows: refuses a coder with two values for one unit, and a value
 * that is not finite; numbers the distinct values (categories) in order.
 */
static bool
units_build(const bl_agree_rows *r, units *u, bl_agree_error *err)
{
	uint32_t   *idx;
	size_t		n = r->n;

	memset(u, 0, sizeof(*u));
	if (n > UINT32_MAX)
		return fail(err, BL_AGREE_ELIMIT, "too many rows");
	for (size_t i = 0; i < n; i++)
		if (!isfinite(r->value[i]))
		{
			err->unit = r->unit[i];
			err->coder = r->coder[i];
			err->value = r->value[i];
			return fail(err, BL_AGREE_EVALUE, "a value is not a finite number");
		}
	idx = identity(n, err);
	if (idx == NULL)
		return false;
	if (!msort(idx, n, cmp_unit_coder, r, err))
		goto fail;
	for (size_t i = 1; i < n; i++)
		if (cmp_unit_coder(idx[i - 1], idx[i], r) == 0)
		{
			err->unit = r->unit[idx[i]];
			err->coder = r->coder[idx[i]];
			fail(err, BL_AGREE_EDUPLICATE, "coder %u gave unit %u two values",
				 (unsigned) err->coder, (unsigned) err->unit);
			goto fail;
		}
	if (!msort(idx, n, cmp_unit_value, r, err))
		goto fail;
	u->n = n;
	u->v = alloc(n, sizeof(double), err);
	u->vcoder = alloc(n, sizeof(uint32_t), err);
	u->vunit = alloc(n, sizeof(uint32_t), err);
	u->cat = alloc(n, sizeof(uint32_t), err);
	u->start = alloc(n + 2, sizeof(size_t), err);
	if (!u->v || !u->vcoder || !u->vunit || !u->cat || !u->start)
		goto fail;
	for (size_t i = 0; i < n; i++)
	{
		u->v[i] = r->value[idx[i]];
		u->vcoder[i] = r->coder[idx[i]];
		u->vunit[i] = r->unit[idx[i]];
		if (i == 0 || u->vunit[i] != u->vunit[i - 1])
			u->start[u->nu++] = i;
	}
	u->start[u->nu] = n;
	/* categories: the ranks of the distinct values */
	for (size_t i = 0; i < n; i++)
		idx[i] = (uint32_t) i;
	if (!msort(idx, n, cmp_double, u->v, err))
		goto fail;
	u->catval = alloc(n, sizeof(double), err);
	if (u->catval == NULL)
		goto fail;
	for (size_t i = 0; i < n; i++)
	{
		if (i == 0 || u->v[idx[i]] != u->v[idx[i - 1]])
			u->catval[u->k++] = u->v[idx[i]];
		u->cat[idx[i]] = u->k - 1;
	}
	free(idx);
	return true;
fail:
	free(idx);
	units_free(u);
	return false;
}

static size_t
unit_size(const units *u, uint32_t i)
{
	return u->start[i + 1] - u->start[i];
}

/* ---------- Krippendorff's alpha ---------- */

/* ((c - k) / (c + k))^2, 0 when both are 0 */
static double
ratio_d(double c, double k)
{
	double		s = c + k;

	return s == 0 ? 0 : ((c - k) / s) * ((c - k) / s);
}

/*
 * alpha over the units pick[0..np-1] (repeats allowed; every one pairable),
 * with scratch space of u->k doubles in cnt and pos.  NaN when undefined.
 */
static bool
alpha_of(const units *u, bl_agree_level level, const uint32_t *pick, size_t np,
		 double *cnt, double *pos, double *out, bl_agree_error *err)
{
	double		n = 0,
				a = 0,
				b = 0;
	poll_t		p = {0};

	*out = NAN;
	memset(cnt, 0, u->k * sizeof(double));
	for (size_t t = 0; t < np; t++)
	{
		uint32_t	i = pick[t];

		for (size_t j = u->start[i]; j < u->start[i + 1]; j++)
			cnt[u->cat[j]] += 1;
		n += (double) unit_size(u, i);
		if (stop(&p, err))
			return false;
	}
	if (n < 2)
		return true;
	/* the position of each category on the level's scale: interval and ratio the value, ordinal its mid-rank */
	if (level == BL_LEVEL_ORDINAL)
	{
		double		below = 0;

		for (uint32_t c = 0; c < u->k; c++)
		{
			pos[c] = below + cnt[c] / 2;
			below += cnt[c];
		}
	}
	else
		for (uint32_t c = 0; c < u->k; c++)
			pos[c] = u->catval[c];

	/* a = sum_ck o_ck d_ck, from each unit's values */
	for (size_t t = 0; t < np; t++)
	{
		uint32_t	i = pick[t];
		size_t		s = u->start[i],
					e = u->start[i + 1];
		double		m = (double) (e - s),
					sum = 0;

		if (stop(&p, err))
			return false;
		if (level == BL_LEVEL_NOMINAL)
		{
			/* m^2 - sum of the squared runs of equal values: the ordered pairs that differ */
			size_t		j = s;

			sum = m * m;
			while (j < e)
			{
				size_t		h = j;

				while (h < e && u->cat[h] == u->cat[j])
					h++;
				sum -= (double) (h - j) * (double) (h - j);
				j = h;
			}
		}
		else if (level == BL_LEVEL_RATIO)
		{
			for (size_t j = s; j < e; j++)
				for (size_t h = j + 1; h < e; h++)
				{
					sum += 2 * ratio_d(u->v[j], u->v[h]);
					if (stop(&p, err))
						return false;
				}
		}
		else
		{
			/* sum over ordered pairs of (x_i - x_j)^2 = 2 m sum (x - mean)^2 */
			double		mean = 0;

			for (size_t j = s; j < e; j++)
				mean += pos[u->cat[j]];
			mean /= m;
			for (size_t j = s; j < e; j++)
				sum += (pos[u->cat[j]] - mean) * (pos[u->cat[j]] - mean);
			sum *= 2 * m;
		}
		a += sum / (m - 1);
	}

	/* b = sum_ck n_c n_k d_ck, from the marginals */
	if (level == BL_LEVEL_NOMINAL)
	{
		b = n * n;
		for (uint32_t c = 0; c < u->k; c++)
			b -= cnt[c] * cnt[c];
	}
	else if (level == BL_LEVEL_RATIO)
	{
		for (uint32_t c = 0; c < u->k; c++)
		{
			if (cnt[c] == 0)
				continue;
			for (uint32_t k = c + 1; k < u->k; k++)
			{
				b += 2 * cnt[c] * cnt[k] * ratio_d(u->catval[c], u->catval[k]);
				if (stop(&p, err))
					return false;
			}
		}
	}
	else
	{
		double		mean = 0;

		for (uint32_t c = 0; c < u->k; c++)
			mean += cnt[c] * pos[c];
		mean /= n;
		for (uint32_t c = 0; c < u->k; c++)
			b += cnt[c] * (pos[c] - mean) * (pos[c] - mean);
		b *= 2 * n;
	}
	if (!(b > 0))
		return true;
	*out = 1 - (n - 1) * a / b;
	return true;
}

/* the units with two values or more, and the work one alpha over them costs */
static bool
pairable(const units *u, bl_agree_level level, uint32_t **pick, size_t *np, double *work,
		 bl_agree_error *err)
{
	*np = 0;
	*work = (double) u->n + u->k;
	*pick = alloc(u->nu, sizeof(uint32_t), err);
	if (*pick == NULL)
		return false;
	for (uint32_t i = 0; i < u->nu; i++)
		if (unit_size(u, i) >= 2)
		{
			(*pick)[(*np)++] = i;
			if (level == BL_LEVEL_RATIO)
				*work += (double) unit_size(u, i) * (double) unit_size(u, i) / 2;
		}
	if (level == BL_LEVEL_RATIO)
		*work += (double) u->k * (double) u->k / 2;
	return true;
}

static bool
check_ratio(const units *u, bl_agree_level level, bl_agree_error *err)
{
	if (level != BL_LEVEL_RATIO)
		return true;
	for (size_t i = 0; i < u->n; i++)
		if (u->v[i] < 0)
		{
			err->unit = u->vunit[i];
			err->coder = u->vcoder[i];
			err->value = u->v[i];
			return fail(err, BL_AGREE_EVALUE, "a ratio value is negative");
		}
	return true;
}

bool
bl_krippendorff_alpha(const bl_agree_rows *r, bl_agree_level level, double *out, bl_agree_error *err)
{
	units		u;
	uint32_t   *pick = NULL;
	size_t		np;
	double		work,
			   *cnt = NULL,
			   *pos = NULL;
	bool		ok = false;

	clear(err);
	*out = NAN;
	if (!units_build(r, &u, err))
		return false;
	if (!check_ratio(&u, level, err) || !pairable(&u, level, &pick, &np, &work, err))
		goto done;
	if (work > BL_AGREE_MAX_WORK)
	{
		fail(err, BL_AGREE_ELIMIT, "ratio alpha over %u distinct values needs about %.0f steps, more than %.0f",
			 (unsigned) u.k, work, BL_AGREE_MAX_WORK);
		goto done;
	}
	cnt = alloc(u.k, sizeof(double), err);
	pos = alloc(u.k, sizeof(double), err);
	if (cnt && pos)
		ok = alpha_of(&u, level, pick, np, cnt, pos, out, err);
done:
	free(cnt);
	free(pos);
	free(pick);
	units_free(&u);
	return ok;
}

/* ---------- the bootstrap ---------- */

static uint64_t
splitmix64(uint64_t *s)
{
	uint64_t	z = (*s += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* uniform in 0..n-1, without modulo bias */
static uint32_t
draw(uint64_t *s, uint32_t n)
{
	uint64_t	limit = UINT64_MAX - UINT64_MAX % n,
				x;

	do
		x = splitmix64(s);
	while (x >= limit);
	return (uint32_t) (x % n);
}

static int
cmp_dbl(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : x > y;
}

static double
quantile(const double *v, int n, double q)
{
	double		h = q * (n - 1);
	int			lo = (int) floor(h);

	if (lo >= n - 1)
		return v[n - 1];
	return v[lo] + (h - lo) * (v[lo + 1] - v[lo]);
}

bool
bl_krippendorff_alpha_interval(const bl_agree_rows *r, bl_agree_level level, int samples,
							   double confidence, uint64_t seed, double *lo, double *hi,
							   int *defined, bl_agree_error *err)
{
	units		u;
	uint32_t   *pick = NULL,
			   *draw_ = NULL;
	size_t		np;
	double		work,
			   *cnt = NULL,
			   *pos = NULL,
			   *reps = NULL;
	bool		ok = false;
	int			nd = 0;
	uint64_t	state = seed;

	clear(err);
	*lo = *hi = NAN;
	*defined = 0;
	if (samples < 1 || samples > BL_AGREE_MAX_SAMPLES)
		return fail(err, BL_AGREE_EARG, "samples must be 1 to %d", BL_AGREE_MAX_SAMPLES);
	if (!(confidence > 0 && confidence < 1))
		return fail(err, BL_AGREE_EARG, "confidence must be between 0 and 1");
	if (!units_build(r, &u, err))
		return false;
	if (!check_ratio(&u, level, err) || !pairable(&u, level, &pick, &np, &work, err))
		goto done;
	if (work * samples > BL_AGREE_MAX_WORK)
	{
		fail(err, BL_AGREE_ELIMIT, "%d bootstrap samples of %zu units need about %.0f steps, more than %.0f",
			 samples, np, work * samples, BL_AGREE_MAX_WORK);
		goto done;
	}
	if (np == 0)
	{
		ok = true;
		goto done;
	}
	cnt = alloc(u.k, sizeof(double), err);
	pos = alloc(u.k, sizeof(double), err);
	reps = alloc((size_t) samples, sizeof(double), err);
	draw_ = alloc(np, sizeof(uint32_t), err);
	if (!cnt || !pos || !reps || !draw_)
		goto done;
	for (int s = 0; s < samples; s++)
	{
		double		a;

		if (stop_now(err))
			goto done;
		for (size_t t = 0; t < np; t++)
			draw_[t] = pick[draw(&state, (uint32_t) np)];
		if (!alpha_of(&u, level, draw_, np, cnt, pos, &a, err))
			goto done;
		if (!isnan(a))
			reps[nd++] = a;
	}
	*defined = nd;
	if (nd > 0)
	{
		qsort(reps, (size_t) nd, sizeof(double), cmp_dbl);
		*lo = quantile(reps, nd, (1 - confidence) / 2);
		*hi = quantile(reps, nd, (1 + confidence) / 2);
	}
	ok = true;
done:
	free(cnt);
	free(pos);
	free(reps);
	free(draw_);
	free(pick);
	units_free(&u);
	return ok;
}

/* ---------- two coders ---------- */

/*
 * The pairs of values of the units both coders coded: a[i] from the coder with
 * the lower id, b[i] from the other, as categories (ca, cb) and values.
 */
typedef struct pairs
{
	size_t		n;
	uint32_t   *ca,
			   *cb;
	double	   *a,
			   *b;
} pairs;

static void
pairs_free(pairs *p)
{
	free(p->ca);
	free(p->cb);
	free(p->a);
	free(p->b);
}

static bool
pairs_build(const units *u, pairs *p, bl_agree_error *err)
{
	uint32_t	c1 = UINT32_MAX,
				c2 = UINT32_MAX,
				c3 = UINT32_MAX;
	poll_t		pl = {0};

	memset(p, 0, sizeof(*p));
	/* the three lowest coder ids (the first three names in byte order) */
	for (size_t i = 0; i < u->n; i++)
	{
		uint32_t	c = u->vcoder[i];

		if (c == c1 || c == c2 || c == c3)
			continue;
		if (c < c1)
		{
			c3 = c2;
			c2 = c1;
			c1 = c;
		}
		else if (c < c2)
		{
			c3 = c2;
			c2 = c;
		}
		else if (c < c3)
			c3 = c;
	}
	if (c3 != UINT32_MAX)
	{
		err->coder = c1;
		err->other = c2;
		err->third = c3;
		return fail(err, BL_AGREE_ECODERS, "a measure of two coders met a third: coders %u, %u and %u",
					(unsigned) c1, (unsigned) c2, (unsigned) c3);
	}
	p->ca = alloc(u->nu, sizeof(uint32_t), err);
	p->cb = alloc(u->nu, sizeof(uint32_t), err);
	p->a = alloc(u->nu, sizeof(double), err);
	p->b = alloc(u->nu, sizeof(double), err);
	if (!p->ca || !p->cb || !p->a || !p->b)
	{
		pairs_free(p);
		return false;
	}
	for (uint32_t i = 0; i < u->nu; i++)
	{
		size_t		s = u->start[i];

		if (stop(&pl, err))
		{
			pairs_free(p);
			return false;
		}
		if (unit_size(u, i) != 2)
			continue;
		/* the two values of the unit: which is whose */
		if (u->vcoder[s] == c1)
		{
			p->ca[p->n] = u->cat[s];
			p->cb[p->n] = u->cat[s + 1];
			p->a[p->n] = u->v[s];
			p->b[p->n] = u->v[s + 1];
		}
		else
		{
			p->ca[p->n] = u->cat[s + 1];
			p->cb[p->n] = u->cat[s];
			p->a[p->n] = u->v[s + 1];
			p->b[p->n] = u->v[s];
		}
		p->n++;
	}
	return true;
}

bool
bl_cohen_kappa(const bl_agree_rows *r, double *out, bl_agree_error *err)
{
	units		u;
	pairs		p;
	double	   *fa = NULL,
			   *fb = NULL,
				po = 0,
				pe = 0;
	bool		ok = false;

	clear(err);
	*out = NAN;
	if (!units_build(r, &u, err))
		return false;
	if (!pairs_build(&u, &p, err))
	{
		units_free(&u);
		return false;
	}
	fa = alloc(u.k, sizeof(double), err);
	fb = alloc(u.k, sizeof(double), err);
	if (!fa || !fb)
		goto done;
	ok = true;
	if (p.n == 0)
		goto done;
	for (size_t i = 0; i < p.n; i++)
	{
		po += p.ca[i] == p.cb[i];
		fa[p.ca[i]] += 1;
		fb[p.cb[i]] += 1;
	}
	po /= (double) p.n;
	for (uint32_t c = 0; c < u.k; c++)
		pe += (fa[c] / (double) p.n) * (fb[c] / (double) p.n);
	if (pe < 1)
		*out = (po - pe) / (1 - pe);
done:
	free(fa);
	free(fb);
	pairs_free(&p);
	units_free(&u);
	return ok;
}

/* sum over i, j of |a_i - b_j| for sorted a and b (a two-pointer sweep) */
static double
sum_abs_diff(const double *a, size_t na, const double *b, size_t nb)
{
	double		tb = 0,
				below = 0,
				s = 0;
	size_t		j = 0;

	for (size_t k = 0; k < nb; k++)
		tb += b[k];
	for (size_t i = 0; i < na; i++)
	{
		while (j < nb && b[j] <= a[i])
			below += b[j++];
		s += a[i] * (double) j - below + (tb - below) - a[i] * (double) (nb - j);
	}
	return s;
}

bool
bl_weighted_kappa(const bl_agree_rows *r, bl_agree_weights w, double *out, bl_agree_error *err)
{
	units		u;
	pairs		p;
	double		dobs = 0,
				dexp = 0;
	double	   *sa = NULL,
			   *sb = NULL;
	bool		ok = false;

	clear(err);
	*out = NAN;
	if (!units_build(r, &u, err))
		return false;
	if (!pairs_build(&u, &p, err))
	{
		units_free(&u);
		return false;
	}
	ok = true;
	if (p.n == 0)
		goto done;
	for (size_t i = 0; i < p.n; i++)
	{
		double		d = p.a[i] - p.b[i];

		dobs += w == BL_WEIGHTS_LINEAR ? fabs(d) : d * d;
	}
	dobs /= (double) p.n;
	if (w == BL_WEIGHTS_QUADRATIC)
	{
		/* the mean of (a - b)^2 over independent a and b: var a + var b + (mean a - mean b)^2 */
		double		ma = 0,
					mb = 0,
					va = 0,
					vb = 0;

		for (size_t i = 0; i < p.n; i++)
		{
			ma += p.a[i];
			mb += p.b[i];
		}
		ma /= (double) p.n;
		mb /= (double) p.n;
		for (size_t i = 0; i < p.n; i++)
		{
			va += (p.a[i] - ma) * (p.a[i] - ma);
			vb += (p.b[i] - mb) * (p.b[i] - mb);
		}
		dexp = va / (double) p.n + vb / (double) p.n + (ma - mb) * (ma - mb);
	}
	else
	{
		ok = false;
		sa = alloc(p.n, sizeof(double), err);
		sb = alloc(p.n, sizeof(double), err);
		if (!sa || !sb || stop_now(err))
			goto done;
		memcpy(sa, p.a, p.n * sizeof(double));
		memcpy(sb, p.b, p.n * sizeof(double));
		qsort(sa, p.n, sizeof(double), cmp_dbl);
		qsort(sb, p.n, sizeof(double), cmp_dbl);
		dexp = sum_abs_diff(sa, p.n, sb, p.n) / ((double) p.n * (double) p.n);
		ok = true;
	}
	if (dexp > 0)
		*out = 1 - dobs / dexp;
done:
	free(sa);
	free(sb);
	pairs_free(&p);
	units_free(&u);
	return ok;
}

/* ---------- many coders: Gwet's pa and pi_k ---------- */

typedef enum
{
	GWET_PA,
	GWET_FLEISS,
	GWET_AC1
} gwet_kind;

static bool
gwet(const bl_agree_rows *r, gwet_kind kind, double *out, bl_agree_error *err)
{
	units		u;
	double	   *pi = NULL,
				pa = 0,
				pe = 0;
	size_t		n2 = 0;
	poll_t		p = {0};
	bool		ok = false;

	clear(err);
	*out = NAN;
	if (!units_build(r, &u, err))
		return false;
	pi = alloc(u.k, sizeof(double), err);
	if (pi == NULL)
		goto done;
	for (uint32_t i = 0; i < u.nu; i++)
	{
		size_t		s = u.start[i],
					e = u.start[i + 1],
					j = s;
		double		ri = (double) (e - s),
					agree = 0;

		if (stop(&p, err))
			goto done;
		while (j < e)
		{
			size_t		h = j;

			while (h < e && u.cat[h] == u.cat[j])
				h++;
			agree += (double) (h - j) * (double) (h - j - 1);
			pi[u.cat[j]] += (double) (h - j) / ri;
			j = h;
		}
		if (e - s >= 2)
		{
			pa += agree / (ri * (ri - 1));
			n2++;
		}
	}
	ok = true;
	if (n2 == 0)
		goto done;
	pa /= (double) n2;
	if (kind == GWET_PA)
	{
		*out = pa;
		goto done;
	}
	for (uint32_t c = 0; c < u.k; c++)
	{
		double		q = pi[c] / (double) u.nu;

		pe += kind == GWET_FLEISS ? q * q : q * (1 - q);
	}
	if (kind == GWET_AC1)
	{
		if (u.k < 2)
			goto done;
		pe /= (double) (u.k - 1);
	}
	if (pe < 1)
		*out = (pa - pe) / (1 - pe);
done:
	free(pi);
	units_free(&u);
	return ok;
}

bool
bl_fleiss_kappa(const bl_agree_rows *r, double *out, bl_agree_error *err)
{
	return gwet(r, GWET_FLEISS, out, err);
}

bool
bl_gwet_ac1(const bl_agree_rows *r, double *out, bl_agree_error *err)
{
	return gwet(r, GWET_AC1, out, err);
}

bool
bl_percent_agreement(const bl_agree_rows *r, double *out, bl_agree_error *err)
{
	return gwet(r, GWET_PA, out, err);
}

/* ---------- spans ---------- */

static int
cmp_span(uint32_t a, uint32_t b, const void *ctx)
{
	const bl_span_rows *r = ctx;

	if (r->doc[a] != r->doc[b])
		return r->doc[a] < r->doc[b] ? -1 : 1;
	if (r->coder[a] != r->coder[b])
		return r->coder[a] < r->coder[b] ? -1 : 1;
	if (r->start[a] != r->start[b])
		return r->start[a] < r->start[b] ? -1 : 1;
	return r->end[a] < r->end[b] ? -1 : r->end[a] > r->end[b];
}

static int
cmp_span_start(uint32_t a, uint32_t b, const void *ctx)
{
	const bl_span_rows *r = ctx;

	if (r->doc[a] != r->doc[b])
		return r->doc[a] < r->doc[b] ? -1 : 1;
	if (r->start[a] != r->start[b])
		return r->start[a] < r->start[b] ? -1 : 1;
	if (r->end[a] != r->end[b])
		return r->end[a] < r->end[b] ? -1 : 1;
	return r->coder[a] < r->coder[b] ? -1 : r->coder[a] > r->coder[b];
}

static bool
is_mark(const bl_span_rows *r, uint32_t i)
{
	return !(r->start[i] == -1 && r->end[i] == -1);
}

/*
 * Sort the rows by (document, coder, start) and check them: one length per
 * document, every span inside its document and not empty, and (when
 * no_overlap) no two spans of one coder overlapping.
 */
static bool
spans_check(const bl_span_rows *r, uint32_t *idx, bool no_overlap, bl_agree_error *err)
{
	if (!msort(idx, r->n, cmp_span, r, err))
		return false;
	for (size_t t = 0; t < r->n; t++)
	{
		uint32_t	i = idx[t];

		err->unit = r->doc[i];
		err->coder = r->coder[i];
		if (r->length[i] < 0)
			return fail(err, BL_AGREE_ESPAN, "a document length of %lld is negative", (long long) r->length[i]);
		if (t > 0 && r->doc[idx[t - 1]] == r->doc[i] && r->length[idx[t - 1]] != r->length[i])
			return fail(err, BL_AGREE_ESPAN, "the document is given two lengths, %lld and %lld",
						(long long) r->length[idx[t - 1]], (long long) r->length[i]);
		if (!is_mark(r, i))
			continue;
		if (!(0 <= r->start[i] && r->start[i] < r->end[i] && r->end[i] <= r->length[i]))
			return fail(err, BL_AGREE_ESPAN, "the span [%lld, %lld) is not inside [0, %lld) or is empty",
						(long long) r->start[i], (long long) r->end[i], (long long) r->length[i]);
		if (no_overlap && t > 0)
		{
			uint32_t	h = idx[t - 1];

			if (r->doc[h] == r->doc[i] && r->coder[h] == r->coder[i] && is_mark(r, h) && r->end[h] > r->start[i])
				return fail(err, BL_AGREE_ESPAN, "two spans of the coder overlap: [%lld, %lld) and [%lld, %lld)",
							(long long) r->start[h], (long long) r->end[h],
							(long long) r->start[i], (long long) r->end[i]);
		}
	}
	clear(err);
	return true;
}

typedef struct seg
{
	int64_t		b,
				e;
	bool		mark;
} seg;

/* the segmentation of [0, len): the marks of idx[s..e-1] (sorted, disjoint) and the gaps between */
static size_t
segment(const bl_span_rows *r, const uint32_t *idx, size_t s, size_t e, int64_t len, seg *out)
{
	size_t		n = 0;
	int64_t		at = 0;

	for (size_t t = s; t < e; t++)
	{
		uint32_t	i = idx[t];

		if (!is_mark(r, i))
			continue;
		if (r->start[i] > at)
			out[n++] = (seg) {at, r->start[i], false};
		out[n++] = (seg) {r->start[i], r->end[i], true};
		at = r->end[i];
	}
	if (at < len)
		out[n++] = (seg) {at, len, false};
	return n;
}

/* Krippendorff's squared difference of two overlapping segments of two coders */
static double
seg_d2(seg g, seg h)
{
	if (g.mark && h.mark)
		return (double) (g.b - h.b) * (double) (g.b - h.b) + (double) (g.e - h.e) * (double) (g.e - h.e);
	if (g.mark && h.b <= g.b && g.e <= h.e)
		return (double) (g.e - g.b) * (double) (g.e - g.b);
	if (h.mark && g.b <= h.b && h.e <= g.e)
		return (double) (h.e - h.b) * (double) (h.e - h.b);
	return 0;
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return x < y ? -1 : x > y;
}

bool
bl_unitizing_alpha(const bl_span_rows *r, double *out, bl_agree_error *err)
{
	uint32_t   *idx = NULL;
	seg		   *segs = NULL;
	size_t	   *first = NULL,
			   *count = NULL;
	int64_t    *gaps = NULL,
			   *marks = NULL;
	long double *gsum = NULL;
	size_t		ngaps = 0,
				nmarks = 0,
				maxseg;
	double		m = (double) r->ncoders,
				L = 0,
				work,
				pair_sum = 0;
	long double de = 0,
				ll = 0;
	bool		ok = false;
	poll_t		p = {0};

	clear(err);
	*out = NAN;
	idx = identity(r->n, err);
	if (idx == NULL || !spans_check(r, idx, true, err))
		goto done;
	if (r->ncoders < 2 || r->n == 0)
	{
		ok = true;
		goto done;
	}
	/* (m - 1) sweeps over every segment, and the marks' and gaps' sort */
	work = ((double) r->ncoders - 1) * (2.0 * (double) r->n + (double) r->ncoders * (double) r->ndocs);
	if (work > BL_AGREE_MAX_WORK)
	{
		fail(err, BL_AGREE_ELIMIT, "unitizing alpha of %u coders over %zu spans needs about %.0f steps, more than %.0f",
			 (unsigned) r->ncoders, r->n, work, BL_AGREE_MAX_WORK);
		goto done;
	}
	maxseg = 2 * r->n + (size_t) r->ncoders * 2 + 2;
	segs = alloc(maxseg, sizeof(seg), err);
	first = alloc((size_t) r->ncoders + 1, sizeof(size_t), err);
	count = alloc((size_t) r->ncoders + 1, sizeof(size_t), err);
	gaps = alloc(r->n + (size_t) r->ncoders * r->ndocs + 1, sizeof(int64_t), err);
	marks = alloc(r->n, sizeof(int64_t), err);
	if (!segs || !first || !count || !gaps || !marks)
		goto done;

	for (size_t t = 0; t < r->n;)
	{
		uint32_t	d = r->doc[idx[t]];
		int64_t		len = r->length[idx[t]];
		size_t		e = t,
					used = 0;

		while (e < r->n && r->doc[idx[e]] == d)
			e++;
		L += (double) len;
		/* each coder's segmentation of the document (no row: one gap) */
		for (uint32_t c = 0, at = (uint32_t) t; c < r->ncoders; c++)
		{
			size_t		s = at;

			while (at < e && r->coder[idx[at]] == c)
				at++;
			first[c] = used;
			count[c] = segment(r, idx, s, at, len, segs + used);
			for (size_t g = used; g < used + count[c]; g++)
			{
				if (segs[g].mark)
				{
					int64_t		l = segs[g].e - segs[g].b;

					marks[nmarks++] = l;
					ll += (long double) l * (long double) (l - 1);
				}
				else
					gaps[ngaps++] = segs[g].e - segs[g].b;
			}
			used += count[c];
		}
		/* every pair of coders, every pair of overlapping segments */
		for (uint32_t c = 0; c < r->ncoders; c++)
			for (uint32_t k = c + 1; k < r->ncoders; k++)
			{
				const seg  *a = segs + first[c],
						   *b = segs + first[k];
				size_t		i = 0,
							j = 0;

				while (i < count[c] && j < count[k])
				{
					if (stop(&p, err))
						goto done;
					if (a[i].b < b[j].e && b[j].b < a[i].e)
						pair_sum += seg_d2(a[i], b[j]);
					if (a[i].e < b[j].e)
						i++;
					else if (b[j].e < a[i].e)
						j++;
					else
					{
						i++;
						j++;
					}
				}
			}
		t = e;
	}
	ok = true;
	if (nmarks == 0 || !(L > 0))
		goto done;
	if (stop_now(err))
	{
		ok = false;
		goto done;
	}
	/* expected: for each mark of length l, its placements against every mark and every gap at least as long */
	qsort(gaps, ngaps, sizeof(int64_t), cmp_i64);
	gsum = alloc(ngaps + 1, sizeof(long double), err);
	if (gsum == NULL)
	{
		ok = false;
		goto done;
	}
	for (size_t g = ngaps; g-- > 0;)
		gsum[g] = gsum[g + 1] + (long double) gaps[g] + 1;
	for (size_t t = 0; t < nmarks; t++)
	{
		long double l = (long double) marks[t];
		size_t		lo = 0,
					hi = ngaps;

		if (stop(&p, err))
		{
			ok = false;
			goto done;
		}
		while (lo < hi)
		{
			size_t		mid = lo + (hi - lo) / 2;

			if (gaps[mid] < marks[t])
				lo = mid + 1;
			else
				hi = mid;
		}
		de += ((long double) nmarks - 1) * (2 * l * l * l - 3 * l * l + l) / 3
			+ l * l * (gsum[lo] - (long double) (ngaps - lo) * l);
	}
	{
		long double denom = (long double) m * L * ((long double) m * L - 1) - ll;
		double		udo = 2 * pair_sum / (m * (m - 1) * L * L),
					ude = (double) ((2 / (long double) L) * de / denom);

		if (ude > 0)
			*out = 1 - udo / ude;
	}
done:
	free(idx);
	free(segs);
	free(first);
	free(count);
	free(gaps);
	free(marks);
	free(gsum);
	return ok;
}

bool
bl_match_spans(const bl_span_rows *r, bl_span_match **out, size_t *nout, bl_agree_error *err)
{
	uint32_t   *idx = NULL,
			   *unit_of = NULL;
	bl_span_match *m = NULL;
	size_t		nm = 0,
				nunits = 0;
	poll_t		p = {0};

	clear(err);
	*out = NULL;
	*nout = 0;
	idx = identity(r->n, err);
	unit_of = alloc(r->n, sizeof(uint32_t), err);
	if (idx == NULL || unit_of == NULL || !spans_check(r, idx, false, err))
		goto fail;
	if (!msort(idx, r->n, cmp_span_start, r, err))
		goto fail;
	/* count the units first: a sweep by start, a unit ends where the next start is at or past its end */
	for (size_t t = 0; t < r->n;)
	{
		uint32_t	d = r->doc[idx[t]];
		int64_t		end = -1;

		for (; t < r->n && r->doc[idx[t]] == d; t++)
		{
			uint32_t	i = idx[t];

			if (!is_mark(r, i))
				continue;
			if (end < 0 || r->start[i] >= end)
				nunits++;
			if (r->end[i] > end)
				end = r->end[i];
		}
	}
	if ((double) nunits * r->ncoders > BL_AGREE_MAX_MATCHES)
	{
		fail(err, BL_AGREE_ELIMIT, "%zu units of %u coders make more than %d matches",
			 nunits, (unsigned) r->ncoders, BL_AGREE_MAX_MATCHES);
		goto fail;
	}
	m = alloc(nunits * r->ncoders, sizeof(bl_span_match), err);
	if (m == NULL)
		goto fail;
	for (size_t t = 0; t < r->n;)
	{
		uint32_t	d = r->doc[idx[t]];
		uint32_t	no = 0;

		while (t < r->n && r->doc[idx[t]] == d)
		{
			size_t		s,
						e;
			int64_t		ustart,
						uend;
			bl_span_match *row;

			if (!is_mark(r, idx[t]))
			{
				t++;
				continue;
			}
			/* one unit: idx[s..e-1] */
			s = t;
			ustart = r->start[idx[t]];
			uend = r->end[idx[t]];
			for (e = t + 1; e < r->n && r->doc[idx[e]] == d && r->start[idx[e]] < uend; e++)
				if (r->end[idx[e]] > uend)
					uend = r->end[idx[e]];
			no++;
			row = m + nm;
			for (uint32_t c = 0; c < r->ncoders; c++)
				row[c] = (bl_span_match) {d, no, ustart, uend, c, 0, -1, -1};
			for (size_t h = s; h < e; h++)
			{
				uint32_t	i = idx[h];
				bl_span_match *x = row + r->coder[i];

				if (stop(&p, err))
					goto fail;
				if (x->spans == 0 || r->start[i] < x->span_start)
					x->span_start = r->start[i];
				if (x->spans == 0 || r->end[i] > x->span_end)
					x->span_end = r->end[i];
				x->spans++;
			}
			nm += r->ncoders;
			t = e;
		}
	}
	free(idx);
	free(unit_of);
	*out = m;
	*nout = nm;
	return true;
fail:
	free(idx);
	free(unit_of);
	free(m);
	return false;
}
