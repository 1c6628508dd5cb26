/*
 * rc.c -- deferred reference counting with a synchronous cycle collector
 * (`--gc=rc`).
 *
 * Counts.  Every cell carries an RcWord in front of it (rc.h): references
 * from heap cells are counted, references from roots (VM registers,
 * handles, globals, constants: everything heap_trace_roots visits) are not
 * -- deferred reference counting (Deutsch & Bobrow).  A cell whose count
 * drops to zero may still be referenced from a root, so it goes into the
 * zero-count table (ZCT) instead of being freed, and a collection decides.
 * The write barrier (GC_BARRIER_RC: heap_store performs the store here)
 * retains the new value and releases the old one.  A new cell's fields are
 * written with plain stores (the initialising-store rule in heap.h), so a
 * cell allocated since the last collection is RC_NEW: stores into it are
 * not counted, and the collection counts its fields once, when it first
 * looks at it.  Every new cell starts in the ZCT.
 *
 * A collection (all phases stop the world; nothing is freed outside one):
 *   1. count the fields of the new cells (they are all in the ZCT);
 *   2. increment the count of every cell a root references;
 *   3. drain the ZCT: a cell still at zero is garbage; releasing it
 *      decrements its children, and a child that reaches zero is released
 *      at once (the cascade, with an explicit work list);
 *   4. trial deletion among the cells new since the last collection (a
 *      cycle of new cells dropped before any collection saw it had no
 *      counted decrement to make it a possible root), then maybe the full
 *      cycle collection (below), while the root increments still protect
 *      what the roots reference;
 *   5. undo the root increments as ordinary decrements (a cell only roots
 *      referenced goes back into the ZCT; a cell still counted becomes a
 *      possible cycle root, since a garbage cycle may have lost its last
 *      reference from a root without any counted decrement);
 *   6. weak references (the atom table, weak arrays: see "weak
 *      references" below) drop the dead cells -- run before step 5;
 *   7. the dead cells go back to the allocator.
 *
 * Cycles: Bacon & Rajan's synchronous trial deletion ("Concurrent cycle
 * collection in reference counted systems", ECOOP 2001).  A decrement that
 * leaves a count above zero makes the cell a possible root (purple, in the
 * roots buffer); so does a ZCT cell that turns out to be referenced, and
 * step 5.  A cell released while buffered stays allocated (RC_RELEASED)
 * until the end of the collection, which takes it out of the buffer.  MarkGray subtracts the references internal to the subgraph
 * reachable from the possible roots, Scan restores (ScanBlack) whatever is
 * still referenced from outside and colours the rest white, CollectWhite
 * frees the white cells.  Every traversal uses an explicit stack.  Cells
 * that cannot point to anything (strings, byte cells) are never possible
 * roots.  It runs when the buffer holds ROOTS_MAX cells, when the heap
 * footprint has doubled since the last cycle collection, at heap
 * exhaustion, on tierlab.gc(), and at every STRESS_CYCLE_EVERY-th stress
 * collection.
 *
 * Memory: the marksweep plan's allocator (size classes, 64 KiB blocks,
 * large-object space) run on a private Heap whose collector never runs;
 * rc frees cells one by one through its free_cell hook.  A collection
 * happens when PERIOD bytes were allocated since the last one, when the
 * buffer filled, or when the allocator reaches the cap (--heap /
 * --max-heap), followed by a cycle collection; if the allocation still
 * fails, the facade throws the RangeError.
 *
 * With --gc-verify, step 1 is followed by a count check: from the roots,
 * every reachable cell's count must be at least the number of references
 * from reachable cells (a store that bypassed heap_store shows up here).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "gcutil.h"
#include "rc.h"

extern const GcStrategy gc_marksweep;

#define DEFAULT_HEAP ((size_t)8 * 1024 * 1024)
#define PERIOD_MAX ((size_t)4 * 1024 * 1024)   /* allocation between collections */
#define PERIOD_MIN ((size_t)256 * 1024)
#define ROOTS_MAX 32768                         /* possible roots that ask for a cycle collection */
#define STRESS_CYCLE_EVERY 4
#define WORD ((size_t)sizeof(RcWord))

