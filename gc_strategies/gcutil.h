/*
 * gcutil.h -- building blocks shared by the plans, so that plans differ in
 * policy and not in the quality of their parts:
 *   MarkStack   (mstack_)  an explicit, growable stack of gray cells; marking
 *                          never recurses (the object graph may be 1e6 deep)
 *   LargeSpace  (los_)     non-moving cells allocated one by one with malloc,
 *                          each behind a small header linking them in a list;
 *                          marked through the cell's GC bits, swept in place
 */
#ifndef TL_GCUTIL_H
#define TL_GCUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include "heap.h"

/* ---- mark stack ---- */

typedef struct MarkStack {
    Cell **v;
    size_t n, cap;
} MarkStack;

void mstack_grow(MarkStack *s);   /* aborts when out of memory */
void mstack_free(MarkStack *s);
static inline void mstack_push(MarkStack *s, Cell *c)
{
    if (s->n == s->cap) mstack_grow(s);
    s->v[s->n++] = c;
}
static inline Cell *mstack_pop(MarkStack *s) { return s->n ? s->v[--s->n] : NULL; }

/* ---- large-object space ---- */

typedef struct LargeHdr {
    struct LargeHdr *prev, *next;
} LargeHdr;   /* 16 bytes, so the cell after it keeps malloc's 16-byte alignment */

typedef struct LargeSpace {
    LargeHdr *first;
    size_t bytes;            /* sum of the cells' sizes */
    size_t count;
    /* contains() support: sorted cell addresses, rebuilt when dirty */
    Cell **sorted;
    size_t nsorted, cap_sorted;
    bool dirty;
} LargeSpace;

/* A new cell of `bytes` (header not written), NULL if malloc fails. */
Cell *los_alloc(LargeSpace *ls, size_t bytes);
/* Free every cell whose GC bits differ from live_bits; with clear, reset the
 * survivors' bits to 0.  Returns the bytes freed. */
size_t los_sweep(LargeSpace *ls, unsigned live_bits, bool clear);
/* Free one cell of `bytes` (as allocated) at once (rc frees cells one by
 * one; its cells start with its own word, so the size is passed in). */
void los_free(LargeSpace *ls, Cell *c, size_t bytes);
/* Is p the start of a cell in the space? (binary search; for the verifier) */
bool los_contains(LargeSpace *ls, const void *p);
void los_destroy(LargeSpace *ls);

#endif
