/*
 * test_tei.c - unit tests of the core's TEI reader and writer (bl_tei.h,
 * over libxml2), without a server.  Prints TAP; `make unit` and `make
 * unit-asan` build and run it from the project folder.
 *
 * - the examples of docs/examples/ round-trip: read, written, read again to
 *   the same rows, written again to the same bytes (docs/tei.md);
 * - every entry of the fuzz corpus (fuzz/corpus/tei/) is classified below:
 *   refused with the kind of error it must get, or read and round-tripped.
 *   A new corpus file that is not in the table fails the test.
 */
#define _POSIX_C_SOURCE 200809L

#include "core/bl_tei.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"

#include <libxml/parser.h>

#define CORPUS_DIR "fuzz/corpus/tei/"

/* ---------- comparing two readings ---------- */

static bool
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

static bool
same_source(const bl_tei_source *a, const bl_tei_source *b)
{
	return same_str(a->key, b->key) && same_str(a->title, b->title) &&
		same_str(a->title_en, b->title_en) && same_str(a->author, b->author) &&
		same_str(a->publisher, b->publisher) && bl_pdate_cmp(a->published, b->published) == 0 &&
		same_str(a->language, b->language) && same_str(a->kind, b->kind) && same_str(a->note, b->note);
}

static bool
same_claim(const bl_tei_claim *a, const bl_tei_claim *b)
{
	return same_str(a->active, b->active) && same_str(a->passive, b->passive) &&
		same_str(a->issue, b->issue) && a->stance == b->stance &&
		bl_pdate_cmp(a->from, b->from) == 0 && bl_pdate_cmp(a->to, b->to) == 0 &&
		same_str(a->quote, b->quote) && same_str(a->statement, b->statement) &&
		same_str(a->locator, b->locator) && same_str(a->general_knowledge, b->general_knowledge);
}

static bool
same_event(const bl_tei_event *a, const bl_tei_event *b)
{
	if (!(same_str(a->key, b->key) && same_str(a->kind, b->kind) && same_str(a->name, b->name) &&
		  bl_pdate_cmp(a->from, b->from) == 0 && bl_pdate_cmp(a->to, b->to) == 0 &&
		  a->nactors == b->nactors && same_str(a->quote, b->quote) &&
		  same_str(a->locator, b->locator) && same_str(a->general_knowledge, b->general_knowledge)))
		return false;
	for (int i = 0; i < a->nactors; i++)
		if (!same_str(a->actors[i], b->actors[i]))
			return false;
	return true;
}

static bool
same_doc(const bl_tei_doc *a, const bl_tei_doc *b)
{
	if (!same_source(&a->source, &b->source) || a->nclaims != b->nclaims || a->nevents != b->nevents)
		return false;
	for (int i = 0; i < a->nclaims; i++)
		if (!same_claim(&a->claims[i], &b->claims[i]))
			return false;
	for (int i = 0; i < a->nevents; i++)
		if (!same_event(&a->events[i], &b->events[i]))
			return false;
	return true;
}

/* ---------- the round trip ---------- */

/*
 * buf is read; what is read is written, read back to the same rows, and
 * written again to the same bytes.  Returns a reason on failure, NULL if all
 * holds; *nclaims, *nevents: what the first reading found.
 */
static const char *
round_trip(const char *buf, size_t len, int *nclaims, int *nevents)
{
	bl_tei_parser p1,
				p2;
	bl_tei_error err;
	char	   *out1 = NULL,
			   *out2 = NULL;
	size_t		len1,
				len2;
	const char *why = NULL;

	bl_tei_parser_init(&p1);
	bl_tei_parser_init(&p2);
	if (!bl_tei_parse(&p1, buf, len, BL_TEI_SILENT, &err))
		why = "the document is refused";
	else if (!bl_tei_write(p1.doc, 1 << 24, &out1, &len1, NULL, &err))
		why = "what is read cannot be written";
	else if (!bl_tei_parse(&p2, out1, len1, BL_TEI_SILENT, &err))
		why = "what is written is refused";
	else if (!same_doc(p1.doc, p2.doc))
		why = "what is written reads back to other rows";
	else if (!bl_tei_write(p2.doc, 1 << 24, &out2, &len2, NULL, &err))
		why = "the second writing fails";
	else if (len1 != len2 || memcmp(out1, out2, len1) != 0)
		why = "the second writing gives other bytes";
	if (why == NULL)
	{
		*nclaims = p1.doc->nclaims;
		*nevents = p1.doc->nevents;
	}
	free(out1);
	free(out2);
	bl_tei_parser_cleanup(&p1);
	bl_tei_parser_cleanup(&p2);
	return why;
}

