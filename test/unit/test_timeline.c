/*
 * test_timeline.c - unit tests of the core's XML writer (bl_xmlwrite.h) and
 * the timeline's layout and drawing (bl_timeline.h), without a server.
 * Prints TAP; `make unit` and `make unit-asan` build and run it from the
 * project folder.
 *
 * The golden files (test/unit/golden/NAME.svg) are what timeline_svg() wrote
 * for the same data when it drew with libxml2's tree API (bilateral 1.3), so
 * they pin the output byte for byte.  After a deliberate change of the
 * picture, BL_UPDATE_GOLDEN=1 test/unit/test_timeline rewrites them: review
 * the diff before committing it.
 */
#include "core/bl_timeline.h"
#include "core/bl_xmlwrite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"

#define GOLDEN_DIR "test/unit/golden/"

static int32_t
day(int y, int m, int d)
{
	return bl_days_from_civil(y, m, d);
}

/* ---------- the writer ---------- */

typedef struct case_arg
{
	int			which;
} case_arg;

static void
body(bl_xw *w, const void *arg)
{
	int			which = ((const case_arg *) arg)->which;

	bl_xw_start(w, "a");
	bl_xw_attr(w, "x", "1 < 2 & \"3\"\t\n\r>");
	bl_xw_start(w, "b");
	bl_xw_text(w, "caf\xC3\xA9 \xE2\x86\x92 <&> \"q\"\r\x01 \xEF\xBF\xBE.");
	bl_xw_end(w);
	bl_xw_start(w, "c");
	bl_xw_end(w);
	bl_xw_start(w, "d");
	bl_xw_start(w, "e");
	bl_xw_text(w, "");
	bl_xw_end(w);
	bl_xw_end(w);
	if (which == 1)
		bl_xw_text(w, "text after an element");	/* mixed content: refused */
	if (which == 2)
		return;					/* elements left open: refused */
	bl_xw_end(w);
}

static void
test_writer(void)
{
	case_arg	a = {0};
	char	   *out;
	size_t		len,
				rep;
	bl_xml_failure why;

	ok(bl_xml_render(body, &a, BL_XML_UTF8, 1000, NULL, &out, &len, &rep, &why) &&
	   strcmp(out, "<a x=\"1 &lt; 2 &amp; &quot;3&quot;&#9;&#10;&#13;&gt;\">\n"
			  "  <b>caf\xC3\xA9 \xE2\x86\x92 &lt;&amp;&gt; \"q\"&#13;\xEF\xBF\xBD \xEF\xBF\xBD.</b>\n"
			  "  <c/>\n  <d>\n    <e></e>\n  </d>\n</a>\n") == 0 && len == strlen(out),
	   "writer: libxml2's layout and escaping; U+FFFD for what XML cannot hold");
	ok(rep == 2, "writer: the replacements are counted");
	free(out);
	ok(bl_xml_render(body, &a, BL_XML_ASCII, 1000, NULL, &out, &len, &rep, &why) &&
	   strstr(out, "<b>caf&#233; &#8594; &lt;&amp;&gt; \"q\"&#13;&#65533; &#65533;.</b>") != NULL,
	   "writer: ASCII with decimal character references, as libxml2 writes \"ASCII\"");
	free(out);
	ok(!bl_xml_render(body, &a, BL_XML_UTF8, 50, NULL, &out, &len, &rep, &why) &&
	   why == BL_XML_TOOBIG && out == NULL && len > 50, "writer: over the cap, refused with the size counted");
	a.which = 1;
	ok(!bl_xml_render(body, &a, BL_XML_UTF8, 1000, NULL, &out, &len, &rep, &why) &&
	   why == BL_XML_MISUSE && out == NULL, "writer: mixed content is refused, not written");
	a.which = 2;
	ok(!bl_xml_render(body, &a, BL_XML_UTF8, 1000, NULL, &out, &len, &rep, &why) &&
	   why == BL_XML_MISUSE && out == NULL, "writer: an element left open is refused");
}

static int	stop_after;

static bool
stop_soon(void)
{
	return --stop_after < 0;
}

/* ---------- the timeline: test/45_timeline.sql's case ---------- */

