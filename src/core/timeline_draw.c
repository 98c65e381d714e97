/*
 * timeline_draw.c - the timeline as SVG (bl_timeline.h): the parts laid out
 * by timeline_layout.c, written top to bottom with the core's XML writer
 * (bl_xmlwrite.h).  Plain C, no PostgreSQL header.  docs/timeline.md.
 */
#include "bl_timeline_internal.h"

#include <stdio.h>
#include <string.h>

#define SVG_NS "http://www.w3.org/2000/svg"

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

/* ---------- elements ---------- */

/* a coordinate: one decimal, no trailing ".0" (fixed format: same data, same bytes) */
static void
num(bl_xw *w, const char *name, double v)
{
	char		buf[32];
	int			len;

	if (v > -0.05 && v < 0.05)
		v = 0;
	len = snprintf(buf, sizeof buf, "%.1f", v);
	if (len > 2 && buf[len - 2] == '.' && buf[len - 1] == '0')
		buf[len - 2] = '\0';
	bl_xw_attr(w, name, buf);
}

/* <name class="cls" ... (attributes follow; close with bl_xw_end) */
static void
el(bl_xw *w, const char *name, const char *cls)
{
	bl_xw_start(w, name);
	if (cls)
		bl_xw_attr(w, "class", cls);
}

static void
rect(bl_xw *w, const char *cls, double x, double y, double width, double height)
{
	el(w, "rect", cls);
	num(w, "x", x);
	num(w, "y", y);
	num(w, "width", width);
	num(w, "height", height);
}

static void
line(bl_xw *w, const char *cls, double x1, double y1, double x2, double y2)
{
	el(w, "line", cls);
	num(w, "x1", x1);
	num(w, "y1", y1);
	num(w, "x2", x2);
	num(w, "y2", y2);
}

/* <text class x y ... (attributes follow; close with text_end) */
static void
text(bl_xw *w, const char *cls, double x, double y)
{
	el(w, "text", cls);
	num(w, "x", x);
	num(w, "y", y);
}

static void
text_end(bl_xw *w, const char *s)
{
	bl_xw_text(w, s);
	bl_xw_end(w);
}

static void
title(bl_xw *w, const char *s)
{
	bl_xw_start(w, "title");
	text_end(w, s);
}

/* "MARK  WHEN: NAME", the title of a treaty, an event, a key entry */
static void
title3(bl_xw *w, const char *mark, const char *when, const char *name)
{
	bl_xw_start(w, "title");
	bl_xw_text(w, mark);
	bl_xw_text(w, "  ");
	bl_xw_text(w, when);
	bl_xw_text(w, ": ");
	text_end(w, name);
}

/* s[0..len) shortened to max characters with an ellipsis, as text content */
static void
text_shortened(bl_xw *w, const char *s, size_t len, int max)
{
	bool		ellipsis;
	size_t		keep = tl_shorten(s, len, max, &ellipsis);

	bl_xw_textn(w, s, keep);
	if (ellipsis)
		bl_xw_text(w, "\u2026");
}

static void
diamond(bl_xw *w, const char *cls, double cx, double cy, double r)
{
	char		d[128];

	snprintf(d, sizeof d, "M%.1f %.1fl%.1f %.1fl%.1f %.1fl%.1f %.1fz",
			 cx, cy - r, r, r, -r, r, -r, -r);
	el(w, "path", cls);
	bl_xw_attr(w, "d", d);
}

static void
paint(bl_xw *w, const char *stroke, const char *width)
{
	bl_xw_attr(w, "stroke", stroke);
	bl_xw_attr(w, "stroke-width", width);
}

/* ---------- the parts, top to bottom ---------- */

