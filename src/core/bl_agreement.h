/*
 * bl_agreement.h - inter-coder agreement measures: Krippendorff's alpha (four
 * levels) and its bootstrap interval, Cohen's kappa and weighted kappa, Fleiss'
 * kappa, Gwet's AC1, percent agreement, Krippendorff's unitizing alpha, and
 * the matching of coders' spans into units.  Plain C99, no PostgreSQL header
 * (src/agreement.c is the SQL glue; docs/agreement.md the reference).
 *
 * Input is rows of (unit, coder, value) whose unit and coder are dense ids
 * (bl_agree_intern() makes them from strings, in byte order, so that every
 * answer is the same whatever order the rows came in).  A missing value is a
 * row that is not there.  A measure that is undefined on its data (no
 * pairable values, a single category: a chance term of zero) answers NaN.
 *
 * Every loop over the data is bounded (the work bounds below) and polls
 * bl_agree_interrupt_hook; when it asks to stop, the call frees what it
 * allocated and fails with BL_AGREE_EINTERRUPTED.
 */
#ifndef BL_AGREEMENT_H
#define BL_AGREEMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum bl_agree_errkind
{
	BL_AGREE_OK = 0,
	BL_AGREE_EDUPLICATE,		/* a coder gave one unit two values (unit, coder) */
	BL_AGREE_ECODERS,			/* a two-coder measure met a third coder (coder, other: two of them, third: the third) */
	BL_AGREE_EVALUE,			/* a value the measure cannot take (value; unit, coder) */
	BL_AGREE_ESPAN,				/* a bad span (unit = document, coder; detail) */
	BL_AGREE_EARG,				/* a bad parameter (samples, confidence) */
	BL_AGREE_ELIMIT,			/* more work than the core's bound */
	BL_AGREE_ENOMEM,
	BL_AGREE_EINTERRUPTED		/* bl_agree_interrupt_hook asked to stop */
} bl_agree_errkind;

typedef struct bl_agree_error
{
	bl_agree_errkind kind;
	uint32_t	unit;			/* the unit (document) the error names */
	uint32_t	coder;			/* the coder it names */
	uint32_t	other;			/* a second coder (ECODERS) */
	uint32_t	third;			/* a third coder (ECODERS) */
	double		value;			/* the value (EVALUE) */
	char		detail[256];	/* what was wrong, in words (ids as numbers) */
} bl_agree_error;

/*
 * Polled as the loops go (every few thousand steps and between passes): when
 * it returns true the call stops and fails with BL_AGREE_EINTERRUPTED.  It must
 * return, never longjmp.  NULL (the default): never stop.
 */
extern bool (*bl_agree_interrupt_hook) (void);

/* the work bound: about this many elementary steps per call, else BL_AGREE_ELIMIT */
#define BL_AGREE_MAX_WORK 1000000000.0

/*
 * Dense ids for n strings (s[i], len[i] bytes): equal strings get equal ids,
 * numbered 0.. in byte order (memcmp, shorter first on a common prefix).
 * *nids is the number of distinct strings.
 */
bool		bl_agree_intern(const char *const *s, const uint32_t *len, size_t n,
							uint32_t *ids, uint32_t *nids, bl_agree_error *err);

/* the rows: unit and coder ids < nunits, ncoders; values finite */
typedef struct bl_agree_rows
{
	size_t		n;
	const uint32_t *unit;
	const uint32_t *coder;
	const double *value;
	uint32_t	nunits;
	uint32_t	ncoders;
} bl_agree_rows;

typedef enum bl_agree_level
{
	BL_LEVEL_NOMINAL,
	BL_LEVEL_ORDINAL,
	BL_LEVEL_INTERVAL,
	BL_LEVEL_RATIO
} bl_agree_level;

typedef enum bl_agree_weights
{
	BL_WEIGHTS_LINEAR,
	BL_WEIGHTS_QUADRATIC
} bl_agree_weights;

/* exactly "nominal", "ordinal", "interval", "ratio" / "linear", "quadratic" */
bool		bl_agree_level_parse(const char *s, size_t len, bl_agree_level *out);
bool		bl_agree_weights_parse(const char *s, size_t len, bl_agree_weights *out);
const char *bl_agree_level_name(bl_agree_level l);
extern const char bl_agree_levels[];	/* "nominal, ordinal, interval, ratio" */
extern const char bl_agree_weight_names[];	/* "linear, quadratic" */

/*
 * Krippendorff's alpha = 1 - (n - 1) * sum_ck o_ck d_ck / sum_ck n_c n_k d_ck
 * over the coincidences of pairable values (units with two values or more);
 * d: nominal 0/1, ordinal (the ranks between c and k by the pairable values'
 * frequencies)^2, interval (c - k)^2, ratio ((c - k) / (c + k))^2 (ratio
 * values must be >= 0: BL_AGREE_EVALUE).
 */
