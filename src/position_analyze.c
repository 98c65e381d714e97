/*
 * position_analyze.c - ANALYZE support for bilateral_position (the type's
 * typanalyze function): PostgreSQL's standard statistics of the column, plus
 * histograms of the periods' first and last days and the most common
 * subjects (src/position_stats.h has the layout, src/core/stats_core.c the
 * arithmetic, src/position_selfuncs.c the estimators that read them).
 */
#include "bilateral.h"

#include "catalog/pg_statistic.h"
#include "catalog/pg_type.h"
#include "commands/vacuum.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "position_stats.h"

/* the standard compute_stats and its private data, run before ours */
typedef struct position_analyze_extra
{
	AnalyzeAttrComputeStatsFunc std_compute;
	void	   *std_extra;
} position_analyze_extra;

typedef struct subject_count
{
	const char *key;
	int			count;
} subject_count;

int
bl_subject_key(const bl_position *p, char *buf)
{
	return snprintf(buf, BL_SUBJECT_KEY_MAX, "%s->%s:%s", p->actor, p->counterpart, p->issue);
}

static int
cmp_key(const void *a, const void *b)
{
	/* both char ** and subject_count * start with the key pointer */
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

static int
cmp_count_desc(const void *a, const void *b)
{
	const subject_count *x = a,
			   *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->key, y->key);
}

/*
 * The shares of each actor, counterpart and issue ("a:JPN", "c:RUS",
 * "i:energy"), summed from the subject groups: what the estimators fall back
 * on, as independent parts, for a subject that is not among the most common.
 */
static int
count_parts(const subject_count *groups, int ngroups, subject_count **out)
{
	subject_count *parts = palloc(sizeof(subject_count) * 3 * ngroups);
	char	   *buf = palloc((Size) 3 * ngroups * (BL_ISSUE_MAXLEN + 3));
	int			n = 0,
				m = 0,
				i;

	for (i = 0; i < ngroups; i++)
	{
		const char *k = groups[i].key;	/* AAA->BBB:issue */
		char	   *a = buf + (Size) (3 * i) * (BL_ISSUE_MAXLEN + 3);
		char	   *c = a + BL_ISSUE_MAXLEN + 3;
		char	   *is = c + BL_ISSUE_MAXLEN + 3;

		snprintf(a, BL_ISSUE_MAXLEN + 3, "a:%.3s", k);
		snprintf(c, BL_ISSUE_MAXLEN + 3, "c:%.3s", k + 5);
		snprintf(is, BL_ISSUE_MAXLEN + 3, "i:%s", k + 9);
		parts[n].key = a;
		parts[n++].count = groups[i].count;
		parts[n].key = c;
		parts[n++].count = groups[i].count;
		parts[n].key = is;
		parts[n++].count = groups[i].count;
	}
	qsort(parts, n, sizeof(subject_count), cmp_key);
	for (i = 0; i < n; i++)
	{
		if (m > 0 && strcmp(parts[m - 1].key, parts[i].key) == 0)
			parts[m - 1].count += parts[i].count;
		else
			parts[m++] = parts[i];
	}
	*out = parts;
	return m;
}

/* what one pass over the sample gathers */
typedef struct position_sample
{
	int			nonnull;
	int			nlo,
				nhi;			/* closed first and last days, in los and his */
	int			nopen_lo,
				nopen_hi;
	int32	   *los,
			   *his;
	const char **keys;			/* each row's subject, "AAA->BBB:issue" */
} position_sample;