static void
draw_root(bl_xw *w, const tl_plan *p)
{
	const bl_tl_data *t = p->t;
	char		buf[TL_BUF];

	bl_xw_start(w, "svg");
	bl_xw_attr(w, "xmlns", SVG_NS);
	bl_xw_attr(w, "class", "bilateral-timeline");
	bl_xw_attr(w, "data-actor", t->actor);
	bl_xw_attr(w, "data-counterpart", t->counterpart);
	tl_iso_day(t->lo, buf);
	bl_xw_attr(w, "data-from", buf);
	tl_iso_day(t->hi, buf);
	bl_xw_attr(w, "data-to", buf);
	bl_xw_attr(w, "font-family", "DejaVu Sans, Helvetica, Arial, sans-serif");
	bl_xw_attr(w, "font-size", "11");
	bl_xw_attr(w, "fill", "#1a1a1a");
	num(w, "width", TL_W);
	num(w, "height", p->height);
	snprintf(buf, sizeof buf, "0 0 %.0f %.0f", TL_W, p->height);
	bl_xw_attr(w, "viewBox", buf);
}

/* the uncertain stretches' hatch: the colour a little faded, white and thin grey lines */
static void
draw_defs(bl_xw *w)
{
	bl_xw_start(w, "defs");
	el(w, "pattern", "uncertain-pattern");
	bl_xw_attr(w, "id", "bl-uncertain");
	bl_xw_attr(w, "patternUnits", "userSpaceOnUse");
	bl_xw_attr(w, "width", "5");
	bl_xw_attr(w, "height", "5");
	bl_xw_attr(w, "patternTransform", "rotate(45)");
	rect(w, NULL, 0, 0, 5, 5);
	bl_xw_attr(w, "fill", "#ffffff");
	bl_xw_attr(w, "fill-opacity", "0.2");
	bl_xw_end(w);
	line(w, NULL, 1, 0, 1, 5);
	paint(w, "#ffffff", "2");
	bl_xw_attr(w, "stroke-opacity", "0.8");
	bl_xw_end(w);
	line(w, NULL, 3.5, 0, 3.5, 5);
	paint(w, "#4d4d4d", "0.6");
	bl_xw_attr(w, "stroke-opacity", "0.6");
	bl_xw_end(w);
	bl_xw_end(w);				/* pattern */
	bl_xw_end(w);				/* defs */
}

/* the title (in the document and on the page), the background, the subtitle */
static void
draw_heading(bl_xw *w, const tl_plan *p)
{
	const bl_tl_data *t = p->t;
	int			y0 = tl_year_of(t->lo),
				y1 = tl_year_of(t->hi);
	char		period[TL_BUF],
				h[32];

	if (y0 == y1)
		snprintf(period, sizeof period, "%d", y0);
	else
		snprintf(period, sizeof period, "%d\u2013%d", y0, y1);

	bl_xw_start(w, "title");
	bl_xw_text(w, t->actor_name);
	bl_xw_text(w, "'s stance toward ");
	bl_xw_text(w, t->counterpart_name);
	bl_xw_text(w, " by issue, ");
	text_end(w, period);
	draw_defs(w);
	el(w, "rect", "background");
	num(w, "x", 0);
	num(w, "y", 0);
	num(w, "width", TL_W);
	snprintf(h, sizeof h, "%.0f", p->height);
	bl_xw_attr(w, "height", h);
	bl_xw_attr(w, "fill", "#ffffff");
	bl_xw_end(w);

	text(w, "title", 20, 24);
	bl_xw_attr(w, "font-size", "15");
	bl_xw_attr(w, "font-weight", "bold");
	bl_xw_text(w, t->actor_name);
	bl_xw_text(w, " \u2192 ");
	bl_xw_text(w, t->counterpart_name);
	bl_xw_text(w, ": stance by issue, ");
	text_end(w, period);
	text(w, "subtitle", 20, 41);
	bl_xw_attr(w, "fill", "#595959");
	bl_xw_text(w, "How the sources code ");
	bl_xw_text(w, t->actor_name);
	bl_xw_text(w, "'s stance toward ");
	bl_xw_text(w, t->counterpart_name);
	text_end(w, " on each issue (stance_history, widest readings); events and treaties naming both.");
}

