/*
 * tei_write.c - bl_tei_doc -> TEI P5 text with the core's XML writer
 * (bl_xmlwrite.h: counted, then written, so an output over the cap is refused
 * before anything is allocated).  Plain C, no PostgreSQL header (bl_tei.h).
 */
#include "bl_tei.h"
#include "bl_tei_internal.h"
#include "bl_xmlwrite.h"

#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
needs_preserve(const char *s)
{
	size_t		n = strlen(s);

	if (n == 0)
		return false;
	if (bl_tei_is_xml_space(s[0]) || bl_tei_is_xml_space(s[n - 1]))
		return true;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || (s[i] == ' ' && s[i + 1] == ' '))
			return true;
	return false;
}

/*
 * <name [a1="v1"] [a2="v2"]>text</name>, <name .../> when text is NULL or
 * empty; xml:space="preserve" where the text's white space is significant
 */
static void
text_element(bl_xw *w, const char *name, const char *a1, const char *v1,
			 const char *a2, const char *v2, const char *text)
{
	bl_xw_start(w, name);
	if (a1)
		bl_xw_attr(w, a1, v1);
	if (a2)
		bl_xw_attr(w, a2, v2);
	if (text && needs_preserve(text))
		bl_xw_attr(w, "xml:space", "preserve");
	if (text && text[0] != '\0')
		bl_xw_text(w, text);
	bl_xw_end(w);
}

static void
date_attr(bl_xw *w, const char *name, bl_pdate d)
{
	char		buf[BL_PDATE_MAXLEN + 1];

	bl_pdate_format(d, buf);
	bl_xw_attr(w, name, buf);
}

/*
 * one bound of a period: @from/@to when known to the day, @notBefore/@notAfter when known to the
 * year or month (TEI's att.datable.w3c: the earliest and latest possible dates, written at the
 * bound's precision, so that the reader gets the partial date back)
 */
static void
bound_attr(bl_xw *w, const char *day_name, const char *range_name, bl_pdate d)
{
	date_attr(w, d.prec == BL_DAY ? day_name : range_name, d);
}

/* the claim's quote, in its language when it has one ([a-z]{2,3}: checked on input and by the table) */
static void
write_quote(bl_xw *w, const bl_tei_claim *c)
{
	const char *la = c->quote_lang;

	if (la && strlen(la) < 16 && strspn(la, "abcdefghijklmnopqrstuvwxyz") == strlen(la))
		text_element(w, "desc", "xml:lang", la, NULL, NULL, c->quote);
	else
		text_element(w, "desc", NULL, NULL, NULL, NULL, c->quote);
}

static void
write_claim(bl_xw *w, const bl_tei_claim *c)
{
	char		n[8];

	bl_xw_start(w, "listRelation");
	bl_xw_attr(w, "type", "claim");
	if (c->statement)
		text_element(w, "desc", "type", "statement", "xml:lang", "en", c->statement);
	if (c->locator)
		text_element(w, "desc", "type", "locator", NULL, NULL, c->locator);
	if (c->general_knowledge)
		text_element(w, "desc", "type", "general_knowledge", NULL, NULL, c->general_knowledge);
	if (c->voice)
		text_element(w, "desc", "type", "voice", NULL, NULL, c->voice);
	bl_xw_start(w, "relation");
	bl_xw_attr(w, "name", "stance");
	bl_xw_attr(w, "active", c->active);
	bl_xw_attr(w, "passive", c->passive);
	bl_xw_attr_begin(w, "ana");
	bl_xw_attr_part(w, "#", 1);
	bl_xw_attr_part(w, c->issue, strlen(c->issue));
	bl_xw_attr_end(w);
	snprintf(n, sizeof(n), c->stance > 0 ? "+%d" : "%d", c->stance);
	bl_xw_attr(w, "n", n);
	if (c->from.prec != BL_OPEN && c->to.prec != BL_OPEN && bl_pdate_cmp(c->from, c->to) == 0)
		date_attr(w, "when", c->from);
	else
	{
		if (c->from.prec != BL_OPEN)
			bound_attr(w, "from", "notBefore", c->from);
		if (c->to.prec != BL_OPEN)
			bound_attr(w, "to", "notAfter", c->to);
	}
	write_quote(w, c);
	bl_xw_end(w);				/* relation */
	bl_xw_end(w);				/* listRelation */
}

static void
write_event(bl_xw *w, const bl_tei_event *e)
{
	bl_xw_start(w, "event");
	if (bl_pdate_cmp(e->from, e->to) == 0)
		date_attr(w, "when", e->from);
	else
	{
		bound_attr(w, "from", "notBefore", e->from);
		bound_attr(w, "to", "notAfter", e->to);
	}
	bl_xw_attr(w, "type", e->kind);
	if (e->nactors > 0)
	{
		bl_xw_attr_begin(w, "corresp");
		for (int i = 0; i < e->nactors; i++)
		{
			if (i)
				bl_xw_attr_part(w, " ", 1);
			bl_xw_attr_part(w, e->actors[i], strlen(e->actors[i]));
		}
		bl_xw_attr_end(w);
	}
	text_element(w, "idno", "type", "bilateral", NULL, NULL, e->key);
	text_element(w, "label", NULL, NULL, NULL, NULL, e->name);
	text_element(w, "desc", NULL, NULL, NULL, NULL, e->quote);
	if (e->locator)
		text_element(w, "note", "type", "locator", NULL, NULL, e->locator);
	if (e->general_knowledge)
		text_element(w, "note", "type", "general_knowledge", NULL, NULL, e->general_knowledge);
	bl_xw_end(w);
}

