/*
 * date.c -- the Date constructor and Date.prototype (prefix bi_date_).
 *
 * A Date is a JSWrapper of class CLS_DATE whose internal value is its time
 * value (ms since the epoch, NaN when invalid).  Calendar arithmetic is the
 * spec's (Day, YearFromTime, MakeDay, ...); local time uses the C library's
 * zone (localtime_r's tm_gmtoff) for the offset at each instant.  Parsing
 * accepts the ISO format of the spec and the common legacy forms
 * ("Jan 2 2024 10:00", "2024/01/02", toString / toUTCString output).
 * Locale strings are en-US.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <time.h>

#include "bi_internal.h"

#define MS_PER_DAY 86400000.0

static const char *const day_names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const month_names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* ---- calendar arithmetic (ECMA-262 21.4.1) ------------------------------------ */

static double day_of(double t) { return floor(t / MS_PER_DAY); }
static double time_within_day(double t) { return t - day_of(t) * MS_PER_DAY; }

static bool leap_year_i(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static const int cumulative_days[2][13] = {
    { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 },
    { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 },
};

/* A finite time value split into its calendar fields (YearFromTime, MonthFromTime,
 * DateFromTime, WeekDay, HourFromTime, ... of 21.4.1) in one pass of integer
 * arithmetic: the days-from-civil inverse (H. Hinnant's civil_from_days, exact for
 * every day in int64 range, proleptic Gregorian, negative years included) instead of
 * a year estimate corrected by loops and fmod per field.  t is a time value
 * (|t| <= 8.64e15, plus a local offset), so the day count fits easily. */
typedef struct {
    double year;
    int month, date, wday, hour, min, sec, ms;
} DateFields;

static void date_split_uncached(double t, DateFields *f);

/* Getters come in runs on one Date (getUTCFullYear, getUTCMonth, getUTCDate
 * ...): the last split is kept (per thread; a pure function of t). */
static void date_split(double t, DateFields *f)
{
    static _Thread_local double last_t = NAN;
    static _Thread_local DateFields last_f;
    if (t == last_t) {
        *f = last_f;
        return;
    }
    date_split_uncached(t, f);
    last_t = t;
    last_f = *f;
}

static void date_split_uncached(double t, DateFields *f)
{
    double dd = day_of(t);
    int64_t days = (int64_t)dd;
    int64_t tw = (int64_t)(t - dd * MS_PER_DAY);     /* [0, 86400000) */
    f->ms = (int)(tw % 1000);
    tw /= 1000;
    f->sec = (int)(tw % 60);
    tw /= 60;
    f->min = (int)(tw % 60);
    f->hour = (int)(tw / 60);
    int64_t wd = (days + 4) % 7;
    f->wday = (int)(wd < 0 ? wd + 7 : wd);
    int64_t z = days + 719468;                          /* days since 0000-03-01 */
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;                     /* [0, 146096] */
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;   /* [0, 399] */
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                /* [0, 365], from March 1 */
    int64_t mp = (5 * doy + 2) / 153;                   /* [0, 11], March = 0 */
    f->date = (int)(doy - (153 * mp + 2) / 5 + 1);
    f->month = (int)(mp < 10 ? mp + 2 : mp - 10);       /* January = 0 */
    f->year = (double)(yoe + era * 400 + (f->month <= 1));
}

static double to_integer(double d) { return isfinite(d) ? trunc(d) : d; }

static double make_time(double h, double m, double s, double ms)
{
    if (!isfinite(h) || !isfinite(m) || !isfinite(s) || !isfinite(ms)) return NAN;
    return to_integer(h) * 3600000.0 + to_integer(m) * 60000.0 + to_integer(s) * 1000.0 + to_integer(ms);
}

static double make_day(double year, double month, double date)
{
    if (!isfinite(year) || !isfinite(month) || !isfinite(date)) return NAN;
    double y = to_integer(year), m = to_integer(month), dt = to_integer(date);
    double ym;
    int mn;
    if (fabs(m) < 9007199254740992.0) {     /* exact integer floor division and modulo */
        int64_t mi = (int64_t)m, q = mi / 12, r = mi % 12;
        if (r < 0) {
            r += 12;
            q--;
        }
        ym = y + (double)q;
        mn = (int)r;
    } else {
        ym = y + floor(m / 12);
        mn = (int)fmod(fmod(m, 12) + 12, 12);
    }
    if (fabs(ym) > 400000) return NAN;
    int64_t yi = (int64_t)ym;  /* DayFromYear in integers: floor divisions of the year's offsets */
    int64_t days = 365 * (yi - 1970) + floor_div(yi - 1969, 4) - floor_div(yi - 1901, 100) + floor_div(yi - 1601, 400);
    double day = (double)days + cumulative_days[leap_year_i(yi)][mn];
    return day + dt - 1;
}

static double make_date(double day, double time)
{
    if (!isfinite(day) || !isfinite(time)) return NAN;
    double tv = day * MS_PER_DAY + time;
    return isfinite(tv) ? tv : NAN;
}

static double time_clip(double t)
{
    if (!isfinite(t) || fabs(t) > 8.64e15) return NAN;
    return to_integer(t) + 0.0;
}

/* ---- local time ------------------------------------------------------------------ */

/* Offset of local time from UTC at UTC instant t, in ms. */
static double local_offset(double t_utc)
{
    if (!isfinite(t_utc)) return 0;
    /* clamp into time_t's comfortable range; offsets far away use the edge */
    double secs = floor(t_utc / 1000.0);
    if (secs > 4e12) secs = 4e12;
    if (secs < -4e12) secs = -4e12;
    time_t tt = (time_t)secs;
    struct tm tm;
    if (!localtime_r(&tt, &tm)) return 0;
    return (double)tm.tm_gmtoff * 1000.0;
}

static double local_time(double t) { return t + local_offset(t); }

static double utc_from_local(double t)
{
    if (!isfinite(t)) return NAN;
    double off = local_offset(t);
    return t - local_offset(t - off);
}

static void zone_name(double t_utc, char *buf, size_t n)
{
    double secs = floor(t_utc / 1000.0);
    time_t tt = (time_t)(isfinite(secs) ? secs : 0);
    struct tm tm;
    if (!localtime_r(&tt, &tm) || !tm.tm_zone) {
        snprintf(buf, n, "Coordinated Universal Time");
        return;
    }
    if (tm.tm_gmtoff == 0 && (!strcmp(tm.tm_zone, "UTC") || !strcmp(tm.tm_zone, "GMT")))
        snprintf(buf, n, "Coordinated Universal Time");
    else
        snprintf(buf, n, "%s", tm.tm_zone);
}

static double now_ms(VM *vm) { return floor(vm_wall_ms(vm)); }

/* ---- parsing ------------------------------------------------------------------------ */

static int digits(const char **p, int n, int *out)
{
    int v = 0, i = 0;
    for (; i < n && (*p)[i] >= '0' && (*p)[i] <= '9'; i++) v = v * 10 + ((*p)[i] - '0');
    if (i != n) return 0;
    *p += n;
    *out = v;
    return 1;
}

/* The ISO format: YYYY[-MM[-DD]][THH:mm[:ss[.sss]]][Z|+HH:mm]; NaN if not. */
static double parse_iso(const char *s)
{
    const char *p = s;
    int sign = 1, year, month = 1, day = 1, h = 0, mi = 0, sec = 0, ms = 0;
    if (*p == '+' || *p == '-') {
        sign = *p == '-' ? -1 : 1;
        p++;
        if (!digits(&p, 6, &year)) return NAN;
        if (sign < 0 && year == 0) return NAN;
    } else if (!digits(&p, 4, &year)) {
        return NAN;
    }
    year *= sign;
    if (*p == '-') {
        p++;
        if (!digits(&p, 2, &month)) return NAN;
        if (*p == '-') {
            p++;
            if (!digits(&p, 2, &day)) return NAN;
        }
    }
    bool has_time = false, utc = true;
    double offset = 0;
    if (*p == 'T' || *p == 't' || (*p == ' ' && p[1] >= '0' && p[1] <= '9')) {
        p++;
        has_time = true;
        if (!digits(&p, 2, &h) || *p++ != ':' || !digits(&p, 2, &mi)) return NAN;
        if (*p == ':') {
            p++;
            if (!digits(&p, 2, &sec)) return NAN;
            if (*p == '.') {
                p++;
                int n = 0, frac = 0;
                while (*p >= '0' && *p <= '9') {
                    if (n < 3) frac = frac * 10 + (*p - '0');
                    n++;
                    p++;
                }
                if (n == 0) return NAN;
                while (n < 3) {
                    frac *= 10;
                    n++;
                }
                ms = frac;
            }
        }
        utc = false;
        if (*p == 'Z' || *p == 'z') {
            utc = true;
            p++;
        } else if (*p == '+' || *p == '-') {
            int os = *p == '-' ? -1 : 1, oh, om;
            p++;
            if (!digits(&p, 2, &oh)) return NAN;
            if (*p == ':') p++;
            if (!digits(&p, 2, &om)) return NAN;
            if (oh > 23 || om > 59) return NAN;     /* the format's offset is HH:mm */
            utc = true;
            offset = os * (oh * 60 + om) * 60000.0;
        }
    }
    if (*p) return NAN;
    if (month < 1 || month > 12 || day < 1 || day > 31 || h > 24 || mi > 59 || sec > 59 ||
        (h == 24 && (mi || sec || ms)))
        return NAN;
    double t = make_date(make_day(year, month - 1, day), make_time(h, mi, sec, ms));
    if (!has_time || utc) return t - offset;
    return utc_from_local(t);
}

/* Legacy forms: words (month and day names, GMT/UTC/Z), numbers, hh:mm[:ss],
 * +hhmm offsets, y/m/d or m/d/y. */
static double parse_legacy(const char *s)
{
    int nums[3], nn = 0, month = -1, h = 0, mi = 0, sec = 0;
    bool has_offset = false, pm = false, am = false;
    double offset = 0;
    const char *p = s;
    while (*p) {
        if (*p == ' ' || *p == ',' || *p == '(') {
            if (*p == '(') {
                while (*p && *p != ')') p++;
                if (*p) p++;
                continue;
            }
            p++;
            continue;
        }
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
            char w[16];
            int n = 0;
            while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
                if (n < 15) w[n++] = (char)(*p | 0x20);
                p++;
            }
            w[n] = '\0';
            if (!strcmp(w, "gmt") || !strcmp(w, "utc") || !strcmp(w, "z")) {
                has_offset = true;
            } else if (!strcmp(w, "am")) {
                am = true;
            } else if (!strcmp(w, "pm")) {
                pm = true;
            } else {
                bool known = false;
                for (int m = 0; m < 12 && !known; m++)
                    if (n >= 3 && w[0] == (month_names[m][0] | 0x20) && w[1] == month_names[m][1] &&
                        w[2] == month_names[m][2]) {
                        month = m;
                        known = true;
                    }
                for (int d = 0; d < 7 && !known; d++)
                    if (n >= 3 && w[0] == (day_names[d][0] | 0x20) && w[1] == day_names[d][1] &&
                        w[2] == day_names[d][2])
                        known = true;
                if (!known) return NAN;
            }
            continue;
        }
        if ((*p == '+' || *p == '-') && has_offset && p[1] >= '0' && p[1] <= '9') {
            int sign = *p == '-' ? -1 : 1, v = 0, n = 0;
            p++;
            while (*p >= '0' && *p <= '9') {
                v = v * 10 + (*p++ - '0');
                n++;
            }
            if (*p == ':') {
                p++;
                int m2 = 0;
                while (*p >= '0' && *p <= '9') m2 = m2 * 10 + (*p++ - '0');
                v = v * 100 + m2;
            } else if (n <= 2) {
                v *= 100;
            }
            offset = sign * ((v / 100) * 60 + v % 100) * 60000.0;
            continue;
        }
        if (*p >= '0' && *p <= '9') {
            long v = 0;
            while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
            if (*p == ':') {
                h = (int)v;
                p++;
                int m2 = 0;
                while (*p >= '0' && *p <= '9') m2 = m2 * 10 + (*p++ - '0');
                mi = m2;
                if (*p == ':') {
                    p++;
                    int s2 = 0;
                    while (*p >= '0' && *p <= '9') s2 = s2 * 10 + (*p++ - '0');
                    sec = s2;
                    if (*p == '.') {
                        p++;
                        while (*p >= '0' && *p <= '9') p++;
                    }
                }
                continue;
            }
            if (nn == 3) return NAN;
            nums[nn++] = (int)v;
            if (*p == '/' || *p == '-') p++;
            continue;
        }
        return NAN;
    }
    int year, mon, day;
    if (month >= 0) {
        if (nn < 2) return NAN;
        /* "Jan 2 2024" or "2 Jan 2024" */
        if (nums[0] > 31) {
            year = nums[0];
            day = nums[1];
        } else {
            day = nums[0];
            year = nums[1];
        }
        mon = month;
    } else {
        if (nn < 3) return NAN;
        if (nums[0] > 31) {   /* y/m/d */
            year = nums[0];
            mon = nums[1] - 1;
            day = nums[2];
        } else {              /* m/d/y */
            mon = nums[0] - 1;
            day = nums[1];
            year = nums[2];
        }
    }
    if (year < 50) year += 2000;
    else if (year < 100) year += 1900;
    if (pm && h < 12) h += 12;
    if (am && h == 12) h = 0;
    if (mon < 0 || mon > 11 || day < 1 || day > 31 || h > 24 || mi > 59 || sec > 59) return NAN;
    double t = make_date(make_day(year, mon, day), make_time(h, mi, sec, 0));
    return has_offset ? t - offset : utc_from_local(t);
}

