/*
 * position_stats.h - the layout of bilateral_position's statistics in
 * pg_statistic, shared by src/position_analyze.c (which writes them) and
 * src/position_selfuncs.c (which reads them).  docs/statistics.md describes
 * them for users.
 *
 * pg_statistic.h leaves 10000-30000 to codes chosen at random for private
 * use (1-9999 are assigned by the PostgreSQL project, PostGIS and ESRI); we
 * took two from that range.  ANALYZE keeps PostgreSQL's own statistics of the
 * column (most common values, histogram, correlation, for = and <) and adds
 * these two slots after them.
 */
#ifndef POSITION_STATS_H
#define POSITION_STATS_H

#include "core/bl_stats.h"

/*
 * The bounds of the widest reading of the periods.
 *   stavalues  int4[]: the histogram of the finite first days (nlo bounds),
 *              then that of the finite last days (nhi bounds), as day numbers
 *              from 2000-01-01 (a single 0 when both are empty)
 *   stanumbers {format 1, share of open starts, share of open ends, nlo, nhi,
 *              estimated distinct subjects}, shares of the non-null rows
 */
#define BL_STATKIND_BOUNDS		17231
/*
 * The most common subjects (actor, counterpart, issue), then every actor,
 * counterpart and issue seen on its own:
 *   stavalues  text[]: 'JPN->RUS:peace_treaty', ..., 'a:JPN', ..., 'c:RUS',
 *              ..., 'i:energy', ...
 *   stanumbers their shares of the non-null rows
 */
#define BL_STATKIND_SUBJECTS	17232

#define BL_STATS_FORMAT			1
#define BL_STATS_NNUMBERS		6

/* the subject key of a position: ACTOR->COUNTERPART:issue */
#define BL_SUBJECT_KEY_MAX		(3 + 2 + 3 + 1 + BL_ISSUE_MAXLEN + 1)
int			bl_subject_key(const bl_position *p, char *buf);

#endif							/* POSITION_STATS_H */