/* the treaties' row: a diamond at each signature, lettered */
static void
draw_treaties(bl_xw *w, const tl_plan *p)
{
	const bl_tl_data *t = p->t;
	double		ym = p->y_treaties + p->trows * TL_ROW_H + 6;

	if (t->ntreaties == 0)
		return;
	el(w, "g", "treaties");
	text(w, "row-label", TL_X0 - 10, ym + 4);
	bl_xw_attr(w, "text-anchor", "end");
	text_end(w, "Treaties");
	for (int i = 0; i < t->ntreaties; i++)
	{
		const bl_tl_treaty *tr = &t->treaties[i];
		char		mark[TL_BUF],
					when[TL_BUF];

		tl_treaty_mark(i, mark);
		tl_partial_day(tr->signed_on, tr->prec, when);
		el(w, "g", "treaty");
		bl_xw_attr(w, "data-treaty", tr->ref);
		bl_xw_attr(w, "data-signed", when);
		title3(w, mark, when, tr->name);
		diamond(w, "marker", p->txs[i], ym, 5);
		bl_xw_attr(w, "fill", "#1a1a1a");
		bl_xw_end(w);
		text(w, "treaty-label", p->txs[i], ym - 8 - p->trow[i] * TL_ROW_H);
		bl_xw_attr(w, "text-anchor", "middle");
		bl_xw_attr(w, "font-weight", "bold");
		text_end(w, mark);
		bl_xw_end(w);			/* treaty */
	}
	bl_xw_end(w);
}

/* one event: a tick at its first day and a thin bar over its whole (possible) period */
static void
draw_event(bl_xw *w, const tl_plan *p, int i, double yt)
{
	const bl_tl_event *e = &p->t->events[i];
	double		xa = tl_xclip(p, e->from),
				xb = tl_xclip(p, (int64_t) e->to + 1);
	char		buf[TL_BUF],
				no[TL_BUF];

	el(w, "g", "event");
	bl_xw_attr(w, "data-event", e->key);
	tl_iso_day(e->from, buf);
	bl_xw_attr(w, "data-from", buf);
	tl_iso_day(e->to, buf);
	bl_xw_attr(w, "data-to", buf);
	snprintf(no, sizeof no, "%d", i + 1);
	tl_partial_period(e->from, e->to, e->from_prec, e->to_prec, buf);
	title3(w, no, buf, e->name);
	if (xb - xa > 1.5)
	{
		rect(w, "span", xa, yt + 8, xb - xa, 3);
		bl_xw_attr(w, "fill", "#404040");
		bl_xw_attr(w, "fill-opacity", "0.35");
		bl_xw_end(w);
	}
	line(w, "tick", xa, yt, xa, yt + 11);
	paint(w, "#1a1a1a", "1.2");
	bl_xw_end(w);
	bl_xw_end(w);				/* event */
}

/* the events' row: numbered labels, neighbours sharing one ("12\u201314"), staggered when dense */
static void
draw_events(bl_xw *w, const tl_plan *p)
{
	double		yt = p->y_events + p->erows * TL_ROW_H + 4;

	if (p->t->nevents == 0)
		return;
	el(w, "g", "events");
	text(w, "row-label", TL_X0 - 10, yt + 8);
	bl_xw_attr(w, "text-anchor", "end");
	text_end(w, "Events");
	for (int i = 0; i < p->t->nevents; i++)
		draw_event(w, p, i, yt);
	for (int i = 0; i < p->nc; i++)
	{
		char		lab[TL_BUF];

		tl_event_label(p->cfirst[i] + 1, p->clast[i] + 1, lab);
		text(w, "event-label", p->exs[i], yt - 3 - p->erow[i] * TL_ROW_H);
		bl_xw_attr(w, "text-anchor", "middle");
		bl_xw_attr(w, "font-size", "10");
		text_end(w, lab);
		if (p->erow[i] > 0)
		{
			line(w, "leader", p->exs[i], yt - 1, p->exs[i], yt - 1 - p->erow[i] * TL_ROW_H);
			paint(w, "#b3b3b3", "0.6");
			bl_xw_end(w);
		}
	}
	bl_xw_end(w);
}

