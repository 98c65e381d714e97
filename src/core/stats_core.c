/*
 * stats_core.c - the arithmetic of bilateral_position's planner statistics
 * (bl_stats.h): histograms of day numbers and the fractions estimated from
 * them.  No PostgreSQL header.
 */
#include "bl_stats.h"

#include <math.h>
#include <stdlib.h>

static double
clamp01(double v)
{
	if (!(v > 0.0))				/* also NaN */
		return 0.0;
	return v > 1.0 ? 1.0 : v;
}

/* how many of b[0..n-1] (sorted) are < x (strict) or <= x */
static int
count_below(const double *b, int n, double x, bool strict)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (strict ? b[mid] < x : b[mid] <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* the histogram's share below x, without the infinite shares */
static double
hist_cdf(const double *b, int n, double x)
{
	int			full,
				partial_end,
				i;
	double		sum;

	if (n <= 0)
		return 0.0;
	if (n == 1)
		return clamp01(x - b[0]);
	/* bins i whose every day is below x: b[i+1] + 1 <= x */
	full = count_below(b + 1, n - 1, x - 1.0, false);
	/* bins that start below x: b[i] < x, i <= n - 2 */
	partial_end = count_below(b, n - 1, x, true);
	sum = full;
	for (i = full; i < partial_end; i++)
		sum += clamp01((x - b[i]) / (b[i + 1] + 1.0 - b[i]));
	return sum / (n - 1);
}

double
bl_marginal_cdf(const bl_marginal *m, double x)
{
	double		rest;

	if (x <= -HUGE_VAL)
		return 0.0;
	if (x >= HUGE_VAL)
		return 1.0;
	rest = 1.0 - m->neg - m->pos;
	if (rest < 0.0)
		rest = 0.0;
	return clamp01(m->neg + rest * hist_cdf(m->b, m->n, x));
}

#define MEAN_POINTS 16

double
bl_marginal_mean_cdf(const bl_marginal *f, const bl_marginal *x, double shift)
{
	double		rest = 1.0 - x->neg - x->pos;
	double		sum = 0.0;
	int			i,
				s;

	if (rest < 0.0)
		rest = 0.0;
	if (x->n == 1)
		sum = bl_marginal_cdf(f, x->b[0] + shift);
	else if (x->n > 1)
	{
		for (i = 0; i < x->n - 1; i++)
		{
			double		width = x->b[i + 1] + 1.0 - x->b[i];
			double		bin = 0.0;

			/* a value is a whole day: sample at day starts */
			for (s = 0; s < MEAN_POINTS; s++)
				bin += bl_marginal_cdf(f, floor(x->b[i] + width * (s + 0.5) / MEAN_POINTS) + shift);
			sum += bin / MEAN_POINTS;
		}
		sum /= (x->n - 1);
	}
	else
		rest = 0.0;
	return clamp01(x->neg * bl_marginal_cdf(f, -HUGE_VAL) + x->pos * bl_marginal_cdf(f, HUGE_VAL) + rest * sum);
}

double
bl_sel_at(const bl_marginal *lo, const bl_marginal *hi, double d)
{
	return clamp01(bl_marginal_cdf(lo, d + 1.0) - bl_marginal_cdf(hi, d));
}

double
bl_sel_overlap(const bl_marginal *lo, const bl_marginal *hi, double a, double b)
{
	if (a > b)
		return 0.0;
	return clamp01(bl_marginal_cdf(lo, b + 1.0) - bl_marginal_cdf(hi, a));
}

double
bl_sel_join_days(const bl_marginal *lo, const bl_marginal *hi, const bl_marginal *days)
{
	return clamp01(bl_marginal_mean_cdf(lo, days, 1.0) - bl_marginal_mean_cdf(hi, days, 0.0));
}

double
bl_sel_join_ranges(const bl_marginal *lo, const bl_marginal *hi,
				   const bl_marginal *first, const bl_marginal *last)
{
	return clamp01(bl_marginal_mean_cdf(lo, last, 1.0) - bl_marginal_mean_cdf(hi, first, 0.0));
}

static int
cmp_int32(const void *a, const void *b)
{
	int32_t		x = *(const int32_t *) a,
				y = *(const int32_t *) b;

	return (x > y) - (x < y);
}

int
bl_hist_build(int32_t *v, int n, int nb, int32_t *out)
{
	int			i;

	if (n <= 0 || nb < 2)
		return 0;
	qsort(v, (size_t) n, sizeof(int32_t), cmp_int32);
	if (nb > n)
		nb = n;
	if (nb == 1)
	{
		out[0] = v[0];
		return 1;
	}
	for (i = 0; i < nb; i++)
		out[i] = v[(int) (((int64_t) i * (n - 1)) / (nb - 1))];
	return nb;
}

double
bl_estimate_ndistinct(double n, double total, double d, double f1)
{
	double		est;

	if (n <= 0.0 || d <= 0.0)
		return 0.0;
	if (total <= n || f1 <= 0.0)
		return d;				/* the whole table was read, or nothing is rare */
	est = n * d / (n - f1 + f1 * n / total);
	if (est < d)
		est = d;
	if (est > total)
		est = total;
	return est;
}

double
bl_sel_rare_subject(double mcv_sum, int nmcv, double ndistinct)
{
	double		rest = clamp01(1.0 - mcv_sum);
	double		others = ndistinct - nmcv;

	if (others < 1.0)
		others = 1.0;
	return rest / others;
}

double
bl_sel_subject_parts(double mcv_sum, double ind, double mcv_ind)
{
	double		rest = clamp01(1.0 - mcv_sum);
	double		others = 1.0 - mcv_ind;

	if (others < 1e-9)
		others = 1e-9;
	ind = clamp01(ind);
	return ind / others > 1.0 ? rest : rest * ind / others;
}