typedef struct Rc {
    Heap cells;            /* gc_marksweep's allocator on a private heap */
    MarkStack zct;         /* zero-count table; every new cell starts here */
    MarkStack roots;       /* possible roots of garbage cycles (RC_BUFFERED) */
    MarkStack rooted;      /* one entry per root reference incremented in step 2 */
    MarkStack work;        /* release cascade / traversal stack */
    MarkStack black;       /* ScanBlack's stack (it runs inside Scan) */
    MarkStack dead;        /* freed by this collection (RC_DEAD) */
    MarkStack fresh;       /* the cells new since the last collection (step 1) */
    size_t period;
    uint64_t since;        /* bytes allocated since the last collection */
    uint64_t live;         /* bytes of allocated cells, words included */
    bool cycle_wanted;     /* the buffer filled */
    size_t cc_footprint;   /* footprint after the last cycle collection */
    size_t initial;
    uint32_t stress_gcs;
    GcStats stats;
} Rc;

typedef struct RcVisitor {
    GcVisitor base;
    Rc *rc;
} RcVisitor;

static size_t footprint(Rc *rc) { return gc_marksweep.stats(&rc->cells)->heap_bytes; }
static bool may_cycle(const Cell *c) { return !cell_kind_is_leaf(cell_kind(c)); }

static const char *kind_name(const Cell *c)
{
    static const char *const names[] = {
#define CELL_KIND(name, desc) #name,
#include "cellkinds.def"
#undef CELL_KIND
    };
    return cell_kind(c) < CELL__COUNT ? names[cell_kind(c)] : "INVALID";
}

static void underflow(const Cell *c)
{
    fprintf(stderr,
            "tierlab: rc: reference count underflow on a %s cell %p (%zu bytes): a store into a heap cell "
            "without heap_store, or a field that was never counted\n",
            kind_name(c), (const void *)c, cell_size(c));
    abort();
}

/* The private heap mirrors the debugging switches (poisoning of freed cells). */
static void sync_cells(Heap *h, Rc *rc)
{
    rc->cells.verify = h->verify;
    rc->cells.stress_every = h->stress_every;
    rc->cells.in_gc = true;   /* marksweep's own collector never runs */
    rc->cells.no_gc = 0;
}

/* ---- counting (mutator side) ------------------------------------------------- */

static void zct_add(Rc *rc, Cell *c)
{
    RcWord *w = rc_word(c);
    if (w->flags & RC_ZCT) return;
    w->flags |= RC_ZCT;
    mstack_push(&rc->zct, c);
}

static void possible_root(Rc *rc, Cell *c)
{
    RcWord *w = rc_word(c);
    if (!may_cycle(c) || w->color == RC_PURPLE) return;
    w->color = RC_PURPLE;
    if (w->flags & RC_BUFFERED) return;
    w->flags |= RC_BUFFERED;
    mstack_push(&rc->roots, c);
    if (rc->roots.n >= ROOTS_MAX) rc->cycle_wanted = true;
}

static inline void retain(Cell *c)
{
    RcWord *w = rc_word(c);
    w->count++;
    w->color = RC_BLACK;
}

/* A counted reference went away outside a ZCT drain: zero waits in the ZCT
 * (a root may still reference the cell). */
static void release_deferred(Rc *rc, Cell *c)
{
    RcWord *w = rc_word(c);
    if (w->count == 0) underflow(c);
    if (--w->count == 0) zct_add(rc, c);
    else possible_root(rc, c);
}

static void rc_barrier(Heap *h, Cell *holder, JSValue *slot, JSValue v)
{
    JSValue old = *slot;
    *slot = v;
    if (rc_word(holder)->flags & RC_NEW) return;   /* counted when the collection scans it */
    if (val_is_cell(v)) retain(val_cell(v));
    if (val_is_cell(old)) release_deferred(h->plan_state, val_cell(old));
}

static void rc_barrier_cell(Heap *h, Cell *holder, Cell **slot, Cell *v)
{
    Cell *old = *slot;
    *slot = v;
    if (rc_word(holder)->flags & RC_NEW) return;
    if (v) retain(v);
    if (old) release_deferred(h->plan_state, old);
}

