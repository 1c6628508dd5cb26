/*
 * stats.c -- descriptive statistics, the two-level bootstrap, PELT and the
 * warmup classification.  See stats.h for the methodology.
 */
#include "stats.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* Random numbers                                                            */
/* ------------------------------------------------------------------------ */

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void st_rng_seed(StRng *r, uint64_t seed)
{
    for (int i = 0; i < 4; i++) r->s[i] = splitmix64(&seed);
}

static inline uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

uint64_t st_rng_next(StRng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

size_t st_rng_below(StRng *r, size_t n)
{
    /* Lemire's multiply-shift; the bias for n far below 2^64 is negligible
     * next to bootstrap noise, and it keeps the stream reproducible. */
    return (size_t)(((unsigned __int128)st_rng_next(r) * n) >> 64);
}

/* ------------------------------------------------------------------------ */
/* Descriptive                                                               */
/* ------------------------------------------------------------------------ */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

void st_sort(double *x, size_t n)
{
    qsort(x, n, sizeof *x, cmp_double);
}

double st_mean(const double *x, size_t n)
{
    if (n == 0) return NAN;
    double s = 0;
    for (size_t i = 0; i < n; i++) s += x[i];
    return s / (double)n;
}

double st_stddev(const double *x, size_t n)
{
    if (n < 2) return 0;
    double m = st_mean(x, n), s = 0;
    for (size_t i = 0; i < n; i++) s += (x[i] - m) * (x[i] - m);
    return sqrt(s / (double)(n - 1));
}

static double quantile_sorted(const double *x, size_t n, double q)
{
    if (n == 0) return NAN;
    double h = (double)(n - 1) * q;
    size_t lo = (size_t)floor(h);
    if (lo + 1 >= n) return x[n - 1];
    return x[lo] + (h - (double)lo) * (x[lo + 1] - x[lo]);
}

double st_quantile(const double *x, size_t n, double q)
{
    if (n == 0) return NAN;
    double *c = malloc(n * sizeof *c);
    if (!c) return NAN;
    memcpy(c, x, n * sizeof *c);
    st_sort(c, n);
    double r = quantile_sorted(c, n, q);
    free(c);
    return r;
}

double st_median(const double *x, size_t n)
{
    return st_quantile(x, n, 0.5);
}

double st_geomean(const double *x, size_t n)
{
    if (n == 0) return NAN;
    double s = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(x[i] > 0)) return NAN;
        s += log(x[i]);
    }
    return exp(s / (double)n);
}

size_t st_mark_outliers(const double *x, size_t n, double k, bool *out)
{
    for (size_t i = 0; i < n; i++) out[i] = false;
    if (n < 4) return 0;
    double q1 = st_quantile(x, n, 0.25), q3 = st_quantile(x, n, 0.75);
    double iqr = q3 - q1, lo = q1 - k * iqr, hi = q3 + k * iqr;
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (x[i] < lo || x[i] > hi) out[i] = true, count++;
    return count;
}

/* ------------------------------------------------------------------------ */
/* Bootstrap                                                                 */
/* ------------------------------------------------------------------------ */

double st_sample_mean(const StSample *s)
{
    double sum = 0;
    size_t used = 0;
    for (size_t e = 0; e < s->nexec; e++) {
        if (s->n[e] == 0) continue;
        sum += st_mean(s->x[e], s->n[e]);
        used++;
    }
    return used ? sum / (double)used : NAN;
}

/* Indices of the executions that have data. */
static size_t nonempty(const StSample *s, size_t *idx)
{
    size_t k = 0;
    for (size_t e = 0; e < s->nexec; e++)
        if (s->n[e] > 0) idx[k++] = e;
    return k;
}

/* One two-level resample: executions with replacement, then iterations with
 * replacement within each chosen execution; the mean of execution means. */
static double resample_mean(const StSample *s, const size_t *idx, size_t k, StRng *r)
{
    double sum = 0;
    for (size_t j = 0; j < k; j++) {
        size_t e = idx[st_rng_below(r, k)];
        const double *x = s->x[e];
        size_t n = s->n[e];
        double es = 0;
        for (size_t i = 0; i < n; i++) es += x[st_rng_below(r, n)];
        sum += es / (double)n;
    }
    return sum / (double)k;
}

