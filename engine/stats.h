/* stats — the engine's counter registry (engine/stats.def).
 *
 * A TlStats is a flat array of uint64_t indexed by TlStatId; the VM owns one
 * and modules bump counters through the inline helpers. Printing as a table
 * or JSON, and deltas between two snapshots (the bench protocol reports
 * per-iteration deltas), walk the same table.
 */
#ifndef TL_STATS_H
#define TL_STATS_H

#include <stdint.h>
#include <stdio.h>

typedef enum TlStatId {
#define STAT(name, unit, desc) STAT_##name,
#include "stats.def"
    STAT__COUNT
} TlStatId;

typedef struct TlStats {
    uint64_t v[STAT__COUNT];
} TlStats;

static inline void stats_add(TlStats *s, TlStatId id, uint64_t n) { s->v[id] += n; }
static inline void stats_inc(TlStats *s, TlStatId id) { s->v[id]++; }
static inline void stats_max(TlStats *s, TlStatId id, uint64_t n)
{
    if (n > s->v[id])
        s->v[id] = n;
}

void stats_reset(TlStats *s);

/* out = now - before for sums; maxima are copied from now. */
void stats_delta(TlStats *out, const TlStats *now, const TlStats *before);

const char *stats_name(TlStatId id);
const char *stats_unit(TlStatId id);

void stats_print_table(const TlStats *s, FILE *out);
/* The counters as JSON members ("name": value, ...) without braces. */
void stats_print_json_fields(const TlStats *s, FILE *out);
void stats_print_json(const TlStats *s, FILE *out);

/* CLOCK_MONOTONIC in nanoseconds. */
uint64_t stats_now_ns(void);

#endif /* TL_STATS_H */