/* ---- collection: counting, roots, the ZCT ------------------------------------- */

static void kill(Rc *rc, Cell *c)
{
    RcWord *w = rc_word(c);
    w->flags = (uint8_t)((w->flags & ~RC_RELEASED) | RC_DEAD);
    mstack_push(&rc->dead, c);
}

static void count_visit(GcVisitor *self, Cell **slot)
{
    (void)self;
    rc_word(*slot)->count++;
}

static void root_visit(GcVisitor *self, Cell **slot)
{
    Rc *rc = ((RcVisitor *)self)->rc;
    rc_word(*slot)->count++;
    mstack_push(&rc->rooted, *slot);
}

/* A child of a released cell loses a reference. */
static void release_visit(GcVisitor *self, Cell **slot)
{
    Rc *rc = ((RcVisitor *)self)->rc;
    Cell *c = *slot;
    RcWord *w = rc_word(c);
    if (w->count == 0) underflow(c);
    if (--w->count > 0) possible_root(rc, c);
    else if (!(w->flags & RC_ZCT)) mstack_push(&rc->work, c);   /* a ZCT cell is drained later */
}

/* Release every cell on the work list (count zero, not referenced by a
 * root) and whatever reaches zero because of it. */
static void release_cascade(Heap *h, Rc *rc)
{
    RcVisitor rv = { { release_visit, GC_WEAK_COUNT }, rc };
    Cell *c;
    while ((c = mstack_pop(&rc->work)) != NULL) {
        heap_trace_cell(h->vm, c, &rv.base);
        RcWord *w = rc_word(c);
        w->color = RC_BLACK;
        if (w->flags & RC_BUFFERED) w->flags |= RC_RELEASED;   /* the buffer frees it */
        else kill(rc, c);
    }
}

/* ---- collection: cycles ------------------------------------------------------ */

static void gray_visit(GcVisitor *self, Cell **slot)
{
    Rc *rc = ((RcVisitor *)self)->rc;
    RcWord *w = rc_word(*slot);
    if (w->count == 0) underflow(*slot);
    w->count--;
    if (w->color != RC_GRAY) {
        w->color = RC_GRAY;
        mstack_push(&rc->work, *slot);
    }
}

/* MarkGray: the subgraph reachable from s turns gray, and every reference
 * inside it is subtracted from its target's count. */
static void mark_gray(Heap *h, Rc *rc, Cell *s)
{
    if (rc_word(s)->color == RC_GRAY) return;
    rc_word(s)->color = RC_GRAY;
    mstack_push(&rc->work, s);
    RcVisitor gv = { { gray_visit, GC_WEAK_COUNT }, rc };
    Cell *c;
    while ((c = mstack_pop(&rc->work)) != NULL) heap_trace_cell(h->vm, c, &gv.base);
}

static void black_visit(GcVisitor *self, Cell **slot)
{
    Rc *rc = ((RcVisitor *)self)->rc;
    RcWord *w = rc_word(*slot);
    w->count++;
    if (w->color != RC_BLACK) {
        w->color = RC_BLACK;
        mstack_push(&rc->black, *slot);
    }
}

/* ScanBlack: s is referenced from outside its subgraph: it and everything
 * it reaches are live; give back the references MarkGray took. */
static void scan_black(Heap *h, Rc *rc, Cell *s)
{
    rc_word(s)->color = RC_BLACK;
    mstack_push(&rc->black, s);
    RcVisitor bv = { { black_visit, GC_WEAK_COUNT }, rc };
    Cell *c;
    while ((c = mstack_pop(&rc->black)) != NULL) heap_trace_cell(h->vm, c, &bv.base);
}

static void push_visit(GcVisitor *self, Cell **slot)
{
    mstack_push(&((RcVisitor *)self)->rc->work, *slot);
}

/* Scan: gray cells still referenced from outside go black with all they
 * reach; the others turn white. */