static double parse_date(VM *vm, JSValue str)
{
    /* Short ASCII strings (every date string the engine prints) are copied to
     * the stack; anything else goes through UTF-8 as before. */
    char local[128], *s = NULL;
    JSString *fs = str_flatten(vm, str);
    if (!fs) return NAN;
    if (!str_is_16bit(fs) && fs->length < sizeof local) {
        const uint8_t *d = str_latin1(fs);
        uint32_t i = 0;
        for (; i < fs->length && d[i] && d[i] < 0x80; i++) local[i] = (char)d[i];
        if (i == fs->length) {
            local[i] = '\0';
            s = local;
        }
    }
    if (!s) s = str_to_utf8(vm, str, NULL);
    if (!s) return NAN;
    char *b = s;
    while (*b == ' ') b++;
    size_t n = strlen(b);
    while (n && b[n - 1] == ' ') b[--n] = '\0';
    double t = parse_iso(b);
    if (isnan(t)) t = parse_legacy(b);
    if (s != local) free(s);
    return time_clip(t);
}

/* ---- formatting ------------------------------------------------------------------------ */

/* Formatting writes digits straight into the buffer (no snprintf: format
 * strings cost more than the date arithmetic on Date-heavy code). */
static char *put_str(char *p, const char *s)
{
    while (*s) *p++ = *s++;
    return p;
}

