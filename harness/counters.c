/*
 * counters.c -- the counter ladder (see counters.h).
 *
 * Each known event names its PAPI preset, its perf_event hardware or
 * software encoding, and its getrusage fallback.  ctr_open walks the ladder
 * per event and keeps the first rung that opens AND starts; ctr_start /
 * ctr_stop read all counters of a set around one measured interval.
 */
#include "counters.h"

#include <errno.h>
#include <linux/perf_event.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifdef TL_HAVE_PAPI
#include <papi.h>

#include "engine/dynlib.h"

/* PAPI is opened on first use (engine/dynlib.h), not linked. */
#define PAPI_FUNCS(X)                                                                            \
    X(PAPI_library_init) X(PAPI_strerror) X(PAPI_create_eventset) X(PAPI_event_name_to_code)   \
    X(PAPI_add_event) X(PAPI_remove_event) X(PAPI_start) X(PAPI_stop) X(PAPI_cleanup_eventset) \
    X(PAPI_destroy_eventset)
static struct { PAPI_FUNCS(DYNLIB_FIELD) } papi;
static const char *const papi_names[] = { PAPI_FUNCS(DYNLIB_NAME) };
_Static_assert(sizeof papi == sizeof papi_names / sizeof *papi_names * sizeof(void *), "one pointer per name");
static DynLib papi_lib = DYNLIB_INIT(TL_PAPI_SONAME, papi_names, papi);
#endif

typedef enum RusageField { RU_NONE, RU_CPU_NS, RU_FAULTS, RU_CSW } RusageField;

typedef struct EventDef {
    const char *name;
    const char *papi;          /* PAPI preset name, or NULL */
    int perf_type;             /* PERF_TYPE_HARDWARE / PERF_TYPE_SOFTWARE, or -1 */
    uint64_t perf_config;
    RusageField rusage;
} EventDef;

static const EventDef events[] = {
    {"instructions",     "PAPI_TOT_INS", PERF_TYPE_HARDWARE, PERF_COUNT_HW_INSTRUCTIONS, RU_NONE},
    {"cycles",           "PAPI_TOT_CYC", PERF_TYPE_HARDWARE, PERF_COUNT_HW_CPU_CYCLES, RU_NONE},
    {"branches",         "PAPI_BR_INS",  PERF_TYPE_HARDWARE, PERF_COUNT_HW_BRANCH_INSTRUCTIONS, RU_NONE},
    {"branch-misses",    "PAPI_BR_MSP",  PERF_TYPE_HARDWARE, PERF_COUNT_HW_BRANCH_MISSES, RU_NONE},
    {"cache-references", "PAPI_L3_TCA",  PERF_TYPE_HARDWARE, PERF_COUNT_HW_CACHE_REFERENCES, RU_NONE},
    {"cache-misses",     "PAPI_L3_TCM",  PERF_TYPE_HARDWARE, PERF_COUNT_HW_CACHE_MISSES, RU_NONE},
    {"task-clock",       NULL,           PERF_TYPE_SOFTWARE, PERF_COUNT_SW_TASK_CLOCK, RU_CPU_NS},
    {"page-faults",      NULL,           PERF_TYPE_SOFTWARE, PERF_COUNT_SW_PAGE_FAULTS, RU_FAULTS},
    {"context-switches", NULL,           PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CONTEXT_SWITCHES, RU_CSW},
    {"cpu-migrations",   NULL,           PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_MIGRATIONS, RU_NONE},
};
#define NEVENTS (int)(sizeof events / sizeof events[0])

const char *ctr_source_name(CtrSource src)
{
    switch (src) {
    case CTR_SRC_NONE: return "none";
    case CTR_SRC_PAPI: return "papi";
    case CTR_SRC_PERF_HW: return "perf-hw";
    case CTR_SRC_PERF_SW: return "perf-sw";
    case CTR_SRC_RUSAGE: return "rusage";
    }
    return "?";
}

const char *ctr_event_names(void)
{
    return "instructions, cycles, branches, branch-misses, cache-references, cache-misses, "
           "task-clock, page-faults, context-switches, cpu-migrations";
}

static int find_event(const char *name, size_t len)
{
    for (int i = 0; i < NEVENTS; i++)
        if (strlen(events[i].name) == len && memcmp(events[i].name, name, len) == 0) return i;
    return -1;
}

static void add_error(Counter *c, const char *fmt, const char *a, const char *b)
{
    size_t used = strlen(c->error);
    if (used >= sizeof c->error - 1) return;
    snprintf(c->error + used, sizeof c->error - used, "%s", used ? "; " : "");
    used = strlen(c->error);
    snprintf(c->error + used, sizeof c->error - used, fmt, a, b);
}

/* ---- rung 1: PAPI -------------------------------------------------------- */

