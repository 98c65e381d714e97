/*
 * bl_tei_read.h - what the TEI reader's files share (the driver tei_read.c,
 * the helpers tei_nodes.c, and tei_header.c, tei_relations.c, tei_events.c);
 * not part of the core's API (bl_tei.h).  The reader walks the tree libxml2
 * built; every string it keeps is copied into the document's arena.
 */
#ifndef BL_TEI_READ_H
#define BL_TEI_READ_H

#include "bl_tei.h"
#include "bl_tei_internal.h"

#include <limits.h>
#include <string.h>

#include <libxml/tree.h>

/* a walk of one document: what it fills, where errors go, the arrays' room */
typedef struct bl_tei_reader
{
	bl_tei_doc *doc;
	bl_tei_error *err;
	int			nclaims_alloc;
	int			nevents_alloc;
} bl_tei_reader;

/* ---------- the tree (inline: called on every node) ---------- */

/* an element in the TEI namespace, named name (any name when NULL) */
static inline bool
is_tei(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->ns != NULL && n->ns->href != NULL &&
		strcmp((const char *) n->ns->href, BL_TEI_NS) == 0 &&
		(name == NULL || strcmp((const char *) n->name, name) == 0);
}

static inline int
line_of(xmlNodePtr n)
{
	long		l = n ? xmlGetLineNo(n) : 0;

	return (l > 0 && l < INT_MAX) ? (int) l : 0;
}

static inline const char *
name_of(xmlNodePtr n)
{
	return n ? (const char *) n->name : "";
}

/* ---------- tei_nodes.c: reading the tree ---------- */

/* parent's first TEI child named name; NULL when parent is NULL or has none */
xmlNodePtr	bl_tei_first_child(xmlNodePtr parent, const char *name);
/* an attribute without namespace, trimmed; NULL if absent (*ok false on OOM) */
char	   *bl_tei_get_attr(bl_tei_reader *rd, xmlNodePtr n, const char *name, bool *ok);
/* 1 equal to want, 0 different, -1 absent, -2 out of memory (err set) */
int			bl_tei_attr_cmp(bl_tei_reader *rd, xmlNodePtr n, const char *name, const char *want);
/* bl_tei_interrupt_hook asked to stop: err set, true */
bool		bl_tei_interrupted(bl_tei_reader *rd, xmlNodePtr n);
/* an element's text (normalised unless xml:space="preserve"); *ok false on OOM */
char	   *bl_tei_get_text(bl_tei_reader *rd, xmlNodePtr n, bool *ok);
/* the xml:lang in force on an element; NULL if none (*ok false on OOM) */
char	   *bl_tei_get_lang(bl_tei_reader *rd, xmlNodePtr n, bool *ok);
/* [a-z][a-z_]* (digits too when digits_ok), at most maxlen bytes */
bool		bl_tei_matches_code(const char *s, bool digits_ok, size_t maxlen);

/* errors: fill rd->err (BL_TEI_EVALUE, BL_TEI_ENOMEM) and return false */
bool		bl_tei_bad_value(bl_tei_reader *rd, xmlNodePtr n, const char *attr, const char *value,
							 const char *message, const char *hint, const char *detail);
bool		bl_tei_missing(bl_tei_reader *rd, xmlNodePtr n, const char *message, const char *hint);
bool		bl_tei_out_of_memory(bl_tei_reader *rd);

/* a partial-date attribute; *present false when absent; false on error */
bool		bl_tei_get_date(bl_tei_reader *rd, xmlNodePtr n, const char *attr, bl_pdate *out,
							bool *present);
/*
 * One bound of a period: day_attr (@from, @to) for a bound known to the day, range_attr
 * (@notBefore, @notAfter) for one known to the year or month; either is read at the precision it
 * is written in.  Both at once are refused (TEI refuses them too).  *used: the attribute read,
 * NULL when neither is there (an open bound).  False on error.
 */
bool		bl_tei_get_bound(bl_tei_reader *rd, xmlNodePtr n, const char *day_attr,
							 const char *range_attr, bl_pdate *out, const char **used);
/* a period that does not end before it starts (to_attr, to_value: its end as written) */
bool		bl_tei_check_period(bl_tei_reader *rd, xmlNodePtr n, bl_pdate from, bl_pdate to,
								const char *to_attr, const char *to_value);
/* room for one more element in a growing array of the document (claims, events) */
bool		bl_tei_make_room(bl_tei_reader *rd, void **arr, int n, int *alloc, size_t elem);

/* ---------- the parts of a document ---------- */

/* tei_header.c: <teiHeader> into rd->doc->source */
bool		bl_tei_read_header(bl_tei_reader *rd, xmlNodePtr root);
/* tei_relations.c: a <listRelation>'s stances into rd->doc->claims */
bool		bl_tei_walk_relations(bl_tei_reader *rd, xmlNodePtr list);
/* tei_events.c: a <listEvent>'s events into rd->doc->events */
bool		bl_tei_walk_events(bl_tei_reader *rd, xmlNodePtr list);

#endif							/* BL_TEI_READ_H */
