/*
 * bl_xmlwrite.h - the one XML writer of bilateral (plain C, no PostgreSQL or
 * libxml2 header): export_tei's TEI (tei_write.c) and timeline_svg's SVG
 * (timeline_draw.c) are both written with it.
 *
 * A body function emits elements, attributes and text in document order;
 * bl_xml_render() runs it twice, once counting bytes and once writing them
 * into a buffer of exactly that size, so an output over the cap is refused
 * before anything is allocated, and the bytes are the same for the same data.
 *
 * The layout is libxml2's xmlSaveDoc with XML_SAVE_FORMAT and no declaration
 * (what timeline_svg wrote before this writer existed): an element with
 * element children has each on its own line, indented two spaces a level; an
 * element with text keeps it on one line; an empty element is <name .../>;
 * the root is followed by a line feed.  Escaping is libxml2's too: & < > in
 * text, plus carriage return as &#13;; in attribute values also " tab and
 * line feed.  A character XML 1.0 cannot hold (bl_xmlchars.h), and a byte
 * that is not part of well-formed UTF-8 (never in what the server passes),
 * is written as U+FFFD and counted.  With BL_XML_ASCII every other non-ASCII character is
 * a decimal character reference (&#8594;), as libxml2 writes for "ASCII".
 *
 * Names (elements, attributes) are written as given: pass constants.
 */
#ifndef BL_XMLWRITE_H
#define BL_XMLWRITE_H

#include <stdbool.h>
#include <stddef.h>

#define BL_XML_MAX_DEPTH 32		/* element nesting the writer keeps track of */

/* flags */
#define BL_XML_UTF8 0
#define BL_XML_ASCII 1			/* non-ASCII as character references */

typedef enum bl_xml_failure
{
	BL_XML_OK = 0,
	BL_XML_TOOBIG,				/* over max_bytes (the size counted is reported) */
	BL_XML_NOMEM,				/* out of memory */
	BL_XML_INTERRUPTED,			/* stop() asked to stop */
	BL_XML_MISUSE				/* a body broke the writer's rules (a bug) */
} bl_xml_failure;

typedef struct bl_xw bl_xw;

/* writes the document; may call bl_xw_fail() (then the render fails) */
typedef void (*bl_xml_body) (bl_xw *w, const void *arg);

/*
 * Render body(arg).  *out is malloc'd (free() it), NUL-terminated, *outlen
 * bytes before the NUL; *replaced (may be NULL) counts the characters written
 * as U+FFFD.  stop (may be NULL) is polled at every element: when it returns
 * true the render fails with BL_XML_INTERRUPTED (it must return, never
 * longjmp).  On failure *out is NULL, *why says why and *outlen holds the
 * size counted for BL_XML_TOOBIG.
 */
bool		bl_xml_render(bl_xml_body body, const void *arg, int flags, size_t max_bytes,
						  bool (*stop) (void), char **out, size_t *outlen, size_t *replaced,
						  bl_xml_failure *why);

/* an element: start, its attributes, then children or text, then end */
void		bl_xw_start(bl_xw *w, const char *name);
void		bl_xw_end(bl_xw *w);
void		bl_xw_attr(bl_xw *w, const char *name, const char *value);
/* an attribute value written in pieces: begin, parts (escaped), end */
void		bl_xw_attr_begin(bl_xw *w, const char *name);
void		bl_xw_attr_part(bl_xw *w, const char *s, size_t n);
void		bl_xw_attr_end(bl_xw *w);
/* text content (escaped); several calls make one text */
void		bl_xw_text(bl_xw *w, const char *s);
void		bl_xw_textn(bl_xw *w, const char *s, size_t n);
/* the body gives up: the render fails with why */
void		bl_xw_fail(bl_xw *w, bl_xml_failure why);
bool		bl_xw_failed(const bl_xw *w);

#endif							/* BL_XMLWRITE_H */
