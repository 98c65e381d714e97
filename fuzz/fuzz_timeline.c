/*
 * fuzz_timeline.c - libFuzzer harness for the timeline's layout and drawing
 * (bl_timeline.h) and so for the core's XML writer (bl_xmlwrite.h).
 *
 * The input is consumed as data: a range, up to 4 lanes of up to 6 segments,
 * up to 6 events and 4 treaties, with day numbers, precisions and stances
 * taken from its bytes and every name, key and source list cut from it (any
 * bytes but NUL: control characters, U+FFFE, malformed UTF-8, markup).
 *
 * Invariants:
 * - the picture is drawn (or refused only as too big), in both encodings;
 * - it is a well-formed XML document (libxml2 reads it) with an <svg> root;
 * - in ASCII mode every byte is ASCII;
 * - the same data give the same bytes (drawn twice);
 * - nothing leaks.
 */
#include "fuzz_common.h"
#include "core/bl_timeline.h"

#include <libxml/parser.h>

typedef struct input
{
	const uint8_t *p;
	size_t		n;
} input;

static unsigned
byte(input *in)
{
	if (in->n == 0)
		return 0;
	in->n--;
	return *in->p++;
}

static int32_t
day_of(input *in)
{
	/* days of 0001..9999, and a few beyond, around 2000-01-01 */
	int32_t		v = (int32_t) ((byte(in) << 16) | (byte(in) << 8) | byte(in));

	return v - 0x800000 / 2;
}

/* a string of up to 40 bytes from the input, NUL-free, in strings[] */
static const char *
str(input *in, char (*strings)[48], int *ns)
{
	char	   *s = strings[(*ns)++];
	unsigned	len = byte(in) % 41;
	unsigned	k = 0;

	for (unsigned i = 0; i < len && in->n > 0; i++)
	{
		unsigned	c = byte(in);

		if (c != 0)
			s[k++] = (char) c;
	}
	s[k] = '\0';
	return s;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	xmlInitParser();
	return 0;
}

static void
check_svg(const char *out, size_t len, bool ascii)
{
	xmlDocPtr	doc;

	CHECK(strlen(out) == len);
	if (ascii)
		for (size_t i = 0; i < len; i++)
			CHECK((unsigned char) out[i] < 0x80, "byte %zu is 0x%02x", i, (unsigned char) out[i]);
	doc = xmlReadMemory(out, (int) len, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	CHECK(doc != NULL, "not well-formed:\n%s", out);
	CHECK(xmlDocGetRootElement(doc) && strcmp((const char *) xmlDocGetRootElement(doc)->name, "svg") == 0);
	xmlFreeDoc(doc);
}

static void
draw(const bl_tl_data *t, int flags)
{
	char	   *out = NULL,
			   *out2 = NULL;
	size_t		len,
				len2;
	bl_xml_failure why;

	if (!bl_tl_svg(t, flags, 1 << 26, NULL, &out, &len, &why))
	{
		CHECK(why == BL_XML_TOOBIG && out == NULL, "failed: %d", (int) why);
		return;
	}
	check_svg(out, len, flags == BL_XML_ASCII);
	CHECK(bl_tl_svg(t, flags, 1 << 26, NULL, &out2, &len2, &why));
	CHECK(len == len2 && memcmp(out, out2, len) == 0, "not deterministic");
	free(out);
	free(out2);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input		in = {data, size};
	static char strings[128][48];
	int			ns = 0;
	bl_tl_lane	lanes[4];
	bl_tl_seg	segs[4][6];
	bl_tl_event events[6];
	bl_tl_treaty treaties[4];
	bl_tl_data	t;
	int32_t		lo,
				hi;
	unsigned	open = byte(&in);

	memset(&t, 0, sizeof t);
	t.actor = str(&in, strings, &ns);
	t.counterpart = str(&in, strings, &ns);
	t.actor_name = str(&in, strings, &ns);
	t.counterpart_name = str(&in, strings, &ns);
	lo = (open & 1) ? BL_TL_OPEN_LO : day_of(&in);
	hi = (open & 2) ? BL_TL_OPEN_HI : day_of(&in);
	if (lo != BL_TL_OPEN_LO && hi != BL_TL_OPEN_HI && hi < lo)
		hi = lo;
	t.nlanes = (int) (byte(&in) % 5);
	t.lanes = lanes;
	for (int i = 0; i < t.nlanes; i++)
	{
		lanes[i].issue = str(&in, strings, &ns);
		lanes[i].name = str(&in, strings, &ns);
		lanes[i].nseg = (int) (byte(&in) % 7);
		lanes[i].segs = segs[i];
		for (int j = 0; j < lanes[i].nseg; j++)
		{
			bl_tl_seg  *s = &segs[i][j];
			unsigned	f = byte(&in);

			memset(s, 0, sizeof *s);
			s->from = day_of(&in);
			s->to = s->from + (int32_t) (byte(&in) << 4);
			s->open_from = f & 1;
			s->open_to = (f & 2) != 0;
			s->contested = (f & 4) != 0;
			s->stance = (int) (byte(&in) % 7) - 3;
			s->nstances = 1 + (int) (byte(&in) % BL_TL_MAX_STANCES);
			for (int k = 0; k < s->nstances; k++)
				s->stances[k] = (int) (byte(&in) % 7) - 3;
			s->sources = (f & 8) ? NULL : str(&in, strings, &ns);
			s->from_prec = (int) (byte(&in) % 4);
			s->to_prec = (int) (byte(&in) % 4);
		}
	}
	t.nevents = (int) (byte(&in) % 7);
	t.events = events;
	for (int i = 0; i < t.nevents; i++)
	{
		events[i].key = str(&in, strings, &ns);
		events[i].name = str(&in, strings, &ns);
		events[i].from = day_of(&in);
		events[i].to = events[i].from + (int32_t) byte(&in);
		events[i].from_prec = 1 + (int) (byte(&in) % 3);
		events[i].to_prec = 1 + (int) (byte(&in) % 3);
	}
	t.ntreaties = (int) (byte(&in) % 5);
	t.treaties = treaties;
	for (int i = 0; i < t.ntreaties; i++)
	{
		treaties[i].ref = str(&in, strings, &ns);
		treaties[i].name = str(&in, strings, &ns);
		treaties[i].signed_on = day_of(&in);
		treaties[i].prec = 1 + (int) (byte(&in) % 3);
	}
	bl_tl_settle_span(&t, lo, hi);
	draw(&t, BL_XML_UTF8);
	draw(&t, BL_XML_ASCII);
	return 0;
}
