/*
 * tei_events.c - the TEI reader's events: each <event> of a <listEvent>
 * (nested lists too), its dates, kind, actors, key, name and quote.  Plain C,
 * no PostgreSQL header.
 */
#include "bl_tei_read.h"

#include <stdio.h>
#include <string.h>

/* the text of parent's first <elem type="type"> child, NULL when absent or empty */
static bool
typed_child(bl_tei_reader *rd, xmlNodePtr parent, const char *elem, const char *type, char **out)
{
	*out = NULL;
	for (xmlNodePtr c = parent->children; c; c = c->next)
	{
		bool		ok;
		int			m;

		if (!is_tei(c, elem))
			continue;
		m = bl_tei_attr_cmp(rd, c, "type", type);
		if (m == -2)
			return false;
		if (m == 1)
		{
			*out = bl_tei_get_text(rd, c, &ok);
			if (!ok)
				return false;
			if ((*out)[0] == '\0')
				*out = NULL;
			return true;
		}
	}
	return true;
}

/* @when, or a start (@from, or @notBefore for a year or month) and an end (@to, or @notAfter) */
static bool
event_dates(bl_tei_reader *rd, xmlNodePtr ev, bl_tei_event *e)
{
	bool		ok,
				has_when;
	bl_pdate	when;
	const char *from_attr,
			   *to_attr;
	char	   *v;

	if (!bl_tei_get_date(rd, ev, "when", &when, &has_when) ||
		!bl_tei_get_bound(rd, ev, "from", "notBefore", &e->from, &from_attr) ||
		!bl_tei_get_bound(rd, ev, "to", "notAfter", &e->to, &to_attr))
		return false;
	if (has_when && (from_attr || to_attr))
		return bl_tei_bad_value(rd, ev, from_attr ? from_attr : to_attr, NULL,
								(from_attr ? from_attr : to_attr)[0] == 'n' ? "both @when and @notBefore/@notAfter" : "both @when and @from/@to",
								"Write @when for a single partial date, or a start (@from, or @notBefore) and an end (@to, or @notAfter) for a period.", NULL);
	if (has_when)
	{
		e->from = e->to = when;
		return true;
	}
	if (!from_attr || !to_attr)
		return bl_tei_missing(rd, ev, "missing event date",
					   "An event needs @when, or a start (@from, or @notBefore for a year or month) and an end (@to, or @notAfter), partial dates, inclusive.");
	v = bl_tei_get_attr(rd, ev, to_attr, &ok);
	return ok && bl_tei_check_period(rd, ev, e->from, e->to, to_attr, v);
}

/* @type (the kind) and @corresp (the actors, split at spaces in place) */
static bool
event_kind_actors(bl_tei_reader *rd, xmlNodePtr ev, bl_tei_event *e)
{
	bool		ok;
	char	   *corresp,
			   *s;
	int			count = 1;

	e->kind = bl_tei_get_attr(rd, ev, "type", &ok);
	if (!ok)
		return false;
	if (e->kind == NULL || e->kind[0] == '\0')
		return bl_tei_missing(rd, ev, "missing event type (@type)",
					   "@type is the kind of event in snake_case, e.g. summit, visit, sanctions, war.");
	if (!bl_tei_matches_code(e->kind, false, 63))
		return bl_tei_bad_value(rd, ev, "type", e->kind, "invalid event type",
						 "@type is lower-case letters and underscores, e.g. summit or state_visit.", NULL);
	corresp = bl_tei_get_attr(rd, ev, "corresp", &ok);
	if (!ok)
		return false;
	if (corresp == NULL || corresp[0] == '\0')
		return true;
	for (s = corresp; *s; s++)
		if (*s == ' ')
			count++;
	e->actors = bl_tei_arena_alloc(rd->doc, sizeof(char *) * count);
	if (e->actors == NULL)
		return bl_tei_out_of_memory(rd);
	for (s = corresp; *s;)
	{
		char	   *end = strchr(s, ' ');

		if (end)
			*end = '\0';
		e->actors[e->nactors++] = s;
		if (!end)
			break;
		s = end + 1;
	}
	return true;
}

