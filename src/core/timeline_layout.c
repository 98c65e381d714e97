/*
 * timeline_layout.c - the timeline's data and geometry (bl_timeline.h): the
 * days drawn, the scale and axis steps, the rows of treaty and event labels,
 * the height of each part, the caption's sources; and the dates and words the
 * drawing (timeline_draw.c) writes.  Plain C, no PostgreSQL header.
 */
#include "bl_timeline_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

/* ---------- dates: the core's calendar (pdate.c) ---------- */

int
tl_year_of(int32_t day)
{
	int			y,
				m,
				d;

	bl_civil_from_days(day, &y, &m, &d);
	return y;
}

/* the last day of the partial date (at prec) that contains day */
int32_t
tl_prec_end(int32_t day, int prec)
{
	return bl_pdate_last(bl_pdate_containing(day, (bl_prec) prec));
}

void
tl_iso_day(int32_t day, char *buf)
{
	bl_pdate	p = {BL_DAY, day};

	bl_pdate_format(p, buf);
}

/* a day at a precision, as the documents write it: 1855, 1945-08, 1956-10-19 */
void
tl_partial_day(int32_t day, int prec, char *buf)
{
	bl_pdate_format(bl_pdate_containing(day, prec == BL_OPEN ? BL_DAY : (bl_prec) prec), buf);
}

/* a period with its bounds' precisions: "1904\u20131905", "1945-09-02" */
void
tl_partial_period(int32_t from, int32_t to, int fprec, int tprec, char *buf)
{
	char		a[TL_BUF / 3],
				b[TL_BUF / 3];

	tl_partial_day(from, fprec, a);
	tl_partial_day(to, tprec, b);
	if (strcmp(a, b) == 0)
		snprintf(buf, TL_BUF, "%s", a);
	else
		snprintf(buf, TL_BUF, "%s\u2013%s", a, b);
}

/* ---------- words ---------- */

/* RdBu, 7 classes (ColorBrewer): diverging, colour-blind safe, prints in grey */
const char *
tl_stance_colour(int s)
{
	static const char *const colours[7] = {
		"#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"
	};

	return colours[MIN(MAX(s, -3), 3) + 3];
}

/* the stance as data: "+2", "0", "-1" (as bilateral_position writes it) */
void
tl_stance_code(int s, char *buf)
{
	snprintf(buf, TL_BUF, s > 0 ? "+%d" : "%d", s);
}

/* the stance for readers, with a real minus sign: "\u22122 adversarial" */
void
tl_stance_text(int s, char *buf)
{
	if (s < 0)
		snprintf(buf, TL_BUF, "\u2212%d %s", -s, bl_stance_label(s));
	else if (s > 0)
		snprintf(buf, TL_BUF, "+%d %s", s, bl_stance_label(s));
	else
		snprintf(buf, TL_BUF, "0 %s", bl_stance_label(0));
}

/* treaties are lettered A..Z, then T27, T28 ... */
void
tl_treaty_mark(int i, char *buf)
{
	if (i < 26)
		snprintf(buf, TL_BUF, "%c", 'A' + i);
	else
		snprintf(buf, TL_BUF, "T%d", i + 1);
}

/* events are numbered; a cluster of neighbours shares one label: "12\u201314" */
void
tl_event_label(int first, int last, char *buf)
{
	if (first == last)
		snprintf(buf, TL_BUF, "%d", first);
	else
		snprintf(buf, TL_BUF, "%d\u2013%d", first, last);
}

