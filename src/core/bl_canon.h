/*
 * bl_canon.h - the canonical form of a number in a result's fingerprint
 * (cite(), docs/queries.md "Citable answers"): the same number written by
 * any type (2, 2.0, 2.00, 2e0, 0.2E1) has one text, UNF's exponential
 * notation without its rounding.
 */
#ifndef BL_CANON_H
#define BL_CANON_H

#include <stddef.h>

/* the longest canonical form of an input of len bytes, with its NUL */
size_t		bl_canon_number_max(size_t len);

/*
 * Writes the canonical form of the decimal number s[0..len) into out (which
 * holds bl_canon_number_max(len) bytes) and returns its length, or -1 when
 * s is not a number: [+-] digits [. digits] [(e|E) [+-] digits], with at
 * least one digit before the exponent ("1.", ".5" are numbers), or NaN,
 * Infinity, -Infinity (PostgreSQL's spellings, and inf/nan in any case).
 * Form: sign, first significant digit, '.', the other significant digits
 * (trailing zeros dropped), 'e', the exponent's sign and digits: "+1.5e+1"
 * for 15, "-2.e-3" for -0.002, "+0.e+0" for every zero; "+nan", "+inf",
 * "-inf".  No digit is rounded away.
 */
long		bl_canon_number(const char *s, size_t len, char *out);

#endif
