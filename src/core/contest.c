/*
 * contest.c - whether claims of different stances hold on a common day: the
 * panels' "contested" (docs/queries.md, "How sure a panel cell is"), read as
 * stance_history() reads a contest, on the widest readings.
 */
#include "bl_core.h"

#include <limits.h>
#include <stdlib.h>

static int
span_cmp(const void *a, const void *b)
{
	const bl_span *x = a,
			   *y = b;

	return x->lo < y->lo ? -1 : x->lo > y->lo ? 1 : 0;
}

/*
 * Sorts the spans by start, then sweeps them keeping the latest end seen of
 * each stance: a span that starts before another stance's latest end shares a
 * day with it.  n log n; empty spans (lo >= hi) hold on no day.
 */
bool
bl_spans_share_day(bl_span *spans, int n)
{
	int32_t		last_end[BL_STANCE_MAX - BL_STANCE_MIN + 1];

	if (n < 2)
		return false;
	for (int k = 0; k <= BL_STANCE_MAX - BL_STANCE_MIN; k++)
		last_end[k] = INT32_MIN;
	qsort(spans, (size_t) n, sizeof(bl_span), span_cmp);
	for (int i = 0; i < n; i++)
	{
		int			s = spans[i].stance - BL_STANCE_MIN;

		if (spans[i].lo >= spans[i].hi || s < 0 || s > BL_STANCE_MAX - BL_STANCE_MIN)
			continue;
		for (int k = 0; k <= BL_STANCE_MAX - BL_STANCE_MIN; k++)
			if (k != s && last_end[k] > spans[i].lo)
				return true;
		if (spans[i].hi > last_end[s])
			last_end[s] = spans[i].hi;
	}
	return false;
}