/* n >= 0, at least w digits (zero-padded) */
static char *put_uint(char *p, unsigned n, int w)
{
    char tmp[12];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    while (k < w) tmp[k++] = '0';
    while (k) *p++ = tmp[--k];
    return p;
}

static char *put2(char *p, int n)
{
    p[0] = (char)('0' + n / 10);
    p[1] = (char)('0' + n % 10);
    return p + 2;
}

static char *put_offset(char *p, double t_utc)
{
    int off = (int)(local_offset(t_utc) / 60000.0);
    p = put_str(p, "GMT");
    *p++ = off < 0 ? '-' : '+';
    off = abs(off);
    p = put_uint(p, (unsigned)(off / 60), 2);
    return put2(p, off % 60);
}

/* YearFormat (21.4.4.41.x): a sign for negative years, then at least 4 digits */
static char *put_year(char *p, double y)
{
    if (y < 0) *p++ = '-';
    return put_uint(p, (unsigned)fabs(y), 4);
}

static char *put_hms(char *p, const DateFields *f)
{
    p = put2(p, f->hour);
    *p++ = ':';
    p = put2(p, f->min);
    *p++ = ':';
    return put2(p, f->sec);
}

/* kind: 0 toString, 1 toDateString, 2 toTimeString, 3 toUTCString, 4 toISOString,
 * 5 toLocaleString, 6 toLocaleDateString, 7 toLocaleTimeString */
