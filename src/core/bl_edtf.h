/*
 * bl_edtf.h - EDTF (Extended Date/Time Format, ISO 8601-2:2019; the Library
 * of Congress specification of 2019-02-04), levels 0 and 1, read into the
 * project's partial dates and periods, and written from them.  Plain C, no
 * PostgreSQL header (unit-tested in test/unit/test_edtf.c).  What each EDTF
 * feature becomes, and what is refused and why: docs/edtf.md.
 *
 * bl_edtf_parse() reads the whole of levels 0 and 1 (dates, date-times,
 * intervals with open and unknown ends, the qualifiers ? ~ %, unspecified
 * digits X from the right, Y-prefixed years, seasons 21-24, negative years),
 * checks the syntax of all of it first, then maps each end to a partial date
 * (years 0001..9999, precision year, month or day), an open end or an unknown
 * end.  What a partial date cannot hold (years outside 0001..9999, decades and
 * centuries, seasons, times of day) is refused with BL_EDTF_EUNREP naming the
 * part; malformed text with BL_EDTF_ESYNTAX naming the character position.
 */
#ifndef BL_EDTF_H
#define BL_EDTF_H

#include "bl_core.h"

/* longest input read, blanks around it included: no EDTF date or interval the project can hold is near it */
#define BL_EDTF_MAXLEN 64
/* the longest text bl_edtf_format() writes, NUL included: "YYYY-MM-DD%/YYYY-MM-DD%" */
#define BL_EDTF_TEXT_MAX 24

/* the qualifiers of level 1, as bits */
typedef enum bl_edtf_qual
{
	BL_EDTF_PLAIN = 0,
	BL_EDTF_UNCERTAIN = 1,		/* ? */
	BL_EDTF_APPROXIMATE = 2,	/* ~ */
	BL_EDTF_UNCERTAIN_APPROXIMATE = 3	/* % */
} bl_edtf_qual;

typedef enum bl_edtf_end_kind
{
	BL_EDTF_DATE = 0,			/* a partial date */
	BL_EDTF_OPEN,				/* ".." in an interval: no bound */
	BL_EDTF_UNKNOWN				/* empty in an interval: a bound nobody knows */
} bl_edtf_end_kind;

typedef struct bl_edtf_end
{
	bl_edtf_end_kind kind;
	bl_pdate	date;			/* when kind is BL_EDTF_DATE */
	bl_edtf_qual qual;			/* BL_EDTF_PLAIN unless kind is BL_EDTF_DATE */
} bl_edtf_end;

/* a single date (interval false: from and to are the same end) or an interval */
typedef struct bl_edtf
{
	bool		interval;
	bl_edtf_end from;
	bl_edtf_end to;
} bl_edtf;

typedef enum bl_edtf_errkind
{
	BL_EDTF_OK = 0,
	BL_EDTF_ESYNTAX,			/* not EDTF of level 0 or 1: 22007 */
	BL_EDTF_EDATE,				/* a month or day that does not exist: 22008 */
	BL_EDTF_EUNREP,				/* valid EDTF that a partial date cannot hold: 22P02 */
	BL_EDTF_EORDER,				/* an interval that ends before it starts: 22023 */
	BL_EDTF_EARG				/* to be written: not a single date, a qualifier on no date: 22023 */
} bl_edtf_errkind;

typedef struct bl_edtf_error
{
	bl_edtf_errkind kind;
	size_t		pos;			/* 1-based character of the input at fault (ESYNTAX), else 0 */
	char		detail[256];	/* what was wrong, naming the part or the position */
	const char *hint;			/* static */
} bl_edtf_error;

/* len bytes (no NUL needed); blanks around are dropped */
bool		bl_edtf_parse(const char *s, size_t len, bl_edtf *out, bl_edtf_error *err);

/*
 * The canonical EDTF of v into buf (BL_EDTF_TEXT_MAX bytes), NUL-terminated,
 * its length in *outlen.  A single date must have from and to the same date
 * with the same qualifier; open and unknown ends take no qualifier; an
 * interval's start must not come after its end (BL_EDTF_EARG, BL_EDTF_EORDER).
 */
bool		bl_edtf_format(const bl_edtf *v, char *buf, size_t *outlen, bl_edtf_error *err);

/* "uncertain", "approximate", "uncertain_approximate"; NULL for BL_EDTF_PLAIN */
const char *bl_edtf_qual_name(bl_edtf_qual q);
/* the inverse, exactly one of the three names */
bool		bl_edtf_qual_parse(const char *s, size_t len, bl_edtf_qual *q);
extern const char bl_edtf_qual_hint[];

#endif							/* BL_EDTF_H */