static void scan(Heap *h, Rc *rc, Cell *s)
{
    RcVisitor pv = { { push_visit, GC_WEAK_COUNT }, rc };
    mstack_push(&rc->work, s);
    Cell *c;
    while ((c = mstack_pop(&rc->work)) != NULL) {
        RcWord *w = rc_word(c);
        if (w->color != RC_GRAY) continue;
        if (w->count > 0) {
            scan_black(h, rc, c);
        } else {
            w->color = RC_WHITE;
            heap_trace_cell(h->vm, c, &pv.base);
        }
    }
}

/* CollectWhite: free the white cells reachable from s (a buffered cell is
 * left to its own turn). */
static void collect_white(Heap *h, Rc *rc, Cell *s)
{
    RcVisitor pv = { { push_visit, GC_WEAK_COUNT }, rc };
    mstack_push(&rc->work, s);
    Cell *c;
    while ((c = mstack_pop(&rc->work)) != NULL) {
        RcWord *w = rc_word(c);
        if (w->color != RC_WHITE || (w->flags & RC_BUFFERED)) continue;
        w->color = RC_BLACK;
        heap_trace_cell(h->vm, c, &pv.base);
        kill(rc, c);
    }
}

static void collect_cycles(Heap *h, Rc *rc)
{
    /* MarkRoots: gray the subgraphs of the purple roots; forget the rest
     * (freeing those released while buffered) */
    size_t n = 0;
    for (size_t i = 0; i < rc->roots.n; i++) {
        Cell *s = rc->roots.v[i];
        RcWord *w = rc_word(s);
        if (w->color == RC_PURPLE && w->count > 0) {
            mark_gray(h, rc, s);
            rc->roots.v[n++] = s;
        } else {
            w->flags &= (uint8_t)~RC_BUFFERED;
            if (w->color == RC_BLACK && w->count == 0) kill(rc, s);
        }
    }
    rc->roots.n = n;
    for (size_t i = 0; i < n; i++) scan(h, rc, rc->roots.v[i]);
    for (size_t i = 0; i < n; i++) {
        Cell *s = rc->roots.v[i];
        rc_word(s)->flags &= (uint8_t)~RC_BUFFERED;
        collect_white(h, rc, s);
    }
    rc->roots.n = 0;
    rc->cycle_wanted = false;
}

/* ---- collection: cycles among new cells --------------------------------------- */

static void fresh_gray_visit(GcVisitor *self, Cell **slot)
{
    (void)self;
    RcWord *w = rc_word(*slot);
    if (!(w->flags & RC_FRESH)) return;
    if (w->count == 0) underflow(*slot);
    w->count--;
}

static void fresh_black_visit(GcVisitor *self, Cell **slot)
{
    Rc *rc = ((RcVisitor *)self)->rc;
    RcWord *w = rc_word(*slot);
    if (!(w->flags & RC_FRESH)) return;
    w->count++;
    if (w->color != RC_BLACK) {
        w->color = RC_BLACK;
        mstack_push(&rc->black, *slot);
    }
}

static void fresh_release_visit(GcVisitor *self, Cell **slot)
{
    if (!(rc_word(*slot)->flags & RC_FRESH)) release_visit(self, slot);
}

/* Trial deletion restricted to the set S of this collection's new cells
 * that survived the ZCT (flagged RC_FRESH in step 1): references from
 * outside S (old cells, roots) count as external, so no traversal leaves S
 * and the cost is proportional to the new cells.  A white cell's
 * references into S were already subtracted, its other ones are released. */
