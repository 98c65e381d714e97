/*
 * bl_stats.h - the arithmetic of bilateral_position's planner statistics:
 * equi-depth histograms of the period's bounds, and the fractions of rows
 * that possibly hold on a day, overlap a range, or match a column of days or
 * ranges.  Plain C, no PostgreSQL header (src/position_analyze.c gathers the
 * statistics, src/position_selfuncs.c reads them; docs/statistics.md).
 *
 * The widest reading of a position's period is [lo, hi] (inclusive days, lo
 * <= hi, either end possibly open).  Because lo <= hi, the rows with lo > b
 * and the rows with hi < a are disjoint whenever a <= b, so
 *
 *     fraction overlapping [a, b] = P(lo <= b) - P(hi < a)
 *
 * holds exactly; only the two marginal distributions are needed, no joint
 * one.  Averaged over another column's days or ranges it stays linear, which
 * is what makes the join estimate as sound as the restriction estimate.
 */
#ifndef BL_STATS_H
#define BL_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A marginal distribution of days: a share neg at -infinity (open starts),
 * a share pos at +infinity (open ends), and the rest spread over an
 * equi-depth histogram of n >= 1 sorted bounds b[0..n-1]: each of the n-1
 * bins holds the same share and is uniform over its days [b[i], b[i+1]]
 * (a one-bound histogram is a point).  A day v counts as the interval
 * [v, v + 1), so that P(V <= d) is cdf(d + 1) and P(V < d) is cdf(d).
 */
typedef struct bl_marginal
{
	const double *b;
	int			n;
	double		neg;
	double		pos;
} bl_marginal;

/* share of the distribution below x (x may be +-HUGE_VAL); 0..1 */
double		bl_marginal_cdf(const bl_marginal *m, double x);

/*
 * The mean of cdf(F, X + shift) when X follows the marginal x: how many of F's
 * values lie below a value of another column, on average.  Each bin of x is
 * sampled at 16 evenly placed points; x's infinite shares count 0 and 1.
 */
double		bl_marginal_mean_cdf(const bl_marginal *f, const bl_marginal *x, double shift);

/* possibly at day d: P(lo <= d) - P(hi < d), clamped to 0..1 */
double		bl_sel_at(const bl_marginal *lo, const bl_marginal *hi, double d);
/* overlaps the inclusive days [a, b] (a may be -HUGE_VAL, b +HUGE_VAL) */
double		bl_sel_overlap(const bl_marginal *lo, const bl_marginal *hi, double a, double b);
/* the mean of bl_sel_at over a column of days */
double		bl_sel_join_days(const bl_marginal *lo, const bl_marginal *hi, const bl_marginal *days);
/* the mean of bl_sel_overlap over a column of ranges given as the marginals of
 * their first and last days (inclusive) */
double		bl_sel_join_ranges(const bl_marginal *lo, const bl_marginal *hi,
							   const bl_marginal *first, const bl_marginal *last);

/*
 * Sorts v (n values) and writes at most nb bounds of its equi-depth histogram
 * into out (the minimum, the maximum and nb-2 evenly ranked values between);
 * returns how many were written: min(n, nb), 0 when n is 0.  nb >= 2.
 */
int			bl_hist_build(int32_t *v, int n, int nb, int32_t *out);

/*
 * The number of distinct values in a table of total rows, from a sample of n
 * rows holding d distinct values of which f1 were seen once (Haas and Stokes'
 * Duj1, as PostgreSQL's ANALYZE uses); between d and total.
 */
double		bl_estimate_ndistinct(double n, double total, double d, double f1);

/*
 * The share of rows whose subject (actor, counterpart, issue) is one that is
 * not in the list of most common subjects: the share the list leaves over,
 * spread evenly over the other distinct subjects.
 */
double		bl_sel_rare_subject(double mcv_sum, int nmcv, double ndistinct);

/*
 * The same share from the parts: ind is the product of the shares of the
 * subject's actor, counterpart and issue (as if independent), mcv_ind that
 * product summed over the most common subjects.  The share the list leaves
 * over (1 - mcv_sum) is spread over the other subjects in proportion to
 * their independent products, so that an actor that is rare, or absent,
 * makes the subject rare, or absent.
 */
double		bl_sel_subject_parts(double mcv_sum, double ind, double mcv_ind);

#endif							/* BL_STATS_H */