#ifdef TL_HAVE_PAPI
static bool papi_ready(CtrSet *s, Counter *c)
{
    static const char *init_error;   /* one library init per process; const after */
    static bool initialised;
    if (!initialised) {
        initialised = true;
        if (!dynlib_ready(&papi_lib)) {
            init_error = papi_lib.error;
        } else {
            int v = papi.PAPI_library_init(PAPI_VER_CURRENT);
            if (v != PAPI_VER_CURRENT) init_error = v < 0 ? papi.PAPI_strerror(v) : "version mismatch";
        }
    }
    if (init_error) {
        add_error(c, "papi: %s%s", init_error, "");
        return false;
    }
    if (s->papi_set == -1) {
        int set = PAPI_NULL;
        int rc = papi.PAPI_create_eventset(&set);
        if (rc != PAPI_OK) {
            add_error(c, "papi: %s%s", papi.PAPI_strerror(rc), "");
            return false;
        }
        s->papi_set = set;
    }
    return true;
}

static bool try_papi(CtrSet *s, Counter *c, const EventDef *e)
{
    if (!e->papi || !papi_ready(s, c)) return false;
    int code, rc = papi.PAPI_event_name_to_code((char *)e->papi, &code);
    if (rc == PAPI_OK) rc = papi.PAPI_add_event(s->papi_set, code);
    if (rc == PAPI_OK) {
        /* An event that adds fine can still fail to count (no PMU): prove it. */
        rc = papi.PAPI_start(s->papi_set);
        if (rc == PAPI_OK) {
            long long tmp[CTR_MAX];
            papi.PAPI_stop(s->papi_set, tmp);
            c->papi_index = s->papi_n++;
            return true;
        }
        papi.PAPI_remove_event(s->papi_set, code);
    }
    add_error(c, "papi %s: %s", e->papi, papi.PAPI_strerror(rc));
    return false;
}
#else
static bool try_papi(CtrSet *s, Counter *c, const EventDef *e)
{
    (void)s;
    if (e->papi) add_error(c, "papi: %s%s", "not built with PAPI", "");
    return false;
}
#endif

/* ---- rungs 2 and 3: perf_event ----------------------------------------- */

static int perf_open(int type, uint64_t config)
{
    struct perf_event_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.size = sizeof attr;
    attr.type = (uint32_t)type;
    attr.config = config;
    attr.disabled = 1;
    attr.exclude_hv = 1;
    return (int)syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);
}

static bool try_perf(Counter *c, const EventDef *e)
{
    if (e->perf_type < 0) return false;
    int fd = perf_open(e->perf_type, e->perf_config);
    if (fd < 0) {
        add_error(c, "perf_event %s: %s", e->perf_type == PERF_TYPE_HARDWARE ? "hw" : "sw", strerror(errno));
        return false;
    }
    /* Some hypervisors accept the event but never count: check it runs. */
    ioctl(fd, PERF_EVENT_IOC_ENABLE, 0);
    uint64_t v = 0;
    ssize_t n = read(fd, &v, sizeof v);
    ioctl(fd, PERF_EVENT_IOC_DISABLE, 0);
    if (n != (ssize_t)sizeof v) {
        add_error(c, "perf_event: %s%s", "read failed", "");
        close(fd);
        return false;
    }
    c->fd = fd;
    c->source = e->perf_type == PERF_TYPE_HARDWARE ? CTR_SRC_PERF_HW : CTR_SRC_PERF_SW;
    return true;
}

/* ---- rung 4: getrusage ------------------------------------------------------- */

static uint64_t rusage_read(RusageField f)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    switch (f) {
    case RU_CPU_NS:
        return (uint64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000ull +
               (uint64_t)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000ull;
    case RU_FAULTS: return (uint64_t)(ru.ru_minflt + ru.ru_majflt);
    case RU_CSW: return (uint64_t)(ru.ru_nvcsw + ru.ru_nivcsw);
    case RU_NONE: return 0;
    }
    return 0;
}

/* ---- the set ------------------------------------------------------------------ */

bool ctr_open(CtrSet *s, const char *list, char *err, size_t errlen)
{
    return ctr_open_from(s, list, CTR_SRC_PAPI, err, errlen);
}

