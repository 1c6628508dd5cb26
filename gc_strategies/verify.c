/*
 * verify.c -- the heap verifier (prefix gc_), run before and after every
 * collection with --gc-verify.
 *
 * From the roots, every reachable pointer must be 8-aligned, the start of a
 * cell the plan owns (plan->contains), not forwarded, of a valid kind (a
 * freed marksweep cell has an invalid one) and of a plausible size.  The
 * walk uses its own stack (no recursion) and flags visited cells with
 * GC_VERIFY_BIT, a GC bit no plan uses, cleared again before returning.  The first broken pointer aborts with a report naming
 * the holder: a root slot (described by heap_describe_root) or the cell and
 * field offset that held it -- usually enough to find the C code that kept a
 * raw pointer across an allocation.  For generational plans (is_young) it
 * also checks the barrier invariant: an old cell holding a pointer into the
 * nursery must be remembered (run before every minor GC with --gc-verify).
 * Weak arrays (engine/weak.h) are walked with every slot, weak ones too,
 * and so is every array in the engine's weak registry, reachable or not.
 */
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "gcutil.h"

typedef struct Verifier {
    GcVisitor base;
    Heap *heap;
    MarkStack stack;     /* cells still to trace */
    MarkStack seen;      /* every cell flagged with GC_VERIFY_BIT, to clear it */
    Cell *parent;        /* cell being traced; NULL while tracing roots */
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

static void clear_seen(Verifier *vf)
{
    for (size_t i = 0; i < vf->seen.n; i++) {
        Cell *c = vf->seen.v[i];
        cell_set_gcbits(c, cell_gcbits(c) & ~GC_VERIFY_BIT);
    }
    vf->seen.n = 0;
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
    clear_seen(vf);
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
    /* generational plans: an old->young pointer needs a remembered holder
     * (weak arrays excepted: every minor GC scans them all, engine/weak.h) */
    if (vf->parent && cell_kind(vf->parent) != CELL_WEAKARRAY && h->plan->is_young && h->plan->is_young(h, c) && !h->plan->is_young(h, vf->parent) &&
        !h->plan->is_remembered(h, vf->parent))
        report(vf, slot, "old->young pointer in a cell missing from the remembered set (a store without heap_store?)");
    if (cell_gcbits(c) & GC_VERIFY_BIT) return;
    cell_set_gcbits(c, cell_gcbits(c) | GC_VERIFY_BIT);
    mstack_push(&vf->seen, c);
    mstack_push(&vf->stack, c);
}

void gc_verify_heap(Heap *h)
{
    Verifier vf = { .base = { verify_visit, GC_WEAK_ALL }, .heap = h };
    heap_trace_roots(h->vm, &vf.base);
    /* then every registered weak array (reachable or not yet collected) and
     * every slot of it, weak ones included: none may point into freed or
     * from-space memory */
    for (int pass = 0; pass < 2; pass++) {
        Cell *c;
        while ((c = mstack_pop(&vf.stack)) != NULL) {
            vf.parent = c;
            vf.walked++;
            heap_trace_cell(h->vm, c, &vf.base);
        }
        vf.parent = NULL;
        if (pass == 0) {
            vf.registry = true;
            heap_visit_weak_arrays(h->vm, &vf.base);
            vf.registry = false;
        }
    }
    clear_seen(&vf);
    mstack_free(&vf.stack);
    mstack_free(&vf.seen);
}
