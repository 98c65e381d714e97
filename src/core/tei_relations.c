/*
 * tei_relations.c - the TEI reader's claims: each <relation name="stance"> of
 * a <listRelation> (nested lists too), with what a wrapper <listRelation
 * type="claim"> says of all its relations.  Plain C, no PostgreSQL header.
 */
#include "bl_tei_read.h"

#include <string.h>

static const char stance_hint[] =
"@n is the stance: -3 .. +3 (+2 or 2) or a label: hostile, adversarial, cool, neutral, pragmatic, cooperative, aligned.";

/* the core's stance parser; this reader's own messages */
static bool
parse_stance(bl_tei_reader *rd, xmlNodePtr n, const char *v, int *stance)
{
	bl_error	err;

	if (bl_stance_parse(v, strlen(v), stance, &err))
		return true;
	if (err.kind == BL_ERANGE)
		return bl_tei_bad_value(rd, n, "n", v, "stance out of range", stance_hint,
						 "A stance is -3 (hostile) .. +3 (aligned).");
	return bl_tei_bad_value(rd, n, "n", v, "invalid stance", stance_hint, NULL);
}

static const char *
skip_hash(const char *s)
{
	return s[0] == '#' ? s + 1 : s;
}

/* what a wrapper <listRelation type="claim"> says of all its relations */
typedef struct wrapper_descs
{
	char	   *statement;
	char	   *locator;
	char	   *general_knowledge;
	char	   *voice;
} wrapper_descs;

/*
 * The wrapper's first <desc type="statement">, "locator" and
 * "general_knowledge" (NULL when absent or empty), in one pass over its
 * children: read once per wrapper, not once per relation (that was quadratic).
 */
static bool
read_wrapper_descs(bl_tei_reader *rd, xmlNodePtr wrapper, wrapper_descs *wd)
{
	static const char *const types[4] = {"statement", "locator", "general_knowledge", "voice"};
	char	  **outs[4] = {&wd->statement, &wd->locator, &wd->general_knowledge, &wd->voice};
	bool		seen[4] = {false, false, false, false};

	memset(wd, 0, sizeof(*wd));
	for (xmlNodePtr c = wrapper->children; c; c = c->next)
	{
		xmlChar    *t;

		if (bl_tei_interrupted(rd, c))
			return false;
		if (!is_tei(c, "desc"))
			continue;
		t = xmlGetNoNsProp(c, (const xmlChar *) "type");
		if (t == NULL)
			continue;
		bl_tei_normalize_space((char *) t);
		for (int i = 0; i < 4; i++)
		{
			bool		ok;

			if (seen[i] || strcmp((const char *) t, types[i]) != 0)
				continue;
			seen[i] = true;
			*outs[i] = bl_tei_get_text(rd, c, &ok);
			if (!ok)
			{
				xmlFree(t);
				return false;
			}
			if ((*outs[i])[0] == '\0')
				*outs[i] = NULL;
			if (i == 3 && *outs[i])
			{
				static const char *const voices[] = {"state", "public_opinion", "elite", "author_assessment", "author_proposal"};
				bool		known = false;

				bl_tei_normalize_space(*outs[i]);
				for (int v = 0; v < 5; v++)
					known = known || strcmp(*outs[i], voices[v]) == 0;
				if (!known)
				{
					xmlFree(t);
					return bl_tei_bad_value(rd, c, "voice", *outs[i], "invalid voice",
											"A claim's <desc type=\"voice\"> is state, public_opinion, elite, author_assessment or author_proposal.", NULL);
				}
				if (strcmp(*outs[i], "state") == 0)
					*outs[i] = NULL;
			}
		}
		xmlFree(t);
	}
	return true;
}

/* @mutual (refused), @active, @passive */
static bool
relation_parties(bl_tei_reader *rd, xmlNodePtr rel, bl_tei_claim *c)
{
	bool		ok;
	char	   *mutual = bl_tei_get_attr(rd, rel, "mutual", &ok);

	if (!ok)
		return false;
	if (mutual)
		return bl_tei_bad_value(rd, rel, "mutual", mutual, "a stance is directed",
						 "Write the actor in @active and the counterpart in @passive.", NULL);
	c->active = bl_tei_get_attr(rd, rel, "active", &ok);
	if (!ok)
		return false;
	if (c->active == NULL || c->active[0] == '\0' || strcmp(c->active, "#") == 0)
		return bl_tei_missing(rd, rel, "missing actor (@active)",
					   "@active names the actor holding the stance: #CODE (e.g. #JPN) or a name bilateral.actor_code() resolves.");
	c->passive = bl_tei_get_attr(rd, rel, "passive", &ok);
	if (!ok)
		return false;
	if (c->passive == NULL || c->passive[0] == '\0' || strcmp(c->passive, "#") == 0)
		return bl_tei_missing(rd, rel, "missing counterpart (@passive)",
					   "@passive names the counterpart: #CODE (e.g. #RUS) or a name bilateral.actor_code() resolves.");
	return true;
}

