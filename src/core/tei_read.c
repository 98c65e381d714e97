/*
 * tei_read.c - TEI P5 -> bl_tei_doc: libxml2's parser with the safety hooks
 * (DOCTYPE refused, depth cap, size limit), then a linear walk of the tree:
 * the header (tei_header.c), the relations (tei_relations.c) and the events
 * (tei_events.c), with the helpers of tei_nodes.c.  Plain C, no PostgreSQL
 * header: the server glue (src/tei.c) and the standalone drivers call the
 * same code (see bl_tei.h, docs/tei.md).
 */
#include "bl_tei_read.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

/* ---------- the parser: SAX hooks for the depth cap and the DOCTYPE refusal ---------- */

static int
ctxt_line(xmlParserCtxtPtr ctxt)
{
	return (ctxt && ctxt->input) ? ctxt->input->line : 0;
}

static void
hook_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
		   const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
		   int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	bl_tei_parser *p = ctxt->_private;

	if (bl_tei_stop_requested())
	{
		bl_tei_set_error(p->err, BL_TEI_EINTERRUPTED, ctxt_line(ctxt), "", NULL, NULL,
				  bl_tei_interrupted_msg, NULL, NULL);
		xmlStopParser(ctxt);
		return;
	}
	if (++p->depth > p->maxdepth)
	{
		bl_tei_set_error(p->err, BL_TEI_ETOODEEP, ctxt_line(ctxt), (const char *) localname,
				  NULL, NULL, "TEI document nested too deeply",
				  "TEI annotations need a few levels; a deeper document is refused before it is built.",
				  "Elements are nested more than %d deep.", p->maxdepth);
		xmlStopParser(ctxt);
		return;
	}
	xmlSAX2StartElementNs(ctx, localname, prefix, URI, nb_namespaces, namespaces,
						  nb_attributes, nb_defaulted, attributes);
}

static void
hook_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI)
{
	xmlParserCtxtPtr ctxt = ctx;
	bl_tei_parser *p = ctxt->_private;

	p->depth--;
	xmlSAX2EndElementNs(ctx, localname, prefix, URI);
}

static void
refuse_dtd(xmlParserCtxtPtr ctxt, const char *what)
{
	bl_tei_parser *p = ctxt->_private;

	bl_tei_set_error(p->err, BL_TEI_EREFUSED, ctxt_line(ctxt), what, NULL, NULL,
			  "document type declaration refused",
			  "Remove the <!DOCTYPE ...> declaration: TEI needs no DTD, and none is ever loaded.",
			  "A document type declaration could declare entities (external files, or an exponential \"billion laughs\" expansion); it is refused before it is read.");
	xmlStopParser(ctxt);
}

static void
hook_doctype(void *ctx, const xmlChar *name, const xmlChar *ExternalID, const xmlChar *SystemID)
{
	refuse_dtd(ctx, "");
}

static void
hook_entity(void *ctx, const xmlChar *name, int type, const xmlChar *publicId,
			const xmlChar *systemId, xmlChar *content)
{
	refuse_dtd(ctx, "");
}

static void
silent_handler(void *ctx, xmlErrorPtr e)
{
	/* standalone: nothing printed; the message is read from lastError */
}

void
bl_tei_parser_init(bl_tei_parser *p)
{
	memset(p, 0, sizeof(*p));
}

void
bl_tei_parser_cleanup(bl_tei_parser *p)
{
	if (p->ctxt)
	{
		xmlParserCtxtPtr ctxt = p->ctxt;

		if (ctxt->myDoc)
			xmlFreeDoc(ctxt->myDoc);
		ctxt->myDoc = NULL;
		xmlFreeParserCtxt(ctxt);
		p->ctxt = NULL;
	}
	if (p->xdoc)
	{
		xmlFreeDoc(p->xdoc);
		p->xdoc = NULL;
	}
	bl_tei_doc_free(p->doc);
	p->doc = NULL;
}

/* ---------- the document: its root, then the header and the stand-off lists ---------- */

