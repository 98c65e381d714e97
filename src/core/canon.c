/*
 * canon.c - the canonical form of a number for a result's fingerprint
 * (bl_canon.h).  UNF (Dataverse's Universal Numerical Fingerprint) writes a
 * number as +d.ddde+n after rounding to 7 significant digits; this is the
 * same notation with every significant digit kept, so two answers that
 * differ in any digit have different fingerprints.
 */
#include "bl_canon.h"

#include <stdio.h>
#include <string.h>

size_t
bl_canon_number_max(size_t len)
{
	/* sign, the digits, '.', 'e', the exponent's sign and digits, NUL */
	return len + 32;
}

static int
ieq(const char *s, size_t len, const char *word)
{
	size_t		i;

	if (strlen(word) != len)
		return 0;
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c != word[i])
			return 0;
	}
	return 1;
}

long
bl_canon_number(const char *s, size_t len, char *out)
{
	size_t		i = 0,
				k,
				n = 0;
	long long	ip = 0,			/* digits before the point */
				nd = 0,			/* digits of the mantissa */
				first = -1,		/* index among them of the first non-zero one */
				exp = 0;
	size_t		first_at = 0,
				last_at = 0;	/* where the first and last non-zero digits are in s */
	int			neg = 0,
				point = 0;

	if (len > 0 && (s[0] == '+' || s[0] == '-'))
	{
		neg = s[0] == '-';
		i = 1;
	}
	if (ieq(s + i, len - i, "nan"))
	{
		memcpy(out, "+nan", 5);
		return 4;
	}
	if (ieq(s + i, len - i, "infinity") || ieq(s + i, len - i, "inf"))
	{
		memcpy(out, neg ? "-inf" : "+inf", 5);
		return 4;
	}
	for (; i < len; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
		{
			if (s[i] != '0')
			{
				if (first < 0)
				{
					first = nd;
					first_at = i;
				}
				last_at = i;
			}
			nd++;
			if (!point)
				ip++;
		}
		else if (s[i] == '.' && !point)
			point = 1;
		else
			break;
	}
	if (nd == 0)
		return -1;
	if (i < len)
	{
		int			eneg = 0,
					edig = 0;

		if (s[i] != 'e' && s[i] != 'E')
			return -1;
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			eneg = s[i++] == '-';
		for (; i < len; i++)
		{
			if (s[i] < '0' || s[i] > '9')
				return -1;
			/* an exponent past 10^15 is no number PostgreSQL writes */
			if (exp > 1000000000000000LL)
				return -1;
			exp = exp * 10 + (s[i] - '0');
			edig++;
		}
		if (edig == 0)
			return -1;
		if (eneg)
			exp = -exp;
	}
	if (first < 0)
	{
		memcpy(out, "+0.e+0", 7);
		return 6;
	}
	/* the first significant digit's place: 10^(ip - 1 - first) times 10^exp */
	exp += ip - 1 - first;
	out[n++] = neg ? '-' : '+';
	out[n++] = s[first_at];
	out[n++] = '.';
	for (k = first_at + 1; k <= last_at; k++)
		if (s[k] != '.')
			out[n++] = s[k];
	n += (size_t) snprintf(out + n, 24, "e%c%lld", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
	return (long) n;
}
