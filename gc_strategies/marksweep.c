/*
 * marksweep.c -- the non-moving mark-sweep plan (`--gc=marksweep`, the
 * default).
 *
 * Memory:
 *  - Small cells (<= 2048 bytes) live in 64 KiB blocks aligned to their
 *    size; each block holds cells of one size class.  Classes are exact
 *    multiples of 8 up to 256 bytes (most JS cells) and then 8 classes per
 *    power of two up to 2048.  Free cells of a class form a singly linked
 *    list through the word after their header; the heads of the exact
 *    classes are heap->free_lists, so heap_alloc() pops them inline and only
 *    an empty list reaches this file.
 *  - Larger cells go to the shared large-object space (gcutil.h).
 *
 * Marking uses the cell's GC bits and an explicit mark stack of edges
 * (prefetched, see drain()).  The mark value alternates between 1 and 2
 * ("epoch") from one collection to the next, so
 * blocks do not need their marks cleared: a cell is live in this cycle iff
 * its bits equal the epoch.  (A cell that died while its block stayed
 * unswept through a whole cycle can look marked two cycles later; it is
 * unreachable, so it is just kept one cycle longer.)  Marking also counts
 * live cells per block: blocks with none go straight back to the empty
 * pool without being swept.
 *
 * Sweeping is lazy: after marking, every non-empty block waits on its
 * class's unswept list, and the allocator sweeps one block (building its
 * free list) when the class runs dry.  That time is added to gc_ns.  An
 * empty block given to a class is not formatted in one pass either: its
 * cells are put on the free list 4 KiB at a time (Block.nformatted), so
 * those stores hit lines the mutator is about to initialise anyway.
 *
 * Private mode: when another plan runs this one on a private heap (gen.c's
 * old generation, rc's allocator: their heap has in_gc set before init),
 * every allocation comes through ms_alloc, never the facade's inline
 * free-list pop.  Then a block's raw tail is bump-allocated instead
 * (nformatted counts the cells handed out) and never formatted: a
 * promotion writes each cell once (its copy), not a free-list link first.
 * Not when the private heap's lists are popped inline after all
 * (heap->lists_popped_inline: genms pretenuring, gen.c): then raw tails are
 * formatted as in the normal mode, so that the inline pop finds them --
 * except while a minor collection promotes (heap->promoting), when every
 * allocation comes here anyway.  New blocks are prefaulted (one madvise
 * instead of a page fault per 4 KiB page), except while collections are
 * deferred (start-up, see prefault()).
 *
 * Policy: the heap may hold `target` bytes of blocks and large cells; when
 * a class needs a new block beyond it, collect (a large cell beyond it
 * first frees pooled empty blocks, then collects if that is not enough).  After a collection,
 * target = max(--heap, 2 x the footprint of non-empty blocks and live large
 * cells), capped by --max-heap; empty blocks beyond the target are returned
 * to the OS.  If a collection does not free enough, the heap grows up to
 * --max-heap and then allocation fails (the facade throws the OOM error).
 * With heap->no_gc > 0 the heap grows instead of collecting.  The cap is
 * read from heap->max_heap at each use, so that a generational plan running
 * this one as its old generation can lift it while it promotes (gen.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gc.h"
#include "gcutil.h"

#define BLOCK_SIZE ((size_t)64 * 1024)
#define BLOCK_HDR 64                 /* bytes reserved for struct Block; cells follow */
#define SMALL_MAX 2048               /* larger cells go to the large-object space */
#define EXACT_MAX 256                /* classes are exact up to here (inline free lists) */
#define NEXACT (EXACT_MAX / 8 + 1)   /* heads[0 .. NEXACT) indexed by bytes / 8 */
#define NCLASSES (NEXACT + 24)       /* + 3 powers of two x 8 geometric classes */
#define FREE_KIND 0xFFu              /* kind of a free cell: never a valid CellKind */
#define POISON 0xDB                  /* fills freed cells in debugging runs (--gc-verify, --gc-stress) */
#define DEFAULT_HEAP ((size_t)8 * 1024 * 1024)
#define FORMAT_CHUNK 4096            /* bytes of a block's raw tail put on a free list at a time */

