/* stats — printing and arithmetic over the counter table in stats.def. */
#include "stats.h"

#include <inttypes.h>
#include <string.h>
#include <time.h>

typedef struct StatDesc {
    const char *name;
    const char *unit;
    const char *desc;
} StatDesc;

static const StatDesc stat_descs[STAT__COUNT] = {
#define STAT(name, unit, desc) { #name, #unit, desc },
#include "stats.def"
};

/* Counters that keep a maximum rather than a sum. */
static int is_max(TlStatId id)
{
    return strstr(stat_descs[id].name, "_max_") != NULL
        || strstr(stat_descs[id].name, "_peak_") != NULL;
}

void stats_reset(TlStats *s)
{
    memset(s, 0, sizeof *s);
}

void stats_delta(TlStats *out, const TlStats *now, const TlStats *before)
{
    for (int i = 0; i < STAT__COUNT; i++)
        out->v[i] = is_max((TlStatId)i) ? now->v[i] : now->v[i] - before->v[i];
}

const char *stats_name(TlStatId id) { return stat_descs[id].name; }
const char *stats_unit(TlStatId id) { return stat_descs[id].unit; }

void stats_print_table(const TlStats *s, FILE *out)
{
    fprintf(out, "%-22s %18s  %-5s  %s\n", "statistic", "value", "unit", "description");
    for (int i = 0; i < STAT__COUNT; i++) {
        const StatDesc *d = &stat_descs[i];
        if (strcmp(d->unit, "ns") == 0) {
            /* times read better in milliseconds */
            fprintf(out, "%-22s %18.3f  %-5s  %s\n", d->name, (double)s->v[i] / 1e6, "ms", d->desc);
        } else {
            fprintf(out, "%-22s %18" PRIu64 "  %-5s  %s\n", d->name, s->v[i], d->unit, d->desc);
        }
    }
}

void stats_print_json_fields(const TlStats *s, FILE *out)
{
    for (int i = 0; i < STAT__COUNT; i++)
        fprintf(out, "%s\"%s\": %" PRIu64, i ? ", " : "", stat_descs[i].name, s->v[i]);
}

void stats_print_json(const TlStats *s, FILE *out)
{
    fputc('{', out);
    stats_print_json_fields(s, out);
    fputs("}\n", out);
}

uint64_t stats_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
