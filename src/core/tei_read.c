/*
 * tei_read.c - TEI P5 -> bl_tei_doc: libxml2's parser with the safety hooks
 * (DOCTYPE refused, depth cap), then a linear walk of the tree.  Plain C, no
 * PostgreSQL header: the server glue (src/tei.c) and the standalone drivers
 * call the same code (see bl_tei.h, docs/tei.md).
 */
#include "bl_tei.h"
#include "bl_tei_internal.h"
#include "bl_xmlchars.h"

#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#define XML_NS "http://www.w3.org/XML/1998/namespace"

/* ---------- the parser: SAX hooks for the depth cap and the DOCTYPE refusal ---------- */

static int
ctxt_line(xmlParserCtxtPtr ctxt)
{
	return (ctxt && ctxt->input) ? ctxt->input->line : 0;
}

static void
hook_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		   const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
		   int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	bl_tei_parser *p = ctxt->_private;

	if (bl_tei_stop_requested())
	{
		bl_tei_set_error(p->err, BL_TEI_EINTERRUPTED, ctxt_line(ctxt), "", NULL, NULL,
				  bl_tei_interrupted_msg, NULL, NULL);
		xmlStopParser(ctxt);
		return;
	}
	if (++p->depth > p->maxdepth)
	{
		bl_tei_set_error(p->err, BL_TEI_ETOODEEP, ctxt_line(ctxt), (const char *) localname,
				  NULL, NULL, "TEI document nested too deeply",
				  "TEI annotations need a few levels; a deeper document is refused before it is built.",
				  "Elements are nested more than %d deep.", p->maxdepth);
		xmlStopParser(ctxt);
		return;
	}
	xmlSAX2StartElementNs(ctx, localname, prefix, URI, nb_namespaces, namespaces,
						  nb_attributes, nb_defaulted, attributes);
}

static void
hook_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI)
{
	xmlParserCtxtPtr ctxt = ctx;
	bl_tei_parser *p = ctxt->_private;

	p->depth--;
	xmlSAX2EndElementNs(ctx, localname, prefix, URI);
}

static void
refuse_dtd(xmlParserCtxtPtr ctxt, const char *what)
{
	bl_tei_parser *p = ctxt->_private;

	bl_tei_set_error(p->err, BL_TEI_EREFUSED, ctxt_line(ctxt), what, NULL, NULL,
			  "document type declaration refused",
			  "Remove the <!DOCTYPE ...> declaration: TEI needs no DTD, and none is ever loaded.",
			  "A document type declaration could declare entities (external files, or an exponential \"billion laughs\" expansion); it is refused before it is read.");
	xmlStopParser(ctxt);
}

static void
hook_doctype(void *ctx, const xmlChar *name, const xmlChar *ExternalID, const xmlChar *SystemID)
{
	refuse_dtd(ctx, "");
}

static void
hook_entity(void *ctx, const xmlChar *name, int type, const xmlChar *publicId,
			const xmlChar *systemId, xmlChar *content)
{
	refuse_dtd(ctx, "");
}

static void
silent_handler(void *ctx, xmlErrorPtr e)
{
	/* standalone: nothing printed; the message is read from lastError */
}

void
bl_tei_parser_init(bl_tei_parser *p)
{
	memset(p, 0, sizeof(*p));
}

void
bl_tei_parser_cleanup(bl_tei_parser *p)
{
	if (p->ctxt)
	{
		xmlParserCtxtPtr ctxt = p->ctxt;

		if (ctxt->myDoc)
			xmlFreeDoc(ctxt->myDoc);
		ctxt->myDoc = NULL;
		xmlFreeParserCtxt(ctxt);
		p->ctxt = NULL;
	}
	if (p->xdoc)
	{
		xmlFreeDoc(p->xdoc);
		p->xdoc = NULL;
	}
	bl_tei_doc_free(p->doc);
	p->doc = NULL;
}

/* ---------- reading the tree ---------- */

typedef struct reader
{
	bl_tei_doc *doc;
	bl_tei_error *err;
	int			nclaims_alloc;
	int			nevents_alloc;
} reader;

static bool
is_tei(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->ns != NULL && n->ns->href != NULL &&
		strcmp((const char *) n->ns->href, BL_TEI_NS) == 0 &&
		(name == NULL || strcmp((const char *) n->name, name) == 0);
}

static xmlNodePtr
first_child(xmlNodePtr parent, const char *name)
{
	if (parent == NULL)
		return NULL;
	for (xmlNodePtr c = parent->children; c; c = c->next)
		if (is_tei(c, name))
			return c;
	return NULL;
}