static StInterval percentile_interval(double est, double *draws, size_t n)
{
    StInterval iv = {est, NAN, NAN, true};
    size_t m = 0;
    for (size_t i = 0; i < n; i++)   /* drop non-finite draws (a zero mean in a denominator) */
        if (isfinite(draws[i])) draws[m++] = draws[i];
    if (m == 0) return iv;
    st_sort(draws, m);
    iv.lo = quantile_sorted(draws, m, 0.025);
    iv.hi = quantile_sorted(draws, m, 0.975);
    return iv;
}

StInterval st_bootstrap_mean(const StSample *s, int resamples, uint64_t seed)
{
    StInterval none = {NAN, NAN, NAN, false};
    size_t *idx = malloc((s->nexec + 1) * sizeof *idx);
    double *draws = malloc((size_t)(resamples > 0 ? resamples : 1) * sizeof *draws);
    size_t k = idx ? nonempty(s, idx) : 0;
    if (!draws || k == 0 || resamples <= 0) {
        free(idx), free(draws);
        return none;
    }
    StRng r;
    st_rng_seed(&r, seed);
    for (int i = 0; i < resamples; i++) draws[i] = resample_mean(s, idx, k, &r);
    StInterval iv = percentile_interval(st_sample_mean(s), draws, (size_t)resamples);
    free(idx), free(draws);
    return iv;
}

StInterval st_bootstrap_ratio(const StSample *a, const StSample *b, int resamples, uint64_t seed, double *draws_out)
{
    StInterval none = {NAN, NAN, NAN, false};
    size_t *ia = malloc((a->nexec + 1) * sizeof *ia), *ib = malloc((b->nexec + 1) * sizeof *ib);
    double *draws = malloc((size_t)(resamples > 0 ? resamples : 1) * sizeof *draws);
    size_t ka = ia ? nonempty(a, ia) : 0, kb = ib ? nonempty(b, ib) : 0;
    if (!draws || ka == 0 || kb == 0 || resamples <= 0) {
        free(ia), free(ib), free(draws);
        return none;
    }
    StRng r;
    st_rng_seed(&r, seed);
    for (int i = 0; i < resamples; i++) {
        double ma = resample_mean(a, ia, ka, &r);
        double mb = resample_mean(b, ib, kb, &r);
        draws[i] = mb / ma;
    }
    if (draws_out) memcpy(draws_out, draws, (size_t)resamples * sizeof *draws);
    StInterval iv = percentile_interval(st_sample_mean(b) / st_sample_mean(a), draws, (size_t)resamples);
    free(ia), free(ib), free(draws);
    return iv;
}

StInterval st_geomean_interval(const double *est, const double *const *draws, size_t nbench, int resamples)
{
    StInterval none = {NAN, NAN, NAN, false};
    if (nbench == 0 || resamples <= 0) return none;
    double *g = malloc((size_t)resamples * sizeof *g);
    if (!g) return none;
    /* Resample i of the suite pairs the i-th draw of every benchmark; the
     * draws are independent across benchmarks, so this is a valid joint
     * resample of the suite. */
    for (int i = 0; i < resamples; i++) {
        double s = 0;
        for (size_t b = 0; b < nbench; b++) s += log(draws[b][i]);
        g[i] = exp(s / (double)nbench);
    }
    StInterval iv = percentile_interval(st_geomean(est, nbench), g, (size_t)resamples);
    free(g);
    return iv;
}

/* ------------------------------------------------------------------------ */
/* PELT (Killick, Fearnhead & Eckley 2012)                                    */
/* ------------------------------------------------------------------------ */

#define MIN_SEG 2   /* a variance needs two points */

typedef struct Cost {
    const double *s1, *s2;   /* prefix sums of x and x^2 */
    double var_floor;
} Cost;

/* Twice the negative log-likelihood of x[s..t) under a normal with the
 * segment's own mean and variance (constants kept, as in cpt.meanvar). */