/* "Energy, 1990-01-01 – 1992-12-31: +2 cooperative (s_early)" */
static void
segment_title(bl_xw *w, const char *name, size_t namelen, const bl_tl_seg *s)
{
	char		buf[TL_BUF];

	bl_xw_start(w, "title");
	bl_xw_textn(w, name, namelen);
	bl_xw_text(w, ", ");
	if (s->open_from)
		bl_xw_text(w, "open");
	else
	{
		tl_iso_day(s->from, buf);
		bl_xw_text(w, buf);
	}
	bl_xw_text(w, " \u2013 ");
	if (s->open_to)
		bl_xw_text(w, "open");
	else
	{
		tl_iso_day(s->to, buf);
		bl_xw_text(w, buf);
	}
	bl_xw_text(w, ": ");
	if (s->contested)
	{
		bl_xw_text(w, "contested, the sources say ");
		for (int k = 0; k < s->nstances; k++)
		{
			bl_xw_text(w, k == 0 ? "" : k == s->nstances - 1 ? " and " : ", ");
			tl_stance_text(s->stances[k], buf);
			bl_xw_text(w, buf);
		}
	}
	else
	{
		tl_stance_text(s->stance, buf);
		bl_xw_text(w, buf);
	}
	bl_xw_text(w, " (");
	bl_xw_text(w, s->sources ? s->sources : "");
	text_end(w, ")");
}

/* the segment's <g> and its data attributes */
static void
segment_start(bl_xw *w, const char *issue, const bl_tl_seg *s)
{
	char		buf[TL_BUF];

	el(w, "g", "segment");
	bl_xw_attr(w, "data-issue", issue);
	if (s->contested)
		bl_xw_attr(w, "data-stance", "contested");
	else
	{
		tl_stance_code(s->stance, buf);
		bl_xw_attr(w, "data-stance", buf);
	}
	bl_xw_attr_begin(w, "data-stances");
	for (int k = 0; k < s->nstances; k++)
	{
		tl_stance_code(s->stances[k], buf);
		if (k)
			bl_xw_attr_part(w, " ", 1);
		bl_xw_attr_part(w, buf, strlen(buf));
	}
	bl_xw_attr_end(w);
	if (s->open_from)
		buf[0] = '\0';
	else
		tl_iso_day(s->from, buf);
	bl_xw_attr(w, "data-from", buf);
	if (s->open_to)
		buf[0] = '\0';
	else
		tl_iso_day(s->to, buf);
	bl_xw_attr(w, "data-to", buf);
}

/* the stance's colour; contested: one band per claimed stance, highest on top */
static void
segment_fill(bl_xw *w, const bl_tl_seg *s, double xa, double xb, double y)
{
	if (s->contested)
	{
		double		bh = TL_LANE_H / MAX(s->nstances, 1);

		for (int k = 0; k < s->nstances; k++)
		{
			rect(w, "stance", xa, y + k * bh, xb - xa, bh);
			bl_xw_attr(w, "fill", tl_stance_colour(s->stances[s->nstances - 1 - k]));
			bl_xw_end(w);
		}
		rect(w, "contested", xa + 0.4, y + 0.4, MAX(xb - xa - 0.8, 0.2), TL_LANE_H - 0.8);
		bl_xw_attr(w, "fill", "none");
		paint(w, "#1a1a1a", "0.8");
		bl_xw_attr(w, "stroke-dasharray", "2.5 1.5");
		bl_xw_end(w);
	}
	else
	{
		rect(w, "stance", xa, y, xb - xa, TL_LANE_H);
		bl_xw_attr(w, "fill", tl_stance_colour(s->stance));
		paint(w, "#808080", "0.4");
		bl_xw_end(w);
	}
}