static void collect_fresh_cycles(Heap *h, Rc *rc)
{
    size_t n = 0;
    for (size_t i = 0; i < rc->fresh.n; i++) {
        Cell *c = rc->fresh.v[i];
        RcWord *w = rc_word(c);
        if (w->flags & (RC_DEAD | RC_RELEASED)) continue;
        if (w->count == 0 || !may_cycle(c) || (w->flags & RC_BUFFERED)) {
            w->flags &= (uint8_t)~RC_FRESH;   /* left to the full cycle collection */
            continue;
        }
        w->color = RC_GRAY;
        rc->fresh.v[n++] = c;
    }
    rc->fresh.n = n;
    RcVisitor gv = { { fresh_gray_visit, GC_WEAK_COUNT }, rc };
    for (size_t i = 0; i < n; i++) heap_trace_cell(h->vm, rc->fresh.v[i], &gv.base);
    RcVisitor bv = { { fresh_black_visit, GC_WEAK_COUNT }, rc };
    for (size_t i = 0; i < n; i++) {
        Cell *c = rc->fresh.v[i];
        RcWord *w = rc_word(c);
        if (w->color != RC_GRAY || w->count == 0) continue;
        w->color = RC_BLACK;
        mstack_push(&rc->black, c);
        Cell *x;
        while ((x = mstack_pop(&rc->black)) != NULL) heap_trace_cell(h->vm, x, &bv.base);
    }
    RcVisitor wv = { { fresh_release_visit, GC_WEAK_COUNT }, rc };
    for (size_t i = 0; i < n; i++) {
        Cell *c = rc->fresh.v[i];
        if (rc_word(c)->color != RC_GRAY) continue;
        rc_word(c)->color = RC_WHITE;
        heap_trace_cell(h->vm, c, &wv.base);
    }
    for (size_t i = 0; i < n; i++) {
        Cell *c = rc->fresh.v[i];
        RcWord *w = rc_word(c);
        w->flags &= (uint8_t)~RC_FRESH;
        if (w->color == RC_WHITE) {
            w->color = RC_BLACK;
            kill(rc, c);
        }
    }
    rc->fresh.n = 0;
    release_cascade(h, rc);
}

/* Free the buffered cells released by this collection. */
static void purge_released(Rc *rc)
{
    size_t n = 0;
    for (size_t i = 0; i < rc->roots.n; i++) {
        Cell *c = rc->roots.v[i];
        RcWord *w = rc_word(c);
        if (w->flags & RC_RELEASED) {
            w->flags &= (uint8_t)~RC_BUFFERED;
            kill(rc, c);
        } else {
            rc->roots.v[n++] = c;
        }
    }
    rc->roots.n = n;
}

/* ---- collection: the count verifier (--gc-verify) ----------------------------- */

typedef struct VerifyVisitor {
    GcVisitor base;
    Rc *rc;
    MarkStack *seen;
    bool from_cell;
    const Cell *find;      /* holder search: the cell looked for */
    bool found;
} VerifyVisitor;

static void verify_visit(GcVisitor *self, Cell **slot)
{
    VerifyVisitor *vv = (VerifyVisitor *)self;
    RcWord *w = rc_word(*slot);
    if (!(w->flags & RC_SEEN)) {
        w->flags |= RC_SEEN;
        w->vcount = 0;
        mstack_push(vv->seen, *slot);
        mstack_push(&vv->rc->work, *slot);
    }
    if (vv->from_cell && w->vcount < 255) w->vcount++;
}

static void find_visit(GcVisitor *self, Cell **slot)
{
    VerifyVisitor *vv = (VerifyVisitor *)self;
    if (*slot == vv->find) vv->found = true;
}

/* Every reachable cell is counted at least once per reference from another
 * reachable cell (unreachable holders not yet freed may add more). */
static void verify_counts(Heap *h, Rc *rc)
{
    MarkStack seen = { 0 };
    VerifyVisitor vv = { { verify_visit, GC_WEAK_COUNT }, rc, &seen, false, NULL, false };
    heap_trace_roots(h->vm, &vv.base);
    vv.from_cell = true;
    Cell *c;
    while ((c = mstack_pop(&rc->work)) != NULL) heap_trace_cell(h->vm, c, &vv.base);
    for (size_t i = 0; i < seen.n; i++) {
        Cell *x = seen.v[i];
        RcWord *w = rc_word(x);
        if (w->vcount <= w->count) continue;
        fprintf(stderr,
                "tierlab: gc-verify FAILED (plan rc): a %s cell %p (%zu bytes) has count %u but %s%u references "
                "from reachable cells (a store without heap_store?)\n",
                kind_name(x), (void *)x, cell_size(x), w->count, w->vcount == 255 ? "at least " : "", w->vcount);
        VerifyVisitor fv = { { find_visit, GC_WEAK_COUNT }, rc, NULL, false, x, false };
        for (size_t j = 0; j < seen.n; j++) {
            fv.found = false;
            heap_trace_cell(h->vm, seen.v[j], &fv.base);
            if (fv.found)
                fprintf(stderr, "  referenced from a %s cell %p (%zu bytes)%s\n", kind_name(seen.v[j]),
                        (void *)seen.v[j], cell_size(seen.v[j]), rc_word(seen.v[j])->flags & RC_NEW ? " (new)" : "");
        }
        fflush(stderr);
        abort();
    }
    for (size_t i = 0; i < seen.n; i++) rc_word(seen.v[i])->flags &= (uint8_t)~RC_SEEN;
    mstack_free(&seen);
}