static bl_tl_seg energy[] = {
	{-3652, -2557, false, false, false, 2, 1, {2}, "s_early", BL_YEAR, BL_OPEN},
	{-2556, -1827, false, false, true, 0, 2, {1, 2}, "s_early, s_late", BL_YEAR, BL_YEAR},
	{-1826, -1646, false, false, false, 2, 1, {2}, "s_early", BL_OPEN, BL_MONTH},
	{-1645, 0, false, true, false, -1, 1, {-1}, "s_late", BL_DAY, BL_OPEN},
};
static bl_tl_seg sanctions[] = {
	{0, -3867, true, false, false, 0, 1, {0}, "s_early", BL_OPEN, BL_MONTH},
};
static bl_tl_seg trade[] = {
	{-3224, -2882, false, false, false, -3, 1, {-3}, "s_early", BL_DAY, BL_DAY},
};

static const char summit_utf8[] = "Summit <A & B> in \"Capital\" \x01 \xEF\xBF\xBE \xC3\xA9t\xC3\xA9";
/* the same read from a LATIN1 database by a UTF-8 client that did not say so */
static const char summit_latin[] = "Summit <A & B> in \"Capital\" \x01 \xC3\x83\xC2\xA9t\xC3\x83\xC2\xA9";

/* a fresh copy each time: bl_tl_settle_span drops what lies outside the range */
static void
make_case(bl_tl_data *t, const char *summit)
{
	static bl_tl_lane lanes[3];
	static bl_tl_seg segs[6];
	static bl_tl_event events[3];
	static bl_tl_treaty treaties[2];

	memcpy(segs, energy, sizeof energy);
	memcpy(segs + 4, sanctions, sizeof sanctions);
	memcpy(segs + 5, trade, sizeof trade);
	lanes[0] = (bl_tl_lane) {"energy", "Energy", 4, segs};
	lanes[1] = (bl_tl_lane) {"sanctions", "Sanctions", 1, segs + 4};
	lanes[2] = (bl_tl_lane) {"trade", "Trade", 1, segs + 5};
	events[0] = (bl_tl_event) {"summit_1994", summit, -2060, -2060, BL_DAY, BL_DAY};
	events[1] = (bl_tl_event) {"talks_1994", "Talks", -2058, -2058, BL_DAY, BL_DAY};
	events[2] = (bl_tl_event) {"talks2_1994", "More talks with a very long name that goes on and on and on and on for a long time indeed",
	-2052, -2052, BL_DAY, BL_DAY};
	treaties[0] = (bl_tl_treaty) {"1992-05:AAA+BBB:pact2", "Second pact", -2801, BL_MONTH};
	treaties[1] = (bl_tl_treaty) {"1992-05-01:AAA+BBB:pact", "Pact of A and B \x02 (the \"pact\")", -2801, BL_DAY};
	memset(t, 0, sizeof(*t));
	t->actor = "AAA";
	t->counterpart = "BBB";
	t->actor_name = "Actor A";
	t->counterpart_name = "Actor B";
	t->nlanes = 3;
	t->lanes = lanes;
	t->nevents = 3;
	t->events = events;
	t->ntreaties = 2;
	t->treaties = treaties;
}

/* the picture of the case over [lo, hi] equals the golden file */
static void
golden(const char *name, const char *summit, int flags, int32_t lo, int32_t hi, int nlanes,
	   const char *what)
{
	bl_tl_data	t;
	char		path[256];
	char	   *out,
			   *want;
	size_t		len,
				wlen = 0;
	bl_xml_failure why;
	char		msg[256];

	make_case(&t, summit);
	t.nlanes = nlanes;			/* the issues with claims in the range, as the server finds them */
	bl_tl_settle_span(&t, lo, hi);
	snprintf(path, sizeof path, GOLDEN_DIR "%s.svg", name);
	if (!bl_tl_svg(&t, flags, 1 << 24, NULL, &out, &len, &why))
	{
		snprintf(msg, sizeof msg, "%s: %s (failed: %d)", name, what, (int) why);
		ok(0, msg);
		return;
	}
	if (getenv("BL_UPDATE_GOLDEN"))
	{
		FILE	   *f = fopen(path, "wb");

		if (f)
		{
			fwrite(out, 1, len, f);
			fclose(f);
		}
	}
	want = read_file(path, &wlen);
	snprintf(msg, sizeof msg, "%s: %s", name, what);
	ok(want != NULL && wlen == len && memcmp(want, out, len) == 0, msg);
	free(want);
	free(out);
}