static void
uncertain(bl_xw *w, double ua, double ub, double y, const char *bound, int prec)
{
	rect(w, "uncertain", ua, y, ub - ua, TL_LANE_H);
	bl_xw_attr(w, "fill", "url(#bl-uncertain)");
	bl_xw_attr(w, "data-bound", bound);
	bl_xw_attr(w, "data-precision", bl_prec_name((bl_prec) prec));
	bl_xw_end(w);
}

static bool
coarse(int prec)
{
	return prec == BL_YEAR || prec == BL_MONTH;
}

/* where a bound is known only to the year or month, the stretch it may fall in */
static void
segment_uncertainty(bl_xw *w, const tl_plan *p, const bl_tl_seg *s, double y)
{
	if (!s->open_from && coarse(s->from_prec))
	{
		int64_t		e = MIN((int64_t) tl_prec_end(s->from, s->from_prec),
							s->open_to ? INT64_MAX : s->to);
		double		ua = tl_xclip(p, s->from),
					ub = tl_xclip(p, e + 1);

		if (ub > ua)
			uncertain(w, ua, ub, y, "from", s->from_prec);
	}
	if (!s->open_to && coarse(s->to_prec))
	{
		int64_t		b = MAX((int64_t) bl_pdate_containing(s->to, (bl_prec) s->to_prec).first,
							s->open_from ? INT64_MIN : s->from);
		double		ua = tl_xclip(p, b),
					ub = tl_xclip(p, (int64_t) s->to + 1);

		/* a stretch the start's already covers is not drawn twice */
		if (ub > ua && !(s->from_prec != BL_OPEN && s->from_prec != BL_DAY && !s->open_from &&
						 b <= tl_prec_end(s->from, s->from_prec) &&
						 tl_prec_end(s->from, s->from_prec) >= s->to))
			uncertain(w, ua, ub, y, "to", s->to_prec);
	}
}

static void
draw_segment(bl_xw *w, const tl_plan *p, const bl_tl_lane *l, const bl_tl_seg *s, double y)
{
	size_t		namelen = tl_short_name_len(l->name);
	double		xa = s->open_from ? TL_X0 : tl_xclip(p, s->from),
				xb = s->open_to ? TL_X1 : tl_xclip(p, (int64_t) s->to + 1);

	segment_start(w, l->issue, s);
	segment_title(w, l->name, namelen, s);
	if (xb - xa < 0.6)			/* a day on a long axis: keep it visible */
		xb = xa + 0.6;
	segment_fill(w, s, xa, xb, y);
	segment_uncertainty(w, p, s, y);
	bl_xw_end(w);
}

static void
draw_lane(bl_xw *w, const tl_plan *p, const bl_tl_lane *l, double y)
{
	const bl_tl_data *t = p->t;

	el(w, "g", "lane");
	bl_xw_attr(w, "data-issue", l->issue);
	title(w, l->name);
	rect(w, "lane-background", TL_X0, y, TL_X1 - TL_X0, TL_LANE_H);
	bl_xw_attr(w, "fill", "#ffffff");
	paint(w, "#cccccc", "0.5");
	bl_xw_end(w);
	for (int yr = tl_year_of(t->lo); yr <= tl_year_of(t->hi) + 1 && !bl_xw_failed(w); yr++)
	{
		int32_t		day = bl_days_from_civil(yr, 1, 1);

		if (yr % p->major != 0 || day <= t->lo || day > t->hi)
			continue;
		line(w, "gridline", tl_xday(p, day), y, tl_xday(p, day), y + TL_LANE_H);
		paint(w, "#e0e0e0", "0.8");
		bl_xw_end(w);
	}
	text(w, "lane-label", TL_X0 - 10, y + TL_LANE_H / 2 + 4);
	bl_xw_attr(w, "text-anchor", "end");
	text_shortened(w, l->name, tl_short_name_len(l->name), 27);
	bl_xw_end(w);
	for (int j = 0; j < l->nseg && !bl_xw_failed(w); j++)
		draw_segment(w, p, l, &l->segs[j], y);
	bl_xw_end(w);
}

