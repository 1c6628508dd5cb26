/*
 * verify.c -- the heap verifier (prefix gc_), run before and after every
 * collection with --gc-verify.
 *
 * From the roots, every reachable pointer must be 8-aligned, the start of a
 * cell the plan owns (plan->contains), not forwarded, of a valid kind (a
 * freed marksweep cell has an invalid one) and of a plausible size.  The
 * walk uses its own stack (no recursion).  The first broken pointer aborts
 * with a report naming the holder: a root slot (described by
 * heap_describe_root) or the cell and field offset that held it -- usually
 * enough to find the C code that kept a raw pointer across an allocation.
 * For generational plans (is_young) it also checks the barrier invariant:
 * an old cell holding a pointer into the nursery must be remembered (run
 * before every minor GC with --gc-verify).  Weak arrays (engine/weak.h) are
 * walked with every slot, weak ones too, and so is every array in the
 * engine's weak registry, reachable or not.
 *
 * Cost (the full stress matrix runs it twice per collection, so it is most
 * of that matrix's time): a pointer to a cell not yet checked gets every
 * check above; a pointer equal to a cell already checked in this walk is
 * the same cell with the same header, so only the alignment and the
 * barrier check remain.  "Already checked" is a side bitmap (one bit per
 * 8-byte word at a checked cell's start; seen_bit), not a header bit: the
 * lookup must also be exact for a pointer into the middle of a cell, and
 * the walk writes nothing into the heap.  The bitmaps (one per 64 KiB
 * region of the address space, in an open-addressing table) and the stack
 * stay allocated in Heap.verifier between walks; a bitmap is cleared when
 * a walk first touches its region (epochs), so a walk costs nothing for
 * memory it does not reach.  The barrier check asks is_young of the holder
 * and is_remembered once per holder, not per slot.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "gcutil.h"

/* ---- the set of checked cells ---------------------------------------------- */

#define REGION_SHIFT 16                               /* 64 KiB regions */
#define REGION_WORDS ((1u << REGION_SHIFT) / 8 / 64)  /* 128 uint64_t: one bit per 8 bytes */
#define REGIONS_MAX ((size_t)1 << 16)                 /* table reset beyond this many (4 GiB) */
#define CACHE_SIZE 64                                 /* 4 MiB of consecutive regions */

typedef struct Region {
    uintptr_t key;       /* region number + 1; 0 = empty slot */
    uint64_t epoch;      /* the walk that last cleared bits */
    uint64_t *bits;
} Region;

typedef struct GcVerifier {
    Region *regions;     /* open addressing, linear probing, load <= 1/2 */
    size_t cap, n;
    uint64_t epoch;      /* this walk's number */
    /* direct-mapped by region number: most lookups skip the table */
    struct { uintptr_t key; uint64_t *bits; } cache[CACHE_SIZE];
    MarkStack stack;     /* cells still to trace */
} GcVerifier;

static void out_of_memory(void)
{
    fprintf(stderr, "tierlab: gc-verify: out of memory for the verifier's bitmaps\n");
    abort();
}

static void regions_free(GcVerifier *g)
{
    for (size_t i = 0; i < g->cap; i++) free(g->regions[i].bits);
    free(g->regions);
    g->regions = NULL;
    g->cap = g->n = 0;
    memset(g->cache, 0, sizeof g->cache);
}

static size_t region_slot(const GcVerifier *g, uintptr_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 24) & (g->cap - 1);
}

static void regions_grow(GcVerifier *g)
{
    Region *old = g->regions;
    size_t ocap = g->cap;
    g->cap = ocap ? ocap * 2 : 256;
    g->regions = calloc(g->cap, sizeof *g->regions);
    if (!g->regions) out_of_memory();
    for (size_t i = 0; i < ocap; i++) {
        if (!old[i].key) continue;
        size_t j = region_slot(g, old[i].key);
        while (g->regions[j].key) j = (j + 1) & (g->cap - 1);
        g->regions[j] = old[i];
    }
    free(old);
}

/* The bitmap of the region holding p, cleared if this walk has not used it
 * yet; a new region gets one. */
static uint64_t *region_bits(GcVerifier *g, uintptr_t key)
{
    size_t i = region_slot(g, key);
    for (; g->regions[i].key; i = (i + 1) & (g->cap - 1)) {
        Region *r = &g->regions[i];
        if (r->key != key) continue;
        if (r->epoch != g->epoch) {
            memset(r->bits, 0, REGION_WORDS * sizeof(uint64_t));
            r->epoch = g->epoch;
        }
        return r->bits;
    }
    if (2 * (g->n + 1) > g->cap) {
        regions_grow(g);
        return region_bits(g, key);
    }
    uint64_t *bits = calloc(REGION_WORDS, sizeof(uint64_t));
    if (!bits) out_of_memory();
    g->regions[i] = (Region){ key, g->epoch, bits };
    g->n++;
    return bits;
}