static double seg_cost(const Cost *c, size_t s, size_t t)
{
    double n = (double)(t - s);
    double sum = c->s1[t] - c->s1[s], sq = c->s2[t] - c->s2[s];
    double var = (sq - sum * sum / n) / n;
    if (var < c->var_floor) var = c->var_floor;
    return n * (log(2 * M_PI) + log(var) + 1);
}

size_t st_pelt(const double *x, size_t n, double penalty, size_t *cps)
{
    if (n < 2 * MIN_SEG) return 0;
    if (penalty <= 0) penalty = 15 * log((double)n);
    double *s1 = calloc(n + 1, sizeof *s1), *s2 = calloc(n + 1, sizeof *s2);
    double *F = malloc((n + 1) * sizeof *F);
    size_t *last = calloc(n + 1, sizeof *last), *R = malloc((n + 2) * sizeof *R);
    size_t ncp = 0;
    if (!s1 || !s2 || !F || !last || !R) goto out;
    double mean = 0;
    for (size_t i = 0; i < n; i++) {
        s1[i + 1] = s1[i] + x[i];
        s2[i + 1] = s2[i] + x[i] * x[i];
        mean += fabs(x[i]);
    }
    mean /= (double)n;
    /* A perfectly constant segment would have log(0); the floor is far below
     * any timer's resolution relative to the series' scale. */
    Cost c = {s1, s2, mean > 0 ? 1e-12 * mean * mean : 1e-300};

    F[0] = -penalty;
    size_t nr = 0;
    R[nr++] = 0;
    for (size_t t = MIN_SEG; t <= n; t++) {
        double best = INFINITY;
        size_t arg = 0;
        for (size_t j = 0; j < nr; j++) {
            size_t s = R[j];
            if (t - s < MIN_SEG) continue;
            double v = F[s] + seg_cost(&c, s, t) + penalty;
            if (v < best) best = v, arg = s;
        }
        F[t] = best;
        last[t] = arg;
        /* Prune: a candidate that cannot beat F[t] now never will (K = 0). */
        size_t keep = 0;
        for (size_t j = 0; j < nr; j++) {
            size_t s = R[j];
            if (t - s < MIN_SEG || F[s] + seg_cost(&c, s, t) <= F[t]) R[keep++] = s;
        }
        nr = keep;
        if (t + MIN_SEG <= n) R[nr++] = t;
    }
    /* Walk back from n through the optimal last changepoints. */
    for (size_t t = last[n]; t > 0; t = last[t]) cps[ncp++] = t;
    for (size_t i = 0; i < ncp / 2; i++) {
        size_t tmp = cps[i];
        cps[i] = cps[ncp - 1 - i];
        cps[ncp - 1 - i] = tmp;
    }
out:
    free(s1), free(s2), free(F), free(last), free(R);
    return ncp;
}

/* ------------------------------------------------------------------------ */
/* Warmup classification (after Barrett et al. 2017)                          */
/* ------------------------------------------------------------------------ */

static const char *const class_names[] = {
#define X(e, s) s,
    ST_WARMUP_CLASSES(X)
#undef X
};

const char *st_class_name(StClass c)
{
    return (unsigned)c < ST_NCLASSES ? class_names[c] : "?";
}

const StWarmupOpts st_warmup_defaults = {
    .penalty = 0,
    .rel_band = 0.02,
    .sd_band = 1.0,
    .last_frac = 0.05,
    .last_min = 3,
    .split_first = true,
};

/* An earlier level `a` is the same as the final level `last` when their
 * means differ by less than the relative band or by less than the final
 * segment's noise.  (Not the earlier segment's noise: a short warmup segment
 * straddling a big drop has a huge variance of its own.) */
static bool equivalent(const StSegment *a, const StSegment *last, const StWarmupOpts *o)
{
    double d = fabs(a->mean - last->mean);
    double band = o->rel_band * fmax(fabs(a->mean), fabs(last->mean));
    double sd = o->sd_band * sqrt(last->var);
    return d <= fmax(band, sd);
}