typedef struct Block {
    struct Block *next;   /* on its class's unswept list, or in the empty pool */
    uint32_t cls;         /* size class (valid when stride != 0) */
    uint32_t stride;      /* cell size in bytes; 0 = empty and unformatted (pooled) */
    uint32_t ncells;
    uint32_t nformatted;  /* cells [0, nformatted) exist (allocated or free); the rest is raw */
    uint32_t live;        /* cells marked by the last collection */
} Block;
_Static_assert(sizeof(Block) <= BLOCK_HDR, "block header too big");

typedef struct MarkSweep {
    Cell *heads[NCLASSES];         /* free lists; heads[0 .. NEXACT) is heap->free_lists */
    Block *unswept[NCLASSES];
    Block *fresh[NCLASSES];        /* a block whose raw tail is formatted chunk by chunk */
    uint32_t class_size[NCLASSES];
    uint8_t class_of[SMALL_MAX / 8 + 1];   /* bytes / 8 -> class */
    Block *pool;                   /* empty blocks */
    Block **blocks;                /* every block, sorted by address (contains()) */
    size_t nblocks, cap_blocks;
    Block **bset;                  /* contains(): hash set of the blocks (open addressing) */
    size_t bset_cap;
    LargeSpace los;
    MarkStack stack;
    unsigned epoch;                /* mark value of the current cycle: 1 or 2 */
    size_t initial, target;
    uint64_t live_bytes;           /* marked by the last collection */
    uint64_t alloc_at_gc;          /* heap->bytes_allocated when it ended */
    bool private_mode;             /* raw tails are bump-allocated (see the top) */
    GcStats stats;
} MarkSweep;

typedef struct MarkVisitor {
    GcVisitor base;
    MarkSweep *ms;
} MarkVisitor;

static inline Block *block_of(const void *p) { return (Block *)((uintptr_t)p & ~(uintptr_t)(BLOCK_SIZE - 1)); }
static inline uint8_t *block_cells(Block *b) { return (uint8_t *)b + BLOCK_HDR; }
static size_t footprint(const MarkSweep *ms) { return ms->nblocks * BLOCK_SIZE + ms->los.bytes; }
static bool within_max(const Heap *h, size_t bytes) { return !h->max_heap || bytes <= h->max_heap; }

static void init_classes(MarkSweep *ms)
{
    unsigned k;
    for (k = 2; k < NEXACT; k++) ms->class_size[k] = k * 8;
    for (uint32_t base = 256; base < SMALL_MAX; base *= 2)
        for (uint32_t i = 1; i <= 8; i++) ms->class_size[k++] = base + i * (base / 8);
    ms->class_size[0] = ms->class_size[1] = 16;
    unsigned c = 2;
    for (unsigned g = 0; g <= SMALL_MAX / 8; g++) {
        while (ms->class_size[c] < g * 8) c++;
        ms->class_of[g] = (uint8_t)c;
    }
}

/* ---- blocks ------------------------------------------------------------- */

/* ---- the block set (verifier lookups) ---- */

static size_t bset_slot(const MarkSweep *ms, const Block *b)
{
    uint64_t k = (uint64_t)(uintptr_t)b / BLOCK_SIZE;
    return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 20) & (ms->bset_cap - 1);
}

static void bset_put(MarkSweep *ms, Block *b)
{
    size_t i = bset_slot(ms, b);
    while (ms->bset[i]) i = (i + 1) & (ms->bset_cap - 1);
    ms->bset[i] = b;
}

/* Rebuild for the current blocks; sized for load <= 1/2 after doubling.
 * On malloc failure the set is dropped (contains() then says false). */
static void bset_rebuild(MarkSweep *ms)
{
    size_t cap = 64;
    while (cap < 4 * (ms->nblocks + 1)) cap *= 2;
    free(ms->bset);
    ms->bset = calloc(cap, sizeof *ms->bset);
    ms->bset_cap = ms->bset ? cap : 0;
    if (ms->bset)
        for (size_t i = 0; i < ms->nblocks; i++) bset_put(ms, ms->blocks[i]);
}

static bool bset_has(const MarkSweep *ms, const Block *b)
{
    if (!ms->bset_cap) return false;
    for (size_t i = bset_slot(ms, b); ms->bset[i]; i = (i + 1) & (ms->bset_cap - 1))
        if (ms->bset[i] == b) return true;
    return false;
}