static void
test_golden(void)
{
	int32_t		open_lo = BL_TL_OPEN_LO,
				open_hi = BL_TL_OPEN_HI;

	golden("ab_whole", summit_utf8, BL_XML_UTF8, open_lo, open_hi, 3,
		   "the span of the data in whole years, three lanes, contested and uncertain stretches, clustered event labels");
	golden("ab_part", summit_utf8, BL_XML_UTF8, day(1994, 1, 1), day(1995, 12, 31), 1,
		   "a range: what lies outside it is left out; one label per year, centred");
	golden("ab_long", summit_utf8, BL_XML_UTF8, day(1855, 1, 1), day(2021, 12, 31), 3,
		   "1855-2021: a label every 20 years, minor ticks every 5");
	golden("ab_month", summit_utf8, BL_XML_UTF8, day(1994, 5, 1), day(1994, 5, 31), 1,
		   "a month: minor ticks at months, days wide");
	golden("ab_day", summit_utf8, BL_XML_UTF8, day(1994, 5, 12), day(1994, 5, 12), 1,
		   "a single day");
	golden("ab_whole_ascii", summit_latin, BL_XML_ASCII, open_lo, open_hi, 3,
		   "ASCII (a database not in UTF-8): every other character a reference");
}

static void
test_timeline_rules(void)
{
	bl_tl_data	t;
	char	   *out;
	size_t		len;
	bl_xml_failure why;

	make_case(&t, summit_utf8);
	bl_tl_settle_span(&t, day(1994, 1, 1), day(1995, 12, 31));
	ok(t.nlanes == 3 && t.lanes[0].nseg == 3 && t.lanes[1].nseg == 0 && t.lanes[2].nseg == 0 &&
	   t.ntreaties == 0 && t.nevents == 3, "settle_span: segments, events and treaties outside the range are dropped");
	make_case(&t, summit_utf8);
	bl_tl_settle_span(&t, BL_TL_OPEN_LO, BL_TL_OPEN_HI);
	ok(t.lo == day(1989, 1, 1) && t.hi == day(1995, 12, 31),
	   "settle_span: open sides are the data's span in whole years (an open end stops at the last dated bound)");

	make_case(&t, summit_utf8);
	t.nlanes = t.nevents = t.ntreaties = 0;
	bl_tl_settle_span(&t, BL_TL_OPEN_LO, BL_TL_OPEN_HI);
	ok(t.lo == day(2000, 1, 1) && t.hi == day(2000, 12, 31), "settle_span: no data and no range: a year");
	ok(bl_tl_svg(&t, BL_XML_UTF8, 1 << 20, NULL, &out, &len, &why) &&
	   strstr(out, "No stance claims for this dyad in this period.") != NULL &&
	   strstr(out, "class=\"key\"") == NULL && strstr(out, "class=\"sources\"") == NULL,
	   "an empty picture says so, without a key or a caption");
	free(out);

	make_case(&t, summit_utf8);
	bl_tl_settle_span(&t, BL_TL_OPEN_LO, BL_TL_OPEN_HI);
	stop_after = 10;
	ok(!bl_tl_svg(&t, BL_XML_UTF8, 1 << 20, stop_soon, &out, &len, &why) && why == BL_XML_INTERRUPTED &&
	   out == NULL, "an interrupt stops the drawing, with nothing to free");
	ok(!bl_tl_svg(&t, BL_XML_UTF8, 1000, NULL, &out, &len, &why) && why == BL_XML_TOOBIG && len > 1000,
	   "over the cap: refused before the bytes are allocated");
}

int
main(void)
{
	test_writer();
	test_golden();
	test_timeline_rules();
	printf("1..%d\n", ntest);
	return nfail ? 1 : 0;
}