static bool
read_doc(bl_tei_reader *rd, xmlDocPtr xdoc)
{
	xmlNodePtr	root = xmlDocGetRootElement(xdoc);

	if (!is_tei(root, "TEI"))
	{
		const char *ns = (root && root->ns && root->ns->href) ? (const char *) root->ns->href : NULL;

		return bl_tei_set_error(rd->err, BL_TEI_ENOTTEI, line_of(root), name_of(root), NULL, NULL,
						 "not a TEI document",
						 "A TEI document is <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">...</TEI>.",
						 ns ? "The root element is <%s> in namespace %s; it must be <TEI> in namespace " BL_TEI_NS "."
						 : "The root element is <%s> in no namespace; it must be <TEI> in namespace " BL_TEI_NS ".",
						 name_of(root), ns);
	}
	if (!bl_tei_read_header(rd, root))
		return false;
	for (xmlNodePtr so = root->children; so; so = so->next)
	{
		if (!is_tei(so, "standOff"))
			continue;
		for (xmlNodePtr c = so->children; c; c = c->next)
		{
			if (bl_tei_interrupted(rd, c))
				return false;
			if (is_tei(c, "listRelation") && !bl_tei_walk_relations(rd, c))
				return false;
			if (is_tei(c, "listEvent") && !bl_tei_walk_events(rd, c))
				return false;
		}
	}
	return true;
}

/* libxml2's parser over buf with the hooks above: no DTD, no entities, no network */
static xmlParserCtxtPtr
new_parser(bl_tei_parser *p, const char *buf, size_t len, int flags)
{
	xmlParserCtxtPtr ctxt;

	xmlInitParser();
	ctxt = xmlCreateMemoryParserCtxt(buf, (int) len);
	if (ctxt == NULL)
		return NULL;
	p->ctxt = ctxt;
	/* options first: xmlCtxtUseOptions may reset some SAX callbacks */
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES);
	ctxt->_private = p;
	ctxt->sax->startElementNs = hook_start;
	ctxt->sax->endElementNs = hook_end;
	ctxt->sax->internalSubset = hook_doctype;
	ctxt->sax->externalSubset = NULL;
	ctxt->sax->entityDecl = hook_entity;
	ctxt->sax->resolveEntity = NULL;
	ctxt->replaceEntities = 0;
	ctxt->loadsubset = 0;
	ctxt->validate = 0;
	if (flags == BL_TEI_SILENT)
		ctxt->sax->serror = silent_handler;
	/* libxml2's own limits stay on: no XML_PARSE_HUGE */
	return ctxt;
}

/* libxml2's last error, its line and message (cut, one line), as err */
static void
not_well_formed(xmlParserCtxtPtr ctxt, bl_tei_error *err)
{
	xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
	int			line = e ? e->line : ctxt_line(ctxt);
	char		msg[300];

	bl_tei_copy_cut(msg, sizeof(msg), (e && e->message) ? e->message : "not well-formed", 280);
	bl_tei_normalize_space(msg);
	bl_tei_set_error(err, BL_TEI_EXML, line, "", NULL, NULL,
					 "TEI document is not well-formed XML", NULL, "line %d: %s", line, msg);
}

/*
 * Before libxml2 sees the document: every start tag's attributes counted and
 * every attribute value measured, in one linear pass over the bytes (libxml2
 * 2.9 compares each attribute of an element with all those before it: 60,000
 * attributes took 8.5 s, 120,000 over 30 s, without a point to cancel).  The
 * pass skips comments, CDATA sections and processing instructions, stops at a
 * DOCTYPE (which the parser refuses before any element), asks the interrupt
 * hook every 64 kB, and leaves every other judgement to libxml2.
 */
