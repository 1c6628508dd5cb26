/*
 * counters.h -- hardware and software event counts with a fallback ladder
 * (prefix ctr_).  Linked into both the engine (per-iteration counts in the
 * bench protocol) and tierlab-bench (doctor).
 *
 * For every requested event the ladder is tried top to bottom and the first
 * source that works is used:
 *
 *   PAPI preset  ->  perf_event hardware  ->  perf_event software  ->  getrusage
 *
 * Hardware events (instructions, cycles, ...) have no software rung: on a
 * machine without a PMU (most VMs, this project's CI) they stay unavailable,
 * reported as null with the reason from each rung, never as 0.
 */
#ifndef TL_COUNTERS_H
#define TL_COUNTERS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define CTR_MAX 16

typedef enum CtrSource {
    CTR_SRC_NONE,      /* unavailable */
    CTR_SRC_PAPI,
    CTR_SRC_PERF_HW,
    CTR_SRC_PERF_SW,
    CTR_SRC_RUSAGE,
} CtrSource;

typedef struct Counter {
    const char *name;        /* "instructions", "task-clock", ... */
    int event;               /* index into the event table */
    CtrSource source;
    int fd;                  /* perf_event fd, or -1 */
    int papi_index;          /* position in the PAPI event set, or -1 */
    uint64_t start, value;   /* value = count between ctr_start and ctr_stop */
    char error[200];         /* why the better rungs failed (or why unavailable) */
} Counter;

typedef struct CtrSet {
    Counter c[CTR_MAX];
    int n;
    int papi_set;            /* PAPI event set, or -1 */
    int papi_n;
    bool papi_running;
} CtrSet;

/* Open the comma-separated list of event names.  false + message for an
 * unknown name; an event that cannot be counted here is not an error (it is
 * recorded as unavailable with its reason). */
bool ctr_open(CtrSet *s, const char *list, char *err, size_t errlen);
/* The same, starting the ladder at rung `first` (tests force the fallbacks
 * with it: CTR_SRC_PERF_SW skips PAPI and hardware perf, CTR_SRC_RUSAGE uses
 * getrusage only). */
bool ctr_open_from(CtrSet *s, const char *list, CtrSource first, char *err, size_t errlen);
void ctr_start(CtrSet *s);
void ctr_stop(CtrSet *s);
/* {"instructions":{"value":null,"source":"none","error":"..."},"task-clock":{"value":123,"source":"perf-sw"}} */
void ctr_write_json(const CtrSet *s, FILE *out);
void ctr_close(CtrSet *s);
const char *ctr_source_name(CtrSource src);
/* Names of every event known, for --help and doctor. */
const char *ctr_event_names(void);
/* Try every event on every rung and explain what this machine can count. */
void ctr_doctor(FILE *out);

#endif
