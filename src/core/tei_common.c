/*
 * tei_common.c - what the TEI reader and writer share: the interrupt hook,
 * the arena that holds a parsed document's strings, and error filling.
 * Plain C, no PostgreSQL header (see bl_tei.h, docs/tei.md).
 */
#include "bl_tei.h"
#include "bl_tei_internal.h"
#include "bl_xmlchars.h"

#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool		(*bl_tei_interrupt_hook) (void) = NULL;

bool
bl_tei_stop_requested(void)
{
	return bl_tei_interrupt_hook != NULL && bl_tei_interrupt_hook();
}

const char bl_tei_interrupted_msg[] = "TEI processing interrupted";

/* ---------- memory: every string of a parsed document lives in one arena ---------- */

typedef struct arena_block
{
	struct arena_block *next;
	size_t		used;			/* bytes handed out after the header */
	size_t		size;			/* bytes after the header */
	/* the allocations follow, each aligned like max_align_t */
} arena_block;

#define ARENA_HDR ((sizeof(arena_block) + 15) & ~(size_t) 15)
#define ARENA_CHUNK ((size_t) 64 * 1024)

/*
 * Strings are bumped out of 64 kB chunks (one malloc per string cost ~40
 * bytes of overhead each: a document of short attributes grew ~10x); a
 * request over a quarter chunk gets a block of its own behind the head.
 */
void *
bl_tei_arena_alloc(bl_tei_doc *doc, size_t n)
{
	arena_block *head = doc->arena;
	arena_block *b;

	n = (n + 15) & ~(size_t) 15;
	if (head != NULL && head->size - head->used >= n)
	{
		void	   *r = (char *) head + ARENA_HDR + head->used;

		head->used += n;
		return r;
	}
	if (n > ARENA_CHUNK / 4)
	{
		if (n > SIZE_MAX - ARENA_HDR || (b = malloc(ARENA_HDR + n)) == NULL)
			return NULL;
		b->used = b->size = n;
		if (head != NULL)
		{
			b->next = head->next;
			head->next = b;
		}
		else
		{
			b->next = NULL;
			doc->arena = b;
		}
		return (char *) b + ARENA_HDR;
	}
	b = malloc(ARENA_HDR + ARENA_CHUNK);
	if (b == NULL)
		return NULL;
	b->next = head;
	b->size = ARENA_CHUNK;
	b->used = n;
	doc->arena = b;
	return (char *) b + ARENA_HDR;
}

void
bl_tei_doc_free(bl_tei_doc *doc)
{
	arena_block *b;

	if (doc == NULL)
		return;
	b = doc->arena;
	while (b != NULL)
	{
		arena_block *next = b->next;

		free(b);
		b = next;
	}
	free(doc->claims);
	free(doc->events);
	free(doc);
}

/* ---------- errors ---------- */

void
bl_tei_copy_cut(char *dst, size_t size, const char *src, size_t maxlen)
{
	size_t		n = src ? strlen(src) : 0;

	if (size == 0)
		return;
	if (n > maxlen)
		n = maxlen;
	if (n >= size)
		n = size - 1;
	if (n)
		memcpy(dst, src, n);
	dst[n] = '\0';
	/* do not cut a UTF-8 sequence in two */
	if (src && strlen(src) > n)
	{
		while (n > 0 && ((unsigned char) dst[n - 1] & 0xC0) == 0x80)
			dst[--n] = '\0';
		if (n > 0 && ((unsigned char) dst[n - 1] & 0xC0) == 0xC0)
			dst[--n] = '\0';
		if (n + 3 < size)
			strcat(dst, "...");
	}
}

bool
bl_tei_set_error(bl_tei_error *err, bl_tei_errkind kind, int line, const char *element,
		  const char *attr, const char *value, const char *message,
		  const char *hint, const char *fmt,...)
{
	if (err->kind != BL_TEI_OK)
		return false;			/* keep the first */
	err->kind = kind;
	err->line = line;
	bl_tei_copy_cut(err->element, sizeof(err->element), element, 40);
	bl_tei_copy_cut(err->attr, sizeof(err->attr), attr, 40);
	err->has_value = value != NULL;
	bl_tei_copy_cut(err->value, sizeof(err->value), value, 150);
	bl_tei_copy_cut(err->message, sizeof(err->message), message, 110);
	err->detail[0] = '\0';
	if (fmt)
	{
		va_list		ap;

		va_start(ap, fmt);
		vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
		va_end(ap);
	}
	err->hint = hint;
	return false;
}

void
bl_tei_clear_error(bl_tei_error *err)
{
	memset(err, 0, sizeof(*err));
}


bool
bl_tei_is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