/* Map a new block's pages in one system call instead of one page fault per
 * 4 KiB page as it fills: a fault costs microseconds on a virtual machine,
 * and a minor collection that promotes into new blocks would take every one
 * of them inside its pause (session 7: half of splay's first minor GC).
 * Not while this heap defers collections (no_gc > 0), above all during the
 * VM's start-up: it opens about 30 blocks, one per size class, for 0.6 MB
 * of cells, and populating all of them was 480 of the 1,536 page faults
 * of `tierlab -e 1` (session 9); those sparse blocks fault in only the
 * pages they fill.  Later a class opens a block when its list ran dry, so
 * the block fills (binarytrees: 20 ms less system time populated than
 * faulted in page by page).  A generational plan's old generation (a
 * private heap, no_gc always 0) populates its start-up blocks too: the
 * first minor collection promotes into them, and faulting them in inside
 * that pause cost 0.5-1 ms of splay's first one (session 9).
 * Best effort: without MADV_POPULATE_WRITE (Linux < 5.14) the pages fault
 * in as before. */
static void prefault(Block *b)
{
#ifdef MADV_POPULATE_WRITE
    (void)madvise(b, BLOCK_SIZE, MADV_POPULATE_WRITE);
#else
    (void)b;
#endif
}

static Block *new_block(MarkSweep *ms, bool populate)
{
    if (ms->nblocks == ms->cap_blocks) {
        size_t cap = ms->cap_blocks ? ms->cap_blocks * 2 : 64;
        Block **nb = realloc(ms->blocks, cap * sizeof *nb);
        if (!nb) return NULL;
        ms->blocks = nb;
        ms->cap_blocks = cap;
    }
    Block *b = aligned_alloc(BLOCK_SIZE, BLOCK_SIZE);
    if (!b) return NULL;
    if (populate) prefault(b);
    memset(b, 0, sizeof *b);
    size_t i = ms->nblocks;
    while (i > 0 && (uintptr_t)ms->blocks[i - 1] > (uintptr_t)b) {
        ms->blocks[i] = ms->blocks[i - 1];
        i--;
    }
    ms->blocks[i] = b;
    ms->nblocks++;
    if (2 * ms->nblocks > ms->bset_cap) bset_rebuild(ms);
    else bset_put(ms, b);
    ms->stats.heap_bytes = footprint(ms);
    return b;
}

static inline void make_free(Cell *c, uint32_t stride, Cell *next)
{
    c->header = ((uint64_t)FREE_KIND << CELL_KIND_SHIFT) | ((uint64_t)(stride / 8) << CELL_SIZE_SHIFT);
    *(Cell **)(void *)((uint8_t *)c + 8) = next;
}

/* Give an empty block to class k.  Its cells are formatted (made free cells
 * on the list) a chunk at a time as the class needs them, so the formatting
 * stores touch memory just before the mutator initialises it instead of in
 * a separate pass over the whole block. */
static void init_block(MarkSweep *ms, Block *b, unsigned k)
{
    uint32_t stride = ms->class_size[k];
    b->cls = k;
    b->stride = stride;
    b->ncells = (uint32_t)((BLOCK_SIZE - BLOCK_HDR) / stride);
    b->nformatted = 0;
    b->live = 0;
}

/* Put the next chunk of b's raw tail on its class's free list (address
 * order).  false if the block has no raw tail left. */
static bool format_chunk(MarkSweep *ms, Block *b)
{
    uint32_t stride = b->stride, first = b->nformatted;
    if (first >= b->ncells) return false;
    uint32_t end = first + (FORMAT_CHUNK + stride - 1) / stride;
    if (end > b->ncells) end = b->ncells;
    Cell *head = ms->heads[b->cls];
    for (uint32_t i = end; i-- > first;) {
        Cell *c = (Cell *)(void *)(block_cells(b) + (size_t)i * stride);
        make_free(c, stride, head);
        head = c;
    }
    ms->heads[b->cls] = head;
    b->nformatted = end;
    return true;
}

/* Raw block tails are bump-allocated by ms_alloc (never formatted): in
 * private mode, and while a generational plan promotes into this heap. */
static inline bool bump_tails(const MarkSweep *ms, const Heap *h) { return ms->private_mode || h->promoting; }

/* b's raw tail can serve class allocation: formatted a chunk at a time, or
 * bump-allocated by ms_alloc (bump_tails). */
static bool open_tail(const Heap *h, MarkSweep *ms, Block *b)
{
    return bump_tails(ms, h) ? b->nformatted < b->ncells : format_chunk(ms, b);
}

/* Lazy sweep: put the block's unmarked cells on its class's free list.
 * Returns true if it found any. */