static void
test_examples(void)
{
	static const char *const examples[] = {
		"docs/examples/example_study.tei.xml", "docs/examples/estudio_ejemplo.tei.xml"
	};

	for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++)
	{
		size_t		len;
		char	   *buf = read_file(examples[i], &len);
		int			nc = 0,
					ne = 0;
		const char *why = buf ? round_trip(buf, len, &nc, &ne) : "cannot read the file";
		char		msg[300];

		snprintf(msg, sizeof msg, "%s round-trips (%d claims, %d events)%s%s", examples[i], nc, ne,
				 why ? ": " : "", why ? why : "");
		ok(why == NULL && nc > 0 && ne > 0, msg);
		free(buf);
	}
}

/* ---------- partial bounds: @notBefore / @notAfter ---------- */

#define DOC_HEAD "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>" \
	"<publicationStmt><date when=\"2019\"/><idno type=\"bilateral\">k</idno></publicationStmt><sourceDesc><bibl/></sourceDesc>" \
	"</fileDesc><profileDesc><langUsage><language ident=\"en\"/></langUsage></profileDesc></teiHeader><standOff>"
#define DOC_TAIL "</standOff></TEI>"
#define REL(dates) "<listRelation><relation name=\"stance\" active=\"#JPN\" passive=\"#RUS\" ana=\"#peace_treaty\" n=\"1\" " dates "><desc>q</desc></relation></listRelation>"

/* the document's first claim as read, and its export; false when refused */
static bool
read_and_write(const char *doc, bl_tei_claim *claim, char **out, bl_tei_errkind *kind)
{
	bl_tei_parser p;
	bl_tei_error err;
	size_t		len;
	bool		ok;

	*out = NULL;
	bl_tei_parser_init(&p);
	ok = bl_tei_parse(&p, doc, strlen(doc), BL_TEI_SILENT, &err);
	*kind = ok ? BL_TEI_OK : err.kind;
	if (ok && p.doc->nclaims > 0)
	{
		claim->from = p.doc->claims[0].from;
		claim->to = p.doc->claims[0].to;
		ok = bl_tei_write(p.doc, 1 << 20, out, &len, NULL, &err);
	}
	bl_tei_parser_cleanup(&p);
	return ok;
}