static JSValue format_date(VM *vm, double tv, int kind)
{
    if (isnan(tv)) {
        if (kind == 4) return err_throw_type(vm, RangeError, "Invalid time value");
        return str_from_cstr(vm, "Invalid Date");
    }
    char out[160], zone[64];
    char *p = out;
    double t = kind == 3 || kind == 4 ? tv : local_time(tv);
    DateFields f;
    date_split(t, &f);
    switch (kind) {
    case 0:
    case 1:
    case 2:
        if (kind != 2) {    /* "Tue Jan 02 2024" */
            p = put_str(p, day_names[f.wday]);
            *p++ = ' ';
            p = put_str(p, month_names[f.month]);
            *p++ = ' ';
            p = put2(p, f.date);
            *p++ = ' ';
            p = put_year(p, f.year);
        }
        if (kind != 1) {    /* "10:00:00 GMT+0100 (Central European Standard Time)" */
            if (kind == 0) *p++ = ' ';
            zone_name(tv, zone, sizeof zone);
            p = put_hms(p, &f);
            *p++ = ' ';
            p = put_offset(p, tv);
            p = put_str(p, " (");
            p = put_str(p, zone);
            *p++ = ')';
        }
        break;
    case 3:     /* "Tue, 02 Jan 2024 10:00:00 GMT" */
        p = put_str(p, day_names[f.wday]);
        p = put_str(p, ", ");
        p = put2(p, f.date);
        *p++ = ' ';
        p = put_str(p, month_names[f.month]);
        *p++ = ' ';
        p = put_year(p, f.year);
        *p++ = ' ';
        p = put_hms(p, &f);
        p = put_str(p, " GMT");
        break;
    case 4:     /* "2024-01-02T10:00:00.000Z", six-digit signed years outside 0..9999 */
        if (f.year >= 0 && f.year <= 9999) {
            p = put_uint(p, (unsigned)f.year, 4);
        } else {
            *p++ = f.year < 0 ? '-' : '+';
            p = put_uint(p, (unsigned)fabs(f.year), 6);
        }
        *p++ = '-';
        p = put2(p, f.month + 1);
        *p++ = '-';
        p = put2(p, f.date);
        *p++ = 'T';
        p = put_hms(p, &f);
        *p++ = '.';
        p = put_uint(p, (unsigned)f.ms, 3);
        *p++ = 'Z';
        break;
    case 5:
    case 6:
    case 7:     /* en-US: "1/2/2024, 10:00:00 AM" */
        if (kind != 7) {
            p = put_uint(p, (unsigned)f.month + 1, 1);
            *p++ = '/';
            p = put_uint(p, (unsigned)f.date, 1);
            *p++ = '/';
            if (f.year < 0) *p++ = '-';
            p = put_uint(p, (unsigned)fabs(f.year), 1);
        }
        if (kind == 5) p = put_str(p, ", ");
        if (kind != 6) {
            p = put_uint(p, (unsigned)(f.hour % 12 == 0 ? 12 : f.hour % 12), 1);
            *p++ = ':';
            p = put2(p, f.min);
            *p++ = ':';
            p = put2(p, f.sec);
            p = put_str(p, f.hour < 12 ? " AM" : " PM");
        }
        break;
    default:
        break;
    }
    return str_from_latin1(vm, (const uint8_t *)out, (size_t)(p - out));
}