static bool sweep_block(MarkSweep *ms, Block *b, bool poison)
{
    uint32_t stride = b->stride, epoch = ms->epoch;
    Cell *head = ms->heads[b->cls];
    bool any = false;
    for (uint32_t i = b->nformatted; i-- > 0;) {
        Cell *c = (Cell *)(void *)(block_cells(b) + (size_t)i * stride);
        if (cell_gcbits(c) == epoch) continue;
        if (poison && cell_kind(c) != (CellKind)FREE_KIND) memset((uint8_t *)c + 16, POISON, stride - 16);
        make_free(c, stride, head);
        head = c;
        any = true;
    }
    ms->heads[b->cls] = head;
    return any;
}

static bool sweep_class(Heap *h, MarkSweep *ms, unsigned k)
{
    if (!ms->unswept[k]) return false;
    uint64_t t0 = gc_now_ns();
    bool found = false;
    while (!found && ms->unswept[k]) {
        Block *b = ms->unswept[k];
        ms->unswept[k] = b->next;
        b->next = NULL;
        found = sweep_block(ms, b, h->verify || h->stress_every != 0);
        if (b->nformatted < b->ncells && !ms->fresh[k]) {   /* its raw tail is usable too */
            ms->fresh[k] = b;
            found = found || open_tail(h, ms, b);
        }
    }
    ms->stats.gc_ns += gc_now_ns() - t0;
    return found;
}

/* A block for class k: from the pool, or new if the policy allows. */
static bool take_block(Heap *h, MarkSweep *ms, unsigned k, bool beyond_target)
{
    Block *b = ms->pool;
    if (b) {
        ms->pool = b->next;
    } else {
        size_t want = footprint(ms) + BLOCK_SIZE;
        bool ok = (beyond_target || h->no_gc > 0) ? within_max(h, want) : want <= ms->target;
        if (!ok || !(b = new_block(ms, h->no_gc == 0))) return false;
    }
    b->next = NULL;
    init_block(ms, b, k);
    ms->fresh[k] = b;
    open_tail(h, ms, b);
    return true;
}

static bool refill(Heap *h, MarkSweep *ms, unsigned k)
{
    if (ms->fresh[k]) {
        if (open_tail(h, ms, ms->fresh[k])) return true;
        ms->fresh[k] = NULL;
    }
    if (sweep_class(h, ms, k) || take_block(h, ms, k, false)) return true;
    if (h->no_gc == 0 && !h->in_gc) {
        heap_collect(h->vm, GC_REASON_ALLOC);
        if (sweep_class(h, ms, k) || take_block(h, ms, k, false)) return true;
    }
    return take_block(h, ms, k, true);
}

/* ---- allocation --------------------------------------------------------- */

static void release_blocks(MarkSweep *ms, size_t limit);

static Cell *alloc_large(Heap *h, MarkSweep *ms, size_t bytes)
{
    /* Pooled empty blocks give way to a large cell before a collection
     * does: they count in the footprint, but a collection would not make
     * them any more usable for it (session 7: havlak collected every few
     * KiB of allocation, 38 of its 46 collections freeing nothing, with 73
     * of its 126 blocks in the pool). */
    if (footprint(ms) + bytes > ms->target && ms->pool && ms->target > bytes)
        release_blocks(ms, ms->target - bytes);
    if (footprint(ms) + bytes > ms->target && h->no_gc == 0 && !h->in_gc)
        heap_collect(h->vm, GC_REASON_ALLOC);
    /* empty blocks kept for small cells give way to a large one at the cap */
    if (!within_max(h, footprint(ms) + bytes) && h->max_heap > bytes) release_blocks(ms, h->max_heap - bytes);
    if (!within_max(h, footprint(ms) + bytes)) return NULL;
    Cell *c = los_alloc(&ms->los, bytes);
    ms->stats.heap_bytes = footprint(ms);
    return c;
}

/* An empty free list: refill it (sweep, a block, perhaps a collection). */
static __attribute__((noinline)) Cell *alloc_slow(Heap *h, MarkSweep *ms, unsigned k)
{
    if (!refill(h, ms, k)) return NULL;
    Cell *c = ms->heads[k];
    if (c) {
        ms->heads[k] = *(Cell **)(void *)((uint8_t *)c + 8);
    } else {   /* bump_tails: the fresh block's raw tail (refill opened it) */
        Block *b = ms->fresh[k];
        c = (Cell *)(void *)(block_cells(b) + (size_t)b->nformatted++ * b->stride);
    }
    return c;
}