/* ---- collection: the driver ---------------------------------------------------- */

static Cell *rc_weak_live(struct VM *vm, Cell *c)
{
    (void)vm;
    return (rc_word(c)->flags & (RC_DEAD | RC_RELEASED)) ? NULL : c;
}

/* ---- collection: weak references (engine/weak.h) ------------------------------- *
 *
 * Weak slots (WeakMap keys, WeakRef targets, tokens) hold no count; a
 * WeakMap value is counted as a reference from its table.  The weak phase
 * runs while the root increments still protect what roots reference: a
 * row whose key died is cleared and its value released (weak_release),
 * the cascade may free more keys, so it repeats until nothing more dies.
 * An ephemeron cycle -- a value that references its own key, directly or
 * through other entries -- keeps the key's count above zero and is no
 * trial-deletion garbage either (its table is live).  So a cycle
 * collection first runs a backup trace from the roots with the ephemeron
 * fixpoint (RC_SEEN marks) and clears the rows of reachable tables whose
 * key it did not reach; releasing their values breaks those cycles, and
 * what is left of them (a key in a cycle of its own) is a possible root
 * for the trial deletion that follows. */

static void weak_release(struct VM *vm, Cell *c)
{
    Rc *rc = heap_of(vm)->plan_state;
    RcWord *w = rc_word(c);
    if (w->count == 0) underflow(c);
    if (--w->count > 0) possible_root(rc, c);
    else if (!(w->flags & RC_ZCT)) mstack_push(&rc->work, c);
}

typedef struct SeenVisitor {
    GcVisitor base;
    Rc *rc;
    MarkStack *seen;
} SeenVisitor;

static void seen_visit(GcVisitor *self, Cell **slot)
{
    SeenVisitor *sv = (SeenVisitor *)self;
    RcWord *w = rc_word(*slot);
    if (w->flags & RC_SEEN) return;
    w->flags |= RC_SEEN;
    mstack_push(sv->seen, *slot);
    mstack_push(&sv->rc->work, *slot);
}

static Cell *rc_seen(struct VM *vm, Cell *c)
{
    (void)vm;
    return (rc_word(c)->flags & RC_SEEN) ? c : NULL;
}

static void break_ephemeron_cycles(Heap *h, Rc *rc)
{
    MarkStack seen = { 0 };
    SeenVisitor sv = { { seen_visit, GC_WEAK_TRACE }, rc, &seen };
    heap_trace_roots(h->vm, &sv.base);
    Cell *c;
    do {
        while ((c = mstack_pop(&rc->work)) != NULL) heap_trace_cell(h->vm, c, &sv.base);
    } while (heap_trace_ephemerons(h->vm, rc_seen, &sv.base));
    heap_clear_ephemerons(h->vm, rc_seen, weak_release);
    for (size_t i = 0; i < seen.n; i++) rc_word(seen.v[i])->flags &= (uint8_t)~RC_SEEN;
    mstack_free(&seen);
    release_cascade(h, rc);
}

static void process_weak(Heap *h, Rc *rc)
{
    bool again;
    do {
        heap_process_weak(h->vm, rc_weak_live, weak_release);
        again = rc->work.n > 0;
        release_cascade(h, rc);
    } while (again);
}

