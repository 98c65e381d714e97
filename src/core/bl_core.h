/*
 * bl_core.h - the plain C core of bilateral: partial dates, codes, the two
 * value types, their text forms, packed forms and binary wire format.  (The
 * core's TEI and timeline have their own headers: bl_tei.h, bl_timeline.h.)
 *
 * No PostgreSQL header may be included here or in the files of src/core: it is
 * unit-tested and fuzzed on its own (test/unit, fuzz/).  Errors are returned
 * as a bl_error; the PostgreSQL glue turns them into ereport()s.
 */
#ifndef BL_CORE_H
#define BL_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* ---------- errors ---------- */

typedef enum bl_errkind
{
	BL_OK = 0,
	BL_ESYNTAX,					/* malformed text */
	BL_EDATE,					/* well-formed but impossible date */
	BL_ERANGE,					/* a number outside its range */
	BL_ECODE,					/* a bad actor code, issue code or slug */
	BL_EORDER,					/* a period that ends before it starts */
	BL_EBINARY					/* a corrupt packed or binary value */
} bl_errkind;

typedef struct bl_error
{
	bl_errkind	kind;
	char		detail[256];	/* what was wrong, naming the part */
	const char *hint;			/* the expected form; static string */
} bl_error;

/*
 * fail.c: fill err: detail from fmt with one %s, the offending part (at most 40
 * characters, non-printable ones as '?', "..." when cut); returns false
 */
bool		bl_fail(bl_error *err, bl_errkind kind, const char *hint,
					const char *fmt, const char *part, size_t len);

/* drop blanks (space, tab, CR, LF) around a literal */
void		bl_trim(const char **s, size_t *len);

/* ---------- partial dates ---------- */

typedef enum bl_prec
{
	BL_OPEN = 0,				/* no bound */
	BL_YEAR = 1,
	BL_MONTH = 2,
	BL_DAY = 3
} bl_prec;

/*
 * A partial date: its precision and the day number of its first day.
 * Day numbers count days from 2000-01-01 (PostgreSQL's date epoch), so they
 * convert to DateADT without arithmetic.  Years 0001..9999, proleptic
 * Gregorian.
 */
typedef struct bl_pdate
{
	bl_prec		prec;
	int32_t		first;			/* meaningless when prec == BL_OPEN */
} bl_pdate;

#define BL_YEAR_MIN 1
#define BL_YEAR_MAX 9999
#define BL_PDATE_MAXLEN 10		/* "YYYY-MM-DD" */

int32_t		bl_days_from_civil(int y, int m, int d);
void		bl_civil_from_days(int32_t z, int *y, int *m, int *d);
int			bl_days_in_month(int y, int m);
int32_t		bl_pdate_last(bl_pdate p);	/* last day of the partial date */
int32_t		bl_day_min(void);	/* 0001-01-01 */
int32_t		bl_day_max(void);	/* 9999-12-31 */

/* parse exactly len bytes ("YYYY", "YYYY-MM", "YYYY-MM-DD"); never open */
bool		bl_pdate_parse(const char *s, size_t len, bl_pdate *out, bl_error *err);

/* write the canonical form, NUL-terminated; returns its length */
int			bl_pdate_format(bl_pdate p, char *buf);
const char *bl_prec_name(bl_prec p);	/* "year", "month", "day", "open" */
/* the inverse, for stored precision columns: NULL is open, anything else not year or month a day */
bl_prec		bl_prec_from_name(const char *name);
/* the partial date of precision prec that contains day (prec BL_OPEN: open) */
bl_pdate	bl_pdate_containing(int32_t day, bl_prec prec);
/* a precision as an argument names it: exactly "year", "month" or "day" (never open) */
bool		bl_prec_parse(const char *s, size_t len, bl_prec *out);

/*
 * The first and last day of the year, month or day (prec) that holds day, and
 * whether day is that first day.  Day arithmetic only, with no range of their
 * own: right for every day number of PostgreSQL's date type (4714-11-24 BC to
 * 5874897-12-31), outside 0001..9999 too; the caller checks that the answer
 * is a day it can hold.  Prec BL_OPEN leaves day as it is.
 */
int32_t		bl_prec_first_day(int32_t day, bl_prec prec);
int32_t		bl_prec_last_day(int32_t day, bl_prec prec);
bool		bl_prec_is_first_day(int32_t day, bl_prec prec);
int			bl_pdate_cmp(bl_pdate a, bl_pdate b);	/* by first day, then prec */
/* a partial date from its parts (binary input): in range and a first day */
bool		bl_pdate_valid(bl_pdate p);

/* ---------- contest.c: claims of different stances on a common day ---------- */

#define BL_STANCE_MIN (-3)
#define BL_STANCE_MAX 3

typedef struct bl_span
{
	int32_t		lo;				/* first day (day number) */
	int32_t		hi;				/* the day after the last */
	int			stance;			/* -3..+3; another is ignored */
} bl_span;

/* true when two spans of different stances share a day; sorts spans */
bool		bl_spans_share_day(bl_span *spans, int n);

/* ---------- codes ---------- */

#define BL_ISSUE_MAXLEN 32		/* also the slug's */
#define BL_MAX_PARTIES 64

bool		bl_is_actor_code(const char *s, size_t len);
bool		bl_is_snake_code(const char *s, size_t len);	/* [a-z][a-z0-9_]*, <= 32 */

/* stance labels, -3..+3 */
const char *bl_stance_label(int stance);
bool		bl_stance_from_label(const char *s, size_t len, int *stance);
/* "+2", "2", "-3" or a label (any case); BL_ERANGE outside -3..+3, else BL_ESYNTAX */
bool		bl_stance_parse(const char *s, size_t len, int *stance, bl_error *err);
extern const char bl_stance_hint[];

