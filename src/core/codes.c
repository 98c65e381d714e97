/*
 * codes.c - actor codes, snake_case codes (and their packed forms, read from
 * a bit stream by both types' unpackers), stance labels, and the trimming of
 * a literal.
 */
#include "bl_core.h"
#include "bl_internal.h"

#include <string.h>

void
bl_trim(const char **s, size_t *len)
{
	while (*len > 0 && (**s == ' ' || **s == '\t' || **s == '\n' || **s == '\r'))
		(*s)++, (*len)--;
	while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' ||
						(*s)[*len - 1] == '\n' || (*s)[*len - 1] == '\r'))
		(*len)--;
}

bool
bl_is_actor_code(const char *s, size_t len)
{
	if (len != 3)
		return false;
	for (size_t i = 0; i < 3; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return false;
	return true;
}

bool
bl_is_snake_code(const char *s, size_t len)
{
	if (len < 1 || len > BL_ISSUE_MAXLEN || s[0] < 'a' || s[0] > 'z')
		return false;
	for (size_t i = 1; i < len; i++)
		if (bl_snake_char_code(s[i]) == 0)
			return false;
	return true;
}

uint32_t
bl_actor_pack(const char *code)
{
	return (uint32_t) (code[0] - 'A') << 10 | (uint32_t) (code[1] - 'A') << 5 | (uint32_t) (code[2] - 'A');
}

bool
bl_actor_packed_ok(uint32_t v)
{
	return (v >> 10) <= 25 && ((v >> 5) & 31) <= 25 && (v & 31) <= 25;
}

void
bl_actor_unpack(uint32_t v, char *code)
{
	code[0] = (char) ('A' + ((v >> 10) & 31));
	code[1] = (char) ('A' + ((v >> 5) & 31));
	code[2] = (char) ('A' + (v & 31));
	code[3] = '\0';
}

int
bl_snake_char_code(char c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 1;
	if (c >= '0' && c <= '9')
		return c - '0' + 27;
	if (c == '_')
		return 37;
	return 0;
}

char
bl_snake_char(int code)
{
	if (code >= 1 && code <= 26)
		return (char) ('a' + code - 1);
	if (code >= 27 && code <= 36)
		return (char) ('0' + code - 27);
	if (code == 37)
		return '_';
	return '\0';
}

static const char *const stance_labels[7] = {
	"hostile", "adversarial", "cool", "neutral", "pragmatic", "cooperative", "aligned"
};

const char *
bl_stance_label(int stance)
{
	if (stance < -3 || stance > 3)
		return NULL;
	return stance_labels[stance + 3];
}

bool
bl_stance_from_label(const char *s, size_t len, int *stance)
{
	for (int i = 0; i < 7; i++)
	{
		size_t		n = strlen(stance_labels[i]);
		size_t		j;

		if (n != len)
			continue;
		for (j = 0; j < n; j++)
		{
			char		c = s[j];

			if (c >= 'A' && c <= 'Z')
				c = (char) (c - 'A' + 'a');
			if (c != stance_labels[i][j])
				break;
		}
		if (j == n)
		{
			*stance = i - 3;
			return true;
		}
	}
	return false;
}

const char	bl_stance_hint[] =
"A stance is -3..+3 or one of hostile, adversarial, cool, neutral, pragmatic, cooperative, aligned.";

bool
bl_stance_parse(const char *s, size_t len, int *stance, bl_error *err)
{
	size_t		i = 0;
	int			sign = 1,
				v = 0;

	if (len > 0 && (s[0] == '+' || s[0] == '-'))
		sign = s[i++] == '-' ? -1 : 1;
	if (i < len && s[i] >= '0' && s[i] <= '9')
	{
		for (; i < len; i++)
		{
			if (s[i] < '0' || s[i] > '9')
				return bl_fail(err, BL_ESYNTAX, bl_stance_hint, "The stance \"%s\" is not a number or a label.", s, len);
			if (v < 10)			/* enough to know it is out of range */
				v = v * 10 + (s[i] - '0');
		}
		if (v > 3)
			return bl_fail(err, BL_ERANGE, bl_stance_hint, "The stance \"%s\" is outside -3..+3.", s, len);
		*stance = sign * v;
		return true;
	}
	if (bl_stance_from_label(s, len, stance))
		return true;
	return bl_fail(err, BL_ESYNTAX, bl_stance_hint,
				   len == 0 ? "The stance is missing.%s" : "The stance \"%s\" is not a number or a label.", s, len);
}

/* shared by both types' unpackers: a packed snake_case code (issue, slug) */
bool
bl_unpack_snake(bl_bits *b, char *out, int *outlen)
{
	int			n = 0;

	while (b->nbits - b->pos >= 6)
	{
		int			code = (int) bl_bits_get(b, 6);

		if (code == 0)
		{
			b->pos -= 6;		/* a zero code is padding: rewind to it */
			break;
		}
		if (n == BL_ISSUE_MAXLEN || !bl_snake_char(code))
			return false;
		out[n++] = bl_snake_char(code);
	}
	out[n] = '\0';
	*outlen = n;
	/* the rest is padding: fewer than 8 bits, all zero */
	if (b->nbits - b->pos >= 8 || bl_bits_get(b, (int) (b->nbits - b->pos)) != 0)
		return false;
	return bl_is_snake_code(out, (size_t) n);
}