static void
draw_lanes(bl_xw *w, const tl_plan *p)
{
	double		y = p->y_lanes;

	for (int i = 0; i < p->t->nlanes && !bl_xw_failed(w); i++)
	{
		draw_lane(w, p, &p->t->lanes[i], y);
		y += TL_LANE_H + TL_LANE_GAP;
	}
	if (p->t->nlanes == 0)
	{
		text(w, "empty", TL_X0, y + 14);
		bl_xw_attr(w, "fill", "#595959");
		text_end(w, "No stance claims for this dyad in this period.");
	}
}

/* a dotted line from each treaty's diamond down through the lanes */
static void
draw_guides(bl_xw *w, const tl_plan *p)
{
	if (p->t->ntreaties == 0)
		return;
	el(w, "g", "treaty-guides");
	for (int i = 0; i < p->t->ntreaties; i++)
	{
		double		x = tl_xday(p, p->t->treaties[i].signed_on) + 0.5 * p->ppd;

		line(w, "treaty-guide", x, p->y_guides_top, x, p->y_after_lanes - TL_LANE_GAP);
		paint(w, "#1a1a1a", "0.7");
		bl_xw_attr(w, "stroke-dasharray", "1 2");
		bl_xw_end(w);
	}
	bl_xw_end(w);
}

static void
year_label(bl_xw *w, double x, double y, int yr)
{
	char		buf[TL_BUF];

	snprintf(buf, sizeof buf, "%d", yr);
	text(w, "year", x, y + 17);
	bl_xw_attr(w, "text-anchor", "middle");
	text_end(w, buf);
}

/* ticks (and labels, unless centred) at every major and minor step of years */
static void
axis_year_ticks(bl_xw *w, const tl_plan *p, double y)
{
	const bl_tl_data *t = p->t;

	for (int yr = tl_year_of(t->lo); yr <= tl_year_of(t->hi) + 1 && !bl_xw_failed(w); yr++)
	{
		int32_t		day = bl_days_from_civil(yr, 1, 1);
		bool		is_major = (yr % p->major) == 0;
		double		x;

		if (day < t->lo || day > (int64_t) t->hi + 1)
			continue;
		if (!is_major && (p->minor == 0 || yr % p->minor != 0))
			continue;
		x = tl_xday(p, day);
		line(w, is_major ? "tick" : "minor-tick", x, y, x, y + (is_major ? 5 : 3));
		paint(w, "#1a1a1a", is_major ? "0.8" : "0.5");
		bl_xw_end(w);
		if (is_major && !p->centred)
			year_label(w, x, y, yr);
	}
}

static void
draw_axis(bl_xw *w, const tl_plan *p)
{
	const bl_tl_data *t = p->t;
	double		y = p->y_after_lanes;
	int			y0 = tl_year_of(t->lo),
				y1 = tl_year_of(t->hi);

	el(w, "g", "axis");
	line(w, "baseline", TL_X0, y, TL_X1, y);
	paint(w, "#1a1a1a", "0.8");
	bl_xw_end(w);
	axis_year_ticks(w, p, y);
	/* a few years or less: a minor tick at each month */
	if (365.2425 * p->ppd >= 150)
		for (int yr = y0; yr <= y1; yr++)
			for (int mo = 2; mo <= 12; mo++)
			{
				int32_t		day = bl_days_from_civil(yr, mo, 1);

				if (day < t->lo || day > t->hi)
					continue;
				line(w, "minor-tick", tl_xday(p, day), y, tl_xday(p, day), y + 3);
				paint(w, "#1a1a1a", "0.5");
				bl_xw_end(w);
			}
	if (p->centred)
		for (int yr = y0; yr <= y1; yr++)
		{
			int64_t		a = MAX((int64_t) bl_days_from_civil(yr, 1, 1), t->lo),
						b = MIN((int64_t) bl_days_from_civil(yr, 12, 31), t->hi);

			if (b - a < 150)	/* a sliver of a year gets no label */
				continue;
			year_label(w, (tl_xclip(p, a) + tl_xclip(p, b + 1)) / 2, y, yr);
		}
	bl_xw_end(w);
}