/* <idno type="bilateral">, or KIND_DATE when there is none */
static bool
event_key(bl_tei_reader *rd, xmlNodePtr ev, bl_tei_event *e)
{
	char		d[BL_PDATE_MAXLEN + 1];

	if (!typed_child(rd, ev, "idno", "bilateral", &e->key))
		return false;
	if (e->key && !bl_tei_matches_code(e->key, true, 1000))
		return bl_tei_bad_value(rd, bl_tei_first_child(ev, "idno"), NULL, e->key, "invalid event key",
						 "<idno type=\"bilateral\"> of an event is snake_case, e.g. abe_putin_nagato_2016.", NULL);
	if (e->key)
		return true;
	bl_pdate_format(e->from, d);
	for (char *q = d; *q; q++)
		if (*q == '-')
			*q = '_';
	e->key = bl_tei_arena_alloc(rd->doc, strlen(e->kind) + 1 + strlen(d) + 1);
	if (e->key == NULL)
		return bl_tei_out_of_memory(rd);
	sprintf(e->key, "%s_%s", e->kind, d);
	return true;
}

/* <label> (the name), the first untyped <desc> (the quote), the notes */
static bool
event_texts(bl_tei_reader *rd, xmlNodePtr ev, bl_tei_event *e)
{
	xmlNodePtr	label = bl_tei_first_child(ev, "label"),
				desc = NULL;
	bool		ok;

	if (label == NULL)
		return bl_tei_missing(rd, ev, "missing event name (<label>)",
					   "<label> holds the event's name in English, e.g. Abe-Putin summit in Nagato.");
	e->name = bl_tei_get_text(rd, label, &ok);
	if (!ok)
		return false;
	if (e->name[0] == '\0')
		return bl_tei_missing(rd, label, "empty event name", "<label> holds the event's name in English.");
	for (xmlNodePtr c = ev->children; c && desc == NULL; c = c->next)
	{
		int			m = is_tei(c, "desc") ? bl_tei_attr_cmp(rd, c, "type", "") : 0;

		if (m == -2)
			return false;
		if (m == -1)
			desc = c;
	}
	if (desc == NULL)
		return bl_tei_missing(rd, ev, "missing quote (<desc>)",
					   "An event needs the exact words of the source in <desc>.");
	e->quote = bl_tei_get_text(rd, desc, &ok);
	if (!ok)
		return false;
	if (e->quote[0] == '\0')
		return bl_tei_missing(rd, desc, "empty quote", "<desc> holds the exact words of the source about the event.");
	return typed_child(rd, ev, "note", "locator", &e->locator) &&
		typed_child(rd, ev, "note", "general_knowledge", &e->general_knowledge);
}

/* an <event>: one event */
static bool
read_event(bl_tei_reader *rd, xmlNodePtr ev)
{
	bl_tei_event e;

	memset(&e, 0, sizeof(e));
	e.line = line_of(ev);
	if (!event_dates(rd, ev, &e) || !event_kind_actors(rd, ev, &e) || !event_key(rd, ev, &e) ||
		!event_texts(rd, ev, &e))
		return false;
	if (!bl_tei_make_room(rd, (void **) &rd->doc->events, rd->doc->nevents, &rd->nevents_alloc, sizeof(bl_tei_event)))
		return false;
	rd->doc->events[rd->doc->nevents++] = e;
	return true;
}

bool
bl_tei_walk_events(bl_tei_reader *rd, xmlNodePtr list)
{
	for (xmlNodePtr c = list->children; c; c = c->next)
	{
		if (bl_tei_interrupted(rd, c))
			return false;
		if (is_tei(c, "event"))
		{
			if (!read_event(rd, c))
				return false;
		}
		else if (is_tei(c, "listEvent"))
		{
			if (!bl_tei_walk_events(rd, c))
				return false;
		}
	}
	return true;
}
