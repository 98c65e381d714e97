/*
 * bl_xmlchars.h - the characters XML 1.0 cannot hold, in UTF-8 text (plain C,
 * no PostgreSQL or libxml2 header).
 *
 * XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF].  PostgreSQL's text never holds NUL or a surrogate, so
 * what a stored value can hold and XML cannot is U+0001-U+0008, U+000B,
 * U+000C, U+000E-U+001F, U+FFFE and U+FFFF.  Both outputs (export_tei's TEI,
 * timeline_svg's SVG) write U+FFFD in their place: docs/tei.md, docs/timeline.md.
 */
#ifndef BL_XMLCHARS_H
#define BL_XMLCHARS_H

#include <stdbool.h>
#include <stddef.h>

#define BL_XML_REPLACEMENT "\xEF\xBF\xBD"	/* U+FFFD in UTF-8 */

/* bytes of the character at s that XML 1.0 cannot hold; 0 if it can (or *s is NUL) */
size_t		bl_xml_bad_char(const char *s);

/* how many such characters s holds */
size_t		bl_xml_count_bad(const char *s);

/*
 * Whether the len bytes at s hold none of them.  utf8 false: s is in another
 * ASCII-safe encoding (every server encoding of PostgreSQL but UTF-8), which
 * cannot write U+FFFE or U+FFFF, so only the control characters count.
 */
bool		bl_xml_text_ok(const char *s, size_t len, bool utf8);

/*
 * s with each such character replaced by U+FFFD, into out (room for
 * strlen(s) + 2 * bl_xml_count_bad(s) + 1 bytes); returns the replacements.
 */
size_t		bl_xml_replace_bad(const char *s, char *out);

#endif							/* BL_XMLCHARS_H */
