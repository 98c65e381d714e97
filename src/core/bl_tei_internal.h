/*
 * bl_tei_internal.h - what the TEI core's files share (tei_common.c, the
 * reader tei_read.c, the writer tei_write.c); not part of its API (bl_tei.h).
 */
#ifndef BL_TEI_INTERNAL_H
#define BL_TEI_INTERNAL_H

#include "bl_tei.h"

/* bl_tei_interrupt_hook asked to stop */
bool		bl_tei_stop_requested(void);
extern const char bl_tei_interrupted_msg[];

/* the document's arena: strings in 64 kB chunks, freed all at once */
void	   *bl_tei_arena_alloc(bl_tei_doc *doc, size_t n);
void		bl_tei_doc_free(bl_tei_doc *doc);

/* errors: src cut at maxlen bytes on a UTF-8 boundary; fill err, return false */
void		bl_tei_copy_cut(char *dst, size_t size, const char *src, size_t maxlen);
#ifdef __GNUC__
__attribute__((format(printf, 9, 10)))
#endif
bool		bl_tei_set_error(bl_tei_error *err, bl_tei_errkind kind, int line, const char *element,
					  const char *attr, const char *value, const char *message,
					  const char *hint, const char *fmt,...);
void		bl_tei_clear_error(bl_tei_error *err);

/* XML's white space: space, tab, line feed, carriage return */
bool		bl_tei_is_xml_space(char c);

#endif							/* BL_TEI_INTERNAL_H */