/* a legend entry's label; returns its width */
static double
legend_label(bl_xw *w, double x, double y, const char *s)
{
	text(w, "legend-label", x + 20, y + 10);
	text_end(w, s);
	return tl_text_width(s, TL_FS);
}

static void
legend_stances(bl_xw *w, double y)
{
	double		x = TL_X0;

	for (int s = -3; s <= 3; s++)
	{
		char		code[TL_BUF],
					lab[TL_BUF];

		tl_stance_code(s, code);
		tl_stance_text(s, lab);
		el(w, "g", "legend-stance");
		bl_xw_attr(w, "data-stance", code);
		rect(w, "swatch", x, y, 16, 12);
		bl_xw_attr(w, "fill", tl_stance_colour(s));
		paint(w, "#808080", "0.4");
		bl_xw_end(w);
		x += 20 + legend_label(w, x, y, lab) + 12;
		bl_xw_end(w);
	}
}

static void
legend_marks(bl_xw *w, double y)
{
	double		x = TL_X0;

	el(w, "g", "legend-uncertain");
	rect(w, "swatch", x, y, 16, 12);
	bl_xw_attr(w, "fill", tl_stance_colour(2));
	bl_xw_end(w);
	rect(w, "swatch", x, y, 16, 12);
	bl_xw_attr(w, "fill", "url(#bl-uncertain)");
	bl_xw_end(w);
	x += 20 + legend_label(w, x, y, "uncertain: bound known to the year or month") + 14;
	bl_xw_end(w);
	el(w, "g", "legend-contested");
	rect(w, "swatch", x, y, 16, 6);
	bl_xw_attr(w, "fill", tl_stance_colour(1));
	bl_xw_end(w);
	rect(w, "swatch", x, y + 6, 16, 6);
	bl_xw_attr(w, "fill", tl_stance_colour(-1));
	bl_xw_end(w);
	rect(w, "swatch", x + 0.4, y + 0.4, 15.2, 11.2);
	bl_xw_attr(w, "fill", "none");
	paint(w, "#1a1a1a", "0.8");
	bl_xw_attr(w, "stroke-dasharray", "2.5 1.5");
	bl_xw_end(w);
	legend_label(w, x, y, "contested: one band per stance claimed");
	bl_xw_end(w);
}

static void
legend_rows(bl_xw *w, double y)
{
	double		x = TL_X0;

	el(w, "g", "legend-event");
	line(w, "swatch", x + 8, y, x + 8, y + 11);
	paint(w, "#1a1a1a", "1.2");
	bl_xw_end(w);
	rect(w, "swatch", x + 8, y + 8, 8, 3);
	bl_xw_attr(w, "fill", "#404040");
	bl_xw_attr(w, "fill-opacity", "0.35");
	bl_xw_end(w);
	x += 20 + legend_label(w, x, y, "event: first day and period, numbered as listed below") + 14;
	bl_xw_end(w);
	el(w, "g", "legend-treaty");
	diamond(w, "swatch", x + 8, y + 6, 5);
	bl_xw_attr(w, "fill", "#1a1a1a");
	bl_xw_end(w);
	legend_label(w, x, y, "treaty: signature, lettered");
	bl_xw_end(w);
}

static void
draw_legend(bl_xw *w, const tl_plan *p)
{
	double		y = p->y_legend;

	el(w, "g", "legend");
	text(w, "legend-title", TL_X0 - 10, y + 10);
	bl_xw_attr(w, "text-anchor", "end");
	text_end(w, "Stance");
	legend_stances(w, y);
	legend_marks(w, y + 20);
	legend_rows(w, y + 40);
	bl_xw_end(w);
}

/* entry i of the key: treaties first (lettered), then events (numbered) */
static void
key_entry(const bl_tl_data *t, int i, char *mark, char *when, const char **name)
{
	if (i < t->ntreaties)
	{
		tl_treaty_mark(i, mark);
		tl_partial_day(t->treaties[i].signed_on, t->treaties[i].prec, when);
		*name = t->treaties[i].name;
	}
	else
	{
		const bl_tl_event *e = &t->events[i - t->ntreaties];

		snprintf(mark, TL_BUF, "%d", i - t->ntreaties + 1);
		tl_partial_period(e->from, e->to, e->from_prec, e->to_prec, when);
		*name = e->name;
	}
}