bool ctr_open_from(CtrSet *s, const char *list, CtrSource first, char *err, size_t errlen)
{
    memset(s, 0, sizeof *s);
    s->papi_set = -1;
    const char *p = list ? list : "";
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len > 0) {
            int ev = find_event(p, len);
            if (ev < 0) {
                snprintf(err, errlen, "unknown counter '%.*s' (known: %s)", (int)len, p, ctr_event_names());
                ctr_close(s);
                return false;
            }
            if (s->n == CTR_MAX) {
                snprintf(err, errlen, "too many counters (at most %d)", CTR_MAX);
                ctr_close(s);
                return false;
            }
            Counter *c = &s->c[s->n++];
            const EventDef *e = &events[ev];
            c->name = e->name;
            c->event = ev;
            c->fd = -1;
            c->papi_index = -1;
            bool hw_ok = first <= CTR_SRC_PERF_HW || e->perf_type != PERF_TYPE_HARDWARE;
            bool perf_ok = first <= CTR_SRC_PERF_SW && hw_ok;
            if (first > CTR_SRC_PAPI && e->papi) add_error(c, "papi: %s%s", "skipped", "");
            if (!hw_ok) add_error(c, "perf_event hw: %s%s", "skipped", "");
            if (first <= CTR_SRC_PAPI && try_papi(s, c, e))
                c->source = CTR_SRC_PAPI;
            else if (!perf_ok || !try_perf(c, e)) {
                if (e->rusage != RU_NONE)
                    c->source = CTR_SRC_RUSAGE;
                else {
                    c->source = CTR_SRC_NONE;
                    add_error(c, "%s%s", "no software fallback for a hardware event", "");
                }
            }
        }
        p += len;
        if (*p == ',') p++;
    }
    return true;
}

void ctr_start(CtrSet *s)
{
    for (int i = 0; i < s->n; i++) {
        Counter *c = &s->c[i];
        if (c->source == CTR_SRC_PERF_HW || c->source == CTR_SRC_PERF_SW) {
            ioctl(c->fd, PERF_EVENT_IOC_RESET, 0);
            ioctl(c->fd, PERF_EVENT_IOC_ENABLE, 0);
        } else if (c->source == CTR_SRC_RUSAGE) {
            c->start = rusage_read(events[c->event].rusage);
        }
    }
#ifdef TL_HAVE_PAPI
    if (s->papi_n > 0) s->papi_running = papi.PAPI_start(s->papi_set) == PAPI_OK;
#endif
}

void ctr_stop(CtrSet *s)
{
#ifdef TL_HAVE_PAPI
    long long vals[CTR_MAX] = {0};
    bool papi_ok = s->papi_running && papi.PAPI_stop(s->papi_set, vals) == PAPI_OK;
    s->papi_running = false;
#endif
    for (int i = 0; i < s->n; i++) {
        Counter *c = &s->c[i];
        switch (c->source) {
        case CTR_SRC_PERF_HW:
        case CTR_SRC_PERF_SW: {
            uint64_t v = 0;
            ioctl(c->fd, PERF_EVENT_IOC_DISABLE, 0);
            if (read(c->fd, &v, sizeof v) == (ssize_t)sizeof v)
                c->value = v;
            else
                c->source = CTR_SRC_NONE;
            break;
        }
        case CTR_SRC_RUSAGE: c->value = rusage_read(events[c->event].rusage) - c->start; break;
        case CTR_SRC_PAPI:
#ifdef TL_HAVE_PAPI
            if (papi_ok)
                c->value = (uint64_t)vals[c->papi_index];
            else {
                c->source = CTR_SRC_NONE;
                add_error(c, "papi: %s%s", "PAPI_stop failed", "");
            }
#endif
            break;
        case CTR_SRC_NONE: break;
        }
    }
}

static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            fprintf(out, "\\%c", ch);
        else if (ch < 0x20)
            fprintf(out, "\\u%04x", ch);
        else
            fputc(ch, out);
    }
    fputc('"', out);
}

void ctr_write_json(const CtrSet *s, FILE *out)
{
    fputc('{', out);
    for (int i = 0; i < s->n; i++) {
        const Counter *c = &s->c[i];
        if (i) fputc(',', out);
        json_string(out, c->name);
        if (c->source == CTR_SRC_NONE) {
            fputs(":{\"value\":null,\"source\":\"none\",\"error\":", out);
            json_string(out, c->error);
            fputc('}', out);
        } else {
            fprintf(out, ":{\"value\":%llu,\"source\":\"%s\"}", (unsigned long long)c->value,
                    ctr_source_name(c->source));
        }
    }
    fputc('}', out);
}

void ctr_close(CtrSet *s)
{
    for (int i = 0; i < s->n; i++)
        if (s->c[i].fd >= 0) close(s->c[i].fd);
#ifdef TL_HAVE_PAPI
    if (s->papi_set != -1) {
        papi.PAPI_cleanup_eventset(s->papi_set);
        papi.PAPI_destroy_eventset(&s->papi_set);
    }
#endif
    s->n = 0;
    s->papi_set = -1;
}

void ctr_doctor(FILE *out)
{
    fprintf(out, "counter            source    notes\n");
    for (int i = 0; i < NEVENTS; i++) {
        CtrSet s;
        char err[256];
        if (!ctr_open(&s, events[i].name, err, sizeof err)) continue;
        const Counter *c = &s.c[0];
        fprintf(out, "%-18s %-9s %s\n", c->name, ctr_source_name(c->source), c->error[0] ? c->error : "ok");
        ctr_close(&s);
    }
}
