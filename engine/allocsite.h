/*
 * allocsite.h -- allocation-site pretenuring (prefix site_).
 *
 * Under a generational plan most cells die young, but some allocation sites
 * make cells that nearly all live long (a tree's nodes, their payloads).
 * Copying those out of the nursery at every minor collection is the whole
 * cost of the collection.  This module learns per allocation site whether
 * its cells survive and, once they do (SITE_SURVIVE_PERMILLE of the
 * samples), makes the site allocate directly in the old generation.
 *
 * A site is a bytecode location that allocates: NEW_OBJECT, NEW_ARRAY
 * (keyed by the instruction's address) and NEW (keyed by its call
 * feedback slot, which the baseline tier's construct stub sees too).  Both
 * tiers run the same code around the allocation (the baseline tier runs
 * NEW_OBJECT / NEW_ARRAY through interp_step), so a decision holds in
 * every tier.  Sites live in a hash table owned by the heap, not in the
 * bytecode: no opcode changed format.  A key is an address inside a
 * function's bytecode or feedback vector; if that memory is freed and
 * reused, the new owner inherits a decision -- a heuristic, never a
 * correctness question.
 *
 *   SiteState: TRACKING --> TENURE or NO_TENURE
 *
 * A site is decided NO_TENURE as soon as one minor GC saw at least
 * SITE_MIN_CYCLE_SAMPLES of its samples and fewer than
 * SITE_SURVIVE_PERMILLE of them survived, and TENURE once at least
 * SITE_MIN_SAMPLES samples over at least SITE_MIN_CYCLES minor GCs survived
 * at that rate (one cycle: the revoking below catches a site whose first
 * cells were the long-lived ones).  A TENURE site keeps sampling: every SITE_RECHECK_EVERY-th
 * cell is allocated in the nursery as a sample (the latest
 * SITE_MAX_SAMPLES are kept).  Whether such a cell survives a minor GC
 * says nothing (its pretenured neighbours hold it, dead or alive:
 * nepotism), so the samples are judged at the next major collection by
 * the old plan (GcStrategy.survived), counting only those allocated within
 * the last nursery's worth of bytes: the question is whether they would
 * have outlived a nursery, not a major cycle.  If at least
 * SITE_MIN_CYCLE_SAMPLES such samples survived at less than the threshold
 * rate, the site becomes NO_TENURE (a site that first builds a long-lived
 * structure and then churns short-lived ones, as binary trees does).
 * NO_TENURE is final.
 *
 * TRACKING: every SITE_SAMPLE_EVERY-th cell allocated in the nursery is
 * a candidate, and SITE_MAX_SAMPLES of a cycle's candidates are kept
 * (reservoir sampling: a uniform choice, addresses only); the plan's
 * next minor collection asks for each sample whether it was forwarded
 * (copied = survived) before the nursery is reset (site_minor).
 * TENURE: the site's allocations (but the rechecks) set heap->pretenure,
 * and the plan's alloc() puts them in the old generation.  NO_TENURE:
 * nothing to do.
 *
 * Backing stores follow their holder (site_follow): slots or elements
 * grown for an object that is already old are allocated old too (they
 * would be promoted at the next minor collection anyway).
 *
 * Correctness of pretenured cells is the plan's: they are written with
 * the initialising-store rule (heap.h), so the plan treats each as fully
 * dirty until it has checked it for nursery pointers (gen.c).
 */
#ifndef TL_ALLOCSITE_H
#define TL_ALLOCSITE_H

#include <stdbool.h>
#include <stdint.h>
#include "heap.h"

struct VM;

typedef enum SiteState { SITE_TRACKING, SITE_TENURE, SITE_NO_TENURE } SiteState;

#define SITE_SAMPLE_EVERY 4
#define SITE_MAX_SAMPLES 64
#define SITE_MIN_SAMPLES 32
#define SITE_SURVIVE_PERMILLE 850
#define SITE_MIN_CYCLES 1
#define SITE_MIN_CYCLE_SAMPLES 8
#define SITE_RECHECK_EVERY 512

