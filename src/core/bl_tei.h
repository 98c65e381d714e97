/*
 * bl_tei.h - TEI P5 documents <-> the rows of one source, in plain C with
 * libxml2 (no PostgreSQL header: the fuzz driver and the unit tests call it
 * without a server).
 *
 * bl_tei_parse() reads a document from memory into a bl_tei_doc: the header
 * (the source), the stance relations (claims) and the events, each with the
 * line it starts on, checking everything that needs no catalogue (partial
 * dates, stances, code syntax, required parts).  Names of actors and issues
 * are left as written: the server resolves them.  bl_tei_write() turns a
 * bl_tei_doc back into deterministic TEI bytes with the core's XML writer
 * (bl_xmlwrite.h, which writes the timeline's SVG too).  Conventions:
 * docs/tei.md.
 *
 * Safety: no DTD is accepted (a DOCTYPE stops the parser at once, before any
 * entity is declared), no network, no entity substitution, no DTD loading,
 * a size cap checked before parsing and a depth cap checked while parsing.
 *
 * Cost: parsing, reading and writing are linear in the document (each node
 * is visited a bounded number of times; a claim wrapper's <desc>s are read
 * once for all its relations) and memory is proportional to it (strings in
 * one arena of 64 kB chunks; no allocation is kept for a value that is only
 * compared).  All three poll bl_tei_interrupt_hook as they go.
 */
#ifndef BL_TEI_H
#define BL_TEI_H

#include "bl_core.h"

#define BL_TEI_NS "http://www.tei-c.org/ns/1.0"
#define BL_TEI_MAX_BYTES (10 * 1024 * 1024)	/* size cap of a document */
#define BL_TEI_MAX_DEPTH 64		/* element nesting cap */
#define BL_TEI_MAX_ATTRS 256		/* attributes (namespace declarations too) of one element */
#define BL_TEI_MAX_ATTR_VALUE (64 * 1024)	/* bytes of one attribute value */

typedef enum bl_tei_errkind
{
	BL_TEI_OK = 0,
	BL_TEI_EXML,				/* not well-formed (libxml2 error) */
	BL_TEI_EREFUSED,			/* a construct refused for safety (DOCTYPE) */
	BL_TEI_ETOOBIG,				/* over BL_TEI_MAX_BYTES */
	BL_TEI_ETOODEEP,			/* over BL_TEI_MAX_DEPTH */
	BL_TEI_ENOTTEI,				/* the root is not TEI in the TEI namespace */
	BL_TEI_EVALUE,				/* a missing or bad value */
	BL_TEI_ENOMEM,				/* out of memory */
	BL_TEI_EINTERRUPTED			/* bl_tei_interrupt_hook asked to stop */
} bl_tei_errkind;

typedef struct bl_tei_error
{
	bl_tei_errkind kind;
	int			line;			/* 0 when unknown */
	char		element[48];	/* the element, without prefix ("" if none) */
	char		attr[48];		/* the attribute ("" if the value is text) */
	int			has_value;
	char		value[160];		/* the bad value, cut at 150 bytes */
	char		message[120];	/* what is wrong, lower case */
	char		detail[400];	/* more, as a sentence (may be "") */
	const char *hint;			/* static; may be NULL */
} bl_tei_error;

/* errors from libxml2: report them to the silent handler of the parser
 * context (standalone), or leave them to the handler installed globally by
 * the caller (inside the server: pg_xml_init's) */
#define BL_TEI_SILENT 0
#define BL_TEI_GLOBAL_HANDLER 1

typedef struct bl_tei_source
{
	int			line;			/* <teiHeader> */
	char	   *key;			/* idno[@type="bilateral"] */
	int			key_line;
	char	   *title;
	char	   *title_en;		/* NULL if absent */
	char	   *author;			/* NULL if absent */
	char	   *publisher;		/* NULL if absent or empty */
	bl_pdate	published;
	char	   *language;		/* lower case */
	char	   *kind;			/* sourceDesc/bibl/@type; "user" if absent */
	char	   *note;			/* NULL if absent */
} bl_tei_source;

typedef struct bl_tei_claim
{
	int			line;			/* <relation> */
	char	   *active;			/* as written, e.g. "#JPN" */
	char	   *passive;
	char	   *issue;			/* without '#' */
	int			stance;			/* -3..+3 */
	bl_pdate	from;			/* BL_OPEN: open */
	bl_pdate	to;
	char	   *quote;
	char	   *quote_lang;		/* NULL: the source's language */
	int			quote_line;
	char	   *statement;		/* NULL if absent */
	char	   *locator;
	char	   *general_knowledge;
	char	   *voice;			/* NULL: state (the default); <desc type="voice"> */
} bl_tei_claim;

typedef struct bl_tei_event
{
	int			line;			/* <event> */
	char	   *key;			/* idno[@type="bilateral"], or derived */
	char	   *kind;			/* @type */
	char	   *name;			/* <label> */
	bl_pdate	from;			/* never open */
	bl_pdate	to;
	int			nactors;
	char	  **actors;			/* @corresp items as written */
	char	   *quote;
	char	   *locator;
	char	   *general_knowledge;
} bl_tei_event;

typedef struct bl_tei_doc
{
	bl_tei_source source;
	int			nclaims;
	bl_tei_claim *claims;
	int			nevents;
	bl_tei_event *events;
	void	   *arena;			/* owns all of the above after parsing */
} bl_tei_doc;

/*
 * A parse in progress or its result.  Everything it holds (libxml2 parser,
 * document, result) is freed by bl_tei_parser_cleanup, which the server
 * calls from PG_CATCH too; safe to call more than once.
 */
typedef struct bl_tei_parser
{
	void	   *ctxt;			/* xmlParserCtxtPtr while parsing */
	void	   *xdoc;			/* xmlDocPtr while reading */
	bl_tei_doc *doc;			/* the result */
	int			depth;
	int			maxdepth;
	bl_tei_error *err;
	int			flags;
} bl_tei_parser;

/*
 * Polled at every element while parsing, at every node of the lists while
 * reading and at every row while writing: when it returns true, the call
 * stops, frees what it built and fails with BL_TEI_EINTERRUPTED.  It must
 * return (never longjmp): the server's hook only tests for a pending cancel,
 * and throws PostgreSQL's own error once the core has unwound.  NULL (the
 * default): never stop.
 */
extern bool (*bl_tei_interrupt_hook) (void);

void		bl_tei_parser_init(bl_tei_parser *p);
bool		bl_tei_parse(bl_tei_parser *p, const char *buf, size_t len, int flags,
						 bl_tei_error *err);
void		bl_tei_parser_cleanup(bl_tei_parser *p);

/*
 * Serialise; *out is malloc'd (free() it) and NUL-terminated, *outlen bytes
 * before the NUL.  The size is counted first: over max_bytes, nothing is
 * allocated and the call fails with BL_TEI_ETOOBIG.  A character XML 1.0
 * cannot hold (bl_xmlchars.h) is written as U+FFFD, and counted in *replaced
 * (may be NULL).  Fails otherwise only out of memory or interrupted; *out is
 * NULL then.
 */
bool		bl_tei_write(const bl_tei_doc *doc, size_t max_bytes, char **out, size_t *outlen,
						 size_t *replaced, bl_tei_error *err);

/* whitespace runs to one space, trimmed; in place; returns s */
char	   *bl_tei_normalize_space(char *s);

#endif							/* BL_TEI_H */
