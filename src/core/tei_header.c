/*
 * tei_header.c - the TEI reader's source: the <teiHeader>'s titles, authors,
 * publisher, publication date, source key, note, kind and language.  Plain
 * C, no PostgreSQL header.
 */
#include "bl_tei_read.h"

#include <string.h>

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
read_title(bl_tei_reader *rd, xmlNodePtr x, bl_tei_source *s)
{
	int			is_main = bl_tei_attr_cmp(rd, x, "type", "main");
	int			translated = is_main == 0 ? bl_tei_attr_cmp(rd, x, "type", "translated") : 0;
	bool		ok = true;

	if (is_main == -2 || translated == -2)
		return false;
	if (is_main != 0)
	{
		if (s->title == NULL)
			s->title = bl_tei_get_text(rd, x, &ok);
	}
	else if (translated == 1 && s->title_en == NULL)
	{
		char	   *lang = bl_tei_get_lang(rd, x, &ok);

		if (ok && lang && strcmp(lang, "en") == 0)
		{
			s->title_en = bl_tei_get_text(rd, x, &ok);
			if (ok && s->title_en[0] == '\0')
				s->title_en = NULL;
		}
	}
	return ok;
}

/* the authors, "A; B", joined once at the end: joining as they came was quadratic */
static bool
join_authors(bl_tei_reader *rd, author_item *authors, size_t len, bl_tei_source *s)
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
		return bl_tei_out_of_memory(rd);
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
read_title_stmt(bl_tei_reader *rd, xmlNodePtr file, bl_tei_source *s)
{
	xmlNodePtr	title_stmt = bl_tei_first_child(file, "titleStmt");
	author_item *authors = NULL,
			   *last_author = NULL;
	size_t		authors_len = 0;
	bool		ok;

	for (xmlNodePtr x = title_stmt ? title_stmt->children : NULL; x; x = x->next)
	{
		author_item *it;
		char	   *a;

		if (bl_tei_interrupted(rd, x))
			return false;
		if (is_tei(x, "title") && !read_title(rd, x, s))
			return false;
		if (!is_tei(x, "author"))
			continue;
		a = bl_tei_get_text(rd, x, &ok);
		if (!ok)
			return false;
		if (a[0] == '\0')
			continue;
		it = bl_tei_arena_alloc(rd->doc, sizeof(author_item));
		if (it == NULL)
			return bl_tei_out_of_memory(rd);
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
		return bl_tei_missing(rd, title_stmt ? title_stmt : file, "missing title",
					   "<titleStmt> needs <title> with the document's title in its own language.");
	return true;
}

/* an <idno> of <publicationStmt>: the source key if its type is bilateral */
static bool
read_key(bl_tei_reader *rd, xmlNodePtr x, bl_tei_source *s)
{
	int			m = bl_tei_attr_cmp(rd, x, "type", "bilateral");
	bool		ok;
	char	   *v;

	if (m == -2)
		return false;
	if (m != 1)
		return true;
	v = bl_tei_get_text(rd, x, &ok);
	if (!ok)
		return false;
	if (s->key != NULL)
		return bl_tei_bad_value(rd, x, NULL, v, "more than one source key", key_hint, NULL);
	if (!bl_tei_matches_code(v, true, 63))
		return bl_tei_bad_value(rd, x, NULL, v, "invalid source key", key_hint, NULL);
	s->key = v;
	s->key_line = line_of(x);
	return true;
}

/* <publicationStmt>: publisher, date, source key */
static bool
read_publication(bl_tei_reader *rd, xmlNodePtr file, bl_tei_source *s)
{
	xmlNodePtr	pub = bl_tei_first_child(file, "publicationStmt");
	xmlNodePtr	x;
	bool		ok,
				present = false;

	if (pub == NULL)
		return bl_tei_missing(rd, file, "missing source key", key_hint);
	for (x = pub->children; x; x = x->next)
	{
		if (bl_tei_interrupted(rd, x))
			return false;
		if (is_tei(x, "idno") && !read_key(rd, x, s))
			return false;
		if (is_tei(x, "publisher") && s->publisher == NULL)
		{
			s->publisher = bl_tei_get_text(rd, x, &ok);
			if (!ok)
				return false;
			if (s->publisher[0] == '\0')
				s->publisher = NULL;
		}
	}
	if (s->key == NULL)
		return bl_tei_missing(rd, pub, "missing source key", key_hint);
	x = bl_tei_first_child(pub, "date");
	if (x && !bl_tei_get_date(rd, x, "when", &s->published, &present))
		return false;
	if (!present)
		return bl_tei_missing(rd, x ? x : pub, "missing publication date",
					   "Write <date when=\"YYYY\"/> (or YYYY-MM, YYYY-MM-DD) in <publicationStmt>.");
	return true;
}

/* <notesStmt><note> and <sourceDesc><bibl type>: the note and the kind of source */
static bool
read_note_kind(bl_tei_reader *rd, xmlNodePtr file, bl_tei_source *s)
{
	xmlNodePtr	x = bl_tei_first_child(bl_tei_first_child(file, "notesStmt"), "note");
	bool		ok = true;

	if (x)
	{
		s->note = bl_tei_get_text(rd, x, &ok);
		if (!ok)
			return false;
		if (s->note[0] == '\0')
			s->note = NULL;
	}
	x = bl_tei_first_child(bl_tei_first_child(file, "sourceDesc"), "bibl");
	s->kind = x ? bl_tei_get_attr(rd, x, "type", &ok) : NULL;
	if (x && !ok)
		return false;
	if (s->kind == NULL)
		s->kind = "user";
	else if (!bl_tei_matches_code(s->kind, false, 63))
		return bl_tei_bad_value(rd, x, "type", s->kind, "invalid source kind",
						 "<bibl type=\"...\"> in <sourceDesc> is the kind of source: lower case and _, e.g. article, book_chapter.", NULL);
	return true;
}

/* <profileDesc><langUsage><language ident>: the document's language, lower case */
static bool
read_language(bl_tei_reader *rd, xmlNodePtr header, bl_tei_source *s)
{
	xmlNodePtr	x = bl_tei_first_child(bl_tei_first_child(bl_tei_first_child(header, "profileDesc"), "langUsage"), "language");
	bool		ok = true;
	char	   *v = x ? bl_tei_get_attr(rd, x, "ident", &ok) : NULL;

	if (x && !ok)
		return false;
	if (v == NULL || v[0] == '\0')
		return bl_tei_missing(rd, x ? x : header, "missing language",
					   "Write <profileDesc><langUsage><language ident=\"en\"/></langUsage></profileDesc> with the document's ISO 639-1 code.");
	for (char *q = v; *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q += 'a' - 'A';
	if (strlen(v) < 2 || !bl_tei_matches_code(v, false, 3) || strchr(v, '_'))
		return bl_tei_bad_value(rd, x, "ident", v, "invalid language",
						 "@ident is an ISO 639-1 (or 639-3) code such as en, ru, es.", NULL);
	s->language = v;
	return true;
}

/* <teiHeader>: the source */
bool
bl_tei_read_header(bl_tei_reader *rd, xmlNodePtr root)
{
	bl_tei_source *s = &rd->doc->source;
	xmlNodePtr	header = bl_tei_first_child(root, "teiHeader");
	xmlNodePtr	file;

	if (header == NULL)
		return bl_tei_missing(rd, root, "missing <teiHeader>", "A TEI document begins with <teiHeader>.");
	s->line = line_of(header);
	file = bl_tei_first_child(header, "fileDesc");
	if (file == NULL)
		return bl_tei_missing(rd, header, "missing <fileDesc>", "<teiHeader> begins with <fileDesc>.");
	return read_title_stmt(rd, file, s) && read_publication(rd, file, s) &&
		read_note_kind(rd, file, s) && read_language(rd, header, s);
}