static void
test_bounds(void)
{
	bl_tei_claim c;
	char	   *out;
	bl_tei_errkind kind;

	/* a start known to the year and an end known to the month are read at their precisions ... */
	ok(read_and_write(DOC_HEAD REL("notBefore=\"2016\" notAfter=\"2019-01\"") DOC_TAIL, &c, &out, &kind) &&
	   c.from.prec == BL_YEAR && c.to.prec == BL_MONTH &&
	   c.from.first == bl_days_from_civil(2016, 1, 1) && bl_pdate_last(c.to) == bl_days_from_civil(2019, 1, 31),
	   "@notBefore=2016 and @notAfter=2019-01 read as a start in 2016 and an end in January 2019");
	/* ... and written back as they came */
	ok(out && strstr(out, "notBefore=\"2016\" notAfter=\"2019-01\"") && !strstr(out, " from=") && !strstr(out, " to="),
	   "a partial start and end are written as @notBefore and @notAfter, not @from and @to");
	free(out);
	/* the old form, a partial date in @from and @to, is read the same and written the new way */
	ok(read_and_write(DOC_HEAD REL("from=\"2016\" to=\"2019-01\"") DOC_TAIL, &c, &out, &kind) &&
	   c.from.prec == BL_YEAR && c.to.prec == BL_MONTH && out && strstr(out, "notBefore=\"2016\" notAfter=\"2019-01\""),
	   "@from=2016 @to=2019-01 (before 1.10's export) reads the same and is written with @notBefore/@notAfter");
	free(out);
	/* a day stays @from/@to; mixed precisions take one of each */
	ok(read_and_write(DOC_HEAD REL("from=\"2016-12-15\" notAfter=\"2019\"") DOC_TAIL, &c, &out, &kind) &&
	   c.from.prec == BL_DAY && c.to.prec == BL_YEAR && out &&
	   strstr(out, "from=\"2016-12-15\" notAfter=\"2019\""),
	   "a start known to the day is @from, an end known to the year @notAfter");
	free(out);
	/* an open end stays open */
	ok(read_and_write(DOC_HEAD REL("notBefore=\"1956-10\"") DOC_TAIL, &c, &out, &kind) &&
	   c.from.prec == BL_MONTH && c.to.prec == BL_OPEN && out && strstr(out, "notBefore=\"1956-10\"") &&
	   !strstr(out, "notAfter"),
	   "a start known to the month with an open end: @notBefore alone");
	free(out);
	/* a period in one partial date stays @when */
	ok(read_and_write(DOC_HEAD REL("notBefore=\"2016\" notAfter=\"2016\"") DOC_TAIL, &c, &out, &kind) &&
	   out && strstr(out, "when=\"2016\"") && !strstr(out, "notBefore"),
	   "a start and an end in the same year are written as @when");
	free(out);
	/* what TEI refuses, the reader refuses */
	ok(!read_and_write(DOC_HEAD REL("to=\"2019-01-31\" notAfter=\"2019\"") DOC_TAIL, &c, &out, &kind) &&
	   kind == BL_TEI_EVALUE, "@to and @notAfter together are refused");
	free(out);
	ok(!read_and_write(DOC_HEAD REL("when=\"2016\" notAfter=\"2019\"") DOC_TAIL, &c, &out, &kind) &&
	   kind == BL_TEI_EVALUE, "@when and @notAfter together are refused");
	free(out);
	ok(!read_and_write(DOC_HEAD REL("notBefore=\"2019\" notAfter=\"2018-12\"") DOC_TAIL, &c, &out, &kind) &&
	   kind == BL_TEI_EVALUE, "a period whose @notAfter is before its @notBefore is refused");
	free(out);
}

/* ---------- the fuzz corpus ---------- */

typedef struct corpus_case
{
	const char *file;
	bl_tei_errkind refused;		/* BL_TEI_OK: read, and round-trips */
	const char *why;
} corpus_case;

static const corpus_case corpus[] = {
	{"bad_control", BL_TEI_EXML, "a control character is not XML 1.0"},
	{"bad_date", BL_TEI_EVALUE, "an impossible date"},
	{"bad_deep", BL_TEI_ETOODEEP, "nested deeper than BL_TEI_MAX_DEPTH"},
	{"bad_doctype", BL_TEI_EREFUSED, "a DOCTYPE"},
	{"bad_empty", BL_TEI_EXML, "no document"},
	{"bad_event_kind", BL_TEI_EVALUE, "an event type that is not a code"},
	{"bad_event_no_label", BL_TEI_EVALUE, "an event without <label>"},
	{"bad_from_and_notbefore", BL_TEI_EVALUE, "@from and @notBefore together (TEI refuses them too)"},
	{"bad_key", BL_TEI_EVALUE, "a source key that is not a code"},
	{"bad_mutual", BL_TEI_EVALUE, "a mutual relation (a stance is directed)"},
	{"bad_no_ns", BL_TEI_ENOTTEI, "TEI outside the TEI namespace"},
	{"bad_no_quote", BL_TEI_EVALUE, "a relation without its quote"},
	{"bad_not_xml", BL_TEI_EXML, "not XML"},
	{"bad_root", BL_TEI_ENOTTEI, "another root element"},
	/* the reader leaves names to the server, which refuses an actor toward itself */
	{"bad_same_actor", BL_TEI_OK, "read: the server refuses the same actor on both sides"},
	{"bad_stance", BL_TEI_EVALUE, "a stance out of -3..+3"},
	{"bad_unclosed", BL_TEI_EXML, "an unclosed element"},
	{"bad_utf16", BL_TEI_EXML, "UTF-16 without a declaration"},
	{"bad_when_and_from", BL_TEI_EVALUE, "@when and @from together"},
	{"bad_xxe", BL_TEI_EREFUSED, "an external entity (DOCTYPE)"},
	{"claim_entities", BL_TEI_OK, "character references in values"},
	{"claim_in_claim", BL_TEI_OK, "a claim wrapper's descs"},
	{"claim_notbefore", BL_TEI_OK, "a start known to the year (@notBefore), an open end"},
	{"claim_open", BL_TEI_OK, "an open period"},
	{"claim_preserve", BL_TEI_OK, "xml:space=\"preserve\""},
	{"claim_when", BL_TEI_OK, "@when"},
	{"estudio_ejemplo", BL_TEI_OK, "docs/examples, Spanish"},
	{"event_notbefore", BL_TEI_OK, "an event from a year (@notBefore) to a day (@to)"},
	{"event_period", BL_TEI_OK, "an event over a period"},
	{"event_when", BL_TEI_OK, "an event on a day"},
	{"example_study", BL_TEI_OK, "docs/examples, English"},
	{"minimal", BL_TEI_OK, "a header only"},
	{"one_claim", BL_TEI_OK, "one claim"},
	{"tei_prefix", BL_TEI_OK, "the TEI namespace under a prefix"},
	/* XML 1.1 allows &#x1; but libxml2 reads the document as XML 1.0 */
	{"xml11_control", BL_TEI_EXML, "a control character in an XML 1.1 document"},
	{"xml_decl", BL_TEI_OK, "an XML declaration"},
};

