/*
 * tei_write.c - bl_tei_doc -> TEI P5 text, written by hand in two passes
 * (count, then write) so that an output over the cap is refused before
 * anything is allocated.  Plain C, no PostgreSQL header (see bl_tei.h).
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

/* ---------- writing ---------- */

/*
 * Two passes over the same code: the first only counts the bytes (so that an
 * output over the cap is refused before anything is allocated), the second
 * writes them into a buffer of exactly that size.
 */
typedef struct writer
{
	bool		counting;
	char	   *buf;
	size_t		len;
	size_t		cap;
	size_t		replaced;		/* characters written as U+FFFD */
	bool		failed;
	bl_tei_error *err;
} writer;

static void
put(writer *w, const char *s, size_t n)
{
	if (w->failed)
		return;
	if (w->counting)
	{
		if (n > SIZE_MAX - 1 - w->len)
			w->len = SIZE_MAX - 1;	/* saturates: over any cap */
		else
			w->len += n;
		return;
	}
	if (w->len + n + 1 > w->cap)
	{
		/* cannot happen: the first pass counted these bytes */
		w->failed = true;
		bl_tei_set_error(w->err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "internal error: TEI output larger than counted", NULL, NULL);
		return;
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
	w->buf[w->len] = '\0';
}

static void
puts_(writer *w, const char *s)
{
	put(w, s, strlen(s));
}

static void
indent(writer *w, int level)
{
	static const char spaces[] = "                                ";

	put(w, spaces, (size_t) level * 2 < sizeof(spaces) - 1 ? (size_t) level * 2 : sizeof(spaces) - 1);
}

/* escaped text or attribute value; a character XML 1.0 cannot hold becomes U+FFFD */
static void
escaped(writer *w, const char *s, bool attr, const char *element)
{
	const char *run = s;		/* bytes written as they are, in one put */
	const char *p;

	for (p = s; *p && !w->failed; p++)
	{
		unsigned char c = (unsigned char) *p;
		const char *rep = NULL;
		size_t		bad = 0;

		switch (c)
		{
			case '&':
				rep = "&amp;";
				break;
			case '<':
				rep = "&lt;";
				break;
			case '>':
				rep = "&gt;";
				break;
			case '"':
				rep = attr ? "&quot;" : NULL;
				break;
			case '\r':
				rep = "&#13;";
				break;
			case '\t':
				rep = attr ? "&#9;" : NULL;
				break;
			case '\n':
				rep = attr ? "&#10;" : NULL;
				break;
			default:
				bad = bl_xml_bad_char(p);
				if (bad)
					rep = BL_XML_REPLACEMENT;
				break;
		}
		if (rep == NULL)
			continue;
		put(w, run, (size_t) (p - run));
		puts_(w, rep);
		if (bad)
		{
			/* counted once, in the pass that writes */
			if (!w->counting)
				w->replaced++;
			p += bad - 1;
		}
		run = p + 1;
	}
	put(w, run, (size_t) (p - run));
}

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

/* <name attrs>text</name> on its own line; attrs is a pre-escaped string */
static void
text_element(writer *w, int level, const char *name, const char *attrs, const char *text)
{
	indent(w, level);
	puts_(w, "<");
	puts_(w, name);
	if (attrs)
		puts_(w, attrs);
	if (text && needs_preserve(text))
		puts_(w, " xml:space=\"preserve\"");
	if (text == NULL || text[0] == '\0')
	{
		puts_(w, "/>\n");
		return;
	}
	puts_(w, ">");
	escaped(w, text, false, name);
	puts_(w, "</");
	puts_(w, name);
	puts_(w, ">\n");
}

static void
attr(writer *w, const char *name, const char *value)
{
	puts_(w, " ");
	puts_(w, name);
	puts_(w, "=\"");
	escaped(w, value, true, name);
	puts_(w, "\"");
}

static void
date_attr(writer *w, const char *name, bl_pdate d)
{
	char		buf[BL_PDATE_MAXLEN + 1];

	bl_pdate_format(d, buf);
	attr(w, name, buf);
}

static void
write_claim(writer *w, const bl_tei_claim *c)
{
	char		n[8];

	indent(w, 3);
	puts_(w, "<listRelation type=\"claim\">\n");
	if (c->statement)
		text_element(w, 4, "desc", " type=\"statement\" xml:lang=\"en\"", c->statement);
	if (c->locator)
		text_element(w, 4, "desc", " type=\"locator\"", c->locator);
	if (c->general_knowledge)
		text_element(w, 4, "desc", " type=\"general_knowledge\"", c->general_knowledge);
	indent(w, 4);
	puts_(w, "<relation name=\"stance\"");
	attr(w, "active", c->active);
	attr(w, "passive", c->passive);
	puts_(w, " ana=\"#");
	escaped(w, c->issue, true, "relation");
	puts_(w, "\"");
	snprintf(n, sizeof(n), c->stance > 0 ? "+%d" : "%d", c->stance);
	attr(w, "n", n);
	if (c->from.prec != BL_OPEN && c->to.prec != BL_OPEN && bl_pdate_cmp(c->from, c->to) == 0)
		date_attr(w, "when", c->from);
	else
	{
		if (c->from.prec != BL_OPEN)
			date_attr(w, "from", c->from);
		if (c->to.prec != BL_OPEN)
			date_attr(w, "to", c->to);
	}
	puts_(w, ">\n");
	{
		char		la[64] = "";

		/* quote_lang is [a-z]{2,3}: checked on input and by the table */
		if (c->quote_lang && strlen(c->quote_lang) < 16 && strspn(c->quote_lang, "abcdefghijklmnopqrstuvwxyz") == strlen(c->quote_lang))
			snprintf(la, sizeof(la), " xml:lang=\"%s\"", c->quote_lang);
		text_element(w, 5, "desc", la, c->quote);
	}
	indent(w, 4);
	puts_(w, "</relation>\n");
	indent(w, 3);
	puts_(w, "</listRelation>\n");
}

static void
write_event(writer *w, const bl_tei_event *e)
{
	indent(w, 3);
	puts_(w, "<event");
	if (bl_pdate_cmp(e->from, e->to) == 0)
		date_attr(w, "when", e->from);
	else
	{
		date_attr(w, "from", e->from);
		date_attr(w, "to", e->to);
	}
	attr(w, "type", e->kind);
	if (e->nactors > 0)
	{
		puts_(w, " corresp=\"");
		for (int i = 0; i < e->nactors; i++)
		{
			if (i)
				puts_(w, " ");
			escaped(w, e->actors[i], true, "event");
		}
		puts_(w, "\"");
	}
	puts_(w, ">\n");
	text_element(w, 4, "idno", " type=\"bilateral\"", e->key);
	text_element(w, 4, "label", NULL, e->name);
	text_element(w, 4, "desc", NULL, e->quote);
	if (e->locator)
		text_element(w, 4, "note", " type=\"locator\"", e->locator);
	if (e->general_knowledge)
		text_element(w, 4, "note", " type=\"general_knowledge\"", e->general_knowledge);
	indent(w, 3);
	puts_(w, "</event>\n");
}

static void
write_all(writer *w, const bl_tei_doc *doc)
{
	const bl_tei_source *s = &doc->source;
	char		d[BL_PDATE_MAXLEN + 1];

	puts_(w, "<TEI xmlns=\"" BL_TEI_NS "\">\n");
	puts_(w, "  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n");
	text_element(w, 4, "title", NULL, s->title);
	if (s->title_en)
		text_element(w, 4, "title", " type=\"translated\" xml:lang=\"en\"", s->title_en);
	if (s->author)
		text_element(w, 4, "author", NULL, s->author);
	puts_(w, "      </titleStmt>\n      <publicationStmt>\n");
	text_element(w, 4, "publisher", NULL, s->publisher);
	bl_pdate_format(s->published, d);
	indent(w, 4);
	puts_(w, "<date");
	attr(w, "when", d);
	puts_(w, "/>\n");
	text_element(w, 4, "idno", " type=\"bilateral\"", s->key);
	puts_(w, "      </publicationStmt>\n");
	if (s->note)
	{
		puts_(w, "      <notesStmt>\n");
		text_element(w, 4, "note", NULL, s->note);
		puts_(w, "      </notesStmt>\n");
	}
	puts_(w, "      <sourceDesc>\n        <bibl");
	attr(w, "type", s->kind ? s->kind : "user");
	puts_(w, "/>\n      </sourceDesc>\n    </fileDesc>\n");
	puts_(w, "    <profileDesc>\n      <langUsage>\n        <language");
	attr(w, "ident", s->language);
	puts_(w, "/>\n      </langUsage>\n    </profileDesc>\n  </teiHeader>\n");
	if (doc->nclaims > 0 || doc->nevents > 0)
	{
		puts_(w, "  <standOff>\n");
		if (doc->nclaims > 0)
		{
			puts_(w, "    <listRelation type=\"stances\">\n");
			for (int i = 0; i < doc->nclaims && !w->failed; i++)
			{
				if (bl_tei_stop_requested())
				{
					w->failed = true;
					bl_tei_set_error(w->err, BL_TEI_EINTERRUPTED, 0, "", NULL, NULL, bl_tei_interrupted_msg, NULL, NULL);
				}
				write_claim(w, &doc->claims[i]);
			}
			puts_(w, "    </listRelation>\n");
		}
		if (doc->nevents > 0)
		{
			puts_(w, "    <listEvent>\n");
			for (int i = 0; i < doc->nevents && !w->failed; i++)
			{
				if (bl_tei_stop_requested())
				{
					w->failed = true;
					bl_tei_set_error(w->err, BL_TEI_EINTERRUPTED, 0, "", NULL, NULL, bl_tei_interrupted_msg, NULL, NULL);
				}
				write_event(w, &doc->events[i]);
			}
			puts_(w, "    </listEvent>\n");
		}
		puts_(w, "  </standOff>\n");
	}
	puts_(w, "  <text>\n    <body>\n      <p/>\n    </body>\n  </text>\n</TEI>\n");
}

bool
bl_tei_write(const bl_tei_doc *doc, size_t max_bytes, char **out, size_t *outlen,
			 size_t *replaced, bl_tei_error *err)
{
	writer		w = {0};

	bl_tei_clear_error(err);
	*out = NULL;
	*outlen = 0;
	if (replaced)
		*replaced = 0;
	w.err = err;

	/* first pass: the size, before anything is allocated */
	w.counting = true;
	write_all(&w, doc);
	if (w.failed)
		return false;
	if (w.len > max_bytes)
		return bl_tei_set_error(err, BL_TEI_ETOOBIG, 0, "TEI", NULL, NULL, "TEI export too large",
						 "Shorten the source's longest values (title, quotes, notes), or split its rows into several sources.",
						 "The document would have %zu bytes; the limit is %zu bytes.", w.len, max_bytes);

	/* second pass: the bytes */
	w.counting = false;
	w.cap = w.len + 1;
	w.len = 0;
	w.buf = malloc(w.cap);
	if (w.buf == NULL)
		return bl_tei_set_error(err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
	w.buf[0] = '\0';
	write_all(&w, doc);
	if (w.failed)
	{
		free(w.buf);
		return false;
	}
	*out = w.buf;
	*outlen = w.len;
	if (replaced)
		*replaced = w.replaced;
	return true;
}