static void
read_sample(VacAttrStats *stats, AnalyzeAttrFetchFunc fetchfunc, int samplerows,
			position_sample *s)
{
	char	   *keybuf = palloc((Size) BL_SUBJECT_KEY_MAX * Max(samplerows, 1));

	memset(s, 0, sizeof(*s));
	s->los = palloc(sizeof(int32) * Max(samplerows, 1));
	s->his = palloc(sizeof(int32) * Max(samplerows, 1));
	s->keys = palloc(sizeof(char *) * Max(samplerows, 1));
	for (int i = 0; i < samplerows; i++)
	{
		bool		isnull;
		Datum		d;
		bl_position p;
		int32		lo,
					hi;

		vacuum_delay_point();
		d = fetchfunc(stats, i, &isnull);
		if (isnull)
			continue;
		bl_position_from_datum(d, &p);
		lo = bl_position_lo(&p);
		hi = bl_position_hi(&p);
		if (lo == PG_INT32_MIN)
			s->nopen_lo++;
		else
			s->los[s->nlo++] = lo;
		if (hi == PG_INT32_MAX)
			s->nopen_hi++;
		else
			s->his[s->nhi++] = hi;
		s->keys[s->nonnull] = keybuf + (Size) BL_SUBJECT_KEY_MAX * s->nonnull;
		bl_subject_key(&p, (char *) s->keys[s->nonnull]);
		s->nonnull++;
	}
}

/* the sample's subjects counted, most common first; *f1 = how many were seen once */
static subject_count *
group_subjects(position_sample *s, int *ngroups, int *f1)
{
	subject_count *groups = palloc(sizeof(subject_count) * s->nonnull);
	int			n = 0;

	qsort(s->keys, s->nonnull, sizeof(char *), cmp_key);
	for (int i = 0; i < s->nonnull; i++)
	{
		if (i == 0 || strcmp(s->keys[i], s->keys[i - 1]) != 0)
		{
			groups[n].key = s->keys[i];
			groups[n].count = 0;
			n++;
		}
		groups[n - 1].count++;
	}
	*f1 = 0;
	for (int i = 0; i < n; i++)
		if (groups[i].count == 1)
			(*f1)++;
	qsort(groups, n, sizeof(subject_count), cmp_count_desc);
	*ngroups = n;
	return groups;
}

/* one statistics slot: its kind, numbers and values (allocated in anl_context) */
static void
set_slot(VacAttrStats *stats, int slot, int16 kind, float4 *numbers, int nnumbers,
		 Datum *values, int nvalues, Oid typid)
{
	stats->stakind[slot] = kind;
	stats->staop[slot] = InvalidOid;
	stats->stacoll[slot] = InvalidOid;
	stats->stanumbers[slot] = numbers;
	stats->numnumbers[slot] = nnumbers;
	stats->stavalues[slot] = values;
	stats->numvalues[slot] = nvalues;
	stats->statypid[slot] = typid;
	stats->statyplen[slot] = typid == INT4OID ? (int16) sizeof(int32) : -1;
	stats->statypbyval[slot] = typid == INT4OID;
	stats->statypalign[slot] = TYPALIGN_INT;
}

/* the slot of the bounds: open shares, counts, ndistinct; the two histograms as values */
static void
store_bounds(VacAttrStats *stats, int slot, const position_sample *s, int target, double ndistinct)
{
	int			nb = Min(10 * target + 1, 10001);
	int32	   *hlo = palloc(sizeof(int32) * nb);
	int32	   *hhi = palloc(sizeof(int32) * nb);
	int			nlo = bl_hist_build(s->los, s->nlo, nb, hlo);
	int			nhi = bl_hist_build(s->his, s->nhi, nb, hhi);
	MemoryContext old = MemoryContextSwitchTo(stats->anl_context);
	float4	   *numbers = palloc(sizeof(float4) * BL_STATS_NNUMBERS);
	Datum	   *values = palloc(sizeof(Datum) * Max(nlo + nhi, 1));

	numbers[0] = BL_STATS_FORMAT;
	numbers[1] = (float4) s->nopen_lo / s->nonnull;
	numbers[2] = (float4) s->nopen_hi / s->nonnull;
	numbers[3] = nlo;
	numbers[4] = nhi;
	numbers[5] = ndistinct;
	for (int i = 0; i < nlo; i++)
		values[i] = Int32GetDatum(hlo[i]);
	for (int i = 0; i < nhi; i++)
		values[nlo + i] = Int32GetDatum(hhi[i]);
	if (nlo + nhi == 0)
		values[0] = Int32GetDatum(0);
	set_slot(stats, slot, BL_STATKIND_BOUNDS, numbers, BL_STATS_NNUMBERS, values, Max(nlo + nhi, 1), INT4OID);
	MemoryContextSwitchTo(old);
}