static Cell *ms_alloc(Heap *h, size_t bytes)
{
    MarkSweep *ms = h->plan_state;
    if (bytes > SMALL_MAX) return alloc_large(h, ms, bytes);
    unsigned k = ms->class_of[bytes >> 3];
    Cell *c = ms->heads[k];
    if (c) {
        ms->heads[k] = *(Cell **)(void *)((uint8_t *)c + 8);
        return c;
    }
    Block *b = ms->fresh[k];
    if (b && b->nformatted < b->ncells && bump_tails(ms, h))   /* the common case of a promotion */
        return (Cell *)(void *)(block_cells(b) + (size_t)b->nformatted++ * b->stride);
    return alloc_slow(h, ms, k);
}

/* ---- collection --------------------------------------------------------- */

/* Marking by edge enqueuing (Garner, Blackburn & Frampton, "Effective
 * prefetch for mark-sweep garbage collection", ISMM 2007): a visited
 * slot's target is prefetched and pushed unmarked; it is tested and marked
 * when it leaves a small FIFO between the mark stack and the tracer, by
 * which time its header is in cache.  Testing the header at the visit, as
 * before session 7, took a cache miss per edge in a heap larger than the
 * cache (splay's major pauses: 24.5 -> 16.5 ms CPU).  The stack holds
 * edges, not gray cells: leaves and marked cells are pushed too. */
#define MARK_FIFO 8

static void edge_visit(GcVisitor *self, Cell **slot)
{
    MarkSweep *ms = ((MarkVisitor *)self)->ms;
    Cell *c = *slot;
    __builtin_prefetch(c, 1);
    mstack_push(&ms->stack, c);
}

static inline void mark_cell(Heap *h, MarkSweep *ms, Cell *c, GcVisitor *v)
{
    if (cell_gcbits(c) == ms->epoch) return;
    cell_set_gcbits(c, ms->epoch);
    size_t size = cell_size(c);
    if (size <= SMALL_MAX) block_of(c)->live++;
    ms->live_bytes += size;
    if (!cell_kind_is_leaf(cell_kind(c))) heap_trace_cell(h->vm, c, v);
}

/* Drain the mark stack through the FIFO. */
static void drain(Heap *h, MarkSweep *ms, GcVisitor *v)
{
    Cell *fifo[MARK_FIFO];
    unsigned head = 0, n = 0;
    for (;;) {
        Cell *c = mstack_pop(&ms->stack);
        if (c) {
            __builtin_prefetch(c, 1);
            if (n < MARK_FIFO) {
                fifo[(head + n++) % MARK_FIFO] = c;
                continue;
            }
            Cell *d = fifo[head];
            fifo[head] = c;
            head = (head + 1) % MARK_FIFO;
            mark_cell(h, ms, d, v);
        } else if (n) {
            Cell *d = fifo[head];
            head = (head + 1) % MARK_FIFO;
            n--;
            mark_cell(h, ms, d, v);
        } else {
            return;
        }
    }
}

static Cell *ms_weak_live(struct VM *vm, Cell *c)
{
    MarkSweep *ms = heap_of(vm)->plan_state;
    return cell_gcbits(c) == ms->epoch ? c : NULL;
}

static bool ms_survived(Heap *h, const Cell *c)
{
    MarkSweep *ms = h->plan_state;
    return cell_gcbits(c) == ms->epoch;
}

/* Return empty pooled blocks to the OS while the footprint exceeds limit. */
static void release_blocks(MarkSweep *ms, size_t limit)
{
    size_t fp = footprint(ms);
    if (fp <= limit || !ms->pool) return;
    Block **prev = &ms->pool;
    while (*prev && fp > limit) {
        Block *b = *prev;
        *prev = b->next;
        b->stride = UINT32_MAX;   /* tombstone for the compaction below */
        fp -= BLOCK_SIZE;
    }
    size_t n = 0;
    for (size_t i = 0; i < ms->nblocks; i++) {
        Block *b = ms->blocks[i];
        if (b->stride == UINT32_MAX) free(b);
        else ms->blocks[n++] = b;
    }
    ms->nblocks = n;
    bset_rebuild(ms);
}