/* @ana (the issue) and @n (the stance) */
static bool
relation_issue_stance(bl_tei_reader *rd, xmlNodePtr rel, bl_tei_claim *c)
{
	bool		ok;
	char	   *ana = bl_tei_get_attr(rd, rel, "ana", &ok),
			   *n;

	if (!ok)
		return false;
	if (ana == NULL || ana[0] == '\0')
		return bl_tei_missing(rd, rel, "missing issue (@ana)",
					   "@ana names the issue of the codebook: #issue_code, e.g. #peace_treaty.");
	if (!bl_is_snake_code(skip_hash(ana), strlen(skip_hash(ana))))
		return bl_tei_bad_value(rd, rel, "ana", ana, "invalid issue code",
						 "@ana is #issue_code: snake_case, at most 32 characters, e.g. #peace_treaty.", NULL);
	c->issue = (char *) skip_hash(ana);

	n = bl_tei_get_attr(rd, rel, "n", &ok);
	if (!ok)
		return false;
	if (n == NULL || n[0] == '\0')
		return bl_tei_missing(rd, rel, "missing stance (@n)", stance_hint);
	return parse_stance(rd, rel, n, &c->stance);
}

/*
 * @when (one partial date), or a start and an end, each left out for an open bound: @from or @to
 * for a bound known to the day, @notBefore or @notAfter for one known to the year or month
 * (docs/tei.md)
 */
static bool
relation_dates(bl_tei_reader *rd, xmlNodePtr rel, bl_tei_claim *c)
{
	bool		ok,
				has_when;
	bl_pdate	when;
	const char *from_attr,
			   *to_attr;
	char	   *v;

	if (!bl_tei_get_date(rd, rel, "when", &when, &has_when) ||
		!bl_tei_get_bound(rd, rel, "from", "notBefore", &c->from, &from_attr) ||
		!bl_tei_get_bound(rd, rel, "to", "notAfter", &c->to, &to_attr))
		return false;
	if (has_when && (from_attr || to_attr))
		return bl_tei_bad_value(rd, rel, from_attr ? from_attr : to_attr, NULL,
								(from_attr ? from_attr : to_attr)[0] == 'n' ? "both @when and @notBefore/@notAfter" : "both @when and @from/@to",
								"Write @when for a single partial date, or @from/@notBefore and/or @to/@notAfter for a period.", NULL);
	if (has_when)
	{
		c->from = c->to = when;
		return true;
	}
	if (to_attr == NULL)
		return true;
	v = bl_tei_get_attr(rd, rel, to_attr, &ok);
	return ok && bl_tei_check_period(rd, rel, c->from, c->to, to_attr, v);
}

/* <desc xml:lang>: the quote and its language, lower case */
static bool
relation_quote(bl_tei_reader *rd, xmlNodePtr rel, bl_tei_claim *c)
{
	xmlNodePtr	desc = bl_tei_first_child(rel, "desc");
	bool		ok;
	size_t		l;

	if (desc == NULL)
		return bl_tei_missing(rd, rel, "missing quote (<desc>)",
					   "A stance needs the exact words of the source in <desc xml:lang=\"..\">.");
	c->quote_line = line_of(desc);
	c->quote = bl_tei_get_text(rd, desc, &ok);
	if (!ok)
		return false;
	if (c->quote[0] == '\0')
		return bl_tei_missing(rd, desc, "empty quote",
					   "<desc> holds the exact words of the source that support the stance.");
	c->quote_lang = bl_tei_get_lang(rd, desc, &ok);
	if (!ok)
		return false;
	if (c->quote_lang == NULL)
		return true;
	l = strlen(c->quote_lang);
	for (size_t i = 0; i < l; i++)
		if (c->quote_lang[i] >= 'A' && c->quote_lang[i] <= 'Z')
			c->quote_lang[i] += 'a' - 'A';
	if (l < 2 || l > 3 || !bl_tei_matches_code(c->quote_lang, false, 3) || strchr(c->quote_lang, '_'))
		return bl_tei_bad_value(rd, desc, "xml:lang", c->quote_lang, "invalid quote language",
						 "xml:lang is an ISO 639-1 (or 639-3) code such as en, ru, es.", NULL);
	return true;
}

/* a <relation name="stance">: one claim (other relations are not ours) */
static bool
read_relation(bl_tei_reader *rd, xmlNodePtr rel, const wrapper_descs *wrapper)
{
	bl_tei_claim c;
	bool		ok;
	char	   *name = bl_tei_get_attr(rd, rel, "name", &ok);

	if (!ok)
		return false;
	if (name == NULL || strcmp(name, "stance") != 0)
		return true;
	memset(&c, 0, sizeof(c));
	c.line = line_of(rel);
	if (!relation_parties(rd, rel, &c) || !relation_issue_stance(rd, rel, &c) ||
		!relation_dates(rd, rel, &c) || !relation_quote(rd, rel, &c))
		return false;
	if (wrapper)
	{
		c.statement = wrapper->statement;
		c.locator = wrapper->locator;
		c.general_knowledge = wrapper->general_knowledge;
		c.voice = wrapper->voice;
	}
	if (!bl_tei_make_room(rd, (void **) &rd->doc->claims, rd->doc->nclaims, &rd->nclaims_alloc, sizeof(bl_tei_claim)))
		return false;
	rd->doc->claims[rd->doc->nclaims++] = c;
	return true;
}

bool
bl_tei_walk_relations(bl_tei_reader *rd, xmlNodePtr list)
{
	wrapper_descs wd;
	int			m = bl_tei_attr_cmp(rd, list, "type", "claim");

	if (m == -2 || (m == 1 && !read_wrapper_descs(rd, list, &wd)))
		return false;
	for (xmlNodePtr c = list->children; c; c = c->next)
	{
		if (bl_tei_interrupted(rd, c))
			return false;
		if (is_tei(c, "relation"))
		{
			if (!read_relation(rd, c, m == 1 ? &wd : NULL))
				return false;
		}
		else if (is_tei(c, "listRelation"))
		{
			if (!bl_tei_walk_relations(rd, c))
				return false;
		}
	}
	return true;
}