/* ---- constructor and statics ---------------------------------------------------------- */

/* MakeDate from the (year, month[, date, h, m, s, ms]) arguments; false on exception. */
static bool time_from_fields(VM *vm, JSValue *args, int argc, double *out)
{
    double f[7] = { NAN, 0, 1, 0, 0, 0, 0 };
    for (int i = 0; i < argc && i < 7; i++)
        if (!rt_to_double(vm, args[i], &f[i])) return false;
    if (isfinite(f[0])) {
        double yi = to_integer(f[0]);
        if (yi >= 0 && yi <= 99) f[0] = 1900 + yi;
    }
    *out = make_date(make_day(f[0], f[1], f[2]), make_time(f[3], f[4], f[5], f[6]));
    return true;
}

static JSValue date_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    if (new_target == VAL_UNDEFINED) BI_RETURN(format_date(vm, now_ms(vm), 0));
    JSValue *nt = heap_handle(vm, new_target);
    double tv;
    if (argc == 0) {
        tv = now_ms(vm);
    } else if (argc == 1) {
        JSValue v = args[0];
        if (obj_is_class(v, CLS_DATE)) {
            tv = val_to_number(((JSWrapper *)val_obj(v))->internal);
        } else {
            JSValue prim = rt_to_primitive(vm, v, HINT_DEFAULT);
            if (prim == VAL_EXCEPTION) BI_RETURN(prim);
            if (val_is_string(prim)) {
                tv = parse_date(vm, prim);
            } else if (!rt_to_double(vm, prim, &tv)) {
                BI_RETURN(VAL_EXCEPTION);
            }
        }
        tv = time_clip(tv);
    } else {
        if (!time_from_fields(vm, args, argc, &tv)) BI_RETURN(VAL_EXCEPTION);
        tv = time_clip(utc_from_local(tv));
    }
    JSValue proto = bi_proto_from_ctor(vm, *nt, INTR_DatePrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    BI_RETURN(bi_new_wrapper(vm, proto, CLS_DATE, val_number(tv)));
}

static JSValue date_now(VM *vm, JSValue *args, int argc, JSValue nt) { return val_number(now_ms(vm)); }

static JSValue date_parse(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) return s;
    return val_number(parse_date(vm, s));
}

static JSValue date_utc(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double tv;
    if (!time_from_fields(vm, args, argc, &tv)) return VAL_EXCEPTION;
    return val_number(time_clip(tv));
}

/* ---- Date.prototype ------------------------------------------------------------------- */

static bool this_time(VM *vm, JSValue *args, double *out)
{
    if (!obj_is_class(args[-1], CLS_DATE)) {
        bi_throw_type(vm, "this is not a Date object.");
        return false;
    }
    *out = val_to_number(((JSWrapper *)val_obj(args[-1]))->internal);
    return true;
}

static void set_time(JSValue d, double tv)
{
    ((JSWrapper *)val_obj(d))->internal = val_number(tv);
}

/* Getters: field codes */
enum { F_YEAR, F_MONTH, F_DATE, F_DAY, F_HOURS, F_MINUTES, F_SECONDS, F_MS };