/* ---------- treaty_ref ---------- */

typedef struct bl_treaty
{
	bl_pdate	signed_on;		/* never open */
	int			nparties;		/* 1..BL_MAX_PARTIES, sorted, distinct */
	char		parties[BL_MAX_PARTIES][4];
	int			slug_len;
	char		slug[BL_ISSUE_MAXLEN + 1];
} bl_treaty;

/* canonical form: SIGNED:PARTY+PARTY:slug ; also reads the AKN work URI */
bool		bl_treaty_parse(const char *s, size_t len, bl_treaty *out, bl_error *err);
/* buf must hold bl_treaty_text_max() bytes */
int			bl_treaty_format(const bl_treaty *t, char *buf);
int			bl_treaty_akn(const bl_treaty *t, char *buf);
size_t		bl_treaty_text_max(void);

/*
 * The constructor treaty_ref(parties, signed, slug): n party codes (lengths
 * in plen), the signature date's text and the slug, checked in that order.
 */
bool		bl_treaty_make(const char *const *parties, const size_t *plen, int n,
						   const char *signed_on, size_t slen, const char *slug, size_t sluglen,
						   bl_treaty *out, bl_error *err);

/* sorts and checks parties, checks slug and date; used by parse and make */
bool		bl_treaty_finish(bl_treaty *t, bl_error *err);
int			bl_treaty_cmp(const bl_treaty *a, const bl_treaty *b);

/* packed form; buf must hold bl_treaty_packed_max() bytes */
size_t		bl_treaty_pack(const bl_treaty *t, uint8_t *buf);
bool		bl_treaty_unpack(const uint8_t *buf, size_t len, bl_treaty *out, bl_error *err);
size_t		bl_treaty_packed_max(void);

/* ---------- bilateral_position ---------- */

typedef struct bl_position
{
	char		actor[4];
	char		counterpart[4];
	int			issue_len;
	char		issue[BL_ISSUE_MAXLEN + 1];
	int			stance;			/* -3..+3 */
	bl_pdate	from;			/* prec BL_OPEN: open start */
	bl_pdate	to;				/* prec BL_OPEN: open end */
} bl_position;

#define BL_POSITION_TEXT_MAX (3 + 2 + 3 + 1 + BL_ISSUE_MAXLEN + 1 + 2 + 1 + 10 + 1 + 10 + 1)
#define BL_POSITION_PACKED_MAX 35

/* ACTOR->COUNTERPART:issue:STANCE:FROM/TO */
bool		bl_position_parse(const char *s, size_t len, bl_position *out, bl_error *err);
int			bl_position_format(const bl_position *p, char *buf);
/*
 * The constructor bilateral_position(actor, counterpart, issue, stance, from,
 * to): each part checked in that order; from/to NULL for an open end.
 */
bool		bl_position_make(const char *actor, size_t alen, const char *counterpart, size_t clen,
							 const char *issue, size_t ilen, long stance,
							 const char *from, size_t flen, const char *to, size_t tlen,
							 bl_position *out, bl_error *err);
/* from NUL-terminated codes and partial dates (a TEI relation), checked */
bool		bl_position_of(const char *actor, const char *counterpart, const char *issue, int stance,
						   bl_pdate from, bl_pdate to, bl_position *out, bl_error *err);
/* checks every field and the order of the bounds */
bool		bl_position_check(const bl_position *p, bl_error *err);
int			bl_position_cmp(const bl_position *a, const bl_position *b);

size_t		bl_position_pack(const bl_position *p, uint8_t *buf);
bool		bl_position_unpack(const uint8_t *buf, size_t len, bl_position *out, bl_error *err);
/*
 * The fixed part only (actor, counterpart, stance, bounds; issue left empty),
 * with the range checks that keep it safe: for accessors that need no more.
 */
bool		bl_position_unpack_head(const uint8_t *buf, size_t len, bl_position *out, bl_error *err);

/* the widest reading, as inclusive day numbers; INT32_MIN/INT32_MAX when open */
int32_t		bl_position_lo(const bl_position *p);
int32_t		bl_position_hi(const bl_position *p);
/* the narrowest reading (may be empty: lo > hi) */
int32_t		bl_position_certain_lo(const bl_position *p);
int32_t		bl_position_certain_hi(const bl_position *p);
bool		bl_position_possibly_at(const bl_position *p, int32_t day);
bool		bl_position_certainly_at(const bl_position *p, int32_t day);
bool		bl_position_same_subject(const bl_position *a, const bl_position *b);
bool		bl_position_overlaps(const bl_position *a, const bl_position *b);

/* a 64-bit key: actor, counterpart and a 34-bit hash of the issue (GiST) */
uint64_t	bl_position_subject_key(const bl_position *p);

/* ---------- the binary wire format (typsend/typreceive; wire.c) ---------- */

#define BL_WIRE_VERSION 1
#define BL_POSITION_WIRE_MAX (1 + 3 + 3 + 1 + 5 + 5 + 1 + BL_ISSUE_MAXLEN)
#define BL_TREATY_WIRE_MAX (1 + 5 + 1 + 3 * BL_MAX_PARTIES + 1 + BL_ISSUE_MAXLEN)

/* buf holds BL_*_WIRE_MAX bytes; returns the length written */
size_t		bl_position_send(const bl_position *p, uint8_t *buf);
size_t		bl_treaty_send(const bl_treaty *t, uint8_t *buf);
/* all len bytes, every one checked (BL_EBINARY, or the value's own check) */
bool		bl_position_recv(const uint8_t *buf, size_t len, bl_position *out, bl_error *err);
bool		bl_treaty_recv(const uint8_t *buf, size_t len, bl_treaty *out, bl_error *err);

#endif							/* BL_CORE_H */