static const corpus_case *
find_case(const char *file)
{
	for (size_t i = 0; i < sizeof corpus / sizeof corpus[0]; i++)
		if (strcmp(corpus[i].file, file) == 0)
			return &corpus[i];
	return NULL;
}

static void
test_corpus_case(const corpus_case *c)
{
	char		path[256],
				msg[400];
	size_t		len;
	char	   *buf;

	snprintf(path, sizeof path, CORPUS_DIR "%s", c->file);
	buf = read_file(path, &len);
	if (c->refused != BL_TEI_OK)
	{
		bl_tei_parser p;
		bl_tei_error err;
		bool		read = false;

		bl_tei_parser_init(&p);
		if (buf)
			read = bl_tei_parse(&p, buf, len, BL_TEI_SILENT, &err);
		snprintf(msg, sizeof msg, "corpus %s is refused (kind %d, got %d): %s", c->file,
				 (int) c->refused, buf && !read ? (int) err.kind : -1, c->why);
		ok(buf && !read && err.kind == c->refused && err.message[0] != '\0', msg);
		bl_tei_parser_cleanup(&p);
	}
	else
	{
		int			nc,
					ne;
		const char *why = buf ? round_trip(buf, len, &nc, &ne) : "cannot read the file";

		snprintf(msg, sizeof msg, "corpus %s is read and round-trips: %s%s%s", c->file, c->why,
				 why ? ": " : "", why ? why : "");
		ok(why == NULL, msg);
	}
	free(buf);
}

static void
test_corpus(void)
{
	DIR		   *d = opendir(CORPUS_DIR);
	struct dirent *e;
	int			seen = 0,
				unknown = 0;

	ok(d != NULL, "the corpus " CORPUS_DIR " is there");
	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL)
	{
		const corpus_case *c;

		if (e->d_name[0] == '.')
			continue;
		c = find_case(e->d_name);
		if (c == NULL)
		{
			printf("# %s%s is not classified in test_tei.c\n", CORPUS_DIR, e->d_name);
			unknown++;
			continue;
		}
		seen++;
	}
	closedir(d);
	ok(unknown == 0 && seen == (int) (sizeof corpus / sizeof corpus[0]),
	   "every corpus file is classified here, and every case is a corpus file");
	for (size_t i = 0; i < sizeof corpus / sizeof corpus[0]; i++)
		test_corpus_case(&corpus[i]);
}

int
main(void)
{
	xmlInitParser();
	test_examples();
	test_bounds();
	test_corpus();
	xmlCleanupParser();
	printf("1..%d\n", ntest);
	return nfail ? 1 : 0;
}