bool		bl_krippendorff_alpha(const bl_agree_rows *r, bl_agree_level level,
								  double *out, bl_agree_error *err);

/*
 * The percentile bootstrap of alpha over units: samples replicates, each
 * drawing as many units as have pairable values, with replacement, from them
 * (a splitmix64 stream from seed: the same seed, the same interval); alpha of
 * each; replicates where alpha is undefined are dropped; lo and hi are the
 * (1 - confidence) / 2 and (1 + confidence) / 2 quantiles of the rest
 * (linear between order statistics).  NaN both when no replicate is defined.
 * samples 1..BL_AGREE_MAX_SAMPLES, confidence strictly between 0 and 1.
 */
#define BL_AGREE_MAX_SAMPLES 100000
bool		bl_krippendorff_alpha_interval(const bl_agree_rows *r, bl_agree_level level,
										   int samples, double confidence, uint64_t seed,
										   double *lo, double *hi, int *defined,
										   bl_agree_error *err);

/*
 * Two coders (a third: BL_AGREE_ECODERS), over the units both coded.  Cohen:
 * (po - pe) / (1 - pe), values are categories.  Weighted: 1 - Do / De where Do
 * is the mean distance of the coded pairs and De the mean over every pair of
 * one coder's value and the other's (linear |x - y|, quadratic (x - y)^2):
 * the same as weights 1 - |x - y| / (max - min) (or squared) of the distinct
 * values, whose denominator cancels.
 */
bool		bl_cohen_kappa(const bl_agree_rows *r, double *out, bl_agree_error *err);
bool		bl_weighted_kappa(const bl_agree_rows *r, bl_agree_weights w,
							  double *out, bl_agree_error *err);

/*
 * Many coders, missing values (Gwet, Handbook of Inter-Rater Reliability, 4th
 * ed., 2014): pa = the mean over units with r_i >= 2 values of
 * sum_k r_ik (r_ik - 1) / (r_i (r_i - 1)) (percent agreement); pi_k = the mean
 * over every unit with a value of r_ik / r_i.  Fleiss: pe = sum_k pi_k^2; AC1:
 * pe = sum_k pi_k (1 - pi_k) / (q - 1), q the categories observed.
 */
bool		bl_fleiss_kappa(const bl_agree_rows *r, double *out, bl_agree_error *err);
bool		bl_gwet_ac1(const bl_agree_rows *r, double *out, bl_agree_error *err);
bool		bl_percent_agreement(const bl_agree_rows *r, double *out, bl_agree_error *err);

/*
 * Spans of text: [start, end) character offsets in a document of length
 * length (the same on every row of a document), 0 <= start < end <= length;
 * start = end = -1: the coder coded the document and marked nothing.  Every
 * coder (ncoders: every coder of the rows) is taken to have coded every
 * document.  A coder's spans in a document must not overlap.
 */
typedef struct bl_span_rows
{
	size_t		n;
	const uint32_t *doc;
	const uint32_t *coder;
	const int64_t *start;
	const int64_t *end;
	const int64_t *length;
	uint32_t	ndocs;
	uint32_t	ncoders;
} bl_span_rows;

/*
 * Krippendorff's unitizing alpha for one category (Krippendorff 1995; Content
 * Analysis, 2nd ed., 2004, its example on p. 254): each coder's continuum is cut into marked spans and
 * gaps; uDo sums the squared boundary differences of overlapping spans of two
 * coders and the squared length of a span that lies in the other's gap; uDe
 * the same over every placement of the spans and gaps.  Several documents are
 * one continuum of their summed length whose gaps end at each document's
 * bounds.  NaN when no one marked anything or fewer than two coders.
 */
bool		bl_unitizing_alpha(const bl_span_rows *r, double *out, bl_agree_error *err);

/*
 * Matching spans into units: in each document, spans that overlap (of any
 * coders) join one unit, and so do spans that overlap a span of the unit: a
 * unit is a maximal chain of overlapping spans (sort by start, sweep: O(n log
 * n)).  For every unit and every coder, one match: the coder's spans in it
 * (0: the coder is missing from it), their first start and last end.
 */
typedef struct bl_span_match
{
	uint32_t	doc;
	uint32_t	unit;			/* 1.. within the document, by start */
	int64_t		unit_start;
	int64_t		unit_end;
	uint32_t	coder;
	uint32_t	spans;			/* 0: missing */
	int64_t		span_start;		/* -1 when missing */
	int64_t		span_end;
} bl_span_match;

/* *out is malloc'd (free() it), *nout matches, ordered by document, unit, coder */
#define BL_AGREE_MAX_MATCHES 10000000
bool		bl_match_spans(const bl_span_rows *r, bl_span_match **out, size_t *nout,
						   bl_agree_error *err);

#endif							/* BL_AGREEMENT_H */