static void rc_collect(Heap *h, GcReason reason)
{
    Rc *rc = h->plan_state;
    uint64_t t0 = gc_now_ns(), c0 = gc_cpu_now_ns();
    uint64_t before = rc->live;
    sync_cells(h, rc);

    /* 1. count the fields of the cells allocated since the last collection */
    RcVisitor cv = { { count_visit, GC_WEAK_COUNT }, rc };
    for (size_t i = 0; i < rc->zct.n; i++) {
        Cell *c = rc->zct.v[i];
        RcWord *w = rc_word(c);
        if (!(w->flags & RC_NEW)) continue;
        w->flags = (uint8_t)((w->flags & ~RC_NEW) | RC_FRESH);
        mstack_push(&rc->fresh, c);
        heap_trace_cell(h->vm, c, &cv.base);
    }
    if (h->verify) verify_counts(h, rc);

    /* 2. references from roots count while the collection runs */
    RcVisitor rv = { { root_visit, GC_WEAK_COUNT }, rc };
    heap_trace_roots(h->vm, &rv.base);

    /* 3. drain the ZCT */
    Cell *c;
    while ((c = mstack_pop(&rc->zct)) != NULL) {
        RcWord *w = rc_word(c);
        w->flags &= (uint8_t)~RC_ZCT;
        if (w->count == 0) {
            mstack_push(&rc->work, c);
            release_cascade(h, rc);
        } else if (!(w->flags & RC_FRESH)) {
            possible_root(rc, c);   /* referenced after all: maybe from a garbage cycle */
        }
    }

    /* 4. cycles: among the new cells, then maybe all */
    collect_fresh_cycles(h, rc);
    bool cycles = rc->cycle_wanted || reason == GC_REASON_EXPLICIT || reason == GC_REASON_HEAP_LIMIT ||
                  (reason == GC_REASON_STRESS && ++rc->stress_gcs % STRESS_CYCLE_EVERY == 0) ||
                  footprint(rc) > rc->cc_footprint;
    /* (cycles only an ephemeron keeps are broken first, so that trial
     * deletion finds what they leave) */
    if (cycles && heap_has_ephemerons(h->vm)) break_ephemeron_cycles(h, rc);
    if (cycles) collect_cycles(h, rc);
    /* weak references (above), before the root increments go */
    process_weak(h, rc);

    /* 5. undo the root increments as ordinary decrements */
    for (size_t i = 0; i < rc->rooted.n; i++) {
        Cell *r = rc->rooted.v[i];
        RcWord *w = rc_word(r);
        if (w->flags & RC_DEAD) {   /* the root increment should have kept it */
            fprintf(stderr, "tierlab: rc: a collection freed a %s cell a root references\n", kind_name(r));
            abort();
        }
        if (--w->count == 0) zct_add(rc, r);
        else possible_root(rc, r);
    }
    rc->rooted.n = 0;

    /* 6. the released buffered cells die, 7. return the memory */
    purge_released(rc);
    uint64_t freed = 0;
    while ((c = mstack_pop(&rc->dead)) != NULL) {
        size_t bytes = cell_size(c) + WORD;
        gc_marksweep.free_cell(&rc->cells, (Cell *)(void *)rc_word(c), bytes);
        freed += bytes;
    }
    rc->live -= freed;
    rc->since = 0;
    /* at exhaustion, blocks emptied by frees of one size serve others */
    if (reason == GC_REASON_HEAP_LIMIT) gc_marksweep.reclaim_blocks(&rc->cells);
    if (cycles) {
        size_t fp = footprint(rc);
        rc->cc_footprint = 2 * fp > rc->initial ? 2 * fp : rc->initial;
    }

    rc->stats.heap_bytes = footprint(rc);
    GcEvent ev = {
        .kind = cycles ? GC_KIND_MAJOR : GC_KIND_MINOR,
        .reason = reason,
        .start_ns = t0,
        .bytes_before = before,
        .bytes_after = rc->live,
        .bytes_freed = freed,
    };
    ev.pause_ns = gc_now_ns() - t0;
    ev.pause_cpu_ns = gc_cpu_now_ns() - c0;
    gc_record_event(&rc->stats, &ev, h->trace);
}

