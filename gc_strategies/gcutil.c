/*
 * gcutil.c -- the mark stack and the large-object space shared by the plans
 * (see gcutil.h).
 */
#include <stdio.h>
#include <stdlib.h>

#include "gcutil.h"

/* ---- mark stack ---- */

void mstack_grow(MarkStack *s)
{
    size_t cap = s->cap ? s->cap * 2 : 4096;
    Cell **nv = realloc(s->v, cap * sizeof *nv);
    if (!nv) {
        fprintf(stderr, "tierlab: gc: out of memory growing the mark stack (%zu entries)\n", cap);
        abort();
    }
    s->v = nv;
    s->cap = cap;
}

void mstack_free(MarkStack *s)
{
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}

/* ---- large-object space ---- */

static Cell *cell_of(LargeHdr *h) { return (Cell *)(void *)(h + 1); }

Cell *los_alloc(LargeSpace *ls, size_t bytes)
{
    LargeHdr *h = malloc(sizeof(LargeHdr) + bytes);
    if (!h) return NULL;
    h->prev = NULL;
    h->next = ls->first;
    if (ls->first) ls->first->prev = h;
    ls->first = h;
    ls->bytes += bytes;
    ls->count++;
    ls->dirty = true;
    Cell *c = cell_of(h);
    c->header = heap_make_header(CELL_BYTES, bytes);   /* valid until the facade writes the real one */
    return c;
}

size_t los_sweep(LargeSpace *ls, unsigned live_bits, bool clear)
{
    size_t freed = 0;
    for (LargeHdr *h = ls->first, *next; h; h = next) {
        next = h->next;
        Cell *c = cell_of(h);
        if (cell_gcbits(c) == live_bits) {
            if (clear) cell_set_gcbits(c, 0);
            continue;
        }
        size_t size = cell_size(c);
        if (h->prev) h->prev->next = h->next;
        else ls->first = h->next;
        if (h->next) h->next->prev = h->prev;
        ls->bytes -= size;
        ls->count--;
        freed += size;
        free(h);
        ls->dirty = true;
    }
    return freed;
}

void los_free(LargeSpace *ls, Cell *c, size_t bytes)
{
    LargeHdr *h = (LargeHdr *)(void *)c - 1;
    if (h->prev) h->prev->next = h->next;
    else ls->first = h->next;
    if (h->next) h->next->prev = h->prev;
    ls->bytes -= bytes;
    ls->count--;
    ls->dirty = true;
    free(h);
}

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (Cell *const *)a, y = (uintptr_t) * (Cell *const *)b;
    return x < y ? -1 : x > y;
}

bool los_contains(LargeSpace *ls, const void *p)
{
    if (ls->dirty) {
        if (ls->cap_sorted < ls->count) {
            Cell **ns = realloc(ls->sorted, ls->count * sizeof *ns);
            if (!ns) {
                fprintf(stderr, "tierlab: gc: out of memory in los_contains\n");
                abort();
            }
            ls->sorted = ns;
            ls->cap_sorted = ls->count;
        }
        size_t n = 0;
        for (LargeHdr *h = ls->first; h; h = h->next) ls->sorted[n++] = cell_of(h);
        qsort(ls->sorted, n, sizeof *ls->sorted, cmp_ptr);
        ls->nsorted = n;
        ls->dirty = false;
    }
    size_t lo = 0, hi = ls->nsorted;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((const void *)ls->sorted[mid] == p) return true;
        if ((uintptr_t)ls->sorted[mid] < (uintptr_t)p) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

void los_destroy(LargeSpace *ls)
{
    for (LargeHdr *h = ls->first, *next; h; h = next) {
        next = h->next;
        free(h);
    }
    free(ls->sorted);
    *ls = (LargeSpace){0};
}