static void ms_collect(Heap *h, GcReason reason)
{
    MarkSweep *ms = h->plan_state;
    uint64_t t0 = gc_now_ns(), c0 = gc_cpu_now_ns();
    uint64_t before = ms->live_bytes + (h->bytes_allocated - ms->alloc_at_gc);

    ms->epoch = ms->epoch == 1 ? 2 : 1;
    for (size_t i = 0; i < ms->nblocks; i++) ms->blocks[i]->live = 0;
    memset(ms->heads, 0, sizeof ms->heads);
    memset(ms->unswept, 0, sizeof ms->unswept);
    memset(ms->fresh, 0, sizeof ms->fresh);
    ms->live_bytes = 0;

    /* mark */
    MarkVisitor mv = { { edge_visit }, ms };
    heap_trace_roots(h->vm, &mv.base);
    do {   /* the ephemeron fixpoint (engine/weak.h) */
        drain(h, ms, &mv.base);
    } while (heap_trace_ephemerons(h->vm, ms_weak_live, &mv.base));
    heap_process_weak(h->vm, ms_weak_live, NULL);

    /* sweep large cells now; queue small blocks for lazy sweeping (address
     * order), pool the empty ones */
    los_sweep(&ms->los, ms->epoch, false);
    ms->pool = NULL;
    size_t nonempty = 0;
    for (size_t i = ms->nblocks; i-- > 0;) {
        Block *b = ms->blocks[i];
        if (b->live == 0) {
            b->stride = 0;
            b->next = ms->pool;
            ms->pool = b;
        } else {
            b->next = ms->unswept[b->cls];
            ms->unswept[b->cls] = b;
            nonempty++;
        }
    }

    /* growth policy */
    size_t live_fp = nonempty * BLOCK_SIZE + ms->los.bytes;
    ms->target = live_fp * 2 > ms->initial ? live_fp * 2 : ms->initial;
    if (h->max_heap && ms->target > h->max_heap) ms->target = h->max_heap;
    release_blocks(ms, ms->target);
    ms->stats.heap_bytes = footprint(ms);
    ms->alloc_at_gc = h->bytes_allocated;

    GcEvent ev = {
        .kind = GC_KIND_FULL,
        .reason = reason,
        .start_ns = t0,
        .bytes_before = before,
        .bytes_after = ms->live_bytes,
        .bytes_freed = before > ms->live_bytes ? before - ms->live_bytes : 0,
    };
    ev.pause_ns = gc_now_ns() - t0;
    ev.pause_cpu_ns = gc_cpu_now_ns() - c0;
    gc_record_event(&ms->stats, &ev, h->trace);
}

/* ---- the rest of the interface ------------------------------------------- */

static bool cell_in_block(Block *b, const void *p)
{
    if (b->stride == 0) return false;   /* pooled: nothing lives there */
    const uint8_t *q = p;
    if (q < block_cells(b)) return false;
    size_t off = (size_t)(q - block_cells(b));
    return off % b->stride == 0 && off / b->stride < b->nformatted;
}

static bool ms_contains(Heap *h, const void *p)
{
    MarkSweep *ms = h->plan_state;
    Block *b = block_of(p);
    if (bset_has(ms, b)) return cell_in_block(b, p);
    return los_contains(&ms->los, p);
}

static GcStats *ms_stats(Heap *h) { return &((MarkSweep *)h->plan_state)->stats; }

/* rc's allocator interface: c was returned by ms_alloc(h, bytes) and is
 * dead.  Its first word may not be a cell header (rc keeps its count
 * there), so the size comes from the caller. */
static void ms_free_cell(Heap *h, Cell *c, size_t bytes)
{
    MarkSweep *ms = h->plan_state;
    if (bytes > SMALL_MAX) {
        los_free(&ms->los, c, bytes);
        ms->stats.heap_bytes = footprint(ms);
        return;
    }
    unsigned k = ms->class_of[bytes >> 3];
    uint32_t stride = ms->class_size[k];
    if (h->verify || h->stress_every) memset((uint8_t *)c + 16, POISON, stride - 16);
    make_free(c, stride, ms->heads[k]);
    ms->heads[k] = c;
}

/* rc at heap exhaustion: cells were freed one by one into their classes'
 * lists, so a block whose cells are all free still belongs to its class.
 * Rebuild the lists from the blocks (a formatted cell is free iff its kind
 * is FREE_KIND; rc's word in front of an allocated cell never is) and pool
 * the blocks with nothing allocated. */