typedef struct AllocSite {
    const void *key;
    uint8_t state;              /* SiteState */
    uint8_t nsamples;           /* samples this cycle */
    bool listed;                /* on the table's sampled list */
    bool recheck;               /* TENURE: this allocation goes to the nursery as a sample */
    uint32_t allocated;         /* cells counted while tracking */
    uint32_t sampled, survived; /* totals over the cycles so far */
    uint32_t cycles;            /* minor GCs that evaluated samples of the site */
    uint32_t seen, rng;         /* this cycle's sample candidates; reservoir sampling state */
    Cell *samples[SITE_MAX_SAMPLES];
    uint64_t births[SITE_MAX_SAMPLES];   /* rechecks: heap->bytes_allocated at birth */
    struct AllocSite *next_sampled;
} AllocSite;

typedef struct SiteTable {
    AllocSite **slots;          /* open addressing, power-of-two capacity */
    uint32_t cap, count;
    AllocSite *sampled;         /* sites with samples this cycle */
    AllocSite *pending;         /* TENURE sites whose rechecks wait for site_major */
    uint64_t tenured_sites;     /* statistics: decisions taken */
    uint64_t untenured_sites;
    uint64_t revoked_sites;
} SiteTable;

/* Set up / free the table (heap_init: only for plans with is_young, when
 * --pretenure is on; h->sites stays NULL otherwise and every call below
 * is a no-op). */
bool site_table_init(Heap *h);
void site_table_free(Heap *h);

static inline uint32_t site_hash(const void *key)
{
    uint64_t x = (uint64_t)(uintptr_t)key;
    x ^= x >> 29;
    x *= 0xbf58476d1ce4e5b9ull;
    return (uint32_t)(x >> 32);
}
AllocSite *site_lookup_slow(Heap *h, const void *key);
/* The site of key, created if new; NULL only when out of memory.  Inline
 * for the common case, a hit at the first probe (the table stays at most
 * half full). */
static inline AllocSite *site_lookup(Heap *h, const void *key)
{
    SiteTable *t = h->sites;
    AllocSite *s = t->slots[site_hash(key) & (t->cap - 1)];
    return s && s->key == key ? s : site_lookup_slow(h, key);
}

/* Around an allocation at a site: enter returns the previous pretenure
 * state (pass it to leave), leave samples the result while tracking. */
static inline bool site_enter(Heap *h, const void *key, AllocSite **out)
{
    bool prev = h->pretenure;
    *out = NULL;
    if (!h->sites) return prev;
    AllocSite *s = site_lookup(h, key);
    *out = s;
    /* a tenured site still sends every SITE_RECHECK_EVERY-th cell to the
     * nursery, as a sample that can revoke the decision */
    if (s && s->state == SITE_TENURE) {
        s->recheck = ++s->allocated % SITE_RECHECK_EVERY == 0;
        if (!s->recheck) h->pretenure = true;
    }
    return prev;
}
void site_sample(Heap *h, AllocSite *s, JSValue result);
static inline void site_leave(Heap *h, AllocSite *s, bool prev, JSValue result)
{
    h->pretenure = prev;
    if (s && (s->state == SITE_TRACKING || s->recheck)) site_sample(h, s, result);
}

/* A backing store is about to be allocated for holder: pretenure it if
 * holder is old.  Returns the previous state for site_unfollow. */
static inline bool site_follow(Heap *h, const Cell *holder)
{
    bool prev = h->pretenure;
    if (h->sites && !prev && h->plan_is_young && !heap_is_young(h, holder)) h->pretenure = true;
    return prev;
}
static inline void site_unfollow(Heap *h, bool prev) { h->pretenure = prev; }

/* The plan's minor collection, after tracing and before the nursery is
 * reset: live(c) != NULL iff nursery cell c survived.  Updates every
 * sampled site and takes decisions.  Returns the number of samples it
 * judged (TENURE sites' rechecks not counted): 0 when no site has
 * allocated since the last one, e.g. during the engine's start-up. */
unsigned site_minor(Heap *h, GcWeakFn live);
/* Then, once per collection: after a major collection, survived(old, c)
 * says whether promoted cell c is still live (the old plan's answer);
 * NULL when there was none or the old plan cannot tell.  TENURE sites
 * whose rechecks allocated within the last `window` bytes (the nursery
 * size) mostly died are revoked. */
void site_major(Heap *h, bool (*survived)(Heap *old, const Cell *c), Heap *old, uint64_t window);

#endif