void st_warmup(const double *x, size_t n, const StWarmupOpts *opts, StWarmup *out)
{
    const StWarmupOpts *o = opts ? opts : &st_warmup_defaults;
    memset(out, 0, sizeof *out);
    size_t *cps = malloc((n + 2) * sizeof *cps);
    size_t ncp = cps ? st_pelt(x, n, o->penalty, cps) : 0;
    /* The normal mean/variance cost needs two points per segment, so PELT
     * cannot isolate a single slow first iteration -- the usual shape when
     * iteration 0 pays for the first compilations, and decisive in short
     * series.  Split it off when it lies beyond the outlier fence of the
     * rest of its segment. */
    size_t end0 = ncp ? cps[0] : n;
    if (cps && o->split_first && end0 >= 5) {
        double q1 = st_quantile(x + 1, end0 - 1, 0.25), q3 = st_quantile(x + 1, end0 - 1, 0.75);
        double rest = st_mean(x + 1, end0 - 1);
        if (x[0] > q3 + ST_OUTLIER_K * (q3 - q1) && x[0] > (1 + o->rel_band) * rest) {
            memmove(cps + 1, cps, ncp * sizeof *cps);
            cps[0] = 1;
            ncp++;
        }
    }
    out->ncps = ncp;
    out->segs = malloc((ncp + 1) * sizeof *out->segs);
    if (!out->segs) {
        free(cps);
        out->ncps = 0;
        out->steady_mean = st_mean(x, n);
        return;
    }
    for (size_t k = 0; k <= ncp; k++) {
        StSegment *s = &out->segs[k];
        s->start = k ? cps[k - 1] : 0;
        s->end = k < ncp ? cps[k] : n;
        s->mean = st_mean(x + s->start, s->end - s->start);
        double sd = st_stddev(x + s->start, s->end - s->start);
        s->var = sd * sd;
    }
    free(cps);

    const StSegment *lastseg = &out->segs[ncp];
    out->steady_start = lastseg->start;
    out->steady_mean = lastseg->mean;
    out->cls = ST_FLAT;
    if (ncp == 0) return;

    size_t len = lastseg->end - lastseg->start;
    size_t need = (size_t)ceil(o->last_frac * (double)n);
    if (need < o->last_min) need = o->last_min;
    if (len < need) {
        out->cls = ST_NO_STEADY;
        return;
    }
    /* Compare the final level with every earlier level that differs from it. */
    bool slower_before = false, faster_before = false;
    for (size_t k = 0; k < ncp; k++) {
        const StSegment *s = &out->segs[k];
        if (equivalent(s, lastseg, o)) continue;
        if (s->mean > lastseg->mean) slower_before = true;
        else faster_before = true;
    }
    if (faster_before) out->cls = ST_SLOWDOWN;
    else if (slower_before) out->cls = ST_WARMUP;
}

void st_warmup_free(StWarmup *w)
{
    free(w->segs);
    w->segs = NULL;
}

StConsistency st_consistency(const StClass *cls, size_t n)
{
    StConsistency c = {0};
    for (size_t i = 0; i < n; i++)
        if ((unsigned)cls[i] < ST_NCLASSES) c.count[cls[i]]++, c.total++;
    size_t kinds = 0;
    for (int k = 0; k < ST_NCLASSES; k++) kinds += c.count[k] > 0;
    c.consistent = kinds == 1;
    c.bad = !c.consistent && (c.count[ST_SLOWDOWN] || c.count[ST_NO_STEADY]);
    return c;
}

char *st_consistency_str(const StConsistency *c, char *buf, size_t len)
{
    if (len == 0) return buf;
    buf[0] = 0;
    if (c->total == 0) {
        snprintf(buf, len, "n/a");
        return buf;
    }
    if (c->consistent) {
        for (int k = 0; k < ST_NCLASSES; k++)
            if (c->count[k]) snprintf(buf, len, "consistent %s", class_names[k]);
        return buf;
    }
    size_t used = (size_t)snprintf(buf, len, "%sinconsistent (", c->bad ? "bad " : "");
    bool first = true;
    for (int k = 0; k < ST_NCLASSES && used < len; k++) {
        if (!c->count[k]) continue;
        used += (size_t)snprintf(buf + used, len - used, "%s%zu %s", first ? "" : ", ", c->count[k], class_names[k]);
        first = false;
    }
    if (used < len) snprintf(buf + used, len - used, ")");
    return buf;
}