/* The word of the bitmap for cell address a (8-aligned) and its bit. */
static inline uint64_t *seen_word(GcVerifier *g, uintptr_t a, uint64_t *bit)
{
    uintptr_t key = (a >> REGION_SHIFT) + 1;
    size_t e = key & (CACHE_SIZE - 1);
    if (g->cache[e].key != key) {
        g->cache[e].bits = region_bits(g, key);
        g->cache[e].key = key;
    }
    size_t w = (a & ((1u << REGION_SHIFT) - 1)) >> 3;
    *bit = 1ull << (w & 63);
    return &g->cache[e].bits[w >> 6];
}

static void begin_walk(GcVerifier *g)
{
    if (g->n > REGIONS_MAX) regions_free(g);   /* a heap that roamed a lot of address space */
    if (!g->cap) regions_grow(g);
    g->epoch++;
    memset(g->cache, 0, sizeof g->cache);   /* cached bitmaps are not cleared for this walk yet */
    g->stack.n = 0;
}

void gc_verify_free(Heap *h)
{
    GcVerifier *g = h->verifier;
    if (!g) return;
    regions_free(g);
    mstack_free(&g->stack);
    free(g);
    h->verifier = NULL;
}

/* ---- the walk --------------------------------------------------------------- */

typedef struct Verifier {
    GcVisitor base;
    Heap *heap;
    GcVerifier *g;
    Cell *parent;        /* cell being traced; NULL while tracing roots */
    bool old_parent;     /* parent is old and not remembered: no slot may point into the nursery */
    bool registry;       /* visiting the engine's weak registry (engine/weak.h) */
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

/* The offset of the field of p that holds c.  heap_visit_value passes the
 * address of a local copy of a JSValue field, not of the field itself, so
 * when slot is not inside p the field is found by its contents (the first
 * word equal to c as a Cell* or as a boxed JSValue). */
static const char *field_offset(Cell *p, Cell **slot, Cell *c)
{
    static char buf[64];
    const uint8_t *start = (const uint8_t *)p, *q = (const uint8_t *)slot;
    size_t size = cell_size(p);
    if (q >= start && q < start + size) {
        snprintf(buf, sizeof buf, "%zu", (size_t)(q - start));
        return buf;
    }
    const uint64_t *w = (const uint64_t *)(const void *)p;
    uint64_t raw = (uint64_t)(uintptr_t)c, boxed = (uint64_t)val_from_cell(c);
    for (size_t i = 1; i < size / 8; i++) {
        if (w[i] == raw || w[i] == boxed) {
            snprintf(buf, sizeof buf, "%zu", i * 8);
            return buf;
        }
    }
    snprintf(buf, sizeof buf, "unknown");
    return buf;
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
        fprintf(stderr, "  held at offset %s of a %s cell %p (%zu bytes)\n", field_offset(p, slot, c),
                kind_name(cell_kind(p)), (void *)p, cell_size(p));
    } else if (vf->registry) {
        fprintf(stderr, "  held by the engine's weak registry (a weak array that was freed or moved unseen)\n");
    } else {
        char buf[160];
        fprintf(stderr, "  held by the root %s\n", heap_describe_root(h->vm, slot, c, buf, sizeof buf));
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
    uint64_t bit, *word = seen_word(vf->g, (uintptr_t)c, &bit);
    if (!(*word & bit)) {
        /* a cell not seen yet in this walk: check it once */
        if (!h->plan->contains(h, c)) report(vf, slot, "pointer outside the live heap (stale: kept across a GC?)");
        if (cell_is_forwarded(c)) report(vf, slot, "pointer to a forwarded cell");
        if (cell_kind(c) >= CELL__COUNT) report(vf, slot, "invalid cell kind (a freed cell?)");
        size_t size = cell_size(c);
        if (size < 8 || size > ((size_t)1 << 36)) report(vf, slot, "implausible cell size");
    }
    /* generational plans: an old->young pointer needs a remembered holder
     * (weak arrays excepted: every minor GC scans them all, engine/weak.h) */
    if (vf->old_parent && h->plan->is_young(h, c))
        report(vf, slot, "old->young pointer in a cell missing from the remembered set (a store without heap_store?)");
    if (*word & bit) return;
    *word |= bit;
    mstack_push(&vf->g->stack, c);
}

void gc_verify_heap(Heap *h)
{
    if (!h->verifier && !(h->verifier = calloc(1, sizeof *h->verifier))) out_of_memory();
    GcVerifier *g = h->verifier;
    begin_walk(g);
    Verifier vf = { .base = { verify_visit, GC_WEAK_ALL }, .heap = h, .g = g };
    const GcStrategy *plan = h->plan;
    heap_trace_roots(h->vm, &vf.base);
    /* then every registered weak array (reachable or not yet collected) and
     * every slot of it, weak ones included: none may point into freed or
     * from-space memory */
    for (int pass = 0; pass < 2; pass++) {
        Cell *c;
        while ((c = mstack_pop(&g->stack)) != NULL) {
            vf.parent = c;
            vf.old_parent = plan->is_young && cell_kind(c) != CELL_WEAKARRAY && !plan->is_young(h, c) &&
                            !plan->is_remembered(h, c);
            vf.walked++;
            heap_trace_cell(h->vm, c, &vf.base);
        }
        vf.parent = NULL;
        vf.old_parent = false;
        if (pass == 0) {
            vf.registry = true;
            heap_visit_weak_arrays(h->vm, &vf.base);
            vf.registry = false;
        }
    }
}