/* UTF-8 characters in s[0..len) */
static int
u8len(const char *s, size_t len)
{
	int			n = 0;

	for (size_t i = 0; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* rough width of a text at a font size (DejaVu Sans / Helvetica average) */
double
tl_text_width(const char *s, double size)
{
	return u8len(s, strlen(s)) * size * 0.6;
}

/* an issue's or treaty's name up to its parenthesis: "Territorial dispute" */
size_t
tl_short_name_len(const char *s)
{
	const char *paren = strstr(s, " (");

	return paren ? (size_t) (paren - s) : strlen(s);
}

/*
 * The bytes of s[0..len) to keep to show at most max characters, cut at a
 * word boundary where there is one; *ellipsis: an ellipsis follows (all of
 * s when it fits).
 */
size_t
tl_shorten(const char *s, size_t len, int max, bool *ellipsis)
{
	const char *p = s;
	const char *end = s + len;
	const char *cut;
	const char *space = NULL;
	int			n = 0;

	*ellipsis = false;
	if (u8len(s, len) <= max)
		return len;
	/* the byte where character max - 1 starts: room for the ellipsis */
	for (; p < end; p++)
	{
		if ((*p & 0xC0) != 0x80)
		{
			if (n == max - 1)
				break;
			if (*p == ' ' && n > max / 2)
				space = p;
			n++;
		}
	}
	cut = space ? space : p;
	while (cut > s && (cut[-1] == ' ' || cut[-1] == ',' || cut[-1] == ':' || cut[-1] == ';'))
		cut--;
	*ellipsis = true;
	return (size_t) (cut - s);
}

/* ---------- the data ---------- */

void
bl_tl_parse_stances(bl_tl_seg *s, const char *list)
{
	const char *p = list;

	s->nstances = 0;
	while (p && *p && s->nstances < BL_TL_MAX_STANCES)
	{
		char	   *end;
		long		v = strtol(p, &end, 10);

		if (end == p)
			break;
		s->stances[s->nstances++] = (int) v;
		p = end;
	}
}

/* what lies outside [lo, hi] is not drawn */
static void
drop_outside(bl_tl_data *t, int32_t lo, int32_t hi)
{
	int			i,
				j,
				n;

	for (i = 0; i < t->nlanes; i++)
	{
		bl_tl_lane *l = &t->lanes[i];

		for (j = n = 0; j < l->nseg; j++)
		{
			const bl_tl_seg *s = &l->segs[j];

			if ((!s->open_from && s->from > hi) || (!s->open_to && s->to < lo))
				continue;
			l->segs[n++] = *s;
		}
		l->nseg = n;
	}
	for (j = n = 0; j < t->nevents; j++)
		if (!(t->events[j].from > hi || t->events[j].to < lo))
			t->events[n++] = t->events[j];
	t->nevents = n;
	for (j = n = 0; j < t->ntreaties; j++)
		if (!(t->treaties[j].signed_on > hi || t->treaties[j].signed_on < lo))
			t->treaties[n++] = t->treaties[j];
	t->ntreaties = n;
}

/* the first and last dated day of the data; false if none */
static bool
data_span(const bl_tl_data *t, int32_t *dlo, int32_t *dhi)
{
	int32_t		a = INT32_MAX,
				b = INT32_MIN;

	for (int i = 0; i < t->nlanes; i++)
		for (int j = 0; j < t->lanes[i].nseg; j++)
		{
			const bl_tl_seg *s = &t->lanes[i].segs[j];

			if (!s->open_from)
			{
				a = MIN(a, s->from);
				b = MAX(b, s->from);
			}
			if (!s->open_to)
			{
				a = MIN(a, s->to);
				b = MAX(b, s->to);
			}
		}
	for (int i = 0; i < t->nevents; i++)
	{
		a = MIN(a, t->events[i].from);
		b = MAX(b, t->events[i].to);
	}
	for (int i = 0; i < t->ntreaties; i++)
	{
		a = MIN(a, t->treaties[i].signed_on);
		b = MAX(b, t->treaties[i].signed_on);
	}
	*dlo = a;
	*dhi = b;
	return a <= b;
}

void
bl_tl_settle_span(bl_tl_data *t, int32_t lo, int32_t hi)
{
	int32_t		dlo,
				dhi;

	drop_outside(t, lo, hi);
	if (!data_span(t, &dlo, &dhi))
	{
		/* no dated data: the side asked for, or a year */
		dlo = lo != BL_TL_OPEN_LO ? lo : hi != BL_TL_OPEN_HI ? hi : 0;
		dhi = dlo;
	}
	t->lo = lo != BL_TL_OPEN_LO ? lo : bl_days_from_civil(tl_year_of(MIN(dlo, hi)), 1, 1);
	t->hi = hi != BL_TL_OPEN_HI ? hi : bl_days_from_civil(tl_year_of(MAX(dhi, lo)), 12, 31);
	if (t->lo > t->hi)
		t->hi = t->lo;
}

/* ---------- geometry ---------- */

double
tl_xday(const tl_plan *p, int32_t day)
{
	return TL_X0 + (double) ((int64_t) day - p->t->lo) * p->ppd;
}

double
tl_xclip(const tl_plan *p, int64_t day)
{
	if (day < p->t->lo)
		return TL_X0;
	if (day > (int64_t) p->t->hi + 1)
		return TL_X1;
	return TL_X0 + (double) (day - p->t->lo) * p->ppd;
}

/* a step in years for the labels that leaves at least 52 pixels between them */
static void
year_steps(double px_per_year, int *major, int *minor)
{
	static const int steps[][2] = {
		{1, 0}, {2, 1}, {5, 1}, {10, 5}, {20, 5}, {25, 5}, {50, 10}, {100, 20},
		{200, 50}, {500, 100}, {1000, 500}, {2000, 1000}
	};
	int			i;

	for (i = 0; i < (int) (sizeof steps / sizeof steps[0]) - 1; i++)
		if (steps[i][0] * px_per_year >= 52)
			break;
	*major = steps[i][0];
	*minor = steps[i][1];
	/* minor ticks only where they stay apart */
	if (*minor > 0 && *minor * px_per_year < 5)
		*minor = 0;
}

/*
 * Label placement: labels at centres xs[] with widths ws[] go into the first
 * row (0 nearest the marks) where they do not touch the row's last label;
 * when no row has room, into the row whose last label ends first.  Returns
 * the rows used.
 */
static int
stagger(int n, const double *xs, const double *ws, int *row)
{
	double		end[TL_MAX_ROWS];
	int			used = 0;
	int			i,
				r;

	for (r = 0; r < TL_MAX_ROWS; r++)
		end[r] = -1e9;
	for (i = 0; i < n; i++)
	{
		double		left = xs[i] - ws[i] / 2;
		int			best = 0;

		for (r = 0; r < TL_MAX_ROWS; r++)
			if (end[r] + 3 <= left)
				break;
		if (r == TL_MAX_ROWS)
		{
			for (r = 1; r < TL_MAX_ROWS; r++)
				if (end[r] < end[best])
					best = r;
			r = best;
		}
		row[i] = r;
		end[r] = xs[i] + ws[i] / 2;
		used = MAX(used, r + 1);
	}
	return used;
}

/* the treaties' marks, lettered, in rows; false: out of memory */
static bool
plan_treaties(tl_plan *p)
{
	const bl_tl_data *t = p->t;
	int			n = t->ntreaties;
	double	   *ws = malloc(sizeof(double) * (n + 1));
	char		mark[TL_BUF];

	p->txs = malloc(sizeof(double) * (n + 1));
	p->trow = malloc(sizeof(int) * (n + 1));
	if (!ws || !p->txs || !p->trow)
	{
		free(ws);
		return false;
	}
	for (int i = 0; i < n; i++)
	{
		p->txs[i] = tl_xday(p, t->treaties[i].signed_on) + 0.5 * p->ppd;
		tl_treaty_mark(i, mark);
		ws[i] = tl_text_width(mark, TL_FS) + 2;
	}
	p->trows = stagger(n, p->txs, ws, p->trow);
	free(ws);
	return true;
}

/* the events' labels: neighbours within 9 pixels share one; in rows */
static bool
plan_events(tl_plan *p)
{
	const bl_tl_data *t = p->t;
	int			n = t->nevents;
	double	   *ws = malloc(sizeof(double) * (n + 1));
	char		lab[TL_BUF];

	p->exs = malloc(sizeof(double) * (n + 1));
	p->erow = malloc(sizeof(int) * (n + 1));
	p->cfirst = malloc(sizeof(int) * (n + 1));
	p->clast = malloc(sizeof(int) * (n + 1));
	if (!ws || !p->exs || !p->erow || !p->cfirst || !p->clast)
	{
		free(ws);
		return false;
	}
	p->nc = 0;
	for (int i = 0; i < n; i++)
	{
		double		x = tl_xclip(p, t->events[i].from);

		if (p->nc > 0 && x - p->exs[p->nc - 1] < 9)
		{
			p->clast[p->nc - 1] = i;
			continue;
		}
		p->cfirst[p->nc] = p->clast[p->nc] = i;
		p->exs[p->nc++] = x;
	}
	for (int i = 0; i < p->nc; i++)
	{
		tl_event_label(p->cfirst[i] + 1, p->clast[i] + 1, lab);
		ws[i] = tl_text_width(lab, TL_FS - 1) + 2;
	}
	p->erows = stagger(p->nc, p->exs, ws, p->erow);
	free(ws);
	return true;
}

static int
cmp_token(const void *a, const void *b)
{
	const tl_token *x = a,
			   *y = b;
	int			c = memcmp(x->s, y->s, MIN(x->n, y->n));

	if (c != 0)
		return c;
	return x->n < y->n ? -1 : x->n > y->n;
}

/* the source keys of the segments drawn (lists "a, b"), sorted and distinct */
static bool
plan_sources(tl_plan *p)
{
	const bl_tl_data *t = p->t;
	size_t		cap = 0,
				n = 0;

	/* every token is at least one byte followed by a separator or the end */
	for (int i = 0; i < t->nlanes; i++)
		for (int j = 0; j < t->lanes[i].nseg; j++)
			if (t->lanes[i].segs[j].sources)
				cap += strlen(t->lanes[i].segs[j].sources) / 2 + 1;
	p->keys = malloc(sizeof(tl_token) * (cap + 1));
	if (p->keys == NULL)
		return false;
	for (int i = 0; i < t->nlanes; i++)
		for (int j = 0; j < t->lanes[i].nseg; j++)
		{
			const char *s = t->lanes[i].segs[j].sources;

			while (s && *s)
			{
				size_t		k = strcspn(s, ", ");

				if (k > 0)
				{
					p->keys[n].s = s;
					p->keys[n++].n = k;
				}
				s += k + strspn(s + k, ", ");
			}
		}
	qsort(p->keys, n, sizeof(tl_token), cmp_token);
	p->nkeys = 0;
	for (size_t k = 0; k < n; k++)
		if (k == 0 || cmp_token(&p->keys[k], &p->keys[k - 1]) != 0)
			p->keys[p->nkeys++] = p->keys[k];
	return true;
}

/* the top of each part, from the title down; the whole height */
static void
plan_heights(tl_plan *p)
{
	const bl_tl_data *t = p->t;
	int			nkey = t->ntreaties + t->nevents;
	double		y = 58;

	p->y_treaties = y;
	if (t->ntreaties > 0)
		y += p->trows * TL_ROW_H + 14;
	/* the treaty guides start at the diamonds' lower tip */
	p->y_guides_top = t->ntreaties > 0 ? y - (14 - 6 - 5) : y;
	p->y_events = y;
	if (t->nevents > 0)
		y += p->erows * TL_ROW_H + 16;
	p->y_lanes = y;
	y += (t->nlanes > 0 ? t->nlanes : 1) * (TL_LANE_H + TL_LANE_GAP);
	p->y_after_lanes = y;
	y += 32;					/* the axis */
	p->y_legend = y;
	y += 60;
	p->y_key = y + 4;
	if (nkey > 0)
		y += 10 + ((nkey + 1) / 2) * 13 + 4;
	y += 8;
	p->y_sources = y;
	if (p->nkeys > 0)
		y += 16;
	p->height = y;
}

bool
tl_plan_make(tl_plan *p, const bl_tl_data *t)
{
	memset(p, 0, sizeof(*p));
	p->t = t;
	p->ppd = (TL_X1 - TL_X0) / ((double) t->hi - t->lo + 1);
	year_steps(365.2425 * p->ppd, &p->major, &p->minor);
	/* one label per year, when there is room, sits in the middle of its year */
	p->centred = (p->major == 1 && 365.2425 * p->ppd >= 40);
	if (!plan_treaties(p) || !plan_events(p) || !plan_sources(p))
	{
		tl_plan_free(p);
		return false;
	}
	plan_heights(p);
	return true;
}

void
tl_plan_free(tl_plan *p)
{
	free(p->txs);
	free(p->trow);
	free(p->exs);
	free(p->erow);
	free(p->cfirst);
	free(p->clast);
	free(p->keys);
	memset(p, 0, sizeof(*p));
}