static int
line_of(xmlNodePtr n)
{
	long		l = n ? xmlGetLineNo(n) : 0;

	return (l > 0 && l < INT_MAX) ? (int) l : 0;
}

static const char *
name_of(xmlNodePtr n)
{
	return n ? (const char *) n->name : "";
}

static char *
arena_strdup(reader *rd, const char *s)
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
static char *
get_attr(reader *rd, xmlNodePtr n, const char *name, bool *ok)
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
static int
attr_cmp(reader *rd, xmlNodePtr n, const char *name, const char *want)
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

static bool
interrupted(reader *rd, xmlNodePtr n)
{
	if (!bl_tei_stop_requested())
		return false;
	bl_tei_set_error(rd->err, BL_TEI_EINTERRUPTED, line_of(n), "", NULL, NULL, bl_tei_interrupted_msg, NULL, NULL);
	return true;
}

/* the text of an element: whitespace normalised unless xml:space="preserve" */
static char *
get_text(reader *rd, xmlNodePtr n, bool *ok)
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
static char *
get_lang(reader *rd, xmlNodePtr n, bool *ok)
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

static bool
matches_code(const char *s, bool digits_ok, size_t maxlen)
{
	size_t		n = strlen(s);

	if (n == 0 || n > maxlen || s[0] < 'a' || s[0] > 'z')
		return false;
	for (size_t i = 1; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_' || (digits_ok && s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

static bool
bad_value(reader *rd, xmlNodePtr n, const char *attr, const char *value,
		  const char *message, const char *hint, const char *detail)
{
	return bl_tei_set_error(rd->err, BL_TEI_EVALUE, line_of(n), name_of(n), attr, value,
					 message, hint, detail ? "%s" : NULL, detail);
}

static bool
missing(reader *rd, xmlNodePtr n, const char *message, const char *hint)
{
	return bl_tei_set_error(rd->err, BL_TEI_EVALUE, line_of(n), name_of(n), NULL, NULL,
					 message, hint, NULL);
}

static const char date_hint[] =
"Write a partial date as YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9999), e.g. 2019, 2019-05 or 2019-05-31.";

/* a date attribute; *present false when absent; false on error */
static bool
get_date(reader *rd, xmlNodePtr n, const char *attr, bl_pdate *out, bool *present)
{
	bool		ok;
	char	   *v = get_attr(rd, n, attr, &ok);
	bl_error	e;

	out->prec = BL_OPEN;
	out->first = 0;
	*present = v != NULL;
	if (!ok)
		return false;
	if (v == NULL)
		return true;
	if (!bl_pdate_parse(v, strlen(v), out, &e))
		return bad_value(rd, n, attr, v,
						 e.kind == BL_EDATE ? "impossible date" : "invalid date",
						 date_hint, e.detail);
	return true;
}

static const char stance_hint[] =
"@n is the stance: -3 .. +3 (+2 or 2) or a label: hostile, adversarial, cool, neutral, pragmatic, cooperative, aligned.";

/* the core's stance parser; this reader's own messages */
static bool
parse_stance(reader *rd, xmlNodePtr n, const char *v, int *stance)
{
	bl_error	err;

	if (bl_stance_parse(v, strlen(v), stance, &err))
		return true;
	if (err.kind == BL_ERANGE)
		return bad_value(rd, n, "n", v, "stance out of range", stance_hint,
						 "A stance is -3 (hostile) .. +3 (aligned).");
	return bad_value(rd, n, "n", v, "invalid stance", stance_hint, NULL);
}

static const char *
skip_hash(const char *s)
{
	return s[0] == '#' ? s + 1 : s;
}

/* the text of parent's first <elem type="type"> child, NULL when absent or empty */
static bool
typed_child(reader *rd, xmlNodePtr parent, const char *elem, const char *type, char **out)
{
	*out = NULL;
	for (xmlNodePtr c = parent->children; c; c = c->next)
	{
		bool		ok;
		int			m;

		if (!is_tei(c, elem))
			continue;
		m = attr_cmp(rd, c, "type", type);
		if (m == -2)
			return false;
		if (m == 1)
		{
			*out = get_text(rd, c, &ok);
			if (!ok)
				return false;
			if ((*out)[0] == '\0')
				*out = NULL;
			return true;
		}
	}
	return true;
}

/* what a wrapper <listRelation type="claim"> says of all its relations */
typedef struct wrapper_descs
{
	char	   *statement;
	char	   *locator;
	char	   *general_knowledge;
} wrapper_descs;

/*
 * The wrapper's first <desc type="statement">, "locator" and
 * "general_knowledge" (NULL when absent or empty), in one pass over its
 * children: read once per wrapper, not once per relation (that was quadratic).
 */
static bool
read_wrapper_descs(reader *rd, xmlNodePtr wrapper, wrapper_descs *wd)
{
	static const char *const types[3] = {"statement", "locator", "general_knowledge"};
	char	  **outs[3] = {&wd->statement, &wd->locator, &wd->general_knowledge};
	bool		seen[3] = {false, false, false};

	memset(wd, 0, sizeof(*wd));
	for (xmlNodePtr c = wrapper->children; c; c = c->next)
	{
		xmlChar    *t;

		if (interrupted(rd, c))
			return false;
		if (!is_tei(c, "desc"))
			continue;
		t = xmlGetNoNsProp(c, (const xmlChar *) "type");
		if (t == NULL)
			continue;
		bl_tei_normalize_space((char *) t);
		for (int i = 0; i < 3; i++)
		{
			bool		ok;

			if (seen[i] || strcmp((const char *) t, types[i]) != 0)
				continue;
			seen[i] = true;
			*outs[i] = get_text(rd, c, &ok);
			if (!ok)
			{
				xmlFree(t);
				return false;
			}
			if ((*outs[i])[0] == '\0')
				*outs[i] = NULL;
		}
		xmlFree(t);
	}
	return true;
}

static bool
check_period(reader *rd, xmlNodePtr n, bl_pdate from, bl_pdate to, const char *to_value)
{
	if (from.prec != BL_OPEN && to.prec != BL_OPEN && from.first > bl_pdate_last(to))
		return bad_value(rd, n, "to", to_value, "period ends before it starts",
						 "@from is the first and @to the last partial date of the period (both inclusive).", NULL);
	return true;
}

/* room for one more element in a growing array of the document (claims, events) */
static bool
make_room(reader *rd, void **arr, int n, int *alloc, size_t elem)
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

static bool
out_of_memory(reader *rd)
{
	return bl_tei_set_error(rd->err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
}

/* @mutual (refused), @active, @passive */
static bool
relation_parties(reader *rd, xmlNodePtr rel, bl_tei_claim *c)
{
	bool		ok;
	char	   *mutual = get_attr(rd, rel, "mutual", &ok);

	if (!ok)
		return false;
	if (mutual)
		return bad_value(rd, rel, "mutual", mutual, "a stance is directed",
						 "Write the actor in @active and the counterpart in @passive.", NULL);
	c->active = get_attr(rd, rel, "active", &ok);
	if (!ok)
		return false;
	if (c->active == NULL || c->active[0] == '\0' || strcmp(c->active, "#") == 0)
		return missing(rd, rel, "missing actor (@active)",
					   "@active names the actor holding the stance: #CODE (e.g. #JPN) or a name bilateral.actor_code() resolves.");
	c->passive = get_attr(rd, rel, "passive", &ok);
	if (!ok)
		return false;
	if (c->passive == NULL || c->passive[0] == '\0' || strcmp(c->passive, "#") == 0)
		return missing(rd, rel, "missing counterpart (@passive)",
					   "@passive names the counterpart: #CODE (e.g. #RUS) or a name bilateral.actor_code() resolves.");
	return true;
}

/* @ana (the issue) and @n (the stance) */
static bool
relation_issue_stance(reader *rd, xmlNodePtr rel, bl_tei_claim *c)
{
	bool		ok;
	char	   *ana = get_attr(rd, rel, "ana", &ok),
			   *n;

	if (!ok)
		return false;
	if (ana == NULL || ana[0] == '\0')
		return missing(rd, rel, "missing issue (@ana)",
					   "@ana names the issue of the codebook: #issue_code, e.g. #peace_treaty.");
	if (!bl_is_snake_code(skip_hash(ana), strlen(skip_hash(ana))))
		return bad_value(rd, rel, "ana", ana, "invalid issue code",
						 "@ana is #issue_code: snake_case, at most 32 characters, e.g. #peace_treaty.", NULL);
	c->issue = (char *) skip_hash(ana);

	n = get_attr(rd, rel, "n", &ok);
	if (!ok)
		return false;
	if (n == NULL || n[0] == '\0')
		return missing(rd, rel, "missing stance (@n)", stance_hint);
	return parse_stance(rd, rel, n, &c->stance);
}

/* @when, or @from and/or @to; @notBefore and @notAfter refused */
static bool
relation_dates(reader *rd, xmlNodePtr rel, bl_tei_claim *c)
{
	bool		ok,
				has_when,
				has_from,
				has_to;
	bl_pdate	when;
	char	   *v;

	if (!get_date(rd, rel, "when", &when, &has_when) ||
		!get_date(rd, rel, "from", &c->from, &has_from) ||
		!get_date(rd, rel, "to", &c->to, &has_to))
		return false;
	if (has_when && (has_from || has_to))
		return bad_value(rd, rel, has_from ? "from" : "to", NULL, "both @when and @from/@to",
						 "Write @when for a single partial date, or @from and/or @to for a period.", NULL);
	for (const char *const *a = (const char *const[]) {"notBefore", "notAfter", NULL}; *a; a++)
	{
		v = get_attr(rd, rel, *a, &ok);
		if (!ok)
			return false;
		if (v)
			return bad_value(rd, rel, *a, v, "unsupported dating attribute",
							 "A stance holds over a period: use @from and @to (inclusive partial dates; leave one out for an open end), or @when.", NULL);
	}
	if (has_when)
	{
		c->from = c->to = when;
		return true;
	}
	v = get_attr(rd, rel, "to", &ok);
	return check_period(rd, rel, c->from, c->to, v);
}

/* <desc xml:lang>: the quote and its language, lower case */
static bool
relation_quote(reader *rd, xmlNodePtr rel, bl_tei_claim *c)
{
	xmlNodePtr	desc = first_child(rel, "desc");
	bool		ok;
	size_t		l;

	if (desc == NULL)
		return missing(rd, rel, "missing quote (<desc>)",
					   "A stance needs the exact words of the source in <desc xml:lang=\"..\">.");
	c->quote_line = line_of(desc);
	c->quote = get_text(rd, desc, &ok);
	if (!ok)
		return false;
	if (c->quote[0] == '\0')
		return missing(rd, desc, "empty quote",
					   "<desc> holds the exact words of the source that support the stance.");
	c->quote_lang = get_lang(rd, desc, &ok);
	if (!ok)
		return false;
	if (c->quote_lang == NULL)
		return true;
	l = strlen(c->quote_lang);
	for (size_t i = 0; i < l; i++)
		if (c->quote_lang[i] >= 'A' && c->quote_lang[i] <= 'Z')
			c->quote_lang[i] += 'a' - 'A';
	if (l < 2 || l > 3 || !matches_code(c->quote_lang, false, 3) || strchr(c->quote_lang, '_'))
		return bad_value(rd, desc, "xml:lang", c->quote_lang, "invalid quote language",
						 "xml:lang is an ISO 639-1 (or 639-3) code such as en, ru, es.", NULL);
	return true;
}

/* a <relation name="stance">: one claim (other relations are not ours) */
static bool
read_relation(reader *rd, xmlNodePtr rel, const wrapper_descs *wrapper)
{
	bl_tei_claim c;
	bool		ok;
	char	   *name = get_attr(rd, rel, "name", &ok);

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
	}
	if (!make_room(rd, (void **) &rd->doc->claims, rd->doc->nclaims, &rd->nclaims_alloc, sizeof(bl_tei_claim)))
		return false;
	rd->doc->claims[rd->doc->nclaims++] = c;
	return true;
}

static bool
walk_relations(reader *rd, xmlNodePtr list)
{
	wrapper_descs wd;
	int			m = attr_cmp(rd, list, "type", "claim");

	if (m == -2 || (m == 1 && !read_wrapper_descs(rd, list, &wd)))
		return false;
	for (xmlNodePtr c = list->children; c; c = c->next)
	{
		if (interrupted(rd, c))
			return false;
		if (is_tei(c, "relation"))
		{
			if (!read_relation(rd, c, m == 1 ? &wd : NULL))
				return false;
		}
		else if (is_tei(c, "listRelation"))
		{
			if (!walk_relations(rd, c))
				return false;
		}
	}
	return true;
}

/* @when, or both @from and @to */
static bool
event_dates(reader *rd, xmlNodePtr ev, bl_tei_event *e)
{
	bool		ok,
				has_when,
				has_from,
				has_to;
	bl_pdate	when;

	if (!get_date(rd, ev, "when", &when, &has_when) ||
		!get_date(rd, ev, "from", &e->from, &has_from) ||
		!get_date(rd, ev, "to", &e->to, &has_to))
		return false;
	if (has_when && (has_from || has_to))
		return bad_value(rd, ev, has_from ? "from" : "to", NULL, "both @when and @from/@to",
						 "Write @when for a single partial date, or @from and @to for a period.", NULL);
	if (has_when)
	{
		e->from = e->to = when;
		return true;
	}
	if (!has_from || !has_to)
		return missing(rd, ev, "missing event date",
					   "An event needs @when, or both @from and @to (partial dates, inclusive).");
	return check_period(rd, ev, e->from, e->to, get_attr(rd, ev, "to", &ok));
}

/* @type (the kind) and @corresp (the actors, split at spaces in place) */
static bool
event_kind_actors(reader *rd, xmlNodePtr ev, bl_tei_event *e)
{
	bool		ok;
	char	   *corresp,
			   *s;
	int			count = 1;

	e->kind = get_attr(rd, ev, "type", &ok);
	if (!ok)
		return false;
	if (e->kind == NULL || e->kind[0] == '\0')
		return missing(rd, ev, "missing event type (@type)",
					   "@type is the kind of event in snake_case, e.g. summit, visit, sanctions, war.");
	if (!matches_code(e->kind, false, 63))
		return bad_value(rd, ev, "type", e->kind, "invalid event type",
						 "@type is lower-case letters and underscores, e.g. summit or state_visit.", NULL);
	corresp = get_attr(rd, ev, "corresp", &ok);
	if (!ok)
		return false;
	if (corresp == NULL || corresp[0] == '\0')
		return true;
	for (s = corresp; *s; s++)
		if (*s == ' ')
			count++;
	e->actors = bl_tei_arena_alloc(rd->doc, sizeof(char *) * count);
	if (e->actors == NULL)
		return out_of_memory(rd);
	for (s = corresp; *s;)
	{
		char	   *end = strchr(s, ' ');

		if (end)
			*end = '\0';
		e->actors[e->nactors++] = s;
		if (!end)
			break;
		s = end + 1;
	}
	return true;
}

/* <idno type="bilateral">, or KIND_DATE when there is none */
static bool
event_key(reader *rd, xmlNodePtr ev, bl_tei_event *e)
{
	char		d[BL_PDATE_MAXLEN + 1];

	if (!typed_child(rd, ev, "idno", "bilateral", &e->key))
		return false;
	if (e->key && !matches_code(e->key, true, 1000))
		return bad_value(rd, first_child(ev, "idno"), NULL, e->key, "invalid event key",
						 "<idno type=\"bilateral\"> of an event is snake_case, e.g. abe_putin_nagato_2016.", NULL);
	if (e->key)
		return true;
	bl_pdate_format(e->from, d);
	for (char *q = d; *q; q++)
		if (*q == '-')
			*q = '_';
	e->key = bl_tei_arena_alloc(rd->doc, strlen(e->kind) + 1 + strlen(d) + 1);
	if (e->key == NULL)
		return out_of_memory(rd);
	sprintf(e->key, "%s_%s", e->kind, d);
	return true;
}

/* <label> (the name), the first untyped <desc> (the quote), the notes */
static bool
event_texts(reader *rd, xmlNodePtr ev, bl_tei_event *e)
{
	xmlNodePtr	label = first_child(ev, "label"),
				desc = NULL;
	bool		ok;

	if (label == NULL)
		return missing(rd, ev, "missing event name (<label>)",
					   "<label> holds the event's name in English, e.g. Abe-Putin summit in Nagato.");
	e->name = get_text(rd, label, &ok);
	if (!ok)
		return false;
	if (e->name[0] == '\0')
		return missing(rd, label, "empty event name", "<label> holds the event's name in English.");
	for (xmlNodePtr c = ev->children; c && desc == NULL; c = c->next)
	{
		int			m = is_tei(c, "desc") ? attr_cmp(rd, c, "type", "") : 0;

		if (m == -2)
			return false;
		if (m == -1)
			desc = c;
	}
	if (desc == NULL)
		return missing(rd, ev, "missing quote (<desc>)",
					   "An event needs the exact words of the source in <desc>.");
	e->quote = get_text(rd, desc, &ok);
	if (!ok)
		return false;
	if (e->quote[0] == '\0')
		return missing(rd, desc, "empty quote", "<desc> holds the exact words of the source about the event.");
	return typed_child(rd, ev, "note", "locator", &e->locator) &&
		typed_child(rd, ev, "note", "general_knowledge", &e->general_knowledge);
}

/* an <event>: one event */
static bool
read_event(reader *rd, xmlNodePtr ev)
{
	bl_tei_event e;

	memset(&e, 0, sizeof(e));
	e.line = line_of(ev);
	if (!event_dates(rd, ev, &e) || !event_kind_actors(rd, ev, &e) || !event_key(rd, ev, &e) ||
		!event_texts(rd, ev, &e))
		return false;
	if (!make_room(rd, (void **) &rd->doc->events, rd->doc->nevents, &rd->nevents_alloc, sizeof(bl_tei_event)))
		return false;
	rd->doc->events[rd->doc->nevents++] = e;
	return true;
}

static bool
walk_events(reader *rd, xmlNodePtr list)
{
	for (xmlNodePtr c = list->children; c; c = c->next)
	{
		if (interrupted(rd, c))
			return false;
		if (is_tei(c, "event"))
		{
			if (!read_event(rd, c))
				return false;
		}
		else if (is_tei(c, "listEvent"))
		{
			if (!walk_events(rd, c))
				return false;
		}
	}
	return true;
}

static const char key_hint[] =
"Put the source key in <publicationStmt>: <idno type=\"bilateral\">my_study</idno> (lower case, digits and _, starting with a letter, at most 63 characters).";

typedef struct author_item
{
	struct author_item *next;
	char	   *text;
	size_t		len;
} author_item;

/* a <title>: the first main (or untyped) one, and the first English translation */
static bool
read_title(reader *rd, xmlNodePtr x, bl_tei_source *s)
{
	int			is_main = attr_cmp(rd, x, "type", "main");
	int			translated = is_main == 0 ? attr_cmp(rd, x, "type", "translated") : 0;
	bool		ok = true;

	if (is_main == -2 || translated == -2)
		return false;
	if (is_main != 0)
	{
		if (s->title == NULL)
			s->title = get_text(rd, x, &ok);
	}
	else if (translated == 1 && s->title_en == NULL)
	{
		char	   *lang = get_lang(rd, x, &ok);

		if (ok && lang && strcmp(lang, "en") == 0)
		{
			s->title_en = get_text(rd, x, &ok);
			if (ok && s->title_en[0] == '\0')
				s->title_en = NULL;
		}
	}
	return ok;
}

/* the authors, "A; B", joined once at the end: joining as they came was quadratic */
static bool
join_authors(reader *rd, author_item *authors, size_t len, bl_tei_source *s)
{
	char	   *j,
			   *w;

	if (authors == NULL || authors->next == NULL)
	{
		s->author = authors ? authors->text : NULL;
		return true;
	}
	j = w = bl_tei_arena_alloc(rd->doc, len + 1);
	if (j == NULL)
		return out_of_memory(rd);
	for (author_item *it = authors; it; it = it->next)
	{
		if (it != authors)
		{
			memcpy(w, "; ", 2);
			w += 2;
		}
		memcpy(w, it->text, it->len);
		w += it->len;
	}
	*w = '\0';
	s->author = j;
	return true;
}

/* <titleStmt>: titles and authors */
static bool
read_title_stmt(reader *rd, xmlNodePtr file, bl_tei_source *s)
{
	xmlNodePtr	title_stmt = first_child(file, "titleStmt");
	author_item *authors = NULL,
			   *last_author = NULL;
	size_t		authors_len = 0;
	bool		ok;

	for (xmlNodePtr x = title_stmt ? title_stmt->children : NULL; x; x = x->next)
	{
		author_item *it;
		char	   *a;

		if (interrupted(rd, x))
			return false;
		if (is_tei(x, "title") && !read_title(rd, x, s))
			return false;
		if (!is_tei(x, "author"))
			continue;
		a = get_text(rd, x, &ok);
		if (!ok)
			return false;
		if (a[0] == '\0')
			continue;
		it = bl_tei_arena_alloc(rd->doc, sizeof(author_item));
		if (it == NULL)
			return out_of_memory(rd);
		it->text = a;
		it->len = strlen(a);
		it->next = NULL;
		if (last_author)
			last_author->next = it;
		else
			authors = it;
		last_author = it;
		authors_len += it->len + 2;
	}
	if (!join_authors(rd, authors, authors_len, s))
		return false;
	if (s->title == NULL || s->title[0] == '\0')
		return missing(rd, title_stmt ? title_stmt : file, "missing title",
					   "<titleStmt> needs <title> with the document's title in its own language.");
	return true;
}

/* an <idno> of <publicationStmt>: the source key if its type is bilateral */
static bool
read_key(reader *rd, xmlNodePtr x, bl_tei_source *s)
{
	int			m = attr_cmp(rd, x, "type", "bilateral");
	bool		ok;
	char	   *v;

	if (m == -2)
		return false;
	if (m != 1)
		return true;
	v = get_text(rd, x, &ok);
	if (!ok)
		return false;
	if (s->key != NULL)
		return bad_value(rd, x, NULL, v, "more than one source key", key_hint, NULL);
	if (!matches_code(v, true, 63))
		return bad_value(rd, x, NULL, v, "invalid source key", key_hint, NULL);
	s->key = v;
	s->key_line = line_of(x);
	return true;
}

/* <publicationStmt>: publisher, date, source key */
static bool
read_publication(reader *rd, xmlNodePtr file, bl_tei_source *s)
{
	xmlNodePtr	pub = first_child(file, "publicationStmt");
	xmlNodePtr	x;
	bool		ok,
				present = false;

	if (pub == NULL)
		return missing(rd, file, "missing source key", key_hint);
	for (x = pub->children; x; x = x->next)
	{
		if (interrupted(rd, x))
			return false;
		if (is_tei(x, "idno") && !read_key(rd, x, s))
			return false;
		if (is_tei(x, "publisher") && s->publisher == NULL)
		{
			s->publisher = get_text(rd, x, &ok);
			if (!ok)
				return false;
			if (s->publisher[0] == '\0')
				s->publisher = NULL;
		}
	}
	if (s->key == NULL)
		return missing(rd, pub, "missing source key", key_hint);
	x = first_child(pub, "date");
	if (x && !get_date(rd, x, "when", &s->published, &present))
		return false;
	if (!present)
		return missing(rd, x ? x : pub, "missing publication date",
					   "Write <date when=\"YYYY\"/> (or YYYY-MM, YYYY-MM-DD) in <publicationStmt>.");
	return true;
}

/* <notesStmt><note> and <sourceDesc><bibl type>: the note and the kind of source */
static bool
read_note_kind(reader *rd, xmlNodePtr file, bl_tei_source *s)
{
	xmlNodePtr	x = first_child(first_child(file, "notesStmt"), "note");
	bool		ok = true;

	if (x)
	{
		s->note = get_text(rd, x, &ok);
		if (!ok)
			return false;
		if (s->note[0] == '\0')
			s->note = NULL;
	}
	x = first_child(first_child(file, "sourceDesc"), "bibl");
	s->kind = x ? get_attr(rd, x, "type", &ok) : NULL;
	if (x && !ok)
		return false;
	if (s->kind == NULL)
		s->kind = "user";
	else if (!matches_code(s->kind, false, 63))
		return bad_value(rd, x, "type", s->kind, "invalid source kind",
						 "<bibl type=\"...\"> in <sourceDesc> is the kind of source: lower case and _, e.g. article, book_chapter.", NULL);
	return true;
}

/* <profileDesc><langUsage><language ident>: the document's language, lower case */
static bool
read_language(reader *rd, xmlNodePtr header, bl_tei_source *s)
{
	xmlNodePtr	x = first_child(first_child(first_child(header, "profileDesc"), "langUsage"), "language");
	bool		ok = true;
	char	   *v = x ? get_attr(rd, x, "ident", &ok) : NULL;

	if (x && !ok)
		return false;
	if (v == NULL || v[0] == '\0')
		return missing(rd, x ? x : header, "missing language",
					   "Write <profileDesc><langUsage><language ident=\"en\"/></langUsage></profileDesc> with the document's ISO 639-1 code.");
	for (char *q = v; *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q += 'a' - 'A';
	if (strlen(v) < 2 || !matches_code(v, false, 3) || strchr(v, '_'))
		return bad_value(rd, x, "ident", v, "invalid language",
						 "@ident is an ISO 639-1 (or 639-3) code such as en, ru, es.", NULL);
	s->language = v;
	return true;
}

/* <teiHeader>: the source */
static bool
read_header(reader *rd, xmlNodePtr root)
{
	bl_tei_source *s = &rd->doc->source;
	xmlNodePtr	header = first_child(root, "teiHeader");
	xmlNodePtr	file;

	if (header == NULL)
		return missing(rd, root, "missing <teiHeader>", "A TEI document begins with <teiHeader>.");
	s->line = line_of(header);
	file = first_child(header, "fileDesc");
	if (file == NULL)
		return missing(rd, header, "missing <fileDesc>", "<teiHeader> begins with <fileDesc>.");
	return read_title_stmt(rd, file, s) && read_publication(rd, file, s) &&
		read_note_kind(rd, file, s) && read_language(rd, header, s);
}

static bool
read_doc(reader *rd, xmlDocPtr xdoc)
{
	xmlNodePtr	root = xmlDocGetRootElement(xdoc);

	if (!is_tei(root, "TEI"))
	{
		const char *ns = (root && root->ns && root->ns->href) ? (const char *) root->ns->href : NULL;

		return bl_tei_set_error(rd->err, BL_TEI_ENOTTEI, line_of(root), name_of(root), NULL, NULL,
						 "not a TEI document",
						 "A TEI document is <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">...</TEI>.",
						 ns ? "The root element is <%s> in namespace %s; it must be <TEI> in namespace " BL_TEI_NS "."
						 : "The root element is <%s> in no namespace; it must be <TEI> in namespace " BL_TEI_NS ".",
						 name_of(root), ns);
	}
	if (!read_header(rd, root))
		return false;
	for (xmlNodePtr so = root->children; so; so = so->next)
	{
		if (!is_tei(so, "standOff"))
			continue;
		for (xmlNodePtr c = so->children; c; c = c->next)
		{
			if (interrupted(rd, c))
				return false;
			if (is_tei(c, "listRelation") && !walk_relations(rd, c))
				return false;
			if (is_tei(c, "listEvent") && !walk_events(rd, c))
				return false;
		}
	}
	return true;
}

/* libxml2's parser over buf with the hooks above: no DTD, no entities, no network */
static xmlParserCtxtPtr
new_parser(bl_tei_parser *p, const char *buf, size_t len, int flags)
{
	xmlParserCtxtPtr ctxt;

	xmlInitParser();
	ctxt = xmlCreateMemoryParserCtxt(buf, (int) len);
	if (ctxt == NULL)
		return NULL;
	p->ctxt = ctxt;
	/* options first: xmlCtxtUseOptions may reset some SAX callbacks */
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES);
	ctxt->_private = p;
	ctxt->sax->startElementNs = hook_start;
	ctxt->sax->endElementNs = hook_end;
	ctxt->sax->internalSubset = hook_doctype;
	ctxt->sax->externalSubset = NULL;
	ctxt->sax->entityDecl = hook_entity;
	ctxt->sax->resolveEntity = NULL;
	ctxt->replaceEntities = 0;
	ctxt->loadsubset = 0;
	ctxt->validate = 0;
	if (flags == BL_TEI_SILENT)
		ctxt->sax->serror = silent_handler;
	/* libxml2's own limits stay on: no XML_PARSE_HUGE */
	return ctxt;
}

/* libxml2's last error, its line and message (cut, one line), as err */
static void
not_well_formed(xmlParserCtxtPtr ctxt, bl_tei_error *err)
{
	xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
	int			line = e ? e->line : ctxt_line(ctxt);
	char		msg[300];

	bl_tei_copy_cut(msg, sizeof(msg), (e && e->message) ? e->message : "not well-formed", 280);
	bl_tei_normalize_space(msg);
	bl_tei_set_error(err, BL_TEI_EXML, line, "", NULL, NULL,
					 "TEI document is not well-formed XML", NULL, "line %d: %s", line, msg);
}

bool
bl_tei_parse(bl_tei_parser *p, const char *buf, size_t len, int flags, bl_tei_error *err)
{
	xmlParserCtxtPtr ctxt;
	reader		rd;

	bl_tei_clear_error(err);
	bl_tei_parser_cleanup(p);
	p->err = err;
	p->flags = flags;
	p->depth = 0;
	p->maxdepth = BL_TEI_MAX_DEPTH;

	if (len > BL_TEI_MAX_BYTES)
		return bl_tei_set_error(err, BL_TEI_ETOOBIG, 0, "", NULL, NULL, "TEI document too large",
						 "Split the annotations into several documents, one per source.",
						 "The document has %zu bytes; the limit is %d bytes (10 MB).",
						 len, BL_TEI_MAX_BYTES);
	if (len == 0)
		return bl_tei_set_error(err, BL_TEI_EXML, 0, "", NULL, NULL, "empty TEI document", NULL, NULL);

	ctxt = new_parser(p, buf, len, flags);
	if (ctxt == NULL)
		return bl_tei_set_error(err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
	xmlParseDocument(ctxt);

	if (err->kind != BL_TEI_OK)
	{
		bl_tei_parser_cleanup(p);
		return false;
	}
	if (!ctxt->wellFormed || !ctxt->nsWellFormed || ctxt->myDoc == NULL)
	{
		not_well_formed(ctxt, err);
		bl_tei_parser_cleanup(p);
		return false;
	}
	p->xdoc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	p->ctxt = NULL;

	p->doc = calloc(1, sizeof(bl_tei_doc));
	if (p->doc == NULL)
	{
		bl_tei_parser_cleanup(p);
		return bl_tei_set_error(err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
	}
	memset(&rd, 0, sizeof(rd));
	rd.doc = p->doc;
	rd.err = err;
	if (!read_doc(&rd, p->xdoc))
	{
		bl_tei_parser_cleanup(p);
		return false;
	}
	xmlFreeDoc(p->xdoc);
	p->xdoc = NULL;
	return true;
}

