/*
 * allocsite.c -- allocation-site pretenuring: the site table, sampling and
 * decisions (see allocsite.h).
 */
#include <stdlib.h>

#include "allocsite.h"

bool site_table_init(Heap *h)
{
    SiteTable *t = calloc(1, sizeof *t);
    if (!t) return false;
    t->cap = 256;
    t->slots = calloc(t->cap, sizeof *t->slots);
    if (!t->slots) {
        free(t);
        return false;
    }
    h->sites = t;
    return true;
}

void site_table_free(Heap *h)
{
    SiteTable *t = h->sites;
    if (!t) return;
    for (uint32_t i = 0; i < t->cap; i++) free(t->slots[i]);
    free(t->slots);
    free(t);
    h->sites = NULL;
}

static bool grow(SiteTable *t)
{
    uint32_t ncap = t->cap * 2;
    AllocSite **ns = calloc(ncap, sizeof *ns);
    if (!ns) return false;
    for (uint32_t i = 0; i < t->cap; i++) {
        AllocSite *s = t->slots[i];
        if (!s) continue;
        uint32_t j = site_hash(s->key) & (ncap - 1);
        while (ns[j]) j = (j + 1) & (ncap - 1);
        ns[j] = s;
    }
    free(t->slots);
    t->slots = ns;
    t->cap = ncap;
    return true;
}

AllocSite *site_lookup_slow(Heap *h, const void *key)
{
    SiteTable *t = h->sites;
    uint32_t i = site_hash(key) & (t->cap - 1);
    for (AllocSite *s; (s = t->slots[i]) != NULL; i = (i + 1) & (t->cap - 1))
        if (s->key == key) return s;
    /* not found: insert at i (the table stays at most half full) */
    AllocSite *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->key = key;
    s->state = SITE_TRACKING;
    if (2 * (t->count + 1) > t->cap) {
        if (!grow(t)) {
            free(s);
            return NULL;
        }
        i = site_hash(key) & (t->cap - 1);
        while (t->slots[i]) i = (i + 1) & (t->cap - 1);
    }
    t->slots[i] = s;
    t->count++;
    return s;
}

void site_sample(Heap *h, AllocSite *s, JSValue result)
{
    if (!val_is_cell(result)) return;   /* the allocation threw */
    Cell *c = val_cell(result);
    if (s->recheck) {
        /* TENURE: the latest rechecks, with their birth on the allocation
         * clock (site_major judges the young ones) */
        s->recheck = false;
        if (!h->plan_is_young(h, c)) return;
        unsigned i = s->seen++ % SITE_MAX_SAMPLES;
        s->samples[i] = c;
        s->births[i] = h->bytes_allocated;
        if (s->nsamples < SITE_MAX_SAMPLES) s->nsamples++;
        goto list;
    }
    if (s->allocated++ % SITE_SAMPLE_EVERY != 0) return;
    if (!h->plan_is_young(h, c)) return;   /* the nursery was closed: nothing to learn */
    /* reservoir sampling: a uniform choice among the cycle's candidates,
     * not its first ones (those are the oldest, the likeliest to survive) */
    uint32_t k = s->seen++;
    if (k < SITE_MAX_SAMPLES) {
        s->samples[s->nsamples++] = c;
    } else {
        s->rng = s->rng * 1103515245u + 12345u;
        uint32_t j = (s->rng >> 8) % (k + 1);
        if (j < SITE_MAX_SAMPLES) s->samples[j] = c;
    }
list:
    if (!s->listed) {
        SiteTable *t = h->sites;
        s->listed = true;
        s->next_sampled = t->sampled;
        t->sampled = s;
    }
}

static void reset_samples(AllocSite *s)
{
    s->nsamples = 0;
    s->seen = 0;
    s->listed = false;
    s->next_sampled = NULL;
}

unsigned site_minor(Heap *h, GcWeakFn live)
{
    SiteTable *t = h->sites;
    if (!t) return 0;
    unsigned judged = 0;
    for (AllocSite *s = t->sampled, *next; s; s = next) {
        next = s->next_sampled;
        if (s->state == SITE_TENURE) {
            /* rechecks: their survival of a minor GC says nothing (old
             * cells, dead or not, hold them); keep where they went for
             * site_major */
            for (unsigned i = 0; i < s->nsamples; i++) s->samples[i] = live(h->vm, s->samples[i]);
            s->next_sampled = t->pending;
            t->pending = s;
            continue;
        }
        unsigned n = s->nsamples, survived = 0;
        for (unsigned i = 0; i < n; i++) survived += live(h->vm, s->samples[i]) != NULL;
        judged += n;
        s->survived += survived;
        s->sampled += n;
        s->cycles++;
        reset_samples(s);
        if (s->state == SITE_NO_TENURE) continue;
        if (n >= SITE_MIN_CYCLE_SAMPLES && (uint64_t)survived * 1000 < (uint64_t)n * SITE_SURVIVE_PERMILLE) {
            s->state = SITE_NO_TENURE;   /* this cycle's cells died young */
            t->untenured_sites++;
        } else if (s->state == SITE_TRACKING && s->sampled >= SITE_MIN_SAMPLES && s->cycles >= SITE_MIN_CYCLES) {
            bool tenure = (uint64_t)s->survived * 1000 >= (uint64_t)s->sampled * SITE_SURVIVE_PERMILLE;
            s->state = tenure ? SITE_TENURE : SITE_NO_TENURE;
            if (tenure) t->tenured_sites++;
            else t->untenured_sites++;
        }
    }
    t->sampled = NULL;
    return judged;
}

void site_major(Heap *h, bool (*survived)(Heap *old, const Cell *c), Heap *old, uint64_t window)
{
    SiteTable *t = h->sites;
    if (!t) return;
    for (AllocSite *s = t->pending, *next; s; s = next) {
        next = s->next_sampled;
        unsigned n = 0, live = 0;
        if (survived) {
            /* only rechecks younger than the window (allocated within the
             * last nursery's worth of bytes) tell: dead means it would have
             * died in the nursery */
            for (unsigned i = 0; i < s->nsamples; i++) {
                if (h->bytes_allocated - s->births[i] >= window) continue;
                n++;
                live += s->samples[i] && survived(old, s->samples[i]);
            }
            if (n >= SITE_MIN_CYCLE_SAMPLES && (uint64_t)live * 1000 < (uint64_t)n * SITE_SURVIVE_PERMILLE) {
                s->state = SITE_NO_TENURE;   /* its cells die before a major GC: revoked */
                t->revoked_sites++;
            }
        }
        reset_samples(s);
    }
    t->pending = NULL;
}