/* the numbered list of events and lettered treaties, in two columns */
static void
draw_key(bl_xw *w, const tl_plan *p)
{
	const bl_tl_data *t = p->t;
	int			n = t->ntreaties + t->nevents;
	int			half = (n + 1) / 2;
	double		colw = (TL_W - 40) / 2;
	double		fs = TL_FS - 1;
	double		datew = 0;
	char		mark[TL_BUF],
				when[TL_BUF];
	const char *name;

	if (n == 0)
		return;
	for (int i = 0; i < n; i++)
	{
		key_entry(t, i, mark, when, &name);
		datew = MAX(datew, tl_text_width(when, fs));
	}
	el(w, "g", "key");
	for (int i = 0; i < n && !bl_xw_failed(w); i++)
	{
		double		x = 20 + (i < half ? 0 : colw);
		double		yy = p->y_key + 10 + (i < half ? i : i - half) * 13;
		double		xname = x + 24 + datew + 8;

		key_entry(t, i, mark, when, &name);
		el(w, "g", "key-entry");
		if (i < t->ntreaties)
			bl_xw_attr(w, "data-treaty", t->treaties[i].ref);
		else
			bl_xw_attr(w, "data-event", t->events[i - t->ntreaties].key);
		title3(w, mark, when, name);
		text(w, "key-mark", x + 18, yy);
		bl_xw_attr(w, "text-anchor", "end");
		bl_xw_attr(w, "font-weight", "bold");
		bl_xw_attr(w, "font-size", "10");
		text_end(w, mark);
		text(w, "key-date", x + 24, yy);
		bl_xw_attr(w, "font-size", "10");
		text_end(w, when);
		text(w, "key-name", xname, yy);
		bl_xw_attr(w, "font-size", "10");
		text_shortened(w, name, strlen(name), (int) ((x + colw - 12 - xname) / (fs * 0.53)));
		bl_xw_end(w);			/* text */
		bl_xw_end(w);			/* key-entry */
	}
	bl_xw_end(w);
}

/* the documents behind the segments drawn, for the figure's caption */
static void
draw_sources(bl_xw *w, const tl_plan *p)
{
	if (p->nkeys == 0)
		return;
	text(w, "sources", 20, p->y_sources + 6);
	bl_xw_attr(w, "font-size", "10");
	bl_xw_attr(w, "fill", "#595959");
	bl_xw_text(w, "Sources (bilateral.sources): ");
	for (int k = 0; k < p->nkeys; k++)
	{
		if (k)
			bl_xw_text(w, ", ");
		bl_xw_textn(w, p->keys[k].s, p->keys[k].n);
	}
	text_end(w, ".");
}

static void
draw(bl_xw *w, const void *arg)
{
	const tl_plan *p = arg;

	draw_root(w, p);
	draw_heading(w, p);
	draw_treaties(w, p);
	draw_events(w, p);
	draw_lanes(w, p);
	draw_guides(w, p);
	draw_axis(w, p);
	draw_legend(w, p);
	draw_key(w, p);
	draw_sources(w, p);
	bl_xw_end(w);				/* svg */
}

bool
bl_tl_svg(const bl_tl_data *t, int flags, size_t max_bytes, bool (*stop) (void),
		  char **out, size_t *outlen, bl_xml_failure *why)
{
	tl_plan		p;
	bool		ok;

	*out = NULL;
	*outlen = 0;
	if (!tl_plan_make(&p, t))
	{
		*why = BL_XML_NOMEM;
		return false;
	}
	ok = bl_xml_render(draw, &p, flags, max_bytes, stop, out, outlen, NULL, why);
	tl_plan_free(&p);
	return ok;
}
