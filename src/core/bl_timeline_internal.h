/*
 * bl_timeline_internal.h - what the timeline's layout (timeline_layout.c)
 * hands its drawing (timeline_draw.c); not part of bl_timeline.h's API.
 */
#ifndef BL_TIMELINE_INTERNAL_H
#define BL_TIMELINE_INTERNAL_H

#include "bl_timeline.h"

/* the page (user units; the picture scales, the proportions are these) */
#define TL_W		1000.0
#define TL_X0		190.0		/* the plot's left edge: lane labels before it */
#define TL_X1		975.0
#define TL_FS		11.0		/* font size */
#define TL_LANE_H	20.0
#define TL_LANE_GAP	6.0
#define TL_ROW_H	12.0		/* a row of event or treaty labels */
#define TL_MAX_ROWS	4

/* room for any date, period, stance or mark these files format */
#define TL_BUF 96

/* a piece of a string: the caption's source keys point into the segments' lists */
typedef struct tl_token
{
	const char *s;
	size_t		n;
} tl_token;

/* where everything goes; made by tl_plan_make, freed by tl_plan_free */
typedef struct tl_plan
{
	const bl_tl_data *t;
	double		ppd;			/* pixels per day */
	int			major,
				minor;			/* year steps of the axis' ticks */
	bool		centred;		/* one label per year, in the middle of its year */

	/* treaties: each mark's centre and label row */
	double	   *txs;
	int		   *trow;
	int			trows;
	/* events: labels of neighbours within a few pixels are one cluster */
	int			nc;
	double	   *exs;
	int		   *erow,
			   *cfirst,
			   *clast;
	int			erows;

	/* the top of each part, and of the whole */
	double		y_treaties,
				y_events,
				y_lanes,
				y_guides_top,
				y_after_lanes,
				y_legend,
				y_key,
				y_sources,
				height;

	/* the caption: the distinct source keys of the segments drawn, sorted */
	int			nkeys;
	tl_token   *keys;
} tl_plan;

bool		tl_plan_make(tl_plan *p, const bl_tl_data *t);	/* false: out of memory */
void		tl_plan_free(tl_plan *p);

/* x of a day's left edge; the same kept inside the plot */
double		tl_xday(const tl_plan *p, int32_t day);
double		tl_xclip(const tl_plan *p, int64_t day);

/* dates */
int			tl_year_of(int32_t day);
int32_t		tl_prec_end(int32_t day, int prec);
void		tl_iso_day(int32_t day, char *buf);
void		tl_partial_day(int32_t day, int prec, char *buf);
void		tl_partial_period(int32_t from, int32_t to, int fprec, int tprec, char *buf);

/* text */
void		tl_stance_code(int s, char *buf);
void		tl_stance_text(int s, char *buf);
void		tl_treaty_mark(int i, char *buf);
void		tl_event_label(int first, int last, char *buf);
const char *tl_stance_colour(int s);
double		tl_text_width(const char *s, double size);
size_t		tl_short_name_len(const char *s);
size_t		tl_shorten(const char *s, size_t len, int max, bool *ellipsis);

#endif							/* BL_TIMELINE_INTERNAL_H */