static void ms_reclaim_blocks(Heap *h)
{
    MarkSweep *ms = h->plan_state;
    memset(ms->heads, 0, sizeof ms->heads);
    memset(ms->unswept, 0, sizeof ms->unswept);
    memset(ms->fresh, 0, sizeof ms->fresh);
    for (size_t i = 0; i < ms->nblocks; i++) {
        Block *b = ms->blocks[i];
        if (b->stride == 0) continue;   /* already pooled */
        uint32_t used = 0;
        for (uint32_t j = 0; j < b->nformatted; j++) {
            Cell *c = (Cell *)(void *)(block_cells(b) + (size_t)j * b->stride);
            if (cell_kind(c) != (CellKind)FREE_KIND) used++;
        }
        if (used == 0) {
            b->stride = 0;
            b->next = ms->pool;
            ms->pool = b;
            continue;
        }
        Cell *head = ms->heads[b->cls];
        for (uint32_t j = b->nformatted; j-- > 0;) {
            Cell *c = (Cell *)(void *)(block_cells(b) + (size_t)j * b->stride);
            if (cell_kind(c) != (CellKind)FREE_KIND) continue;
            make_free(c, b->stride, head);
            head = c;
        }
        ms->heads[b->cls] = head;
        if (b->nformatted < b->ncells && !ms->fresh[b->cls]) ms->fresh[b->cls] = b;
        else
            while (format_chunk(ms, b)) {}
    }
}

/* For gen.c: the largest promotion (bytes of nursery survivors, in any mix
 * of sizes) that is certain to fit under heap->max_heap, so that the cap
 * holds during a minor collection too.  Free cells are not counted (the
 * promotion may be of other classes); every class may open a block it
 * fills only partly (NCLASSES blocks), the rest fills whole blocks at no
 * less than BLOCK_SIZE - BLOCK_HDR - SMALL_MAX bytes each after rounding
 * a cell up to its class (at most 9/8).  Large cells take their exact
 * size, which the same bound covers.  Pooled blocks are room too. */
static size_t ms_headroom(Heap *h)
{
    MarkSweep *ms = h->plan_state;
    if (!h->max_heap) return SIZE_MAX;
    size_t fp = footprint(ms);
    uint64_t room = fp < h->max_heap ? (h->max_heap - fp) / BLOCK_SIZE : 0;
    for (Block *b = ms->pool; b; b = b->next) room++;
    if (room <= NCLASSES) return 0;
    uint64_t full_blocks = room - NCLASSES;
    return (size_t)(full_blocks * (BLOCK_SIZE - BLOCK_HDR - SMALL_MAX) / 9 * 8);
}

static bool ms_init(Heap *h, size_t heap_size, size_t max_heap)
{
    MarkSweep *ms = calloc(1, sizeof *ms);
    if (!ms) {
        fprintf(stderr, "tierlab: marksweep: out of memory\n");
        return false;
    }
    init_classes(ms);
    ms->initial = heap_size ? heap_size : DEFAULT_HEAP;
    if (max_heap && ms->initial > max_heap) ms->initial = max_heap;
    ms->target = ms->initial;
    ms->epoch = 1;
    ms->private_mode = h->in_gc && !h->lists_popped_inline;
    ms->stats.plan = "marksweep";
    h->plan_state = ms;
    h->bump = h->bump_limit = NULL;
    h->free_lists = ms->heads;
    h->free_max = EXACT_MAX;
    return true;
}

static void ms_destroy(Heap *h)
{
    MarkSweep *ms = h->plan_state;
    if (!ms) return;
    for (size_t i = 0; i < ms->nblocks; i++) free(ms->blocks[i]);
    free(ms->blocks);
    free(ms->bset);
    los_destroy(&ms->los);
    mstack_free(&ms->stack);
    gc_stats_free(&ms->stats);
    free(ms);
    h->plan_state = NULL;
    h->free_lists = NULL;
    h->free_max = 0;
}

const GcStrategy gc_marksweep = {
    .name = "marksweep",
    .description = "non-moving mark-sweep: segregated size classes, lazy sweeping",
    .moving = false,
    .barrier = GC_BARRIER_NONE,
    .default_heap = DEFAULT_HEAP,
    .init = ms_init,
    .destroy = ms_destroy,
    .alloc = ms_alloc,
    .collect = ms_collect,
    .write_barrier = NULL,
    .contains = ms_contains,
    .stats = ms_stats,
    .headroom = ms_headroom,
    .free_cell = ms_free_cell,
    .reclaim_blocks = ms_reclaim_blocks,
    .survived = ms_survived,
};
