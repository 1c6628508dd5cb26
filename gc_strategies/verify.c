/*
 * verify.c -- the heap verifier (prefix gc_), run before and after every
 * collection with --gc-verify.
 *
 * From the roots, every reachable pointer must be 8-aligned, the start of a
 * cell the plan owns (plan->contains), not forwarded, of a valid kind (a
 * freed marksweep cell has an invalid one) and of a plausible size.  The
 * walk uses its own visited set and stack, so it neither recurses nor touches
 * the plan's GC bits.  The first broken pointer aborts with a report naming
 * the holder: a root slot (described by heap_describe_root) or the cell and
 * field offset that held it -- usually enough to find the C code that kept a
 * raw pointer across an allocation.
 */
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "gcutil.h"

typedef struct Verifier {
    GcVisitor base;
    Heap *heap;
    Cell **set;          /* visited cells, open addressing */
    size_t cap, n;
    MarkStack stack;
    Cell *parent;        /* cell being traced; NULL while tracing roots */
    unsigned long walked;
} Verifier;

static const char *kind_name(unsigned k)
{
    static const char *const names[] = {
#define CELL_KIND(name, desc) #name,
#include "cellkinds.def"
#undef CELL_KIND
    };
    return k < CELL__COUNT ? names[k] : "INVALID";
}

static size_t hash_ptr(const Cell *c, size_t cap)
{
    uint64_t x = (uint64_t)(uintptr_t)c;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x & (cap - 1);
}

static void set_grow(Verifier *vf)
{
    size_t cap = vf->cap ? vf->cap * 2 : 1 << 14;
    Cell **ns = calloc(cap, sizeof *ns);
    if (!ns) {
        fprintf(stderr, "tierlab: gc-verify: out of memory\n");
        abort();
    }
    for (size_t i = 0; i < vf->cap; i++) {
        if (!vf->set[i]) continue;
        size_t j = hash_ptr(vf->set[i], cap);
        while (ns[j]) j = (j + 1) & (cap - 1);
        ns[j] = vf->set[i];
    }
    free(vf->set);
    vf->set = ns;
    vf->cap = cap;
}

/* true if c was not in the set yet */
static bool set_insert(Verifier *vf, Cell *c)
{
    if (2 * (vf->n + 1) > vf->cap) set_grow(vf);
    size_t j = hash_ptr(c, vf->cap);
    while (vf->set[j]) {
        if (vf->set[j] == c) return false;
        j = (j + 1) & (vf->cap - 1);
    }
    vf->set[j] = c;
    vf->n++;
    return true;
}

static void report(Verifier *vf, Cell **slot, const char *why)
{
    Heap *h = vf->heap;
    Cell *c = *slot;
    fprintf(stderr, "tierlab: gc-verify FAILED (plan %s, after %lu cells): %s\n", h->plan->name, vf->walked, why);
    fprintf(stderr, "  pointer %p", (void *)c);
    if (((uintptr_t)c & 7) == 0 && h->plan->contains(h, c))
        fprintf(stderr, " header 0x%016llx (kind %s, %zu bytes%s)", (unsigned long long)c->header,
                kind_name(cell_kind(c)), cell_size(c), cell_is_forwarded(c) ? ", FORWARDED" : "");
    fputc('\n', stderr);
    if (vf->parent) {
        Cell *p = vf->parent;
        fprintf(stderr, "  held at offset %zu of a %s cell %p (%zu bytes)\n",
                (size_t)((uint8_t *)slot - (uint8_t *)p), kind_name(cell_kind(p)), (void *)p, cell_size(p));
    } else {
        char buf[160];
        fprintf(stderr, "  held by the root %s\n", heap_describe_root(h->vm, slot, buf, sizeof buf));
    }
    fflush(stderr);
    abort();
}

static void verify_visit(GcVisitor *self, Cell **slot)
{
    Verifier *vf = (Verifier *)self;
    Heap *h = vf->heap;
    Cell *c = *slot;
    if ((uintptr_t)c & 7) report(vf, slot, "misaligned pointer");
    if (!h->plan->contains(h, c)) report(vf, slot, "pointer outside the live heap (stale: kept across a GC?)");
    if (cell_is_forwarded(c)) report(vf, slot, "pointer to a forwarded cell");
    if (cell_kind(c) >= CELL__COUNT) report(vf, slot, "invalid cell kind (a freed cell?)");
    size_t size = cell_size(c);
    if (size < 8 || size > ((size_t)1 << 36)) report(vf, slot, "implausible cell size");
    if (set_insert(vf, c)) mstack_push(&vf->stack, c);
}

void gc_verify_heap(Heap *h)
{
    Verifier vf = { .base = { verify_visit }, .heap = h };
    heap_trace_roots(h->vm, &vf.base);
    Cell *c;
    while ((c = mstack_pop(&vf.stack)) != NULL) {
        vf.parent = c;
        vf.walked++;
        heap_trace_cell(h->vm, c, &vf.base);
    }
    free(vf.set);
    mstack_free(&vf.stack);
}
