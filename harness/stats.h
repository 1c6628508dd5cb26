/*
 * stats.h -- the statistics behind every table and figure (prefix st_).
 *
 * Methodology (docs/experiments.md has the long form and the references):
 *
 *   - A measurement is a set of process executions, each a series of
 *     in-process iterations.  Executions are the unit of independence
 *     (Kalibera & Jones 2013): intervals come from a two-level percentile
 *     bootstrap that resamples executions, then iterations within each.
 *   - Ratios are of means (B/A); a suite is summarised by the geometric mean
 *     of per-benchmark ratios, its interval built from the same bootstrap
 *     draws.
 *   - Warmup is classified per execution from PELT changepoints (Killick et
 *     al. 2012; classes after Barrett et al. 2017).  The steady-state time of
 *     an execution is the mean of its final segment.
 *
 * Everything is deterministic: the bootstrap uses our own seeded xoshiro256**
 * generator, so a report regenerated from the same JSONL is byte-identical.
 * Functions never modify their inputs (they sort copies).
 */
#ifndef TL_HARNESS_STATS_H
#define TL_HARNESS_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ST_RESAMPLES 10000      /* default bootstrap resamples */
#define ST_SEED 0x746965726c6162ULL

/* --- random numbers (xoshiro256**, seeded through splitmix64) ------------ */

typedef struct StRng {
    uint64_t s[4];
} StRng;

void st_rng_seed(StRng *r, uint64_t seed);
uint64_t st_rng_next(StRng *r);
size_t st_rng_below(StRng *r, size_t n);     /* uniform in [0, n), n > 0 */

/* --- descriptive ---------------------------------------------------------- */

double st_mean(const double *x, size_t n);          /* NaN when n == 0 */
double st_stddev(const double *x, size_t n);        /* sample (n-1); 0 when n < 2 */
double st_quantile(const double *x, size_t n, double q);   /* linear interpolation (R type 7) */
double st_median(const double *x, size_t n);
double st_geomean(const double *x, size_t n);       /* NaN if any x <= 0 */
void st_sort(double *x, size_t n);

/* Mark (do not remove) values beyond k interquartile ranges outside the
 * quartiles; out[i] = true for an outlier.  Returns how many were marked. */
size_t st_mark_outliers(const double *x, size_t n, double k, bool *out);
#define ST_OUTLIER_K 3.0

/* --- bootstrap -------------------------------------------------------------- */

/* An estimate with its 95% interval.  valid = false when there was no data. */
typedef struct StInterval {
    double est, lo, hi;
    bool valid;
} StInterval;

/* One configuration's measurements: nexec executions, execution e holding
 * n[e] iteration times x[e][0..n[e]).  Executions with n[e] == 0 are ignored. */
typedef struct StSample {
    const double *const *x;
    const size_t *n;
    size_t nexec;
} StSample;

/* Mean of execution means (every execution weighs the same). */
double st_sample_mean(const StSample *s);

/* Interval of the mean of one sample (two-level bootstrap). */
StInterval st_bootstrap_mean(const StSample *s, int resamples, uint64_t seed);

/* Ratio of means mean(b) / mean(a) with a two-level percentile bootstrap.
 * draws, if not NULL, receives the `resamples` bootstrap ratios (for
 * st_geomean_interval). */
StInterval st_bootstrap_ratio(const StSample *a, const StSample *b, int resamples, uint64_t seed, double *draws);

/* Geometric mean of nbench ratios est[0..nbench) with an interval from
 * their bootstrap draws (draws[b][0..resamples), as st_bootstrap_ratio
 * produced them with independent seeds). */
StInterval st_geomean_interval(const double *est, const double *const *draws, size_t nbench, int resamples);

/* --- changepoints and warmup -------------------------------------------------- */

typedef struct StSegment {
    size_t start, end;      /* [start, end) */
    double mean, var;
} StSegment;

/* PELT with a normal mean-and-variance cost and penalty `penalty` (<= 0:
 * 15 log n, as warmup_stats uses).  Writes the changepoints (indices where a
 * new segment starts, ascending) to cps (capacity n) and returns how many. */
size_t st_pelt(const double *x, size_t n, double penalty, size_t *cps);

#define ST_WARMUP_CLASSES(X) \
    X(FLAT, "flat")          \
    X(WARMUP, "warmup")      \
    X(SLOWDOWN, "slowdown")  \
    X(NO_STEADY, "no steady state")

typedef enum StClass {
#define X(e, s) ST_##e,
    ST_WARMUP_CLASSES(X)
#undef X
    ST_NCLASSES
} StClass;

const char *st_class_name(StClass c);

/* Shorter series cannot show a changepoint (two segments of two points):
 * their class says nothing and callers should not report it. */
#define ST_MIN_CLASSIFY 4

/* Thresholds for the classification. */
typedef struct StWarmupOpts {
    double penalty;         /* <= 0: 15 log n */
    double rel_band;        /* segment means within this fraction are "equal" (noise band) */
    double sd_band;         /* ... or within this many standard deviations */
    double last_frac;       /* final segment shorter than this fraction of n: no steady state */
    size_t last_min;        /* ... or shorter than this many iterations */
    bool split_first;       /* a first iteration beyond the outlier fence of its segment is a segment */
} StWarmupOpts;

extern const StWarmupOpts st_warmup_defaults;

typedef struct StWarmup {
    StClass cls;
    size_t ncps;
    size_t steady_start;    /* first iteration of the final segment */
    double steady_mean;     /* steady-state time: mean of the final segment */
    StSegment *segs;        /* ncps + 1 segments (malloc'd; st_warmup_free) */
} StWarmup;

/* Classify one execution's series (n >= 1).  opts NULL = defaults. */
void st_warmup(const double *x, size_t n, const StWarmupOpts *opts, StWarmup *out);
void st_warmup_free(StWarmup *w);

/* Consistency across the executions of a cell: "consistent warmup",
 * "inconsistent (2 flat, 1 warmup)"; bad = the mix contains slowdown or no
 * steady state (Barrett et al.'s "bad inconsistent"). */
typedef struct StConsistency {
    bool consistent, bad;
    size_t count[ST_NCLASSES];
    size_t total;
} StConsistency;

StConsistency st_consistency(const StClass *cls, size_t n);
/* Formats into buf (always NUL-terminated); returns buf. */
char *st_consistency_str(const StConsistency *c, char *buf, size_t len);

#endif