/* the teiHeader: the source */
static void
write_header(bl_xw *w, const bl_tei_source *s)
{
	bl_xw_start(w, "teiHeader");
	bl_xw_start(w, "fileDesc");
	bl_xw_start(w, "titleStmt");
	text_element(w, "title", NULL, NULL, NULL, NULL, s->title);
	if (s->title_en)
		text_element(w, "title", "type", "translated", "xml:lang", "en", s->title_en);
	if (s->author)
		text_element(w, "author", NULL, NULL, NULL, NULL, s->author);
	bl_xw_end(w);				/* titleStmt */
	bl_xw_start(w, "publicationStmt");
	text_element(w, "publisher", NULL, NULL, NULL, NULL, s->publisher);
	bl_xw_start(w, "date");
	date_attr(w, "when", s->published);
	bl_xw_end(w);
	text_element(w, "idno", "type", "bilateral", NULL, NULL, s->key);
	bl_xw_end(w);				/* publicationStmt */
	if (s->note)
	{
		bl_xw_start(w, "notesStmt");
		text_element(w, "note", NULL, NULL, NULL, NULL, s->note);
		bl_xw_end(w);
	}
	bl_xw_start(w, "sourceDesc");
	text_element(w, "bibl", "type", s->kind ? s->kind : "user", NULL, NULL, NULL);
	bl_xw_end(w);				/* sourceDesc */
	bl_xw_end(w);				/* fileDesc */
	bl_xw_start(w, "profileDesc");
	bl_xw_start(w, "langUsage");
	text_element(w, "language", "ident", s->language, NULL, NULL, NULL);
	bl_xw_end(w);				/* langUsage */
	bl_xw_end(w);				/* profileDesc */
	bl_xw_end(w);				/* teiHeader */
}

/* the standOff: claims, then events */
static void
write_standoff(bl_xw *w, const bl_tei_doc *doc)
{
	if (doc->nclaims == 0 && doc->nevents == 0)
		return;
	bl_xw_start(w, "standOff");
	if (doc->nclaims > 0)
	{
		bl_xw_start(w, "listRelation");
		bl_xw_attr(w, "type", "stances");
		for (int i = 0; i < doc->nclaims && !bl_xw_failed(w); i++)
			write_claim(w, &doc->claims[i]);
		bl_xw_end(w);
	}
	if (doc->nevents > 0)
	{
		bl_xw_start(w, "listEvent");
		for (int i = 0; i < doc->nevents && !bl_xw_failed(w); i++)
			write_event(w, &doc->events[i]);
		bl_xw_end(w);
	}
	bl_xw_end(w);
}

static void
write_all(bl_xw *w, const void *arg)
{
	const bl_tei_doc *doc = arg;

	bl_xw_start(w, "TEI");
	bl_xw_attr(w, "xmlns", BL_TEI_NS);
	write_header(w, &doc->source);
	write_standoff(w, doc);
	bl_xw_start(w, "text");
	bl_xw_start(w, "body");
	text_element(w, "p", NULL, NULL, NULL, NULL, NULL);
	bl_xw_end(w);				/* body */
	bl_xw_end(w);				/* text */
	bl_xw_end(w);				/* TEI */
}

bool
bl_tei_write(const bl_tei_doc *doc, size_t max_bytes, char **out, size_t *outlen,
			 size_t *replaced, bl_tei_error *err)
{
	bl_xml_failure why;

	bl_tei_clear_error(err);
	if (bl_xml_render(write_all, doc, BL_XML_UTF8, max_bytes, bl_tei_stop_requested,
					  out, outlen, replaced, &why))
		return true;
	switch (why)
	{
		case BL_XML_TOOBIG:
			{
				size_t		counted = *outlen;

				*outlen = 0;
				return bl_tei_set_error(err, BL_TEI_ETOOBIG, 0, "TEI", NULL, NULL, "TEI export too large",
										"Shorten the source's longest values (title, quotes, notes), or split its rows into several sources.",
										"The document would have %zu bytes; the limit is %zu bytes.", counted, max_bytes);
			}
		case BL_XML_INTERRUPTED:
			return bl_tei_set_error(err, BL_TEI_EINTERRUPTED, 0, "", NULL, NULL, bl_tei_interrupted_msg, NULL, NULL);
		case BL_XML_NOMEM:
			return bl_tei_set_error(err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
		default:
			return bl_tei_set_error(err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "internal error: the TEI writer was misused", NULL, NULL);
	}
}