static JSValue get_field(VM *vm, JSValue *args, int field, bool utc)
{
    double tv;
    if (!this_time(vm, args, &tv)) return VAL_EXCEPTION;
    if (isnan(tv)) return val_from_double(NAN);
    DateFields f;
    date_split(utc ? tv : local_time(tv), &f);
    switch (field) {
    case F_YEAR: return val_number(f.year);
    case F_MONTH: return val_from_int(f.month);
    case F_DATE: return val_from_int(f.date);
    case F_DAY: return val_from_int(f.wday);
    case F_HOURS: return val_from_int(f.hour);
    case F_MINUTES: return val_from_int(f.min);
    case F_SECONDS: return val_from_int(f.sec);
    default: return val_from_int(f.ms);
    }
}

#define DATE_GETTER(fname, field, utc)                                      \
    static JSValue fname(VM *vm, JSValue *args, int argc, JSValue nt)       \
    {                                                                       \
        return get_field(vm, args, field, utc);                             \
    }

DATE_GETTER(date_get_full_year, F_YEAR, false)
DATE_GETTER(date_get_month, F_MONTH, false)
DATE_GETTER(date_get_date, F_DATE, false)
DATE_GETTER(date_get_day, F_DAY, false)
DATE_GETTER(date_get_hours, F_HOURS, false)
DATE_GETTER(date_get_minutes, F_MINUTES, false)
DATE_GETTER(date_get_seconds, F_SECONDS, false)
DATE_GETTER(date_get_milliseconds, F_MS, false)
DATE_GETTER(date_get_utc_full_year, F_YEAR, true)
DATE_GETTER(date_get_utc_month, F_MONTH, true)
DATE_GETTER(date_get_utc_date, F_DATE, true)
DATE_GETTER(date_get_utc_day, F_DAY, true)
DATE_GETTER(date_get_utc_hours, F_HOURS, true)
DATE_GETTER(date_get_utc_minutes, F_MINUTES, true)
DATE_GETTER(date_get_utc_seconds, F_SECONDS, true)
DATE_GETTER(date_get_utc_milliseconds, F_MS, true)

/* Annex B getYear / setYear */
static JSValue date_get_year(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue y = get_field(vm, args, F_YEAR, false);
    return y == VAL_EXCEPTION || !val_is_int(y) ? y : val_from_int(val_int(y) - 1900);
}

static JSValue date_set_year(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double tv, y;
    if (!this_time(vm, args, &tv) || !rt_to_double(vm, bi_arg(args, argc, 0), &y)) return VAL_EXCEPTION;
    if (isnan(y)) {
        set_time(args[-1], NAN);
        return val_from_double(NAN);
    }
    double yi = to_integer(y);
    if (yi >= 0 && yi <= 99) yi += 1900;
    double t = isnan(tv) ? 0 : local_time(tv);
    DateFields df;
    date_split(t, &df);
    double d = make_day(yi, df.month, df.date);
    double r = time_clip(utc_from_local(make_date(d, time_within_day(t))));
    set_time(args[-1], r);
    return val_number(r);
}

static JSValue date_get_time(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double tv;
    if (!this_time(vm, args, &tv)) return VAL_EXCEPTION;
    return val_number(tv);
}

static JSValue date_get_timezone_offset(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double tv;
    if (!this_time(vm, args, &tv)) return VAL_EXCEPTION;
    if (isnan(tv)) return val_from_double(NAN);
    return val_number(-local_offset(tv) / 60000.0 + 0.0);   /* never -0 */
}

static JSValue date_set_time(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double tv, n;
    if (!this_time(vm, args, &tv) || !rt_to_double(vm, bi_arg(args, argc, 0), &n)) return VAL_EXCEPTION;
    tv = time_clip(n);
    set_time(args[-1], tv);
    return val_number(tv);
}

/* The setters: first = the first field the setter takes (F_YEAR .. F_MS),
 * up to max_args following fields from the arguments. */
static JSValue set_fields(VM *vm, JSValue *args, int argc, int first, int max_args, bool utc)
{
    double tv;
    if (!this_time(vm, args, &tv)) return VAL_EXCEPTION;
    double vals[4];
    int n = argc < max_args ? argc : max_args;
    if (n == 0) n = 1;
    for (int i = 0; i < n; i++)
        if (!rt_to_double(vm, bi_arg(args, argc, i), &vals[i])) return VAL_EXCEPTION;
    if (isnan(tv)) {
        if (first != F_YEAR) return val_from_double(NAN);
        tv = 0;
    } else if (!utc) {
        tv = local_time(tv);
    }
    DateFields df;
    date_split(tv, &df);
    double f[7] = { df.year, df.month, df.date, df.hour, df.min, df.sec, df.ms };
    /* map F_* (which has F_DAY between date and hours) to positions in f */
    int pos = first <= F_DATE ? first : first - 1;
    for (int i = 0; i < n && pos + i < 7; i++) f[pos + i] = vals[i];
    double t = make_date(make_day(f[0], f[1], f[2]), make_time(f[3], f[4], f[5], f[6]));
    t = time_clip(utc ? t : utc_from_local(t));
    if (!obj_is_class(args[-1], CLS_DATE)) return bi_throw_type(vm, "this is not a Date object.");
    set_time(args[-1], t);
    return val_number(t);
}