/* ---- allocation ------------------------------------------------------------- */

static Cell *rc_alloc(Heap *h, size_t bytes)
{
    Rc *rc = h->plan_state;
    bool can_gc = h->no_gc == 0 && !h->in_gc;
    if (can_gc && (rc->since >= rc->period || rc->cycle_wanted)) heap_collect(h->vm, GC_REASON_ALLOC);
    sync_cells(h, rc);
    RcWord *w = (RcWord *)(void *)gc_marksweep.alloc(&rc->cells, bytes + WORD);
    if (!w && can_gc) {
        heap_collect(h->vm, GC_REASON_HEAP_LIMIT);
        sync_cells(h, rc);
        w = (RcWord *)(void *)gc_marksweep.alloc(&rc->cells, bytes + WORD);
    }
    if (!w) return NULL;
    *w = (RcWord){ .flags = RC_NEW | RC_ZCT, .color = RC_BLACK };
    Cell *c = (Cell *)(void *)(w + 1);
    mstack_push(&rc->zct, c);
    rc->since += bytes + WORD;
    rc->live += bytes + WORD;
    rc->stats.heap_bytes = footprint(rc);
    return c;
}

/* ---- the rest of the interface ---------------------------------------------- */

static bool rc_contains(Heap *h, const void *p)
{
    Rc *rc = h->plan_state;
    if ((uintptr_t)p & 7) return false;
    const RcWord *w = (const RcWord *)p - 1;
    if (!gc_marksweep.contains(&rc->cells, w)) return false;
    return w->zero == 0 && !(w->flags & RC_DEAD);
}

static GcStats *rc_stats(Heap *h)
{
    Rc *rc = h->plan_state;
    rc->stats.heap_bytes = footprint(rc);
    return &rc->stats;
}

static bool rc_init(Heap *h, size_t heap_size, size_t max_heap)
{
    Rc *rc = calloc(1, sizeof *rc);
    if (!rc) {
        fprintf(stderr, "tierlab: rc: out of memory\n");
        return false;
    }
    rc->initial = heap_size ? heap_size : DEFAULT_HEAP;
    if (max_heap && rc->initial > max_heap) rc->initial = max_heap;
    rc->period = max_heap && max_heap / 4 < PERIOD_MAX ? max_heap / 4 : PERIOD_MAX;
    if (rc->period < PERIOD_MIN) rc->period = PERIOD_MIN;
    rc->cc_footprint = rc->initial;
    rc->cells.vm = h->vm;
    rc->cells.plan = &gc_marksweep;
    rc->cells.barrier = GC_BARRIER_NONE;
    rc->cells.max_heap = max_heap;
    sync_cells(h, rc);
    if (!gc_marksweep.init(&rc->cells, rc->initial, max_heap)) {
        free(rc);
        return false;
    }
    rc->stats.plan = "rc";
    h->plan_state = rc;
    h->bump = h->bump_limit = NULL;   /* every allocation reaches rc_alloc */
    h->free_lists = NULL;
    h->free_max = 0;
    return true;
}

static void rc_destroy(Heap *h)
{
    Rc *rc = h->plan_state;
    if (!rc) return;
    gc_marksweep.destroy(&rc->cells);
    mstack_free(&rc->zct);
    mstack_free(&rc->roots);
    mstack_free(&rc->rooted);
    mstack_free(&rc->work);
    mstack_free(&rc->black);
    mstack_free(&rc->dead);
    mstack_free(&rc->fresh);
    gc_stats_free(&rc->stats);
    free(rc);
    h->plan_state = NULL;
}

const GcStrategy gc_rc = {
    .name = "rc",
    .description = "deferred reference counting (zero-count table) + trial-deletion cycle collector",
    .moving = false,
    .barrier = GC_BARRIER_RC,
    .default_heap = DEFAULT_HEAP,
    .init = rc_init,
    .destroy = rc_destroy,
    .alloc = rc_alloc,
    .collect = rc_collect,
    .write_barrier = rc_barrier,
    .write_barrier_cell = rc_barrier_cell,
    .contains = rc_contains,
    .stats = rc_stats,
};
