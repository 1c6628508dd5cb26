/*
 * events.c -- the collection log shared by every plan (prefix gc_): one
 * GcEvent per collection appended to GcStats, the running totals, and the
 * --trace-gc line on stderr:
 *
 *   [gc] plan=semispace kind=full reason=alloc pause=0.123ms before=1.2MB after=0.3MB moved=0.3MB freed=0.9MB
 *
 * `cpu` is the pause in the collecting thread's CPU time: on a loaded
 * machine the wall-clock pause also counts time the thread was preempted.
 *
 * GC time (gc_ns) is the sum of pauses plus whatever a plan adds outside a
 * pause (marksweep's lazy sweeping); pause_ns counts only stop-the-world time.
 */
#if !defined(_GNU_SOURCE) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L   /* clock_gettime under plain -std=c11 */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gc.h"

uint64_t gc_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t gc_cpu_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static const char *kind_name(GcKind k)
{
    switch (k) {
    case GC_KIND_MINOR: return "minor";
    case GC_KIND_MAJOR: return "major";
    case GC_KIND_FULL: return "full";
    }
    return "?";
}

static const char *reason_name(GcReason r)
{
    switch (r) {
    case GC_REASON_ALLOC: return "alloc";
    case GC_REASON_STRESS: return "stress";
    case GC_REASON_EXPLICIT: return "explicit";
    case GC_REASON_HEAP_LIMIT: return "heap-limit";
    }
    return "?";
}

static double mb(uint64_t bytes) { return (double)bytes / (1024.0 * 1024.0); }

void gc_record_event(GcStats *st, const GcEvent *ev, int trace)
{
    st->collections++;
    if (ev->kind == GC_KIND_MINOR) st->minor++;
    else st->major++;
    st->gc_ns += ev->pause_ns;
    st->pause_ns += ev->pause_ns;
    if (ev->pause_ns > st->pause_max_ns) st->pause_max_ns = ev->pause_ns;
    st->bytes_moved += ev->bytes_moved;
    st->bytes_promoted += ev->bytes_promoted;
    st->bytes_freed += ev->bytes_freed;
    st->live_bytes = ev->bytes_after;

    /* The log is bounded so that --gc-stress runs do not grow it without end;
     * the totals above keep counting. */
    if (st->nevents < GC_EVENT_LOG_MAX) {
        if (st->nevents == st->cap_events) {
            size_t cap = st->cap_events ? st->cap_events * 2 : 64;
            GcEvent *ne = realloc(st->events, cap * sizeof *ne);
            if (ne) {
                st->events = ne;
                st->cap_events = cap;
            }
        }
        if (st->nevents < st->cap_events) st->events[st->nevents++] = *ev;
    }

    if (trace) {
        char pause[64] = "-";
        if (trace == 1)
            snprintf(pause, sizeof pause, "%.3fms cpu=%.3fms", (double)ev->pause_ns / 1e6,
                     (double)ev->pause_cpu_ns / 1e6);
        fprintf(stderr,
                "[gc] plan=%s kind=%s reason=%s pause=%s before=%.1fMB after=%.1fMB "
                "moved=%.1fMB freed=%.1fMB heap=%.1fMB\n",
                st->plan ? st->plan : "?", kind_name(ev->kind), reason_name(ev->reason), pause,
                mb(ev->bytes_before), mb(ev->bytes_after), mb(ev->bytes_moved), mb(ev->bytes_freed),
                mb(st->heap_bytes));
    }
}

void gc_stats_free(GcStats *st)
{
    free(st->events);
    st->events = NULL;
    st->nevents = st->cap_events = 0;
}
