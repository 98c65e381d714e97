/*
 * bl_timeline.h - timeline_svg's picture in plain C (no PostgreSQL header):
 * one actor's stances toward a counterpart, issue by issue, with the events
 * and treaties naming both, as a deterministic SVG document.
 *
 * The server fetches the data (src/timeline.c) into a bl_tl_data; the core
 * settles the days drawn (bl_tl_settle_span), lays the picture out
 * (timeline_layout.c: scale, axis steps, label rows, the height of each part)
 * and writes it with the core's XML writer (timeline_draw.c, bl_xmlwrite.h).
 * The unit tests compare its output with golden files (test/unit/golden/).
 * What the picture shows: docs/timeline.md.
 *
 * Strings are UTF-8; a character XML cannot hold is written as U+FFFD.  Day
 * numbers count from 2000-01-01 (bl_core.h); precisions are bl_prec values.
 */
#ifndef BL_TIMELINE_H
#define BL_TIMELINE_H

#include "bl_core.h"
#include "bl_xmlwrite.h"

#define BL_TL_MAX_STANCES 7

/* the side of a range that is not given */
#define BL_TL_OPEN_LO INT32_MIN
#define BL_TL_OPEN_HI INT32_MAX

/* one row of stance_history() */
typedef struct bl_tl_seg
{
	int32_t		from,
				to;				/* inclusive day numbers */
	bool		open_from,
				open_to;
	bool		contested;
	int			stance;			/* when not contested */
	int			nstances;
	int			stances[BL_TL_MAX_STANCES];	/* what the sources say, ascending */
	const char *sources;		/* "a, b"; may be NULL */
	int			from_prec;		/* finest precision of the claims starting here */
	int			to_prec;		/* ... and ending here */
} bl_tl_seg;

/* one issue */
typedef struct bl_tl_lane
{
	const char *issue;
	const char *name;
	int			nseg;
	bl_tl_seg  *segs;
} bl_tl_lane;

typedef struct bl_tl_event
{
	const char *key;
	const char *name;
	int32_t		from,
				to;
	int			from_prec,
				to_prec;
} bl_tl_event;

typedef struct bl_tl_treaty
{
	const char *ref;
	const char *name;
	int32_t		signed_on;
	int			prec;
} bl_tl_treaty;

typedef struct bl_tl_data
{
	const char *actor,
			   *counterpart;	/* codes */
	const char *actor_name,
			   *counterpart_name;
	int32_t		lo,
				hi;				/* the days drawn, inclusive (bl_tl_settle_span) */
	int			nlanes;
	bl_tl_lane *lanes;
	int			nevents;
	bl_tl_event *events;
	int			ntreaties;
	bl_tl_treaty *treaties;
} bl_tl_data;

/* "+1 +2" (stance_history's stances, space-separated) into s->stances */
void		bl_tl_parse_stances(bl_tl_seg *s, const char *list);

/*
 * t->lo, t->hi: the range asked for (lo, hi; BL_TL_OPEN_LO/HI where not
 * given), its open sides the span of the data widened to whole years.
 */
void		bl_tl_settle_span(bl_tl_data *t, int32_t lo, int32_t hi);

/*
 * The SVG document (bl_xml_render's contract: *out malloc'd, flags
 * BL_XML_UTF8 or BL_XML_ASCII, stop polled at every element).
 */
bool		bl_tl_svg(const bl_tl_data *t, int flags, size_t max_bytes, bool (*stop) (void),
					  char **out, size_t *outlen, bl_xml_failure *why);

#endif							/* BL_TIMELINE_H */