static bool
prescan_tags(const char *buf, size_t len, bl_tei_error *err)
{
	size_t		i = 0;
	int			line = 1;

	while (i < len)
	{
		const char *end;
		size_t		skip;

		if ((i & 0xFFFF) == 0 && bl_tei_stop_requested())
			return bl_tei_set_error(err, BL_TEI_EINTERRUPTED, line, "", NULL, NULL,
									bl_tei_interrupted_msg, NULL, NULL);
		if (buf[i] == '\n')
		{
			line++;
			i++;
			continue;
		}
		if (buf[i] != '<')
		{
			i++;
			continue;
		}
		/* comments, CDATA and processing instructions hold no attributes */
		end = NULL;
		skip = 0;
		if (len - i >= 4 && memcmp(buf + i, "<!--", 4) == 0)
			end = "-->", skip = 4;
		else if (len - i >= 9 && memcmp(buf + i, "<![CDATA[", 9) == 0)
			end = "]]>", skip = 9;
		else if (len - i >= 2 && buf[i + 1] == '?')
			end = "?>", skip = 2;
		else if (len - i >= 2 && buf[i + 1] == '!')
			return true;		/* a DOCTYPE: libxml2 stops at it */
		else if (len - i >= 2 && buf[i + 1] == '/')
		{
			i += 2;
			continue;
		}
		if (end)
		{
			size_t		el = strlen(end);

			for (i += skip; i < len && !(len - i >= el && memcmp(buf + i, end, el) == 0); i++)
			{
				if (buf[i] == '\n')
					line++;
				if ((i & 0xFFFF) == 0 && bl_tei_stop_requested())
					return bl_tei_set_error(err, BL_TEI_EINTERRUPTED, line, "", NULL, NULL,
											bl_tei_interrupted_msg, NULL, NULL);
			}
			i += el;
			continue;
		}
		/* a start tag: count '=' outside quoted values, measure the values */
		{
			int			nattrs = 0;
			int			tagline = line;
			char		name[64];
			size_t		n = 0;

			for (i++; i < len && n < sizeof(name) - 1 && buf[i] != '>' && buf[i] != '/' &&
				 buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\n' && buf[i] != '\r'; i++)
				name[n++] = buf[i];
			name[n] = '\0';
			while (i < len && buf[i] != '>')
			{
				if ((i & 0xFFFF) == 0 && bl_tei_stop_requested())
					return bl_tei_set_error(err, BL_TEI_EINTERRUPTED, line, "", NULL, NULL,
											bl_tei_interrupted_msg, NULL, NULL);
				if (buf[i] == '\n')
					line++;
				else if (buf[i] == '=')
				{
					if (++nattrs > BL_TEI_MAX_ATTRS)
						return bl_tei_set_error(err, BL_TEI_ETOOBIG, tagline, name, NULL, NULL,
												"too many attributes in one element",
												"TEI annotations need a few attributes per element; split the values or the element.",
												"An element has more than %d attributes.", BL_TEI_MAX_ATTRS);
				}
				else if (buf[i] == '"' || buf[i] == '\'')
				{
					char		q = buf[i];
					size_t		start = ++i;

					while (i < len && buf[i] != q)
					{
						if (buf[i] == '\n')
							line++;
						if (i - start >= BL_TEI_MAX_ATTR_VALUE)
							return bl_tei_set_error(err, BL_TEI_ETOOBIG, tagline, name, NULL, NULL,
													"attribute value too long",
													"Attribute values are codes, dates and pointers; put long text in an element.",
													"An attribute value has more than %d bytes.", BL_TEI_MAX_ATTR_VALUE);
						i++;
					}
				}
				i++;
			}
			i++;
		}
	}
	return true;
}

bool
bl_tei_parse(bl_tei_parser *p, const char *buf, size_t len, int flags, bl_tei_error *err)
{
	xmlParserCtxtPtr ctxt;
	bl_tei_reader rd;

	bl_tei_clear_error(err);
	bl_tei_parser_cleanup(p);
	p->err = err;
	p->flags = flags;
	p->depth = 0;
	p->maxdepth = BL_TEI_MAX_DEPTH;

	if (len > BL_TEI_MAX_BYTES)
		return bl_tei_set_error(err, BL_TEI_ETOOBIG, 0, "", NULL, NULL, "TEI document too large",
						 "Split the annotations into several documents, one per source.",
						 "The document has %zu bytes; the limit is %d bytes (10 MB).",
						 len, BL_TEI_MAX_BYTES);
	if (len == 0)
		return bl_tei_set_error(err, BL_TEI_EXML, 0, "", NULL, NULL, "empty TEI document", NULL, NULL);

	if (!prescan_tags(buf, len, err))
		return false;
	ctxt = new_parser(p, buf, len, flags);
	if (ctxt == NULL)
		return bl_tei_set_error(err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
	xmlParseDocument(ctxt);

	if (err->kind != BL_TEI_OK)
	{
		bl_tei_parser_cleanup(p);
		return false;
	}
	if (!ctxt->wellFormed || !ctxt->nsWellFormed || ctxt->myDoc == NULL)
	{
		not_well_formed(ctxt, err);
		bl_tei_parser_cleanup(p);
		return false;
	}
	p->xdoc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	p->ctxt = NULL;

	p->doc = calloc(1, sizeof(bl_tei_doc));
	if (p->doc == NULL)
	{
		bl_tei_parser_cleanup(p);
		return bl_tei_set_error(err, BL_TEI_ENOMEM, 0, "", NULL, NULL, "out of memory", NULL, NULL);
	}
	memset(&rd, 0, sizeof(rd));
	rd.doc = p->doc;
	rd.err = err;
	if (!read_doc(&rd, p->xdoc))
	{
		bl_tei_parser_cleanup(p);
		return false;
	}
	xmlFreeDoc(p->xdoc);
	p->xdoc = NULL;
	return true;
}