/* the slot of the subjects: the most common ones, then every actor, counterpart and issue */
static void
store_subjects(VacAttrStats *stats, int slot, const subject_count *groups, int nmcv,
			   const subject_count *parts, int nparts, int nonnull)
{
	MemoryContext old = MemoryContextSwitchTo(stats->anl_context);
	float4	   *numbers = palloc(sizeof(float4) * (nmcv + nparts));
	Datum	   *values = palloc(sizeof(Datum) * (nmcv + nparts));

	for (int i = 0; i < nmcv; i++)
	{
		values[i] = CStringGetTextDatum(groups[i].key);
		numbers[i] = (float4) groups[i].count / nonnull;
	}
	for (int i = 0; i < nparts; i++)
	{
		values[nmcv + i] = CStringGetTextDatum(parts[i].key);
		numbers[nmcv + i] = (float4) parts[i].count / nonnull;
	}
	set_slot(stats, slot, BL_STATKIND_SUBJECTS, numbers, nmcv + nparts, values, nmcv + nparts, TEXTOID);
	MemoryContextSwitchTo(old);
}

static void
compute_position_stats(VacAttrStats *stats, AnalyzeAttrFetchFunc fetchfunc,
					   int samplerows, double totalrows)
{
	position_analyze_extra *extra = (position_analyze_extra *) stats->extra_data;
	int			target = stats->minrows / 300;	/* std_typanalyze: 300 rows per bound */
	int			slot,
				ngroups,
				f1,
				nmcv,
				nparts;
	position_sample s;
	subject_count *groups,
			   *parts;
	double		ndistinct;

	/* PostgreSQL's own statistics first: null share, width, distinct, =/< */
	stats->extra_data = extra->std_extra;
	extra->std_compute(stats, fetchfunc, samplerows, totalrows);
	stats->extra_data = extra;
	if (!stats->stats_valid)
		return;
	for (slot = 0; slot < STATISTIC_NUM_SLOTS && stats->stakind[slot] != 0; slot++)
		;
	if (slot > STATISTIC_NUM_SLOTS - 2)
		return;					/* no room: the standard statistics stay */
	if (target < 1)
		target = 100;

	read_sample(stats, fetchfunc, samplerows, &s);
	if (s.nonnull == 0)
		return;

	/* the most common subjects, and how many there are in the table */
	groups = group_subjects(&s, &ngroups, &f1);
	ndistinct = bl_estimate_ndistinct(s.nonnull, totalrows * (1.0 - stats->stanullfrac), ngroups, f1);
	/* every subject when the sample saw them all, else those seen twice or more */
	nmcv = 0;
	while (nmcv < ngroups && nmcv < 5 * target && (groups[nmcv].count > 1 || ndistinct <= ngroups))
		nmcv++;
	nparts = count_parts(groups, ngroups, &parts);

	store_bounds(stats, slot, &s, target, ndistinct);
	store_subjects(stats, slot + 1, groups, nmcv, parts, nparts, s.nonnull);
}

PG_FUNCTION_INFO_V1(position_analyze);
Datum
position_analyze(PG_FUNCTION_ARGS)
{
	VacAttrStats *stats = (VacAttrStats *) PG_GETARG_POINTER(0);
	position_analyze_extra *extra;

	if (!std_typanalyze(stats))
		PG_RETURN_BOOL(false);
	extra = palloc(sizeof(position_analyze_extra));
	extra->std_compute = stats->compute_stats;
	extra->std_extra = stats->extra_data;
	stats->extra_data = extra;
	stats->compute_stats = compute_position_stats;
	PG_RETURN_BOOL(true);
}