#define DATE_SETTER(fname, first, max, utc)                                  \
    static JSValue fname(VM *vm, JSValue *args, int argc, JSValue nt)        \
    {                                                                        \
        return set_fields(vm, args, argc, first, max, utc);                  \
    }

DATE_SETTER(date_set_full_year, F_YEAR, 3, false)
DATE_SETTER(date_set_month, F_MONTH, 2, false)
DATE_SETTER(date_set_date, F_DATE, 1, false)
DATE_SETTER(date_set_hours, F_HOURS, 4, false)
DATE_SETTER(date_set_minutes, F_MINUTES, 3, false)
DATE_SETTER(date_set_seconds, F_SECONDS, 2, false)
DATE_SETTER(date_set_milliseconds, F_MS, 1, false)
DATE_SETTER(date_set_utc_full_year, F_YEAR, 3, true)
DATE_SETTER(date_set_utc_month, F_MONTH, 2, true)
DATE_SETTER(date_set_utc_date, F_DATE, 1, true)
DATE_SETTER(date_set_utc_hours, F_HOURS, 4, true)
DATE_SETTER(date_set_utc_minutes, F_MINUTES, 3, true)
DATE_SETTER(date_set_utc_seconds, F_SECONDS, 2, true)
DATE_SETTER(date_set_utc_milliseconds, F_MS, 1, true)

static JSValue to_string_kind(VM *vm, JSValue *args, int kind)
{
    double tv;
    if (!this_time(vm, args, &tv)) return VAL_EXCEPTION;
    return format_date(vm, tv, kind);
}

#define DATE_TO_STRING(fname, kind)                                          \
    static JSValue fname(VM *vm, JSValue *args, int argc, JSValue nt)        \
    {                                                                        \
        return to_string_kind(vm, args, kind);                               \
    }

DATE_TO_STRING(date_to_string, 0)
DATE_TO_STRING(date_to_date_string, 1)
DATE_TO_STRING(date_to_time_string, 2)
DATE_TO_STRING(date_to_utc_string, 3)
DATE_TO_STRING(date_to_iso_string, 4)
DATE_TO_STRING(date_to_locale_string, 5)
DATE_TO_STRING(date_to_locale_date_string, 6)
DATE_TO_STRING(date_to_locale_time_string, 7)

static JSValue date_to_json(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue o = rt_to_object(vm, args[-1]);
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    JSValue *ho = heap_handle(vm, o);
    JSValue tv = rt_to_primitive(vm, *ho, HINT_NUMBER);
    if (tv == VAL_EXCEPTION) BI_RETURN(tv);
    if (val_is_number(tv) && !isfinite(val_to_number(tv))) BI_RETURN(VAL_NULL);
    JSValue f = obj_get(vm, *ho, atom_from_cstr(vm, "toISOString"));
    if (f == VAL_EXCEPTION) BI_RETURN(f);
    if (!rt_is_callable(f)) BI_RETURN(bi_array_not_callable(vm, f));
    BI_RETURN(vm_call(vm, f, *ho, 0, NULL));
}

/* Date.prototype[@@toPrimitive](hint): "default" means "string" */
static JSValue date_to_primitive(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!val_is_object(args[-1])) BI_RETURN(bi_throw_type(vm, "Date.prototype [ @@toPrimitive ] called on non-object"));
    JSValue hint = bi_arg(args, argc, 0);
    char *h = val_is_string(hint) ? str_to_utf8(vm, hint, NULL) : NULL;
    bool number = h && !strcmp(h, "number");
    bool ok = h && (number || !strcmp(h, "string") || !strcmp(h, "default"));
    free(h);
    if (!ok) BI_RETURN(bi_throw_type(vm, "Invalid hint"));
    /* OrdinaryToPrimitive */
    static const char *const order[2][2] = { { "toString", "valueOf" }, { "valueOf", "toString" } };
    for (int i = 0; i < 2; i++) {
        JSValue f = obj_get(vm, args[-1], atom_from_cstr(vm, order[number][i]));
        if (f == VAL_EXCEPTION) BI_RETURN(f);
        if (rt_is_callable(f)) {
            JSValue r = vm_call(vm, f, args[-1], 0, NULL);
            if (r == VAL_EXCEPTION || !val_is_object(r)) BI_RETURN(r);
        }
    }
    BI_RETURN(err_throw(vm, ERRMSG_TO_PRIMITIVE));
}

