/*
 * fuzz_tei.c - libFuzzer harness for the TEI reader of the core
 * (bl_tei_parse over libxml2) and its writer (bl_tei_write).
 *
 * Invariants:
 * - a document that is read has the parts bl_tei.h promises (a source key,
 *   title, language and kind; claims with an actor, a counterpart, an issue, a
 *   stance in -3..+3 and valid partial dates; events with a first date);
 * - round trip (docs/tei.md): what is read can be written, the written bytes
 *   read back to as many claims and events, and writing them again gives the
 *   same bytes;
 * - a refusal has a kind and a NUL-terminated message;
 * - nothing leaks (LeakSanitizer) on success or failure: cleanup frees all.
 */
#include "fuzz_common.h"
#include "core/bl_tei.h"

#include <libxml/parser.h>

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	xmlInitParser();
	return 0;
}

static void
check_tei_error(const bl_tei_error *err)
{
	CHECK(err->kind > BL_TEI_OK && err->kind <= BL_TEI_ENOMEM, "kind %d", (int) err->kind);
	CHECK(memchr(err->message, '\0', sizeof(err->message)) != NULL);
	CHECK(err->message[0] != '\0', "empty message");
	CHECK(memchr(err->detail, '\0', sizeof(err->detail)) != NULL);
	CHECK(memchr(err->element, '\0', sizeof(err->element)) != NULL);
	CHECK(memchr(err->attr, '\0', sizeof(err->attr)) != NULL);
	CHECK(!err->has_value || memchr(err->value, '\0', sizeof(err->value)) != NULL);
	CHECK(err->line >= 0);
}

static void
check_doc(const bl_tei_doc *d)
{
	CHECK(d != NULL);
	CHECK(d->source.key && d->source.key[0], "no source key");
	CHECK(d->source.title != NULL && d->source.language != NULL && d->source.kind != NULL);
	check_pdate(d->source.published, 0);
	CHECK(d->nclaims >= 0 && d->nevents >= 0);
	for (int i = 0; i < d->nclaims; i++)
	{
		const bl_tei_claim *c = &d->claims[i];

		CHECK(c->active && c->passive && c->issue, "claim %d", i);
		CHECK(c->stance >= -3 && c->stance <= 3, "claim %d stance %d", i, c->stance);
		check_pdate(c->from, 1);
		check_pdate(c->to, 1);
		CHECK(c->quote != NULL, "claim %d has no quote", i);
	}
	for (int i = 0; i < d->nevents; i++)
	{
		const bl_tei_event *e = &d->events[i];

		CHECK(e->kind && e->name && e->quote, "event %d", i);
		check_pdate(e->from, 0);
		check_pdate(e->to, 1);
		CHECK(e->nactors >= 0 && (e->nactors == 0 || e->actors != NULL));
		for (int k = 0; k < e->nactors; k++)
			CHECK(e->actors[k] != NULL);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bl_tei_parser p,
				p2;
	bl_tei_error err;
	char	   *out = NULL,
			   *out2 = NULL;
	size_t		outlen = 0,
				outlen2 = 0;

	bl_tei_parser_init(&p);
	if (!bl_tei_parse(&p, (const char *) data, size, BL_TEI_SILENT, &err))
	{
		check_tei_error(&err);
		bl_tei_parser_cleanup(&p);
		bl_tei_parser_cleanup(&p);	/* documented as safe twice */
		return 0;
	}
	check_doc(p.doc);

	/* round trip: write, read back, write again: the same bytes */
	CHECK(bl_tei_write(p.doc, SIZE_MAX, &out, &outlen, NULL, &err), "a document that was read cannot be written: %s %s",
		  err.message, err.detail);
	CHECK(out != NULL && strlen(out) == outlen);
	bl_tei_parser_init(&p2);
	CHECK(bl_tei_parse(&p2, out, outlen, BL_TEI_SILENT, &err), "written document not read back: %s %s (line %d)\n%s",
		  err.message, err.detail, err.line, out);
	check_doc(p2.doc);
	CHECK(p2.doc->nclaims == p.doc->nclaims && p2.doc->nevents == p.doc->nevents,
		  "%d/%d claims, %d/%d events", p.doc->nclaims, p2.doc->nclaims, p.doc->nevents, p2.doc->nevents);
	CHECK(bl_tei_write(p2.doc, SIZE_MAX, &out2, &outlen2, NULL, &err), "%s", err.message);
	CHECK(outlen2 == outlen && memcmp(out, out2, outlen) == 0, "writing twice differs:\n%s\n----\n%s", out, out2);
	free(out);
	free(out2);
	bl_tei_parser_cleanup(&p2);
	bl_tei_parser_cleanup(&p);
	return 0;
}
