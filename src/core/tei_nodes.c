/*
 * tei_nodes.c - what the TEI reader's files share to read the tree libxml2
 * built: children in the TEI namespace, attributes, texts and languages copied
 * into the document's arena, partial dates, the reader's errors and its
 * growing arrays (bl_tei_read.h).  Plain C, no PostgreSQL header.
 */
#include "bl_tei_read.h"

#include <stdlib.h>
#include <string.h>

xmlNodePtr
bl_tei_first_child(xmlNodePtr parent, const char *name)
{
	if (parent == NULL)
		return NULL;
	for (xmlNodePtr c = parent->children; c; c = c->next)
		if (is_tei(c, name))
			return c;
	return NULL;
}

static char *
arena_strdup(bl_tei_reader *rd, const char *s)
{
	size_t		n = strlen(s);
	char	   *d = bl_tei_arena_alloc(rd->doc, n + 1);

	if (d == NULL)
	{
		bl_tei_set_error(rd->err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
		return NULL;
	}
	memcpy(d, s, n + 1);
	return d;
}

char *
bl_tei_normalize_space(char *s)
{
	char	   *r = s,
			   *w = s;
	bool		pending = false;

	while (*r && bl_tei_is_xml_space(*r))
		r++;
	for (; *r; r++)
	{
		if (bl_tei_is_xml_space(*r))
			pending = true;
		else
		{
			if (pending)
				*w++ = ' ';
			pending = false;
			*w++ = *r;
		}
	}
	*w = '\0';
	return s;
}

/* an attribute without namespace, trimmed; NULL if absent (*ok false on OOM) */
char *
bl_tei_get_attr(bl_tei_reader *rd, xmlNodePtr n, const char *name, bool *ok)
{
	xmlChar    *v = xmlGetNoNsProp(n, (const xmlChar *) name);
	char	   *s;

	*ok = true;
	if (v == NULL)
		return NULL;
	s = arena_strdup(rd, (const char *) v);
	xmlFree(v);
	if (s == NULL)
	{
		*ok = false;
		return NULL;
	}
	return bl_tei_normalize_space(s);
}

/*
 * Compare an attribute without namespace (trimmed, as get_attr reads it) with
 * want, keeping nothing: 1 equal, 0 different, -1 absent, -2 out of memory.
 */
int
bl_tei_attr_cmp(bl_tei_reader *rd, xmlNodePtr n, const char *name, const char *want)
{
	xmlChar    *v = xmlGetNoNsProp(n, (const xmlChar *) name);
	int			r;

	if (v == NULL)
	{
		/* absent, or libxml2 out of memory: tell them apart */
		if (xmlHasNsProp(n, (const xmlChar *) name, NULL) == NULL)
			return -1;
		bl_tei_set_error(rd->err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
		return -2;
	}
	r = strcmp(bl_tei_normalize_space((char *) v), want) == 0;
	xmlFree(v);
	return r;
}

bool
bl_tei_interrupted(bl_tei_reader *rd, xmlNodePtr n)
{
	if (!bl_tei_stop_requested())
		return false;
	bl_tei_set_error(rd->err, BL_TEI_EINTERRUPTED, line_of(n), "", NULL, NULL, bl_tei_interrupted_msg, NULL, NULL);
	return true;
}

/* the text of an element: whitespace normalised unless xml:space="preserve" */
char *
bl_tei_get_text(bl_tei_reader *rd, xmlNodePtr n, bool *ok)
{
	xmlChar    *v = xmlNodeGetContent(n);
	char	   *s;

	*ok = true;
	s = arena_strdup(rd, v ? (const char *) v : "");
	if (v)
		xmlFree(v);
	if (s == NULL)
	{
		*ok = false;
		return NULL;
	}
	if (xmlNodeGetSpacePreserve(n) != 1)
		bl_tei_normalize_space(s);
	return s;
}

/* the language in force on an element (xml:lang here or on an ancestor) */
char *
bl_tei_get_lang(bl_tei_reader *rd, xmlNodePtr n, bool *ok)
{
	xmlChar    *v = xmlNodeGetLang(n);
	char	   *s;

	*ok = true;
	if (v == NULL)
		return NULL;
	s = arena_strdup(rd, (const char *) v);
	xmlFree(v);
	if (s == NULL)
		*ok = false;
	return s;
}

bool
bl_tei_matches_code(const char *s, bool digits_ok, size_t maxlen)
{
	size_t		n = strlen(s);

	if (n == 0 || n > maxlen || s[0] < 'a' || s[0] > 'z')
		return false;
	for (size_t i = 1; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_' || (digits_ok && s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

bool
bl_tei_bad_value(bl_tei_reader *rd, xmlNodePtr n, const char *attr, const char *value,
				 const char *message, const char *hint, const char *detail)
{
	return bl_tei_set_error(rd->err, BL_TEI_EVALUE, line_of(n), name_of(n), attr, value,
					 message, hint, detail ? "%s" : NULL, detail);
}

bool
bl_tei_missing(bl_tei_reader *rd, xmlNodePtr n, const char *message, const char *hint)
{
	return bl_tei_set_error(rd->err, BL_TEI_EVALUE, line_of(n), name_of(n), NULL, NULL,
					 message, hint, NULL);
}

static const char date_hint[] =
"Write a partial date as YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9999), e.g. 2019, 2019-05 or 2019-05-31.";

/* a date attribute; *present false when absent; false on error */
bool
bl_tei_get_date(bl_tei_reader *rd, xmlNodePtr n, const char *attr, bl_pdate *out, bool *present)
{
	bool		ok;
	char	   *v = bl_tei_get_attr(rd, n, attr, &ok);
	bl_error	e;

	out->prec = BL_OPEN;
	out->first = 0;
	*present = v != NULL;
	if (!ok)
		return false;
	if (v == NULL)
		return true;
	if (!bl_pdate_parse(v, strlen(v), out, &e))
		return bl_tei_bad_value(rd, n, attr, v,
						 e.kind == BL_EDATE ? "impossible date" : "invalid date",
						 date_hint, e.detail);
	return true;
}

bool
bl_tei_get_bound(bl_tei_reader *rd, xmlNodePtr n, const char *day_attr, const char *range_attr,
				 bl_pdate *out, const char **used)
{
	bool		has_day,
				has_range;
	bl_pdate	ranged;

	*used = NULL;
	if (!bl_tei_get_date(rd, n, day_attr, out, &has_day) ||
		!bl_tei_get_date(rd, n, range_attr, &ranged, &has_range))
		return false;
	if (has_day && has_range)
		return bl_tei_bad_value(rd, n, range_attr, NULL,
								strcmp(day_attr, "from") == 0 ? "both @from and @notBefore" : "both @to and @notAfter",
								"A bound known to the day is @from or @to, one known to the year or month @notBefore or @notAfter (YYYY or YYYY-MM): one of each pair.",
								NULL);
	if (has_range)
		*out = ranged;
	*used = has_day ? day_attr : has_range ? range_attr : NULL;
	return true;
}

bool
bl_tei_check_period(bl_tei_reader *rd, xmlNodePtr n, bl_pdate from, bl_pdate to, const char *to_attr,
					const char *to_value)
{
	if (from.prec != BL_OPEN && to.prec != BL_OPEN && from.first > bl_pdate_last(to))
		return bl_tei_bad_value(rd, n, to_attr, to_value, "period ends before it starts",
						 "@from (or @notBefore) is the first and @to (or @notAfter) the last partial date of the period (both inclusive).", NULL);
	return true;
}

/* room for one more element in a growing array of the document (claims, events) */
bool
bl_tei_make_room(bl_tei_reader *rd, void **arr, int n, int *alloc, size_t elem)
{
	int			na;
	void	   *grown;

	if (n < *alloc)
		return true;
	na = *alloc ? *alloc * 2 : 16;
	grown = realloc(*arr, elem * (size_t) na);
	if (grown == NULL)
		return bl_tei_set_error(rd->err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
	*arr = grown;
	*alloc = na;
	return true;
}

bool
bl_tei_out_of_memory(bl_tei_reader *rd)
{
	return bl_tei_set_error(rd->err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
}