/* console.log shows dates as their ISO string */
char *bi_date_inspect(VM *vm, JSValue d)
{
    double tv = val_to_number(((JSWrapper *)val_obj(d))->internal);
    if (isnan(tv)) return strdup("Invalid Date");
    JSValue s = format_date(vm, tv, 4);
    return s == VAL_EXCEPTION ? NULL : str_to_utf8(vm, s, NULL);
}

bool bi_date_init(VM *vm)
{
    static const struct {
        const char *name;
        NativeFn fn;
        int length;
    } methods[] = {
        { "getTime", date_get_time, 0 },
        { "valueOf", date_get_time, 0 },
        { "getFullYear", date_get_full_year, 0 },
        { "getMonth", date_get_month, 0 },
        { "getDate", date_get_date, 0 },
        { "getDay", date_get_day, 0 },
        { "getHours", date_get_hours, 0 },
        { "getMinutes", date_get_minutes, 0 },
        { "getSeconds", date_get_seconds, 0 },
        { "getMilliseconds", date_get_milliseconds, 0 },
        { "getUTCFullYear", date_get_utc_full_year, 0 },
        { "getUTCMonth", date_get_utc_month, 0 },
        { "getUTCDate", date_get_utc_date, 0 },
        { "getUTCDay", date_get_utc_day, 0 },
        { "getUTCHours", date_get_utc_hours, 0 },
        { "getUTCMinutes", date_get_utc_minutes, 0 },
        { "getUTCSeconds", date_get_utc_seconds, 0 },
        { "getUTCMilliseconds", date_get_utc_milliseconds, 0 },
        { "getTimezoneOffset", date_get_timezone_offset, 0 },
        { "getYear", date_get_year, 0 },
        { "setYear", date_set_year, 1 },
        { "setTime", date_set_time, 1 },
        { "setFullYear", date_set_full_year, 3 },
        { "setMonth", date_set_month, 2 },
        { "setDate", date_set_date, 1 },
        { "setHours", date_set_hours, 4 },
        { "setMinutes", date_set_minutes, 3 },
        { "setSeconds", date_set_seconds, 2 },
        { "setMilliseconds", date_set_milliseconds, 1 },
        { "setUTCFullYear", date_set_utc_full_year, 3 },
        { "setUTCMonth", date_set_utc_month, 2 },
        { "setUTCDate", date_set_utc_date, 1 },
        { "setUTCHours", date_set_utc_hours, 4 },
        { "setUTCMinutes", date_set_utc_minutes, 3 },
        { "setUTCSeconds", date_set_utc_seconds, 2 },
        { "setUTCMilliseconds", date_set_utc_milliseconds, 1 },
        { "toString", date_to_string, 0 },
        { "toDateString", date_to_date_string, 0 },
        { "toTimeString", date_to_time_string, 0 },
        { "toUTCString", date_to_utc_string, 0 },
        { "toISOString", date_to_iso_string, 0 },
        { "toLocaleString", date_to_locale_string, 0 },
        { "toLocaleDateString", date_to_locale_date_string, 0 },
        { "toLocaleTimeString", date_to_locale_time_string, 0 },
        { "toJSON", date_to_json, 1 },
    };
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_DatePrototype] = p;
    JSValue *proto = heap_handle(vm, p);
    JSValue c = realm_def_class(vm, "Date", date_ctor, 7, *proto);
    if (c == VAL_EXCEPTION) goto out;
    JSValue *hc = heap_handle(vm, c);
    if (realm_def_method(vm, *hc, "now", date_now, 0, 0) < 0 || realm_def_method(vm, *hc, "parse", date_parse, 1, 0) < 0 ||
        realm_def_method(vm, *hc, "UTC", date_utc, 7, 0) < 0)
        goto out;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (realm_def_method(vm, *proto, methods[i].name, methods[i].fn, methods[i].length, 0) < 0) goto out;
    /* toGMTString is the same function object as toUTCString */
    {
        PropDesc d;
        JSValue k = atom_from_cstr(vm, "toUTCString");
        if (k == VAL_EXCEPTION || obj_get_own_property(vm, *proto, k, &d) != 1 ||
            realm_def_value(vm, *proto, "toGMTString", d.value, PROP_HIDDEN) < 0)
            goto out;
    }
    JSValue tp = fn_new_native(vm, "[Symbol.toPrimitive]", date_to_primitive, 1, 0);
    if (tp == VAL_EXCEPTION ||
        obj_define_value(vm, *proto, vm_intrinsic(vm, INTR_SymbolToPrimitive), tp, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
