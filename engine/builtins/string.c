/*
 * string.c -- the String constructor, its statics and String.prototype
 * (prefix bi_string_).  Strings are engine/str.c; this file only reads flat
 * strings (str_flatten) and builds results with the malloc'd StrBuilder or
 * str_substring, so no raw JSString* survives an allocation: the strings a
 * method works on are kept flat in handles and re-read after allocating.
 *
 * Without a RegExp implementation, split/replace/replaceAll take string
 * patterns (objects with a Symbol.split/Symbol.replace method are honoured,
 * as the spec says); case mapping covers Latin-1, Latin Extended-A, Greek
 * and Cyrillic.
 */
#include "bi_internal.h"
#include "numconv.h"

/* ---- helpers ------------------------------------------------------------------ */

static JSString *flat(const JSValue *h) { return (JSString *)val_cell(*h); }

/* ToString(v), flattened, in a new handle; NULL on exception. */
static JSValue *flat_string(VM *vm, JSValue v)
{
    JSValue s = val_is_string(v) ? v : rt_to_string(vm, v);
    if (s == VAL_EXCEPTION) return NULL;
    JSString *fs = str_flatten(vm, s);
    if (!fs) return NULL;
    return heap_handle(vm, val_from_cell(fs));
}

/* RequireObjectCoercible(this) + ToString, flattened into a handle. */
static JSValue *this_string(VM *vm, JSValue *args, const char *method)
{
    if (val_is_nullish(args[-1])) {
        err_throw_type(vm, TypeError, "String.prototype.%s called on null or undefined", method);
        return NULL;
    }
    return flat_string(vm, args[-1]);
}

static bool to_int(VM *vm, JSValue v, double *out) { return rt_to_integer_or_inf(vm, v, out); }

static double clamp(double v, double lo, double hi) { return v < lo ? lo : v > hi ? hi : v; }

/* IsRegExp(v): 1/0, -1 with an exception pending (reads v[Symbol.match]). */
static int is_regexp(VM *vm, JSValue v)
{
    if (!val_is_object(v)) return 0;
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, v);
    JSValue m = obj_get(vm, *h, vm_intrinsic(vm, INTR_SymbolMatch));
    int r = m == VAL_EXCEPTION ? -1 : m != VAL_UNDEFINED ? rt_to_boolean(m) : obj_is_class(*h, CLS_REGEXP);
    heap_scope_close(vm, hs);
    return r;
}

/* Last index of needle in hay starting at or before from; -1 if none. */
static int64_t last_index_of(const JSString *h, const JSString *n, double from)
{
    uint32_t hl = h->length, nl = n->length;
    if (nl > hl) return -1;
    int64_t start = (int64_t)fmin(from, (double)(hl - nl));
    for (int64_t i = start; i >= 0; i--) {
        uint32_t j = 0;
        while (j < nl && str_unit(h, (uint32_t)i + j) == str_unit(n, j)) j++;
        if (j == nl) return i;
    }
    return -1;
}

static bool starts_at(const JSString *h, const JSString *n, uint32_t at)
{
    if ((uint64_t)at + n->length > h->length) return false;
    for (uint32_t j = 0; j < n->length; j++)
        if (str_unit(h, at + j) != str_unit(n, j)) return false;
    return true;
}

/* ---- Unicode: full case mapping and normalization (string_unicode.inc) ------------ */

#include "string_unicode.inc"

#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

static int cmp_first_u32(const void *key, const void *elem)
{
    uint32_t a = *(const uint32_t *)key, b = *(const uint32_t *)elem;
    return a < b ? -1 : a > b;
}

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid][0]) hi = mid;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

/* The code point at unit i (a lone surrogate is its own code point); *n = its units. */
static uint32_t cp_at(JSString *s, uint32_t i, uint32_t *n)
{
    uint32_t c = str_unit(s, i);
    *n = 1;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length) {
        uint32_t d = str_unit(s, i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
            *n = 2;
            return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        }
    }
    return c;
}

/* The code point that ends just before unit i (i > 0); *n = its units. */
static uint32_t cp_before(JSString *s, uint32_t i, uint32_t *n)
{
    uint32_t d = str_unit(s, i - 1);
    *n = 1;
    if (d >= 0xDC00 && d <= 0xDFFF && i >= 2) {
        uint32_t c = str_unit(s, i - 2);
        if (c >= 0xD800 && c <= 0xDBFF) {
            *n = 2;
            return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        }
    }
    return d;
}

static void sb_add_cp(StrBuilder *b, uint32_t cp)
{
    if (cp >= 0x10000) {
        cp -= 0x10000;
        sb_add_unit(b, (uint16_t)(0xD800 + (cp >> 10)));
        sb_add_unit(b, (uint16_t)(0xDC00 + (cp & 0x3FF)));
    } else {
        sb_add_unit(b, (uint16_t)cp);
    }
}

static bool is_cased(uint32_t cp) { return in_ranges(case_cased, NELEMS(case_cased), cp); }
static bool is_case_ignorable(uint32_t cp) { return in_ranges(case_ignorable, NELEMS(case_ignorable), cp); }

/* Final_Sigma (Unicode 3.13, table 3-17): a cased letter, then case-ignorables,
 * before the sigma at [i, i + n); no case-ignorables-then-cased-letter after it. */
static bool final_sigma(JSString *s, uint32_t i, uint32_t n)
{
    uint32_t k = i, w;
    bool before = false;
    while (k > 0) {
        uint32_t cp = cp_before(s, k, &w);
        k -= w;
        if (is_case_ignorable(cp)) continue;
        before = is_cased(cp);
        break;
    }
    if (!before) return false;
    for (k = i + n; k < s->length; k += w) {
        uint32_t cp = cp_at(s, k, &w);
        if (is_case_ignorable(cp)) continue;
        return !is_cased(cp);
    }
    return true;
}

/* toUpperCase / toLowerCase: Unicode Default Case Conversion with the full
 * (SpecialCasing unconditional) mappings, code point by code point; lone
 * surrogates are kept. */
static JSValue change_case(VM *vm, JSValue *args, bool upper, const char *name)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, name);
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSString *s = flat(hs);
    const uint32_t (*tab)[4] = upper ? case_upper : case_lower;
    size_t ntab = upper ? NELEMS(case_upper) : NELEMS(case_lower);
    StrBuilder b;
    sb_init(&b);
    for (uint32_t i = 0, n; i < s->length; i += n) {
        uint32_t cp = cp_at(s, i, &n);
        if (cp < 0x80) {
            if (upper && cp >= 'a' && cp <= 'z') cp -= 32;
            else if (!upper && cp >= 'A' && cp <= 'Z') cp += 32;
            sb_add_unit(&b, (uint16_t)cp);
            continue;
        }
        if (!upper && cp == 0x3A3) {
            sb_add_unit(&b, final_sigma(s, i, n) ? 0x3C2 : 0x3C3);
            continue;
        }
        const uint32_t *m = bsearch(&cp, tab, ntab, sizeof tab[0], cmp_first_u32);
        if (!m) {
            sb_add_cp(&b, cp);
            continue;
        }
        for (int k = 1; k < 4 && m[k]; k++) sb_add_cp(&b, m[k]);
    }
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue string_to_upper_case(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return change_case(vm, args, true, "toUpperCase");
}
static JSValue string_to_lower_case(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return change_case(vm, args, false, "toLowerCase");
}

/* ---- constructor and statics -------------------------------------------------- */

static JSValue string_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    JSValue *nt = heap_handle(vm, new_target);
    JSValue s;
    if (argc == 0) {
        s = vm_atom(vm, ATOM_empty);
    } else if (new_target == VAL_UNDEFINED && val_is_symbol(args[0])) {
        JSValue d = ((JSSymbol *)val_cell(args[0]))->description;
        StrBuilder b;
        sb_init(&b);
        sb_add_cstr(&b, "Symbol(");
        if (val_is_string(d)) sb_add_string(vm, &b, d);
        sb_add_unit(&b, ')');
        BI_RETURN(sb_finish(vm, &b));
    } else {
        s = rt_to_string(vm, args[0]);
        if (s == VAL_EXCEPTION) BI_RETURN(s);
    }
    if (*nt == VAL_UNDEFINED) BI_RETURN(s);
    JSValue *hs = heap_handle(vm, s);
    JSValue proto = bi_proto_from_ctor(vm, *nt, INTR_StringPrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    BI_RETURN(bi_new_wrapper(vm, proto, CLS_STRING, *hs));
}

static JSValue string_from_char_code(VM *vm, JSValue *args, int argc, JSValue nt)
{
    StrBuilder b;
    sb_init(&b);
    for (int i = 0; i < argc; i++) {
        uint32_t u;
        if (val_is_int(args[i])) {
            u = (uint32_t)val_int(args[i]);
        } else if (!rt_to_uint32(vm, args[i], &u)) {
            sb_free(&b);
            return VAL_EXCEPTION;
        }
        sb_add_unit(&b, (uint16_t)u);
    }
    return sb_finish(vm, &b);
}

static void add_code_point(StrBuilder *b, uint32_t cp)
{
    if (cp < 0x10000) {
        sb_add_unit(b, (uint16_t)cp);
    } else {
        cp -= 0x10000;
        sb_add_unit(b, (uint16_t)(0xD800 + (cp >> 10)));
        sb_add_unit(b, (uint16_t)(0xDC00 + (cp & 0x3FF)));
    }
}

static JSValue string_from_code_point(VM *vm, JSValue *args, int argc, JSValue nt)
{
    StrBuilder b;
    sb_init(&b);
    for (int i = 0; i < argc; i++) {
        double d;
        if (!rt_to_double(vm, args[i], &d)) {
            sb_free(&b);
            return VAL_EXCEPTION;
        }
        if (d != floor(d) || d < 0 || d > 0x10FFFF) {
            sb_free(&b);
            HandleScope hs = heap_scope_open(vm);
            JSValue s = rt_to_string(vm, args[i]);
            char *t = s == VAL_EXCEPTION ? NULL : str_to_utf8(vm, s, NULL);
            if (!t && err_pending(vm)) err_take(vm);
            JSValue r = err_throw_type(vm, RangeError, "Invalid code point %s", t ? t : "NaN");
            free(t);
            heap_scope_close(vm, hs);
            return r;
        }
        add_code_point(&b, (uint32_t)d);
    }
    return sb_finish(vm, &b);
}

static JSValue string_raw(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue cooked = rt_to_object(vm, bi_arg(args, argc, 0));
    if (cooked == VAL_EXCEPTION) BI_RETURN(cooked);
    JSValue raw = obj_get(vm, cooked, vm_atom(vm, ATOM_raw));
    if (raw == VAL_EXCEPTION) BI_RETURN(raw);
    raw = rt_to_object(vm, raw);
    if (raw == VAL_EXCEPTION) BI_RETURN(raw);
    JSValue *hr = heap_handle(vm, raw);
    double len;
    if (!bi_length_of(vm, *hr, &len)) BI_RETURN(VAL_EXCEPTION);
    StrBuilder b;
    sb_init(&b);
    for (double i = 0; i < len; i++) {
        JSValue seg = bi_get_index(vm, *hr, i);
        if (seg != VAL_EXCEPTION) seg = rt_to_string(vm, seg);
        if (seg == VAL_EXCEPTION) goto fail;
        sb_add_string(vm, &b, seg);
        if (i + 1 < len && i + 1 < argc) {
            JSValue sub = rt_to_string(vm, args[(int)i + 1]);
            if (sub == VAL_EXCEPTION) goto fail;
            sb_add_string(vm, &b, sub);
        }
    }
    BI_RETURN(sb_finish(vm, &b));
fail:
    sb_free(&b);
    BI_RETURN(VAL_EXCEPTION);
}

/* ---- character access ---------------------------------------------------------- */

/* Fast path of charAt / charCodeAt: a flat string receiver and an int index. */
static bool flat_and_int(JSValue *args, int argc, JSString **s, int32_t *i)
{
    if (argc < 1 || !val_is_kind(args[-1], CELL_STRING) || !val_is_int(args[0])) return false;
    *s = (JSString *)val_cell(args[-1]);
    *i = val_int(args[0]);
    return true;
}

static JSValue string_char_at(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSString *fs;
    int32_t fi;
    if (flat_and_int(args, argc, &fs, &fi))
        return fi >= 0 && (uint32_t)fi < fs->length ? str_from_unit(vm, str_unit(fs, (uint32_t)fi)) : vm_atom(vm, ATOM_empty);
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "charAt");
    double pos;
    if (!hs || !to_int(vm, bi_arg(args, argc, 0), &pos)) BI_RETURN(VAL_EXCEPTION);
    JSString *s = flat(hs);
    if (pos < 0 || pos >= s->length) BI_RETURN(vm_atom(vm, ATOM_empty));
    BI_RETURN(str_from_unit(vm, str_unit(s, (uint32_t)pos)));
}

static JSValue string_char_code_at(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSString *fs;
    int32_t fi;
    if (flat_and_int(args, argc, &fs, &fi))
        return fi >= 0 && (uint32_t)fi < fs->length ? val_from_int(str_unit(fs, (uint32_t)fi)) : val_from_double(NAN);
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "charCodeAt");
    double pos;
    if (!hs || !to_int(vm, bi_arg(args, argc, 0), &pos)) BI_RETURN(VAL_EXCEPTION);
    JSString *s = flat(hs);
    if (pos < 0 || pos >= s->length) BI_RETURN(val_from_double(NAN));
    BI_RETURN(val_from_int(str_unit(s, (uint32_t)pos)));
}

static uint32_t code_point_at(const JSString *s, uint32_t i, uint32_t *units)
{
    uint32_t c = str_unit(s, i);
    *units = 1;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length) {
        uint32_t d = str_unit(s, i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
            *units = 2;
            return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        }
    }
    return c;
}

static JSValue string_code_point_at(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "codePointAt");
    double pos;
    if (!hs || !to_int(vm, bi_arg(args, argc, 0), &pos)) BI_RETURN(VAL_EXCEPTION);
    JSString *s = flat(hs);
    if (pos < 0 || pos >= s->length) BI_RETURN(VAL_UNDEFINED);
    uint32_t n;
    BI_RETURN(val_from_int((int32_t)code_point_at(s, (uint32_t)pos, &n)));
}

static JSValue string_at(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "at");
    double rel;
    if (!hs || !to_int(vm, bi_arg(args, argc, 0), &rel)) BI_RETURN(VAL_EXCEPTION);
    JSString *s = flat(hs);
    double k = rel >= 0 ? rel : s->length + rel;
    if (k < 0 || k >= s->length) BI_RETURN(VAL_UNDEFINED);
    BI_RETURN(str_from_unit(vm, str_unit(s, (uint32_t)k)));
}

/* ---- searching ---------------------------------------------------------------- */

static JSValue string_index_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "indexOf");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSValue *hn = flat_string(vm, bi_arg(args, argc, 0));
    double pos;
    if (!hn || !to_int(vm, bi_arg(args, argc, 1), &pos)) BI_RETURN(VAL_EXCEPTION);
    pos = clamp(pos, 0, flat(hs)->length);
    int64_t r = str_index_of(vm, *hs, *hn, (uint32_t)pos);
    if (r < 0 && err_pending(vm)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(val_number((double)r));
}

static JSValue string_last_index_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "lastIndexOf");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSValue *hn = flat_string(vm, bi_arg(args, argc, 0));
    if (!hn) BI_RETURN(VAL_EXCEPTION);
    double pos = INFINITY;
    if (bi_arg(args, argc, 1) != VAL_UNDEFINED) {
        double d;
        if (!rt_to_double(vm, args[1], &d)) BI_RETURN(VAL_EXCEPTION);
        if (d == d) pos = trunc(d);
    }
    JSString *s = flat(hs);
    pos = clamp(pos, 0, s->length);
    BI_RETURN(val_number((double)last_index_of(s, flat(hn), pos)));
}

/* includes / startsWith / endsWith; which: 0, 1, 2 */
static JSValue string_test(VM *vm, JSValue *args, int argc, int which)
{
    static const char *const names[] = { "includes", "startsWith", "endsWith" };
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, names[which]);
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    int isre = is_regexp(vm, bi_arg(args, argc, 0));
    if (isre < 0) BI_RETURN(VAL_EXCEPTION);
    if (isre)
        BI_RETURN(err_throw_type(vm, TypeError, "First argument to String.prototype.%s must not be a regular expression",
                                 names[which]));
    JSValue *hn = flat_string(vm, bi_arg(args, argc, 0));
    if (!hn) BI_RETURN(VAL_EXCEPTION);
    double len = flat(hs)->length, pos;
    JSValue p = bi_arg(args, argc, 1);
    if (which == 2 && p == VAL_UNDEFINED) {
        pos = len;
    } else if (!to_int(vm, p, &pos)) {
        BI_RETURN(VAL_EXCEPTION);
    }
    pos = clamp(pos, 0, len);
    JSString *s = flat(hs), *n = flat(hn);
    if (which == 0) {
        int64_t r = str_index_of(vm, *hs, *hn, (uint32_t)pos);
        BI_RETURN(val_from_bool(r >= 0));
    }
    if (which == 1) BI_RETURN(val_from_bool(starts_at(s, n, (uint32_t)pos)));
    if (n->length > pos) BI_RETURN(VAL_FALSE);
    BI_RETURN(val_from_bool(starts_at(s, n, (uint32_t)pos - n->length)));
}

static JSValue string_includes(VM *vm, JSValue *args, int argc, JSValue nt) { return string_test(vm, args, argc, 0); }
static JSValue string_starts_with(VM *vm, JSValue *args, int argc, JSValue nt) { return string_test(vm, args, argc, 1); }
static JSValue string_ends_with(VM *vm, JSValue *args, int argc, JSValue nt) { return string_test(vm, args, argc, 2); }

/* ---- substrings ----------------------------------------------------------------- */

static JSValue string_slice(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "slice");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    double len = flat(hs)->length, from, to;
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &from) ||
        !bi_relative_index(vm, bi_arg(args, argc, 1), len, len, &to))
        BI_RETURN(VAL_EXCEPTION);
    if (from >= to) BI_RETURN(vm_atom(vm, ATOM_empty));
    BI_RETURN(str_substring(vm, *hs, (uint32_t)from, (uint32_t)to));
}

static JSValue string_substring(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "substring");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    double len = flat(hs)->length, a, b = len;
    if (!to_int(vm, bi_arg(args, argc, 0), &a)) BI_RETURN(VAL_EXCEPTION);
    if (bi_arg(args, argc, 1) != VAL_UNDEFINED && !to_int(vm, args[1], &b)) BI_RETURN(VAL_EXCEPTION);
    a = clamp(a, 0, len);
    b = clamp(b, 0, len);
    BI_RETURN(str_substring(vm, *hs, (uint32_t)fmin(a, b), (uint32_t)fmax(a, b)));
}

static JSValue string_substr(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "substr");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    double len = flat(hs)->length, start, n = len;
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &start)) BI_RETURN(VAL_EXCEPTION);
    if (bi_arg(args, argc, 1) != VAL_UNDEFINED && !to_int(vm, args[1], &n)) BI_RETURN(VAL_EXCEPTION);
    double end = fmin(start + clamp(n, 0, len), len);
    if (start >= end) BI_RETURN(vm_atom(vm, ATOM_empty));
    BI_RETURN(str_substring(vm, *hs, (uint32_t)start, (uint32_t)end));
}

static JSValue string_split(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (val_is_nullish(args[-1])) BI_RETURN(bi_throw_type(vm, "String.prototype.split called on null or undefined"));
    JSValue sep = bi_arg(args, argc, 0);
    if (!val_is_nullish(sep) && val_is_object(sep)) {
        JSValue splitter = rt_get_method(vm, sep, vm_intrinsic(vm, INTR_SymbolSplit));
        if (splitter == VAL_EXCEPTION) BI_RETURN(splitter);
        if (splitter != VAL_UNDEFINED) {
            JSValue cargs[2] = { args[-1], bi_arg(args, argc, 1) };
            BI_RETURN(vm_call(vm, splitter, args[0], 2, cargs));
        }
    }
    JSValue *hs = flat_string(vm, args[-1]);
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    uint32_t lim = 0xFFFFFFFFu;
    if (bi_arg(args, argc, 1) != VAL_UNDEFINED && !rt_to_uint32(vm, args[1], &lim)) BI_RETURN(VAL_EXCEPTION);
    JSValue *hsep = flat_string(vm, bi_arg(args, argc, 0));
    if (!hsep) BI_RETURN(VAL_EXCEPTION);
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    if (lim == 0) BI_RETURN(*ha);
    if (bi_arg(args, argc, 0) == VAL_UNDEFINED) {
        if (arr_push(vm, *ha, *hs) < 0) BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(*ha);
    }
    uint32_t slen = flat(hs)->length, rlen = flat(hsep)->length;
    if (slen == 0) {
        if (rlen != 0 && arr_push(vm, *ha, *hs) < 0) BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(*ha);
    }
    if (rlen == 0) {
        for (uint32_t i = 0; i < slen && val_obj(*ha)->length < lim; i++) {
            JSValue u = str_from_unit(vm, str_unit(flat(hs), i));
            if (u == VAL_EXCEPTION || arr_push(vm, *ha, u) < 0) BI_RETURN(VAL_EXCEPTION);
        }
        BI_RETURN(*ha);
    }
    uint32_t p = 0;
    for (;;) {
        int64_t q = str_index_of(vm, *hs, *hsep, p);
        if (q < 0) break;
        JSValue part = str_substring(vm, *hs, p, (uint32_t)q);
        if (part == VAL_EXCEPTION || arr_push(vm, *ha, part) < 0) BI_RETURN(VAL_EXCEPTION);
        if (val_obj(*ha)->length >= lim) BI_RETURN(*ha);
        p = (uint32_t)q + rlen;
    }
    JSValue tail = str_substring(vm, *hs, p, slen);
    if (tail == VAL_EXCEPTION || arr_push(vm, *ha, tail) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ha);
}

/* ---- trimming, padding, repeat, concat --------------------------------------------- */

/* where: 1 start, 2 end, 3 both */
static JSValue trim(VM *vm, JSValue *args, int where, const char *name)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, name);
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSString *s = flat(hs);
    uint32_t a = 0, b = s->length;
    if (where & 1)
        while (a < b && num_is_space(str_unit(s, a))) a++;
    if (where & 2)
        while (b > a && num_is_space(str_unit(s, b - 1))) b--;
    if (a == 0 && b == s->length) BI_RETURN(*hs);
    BI_RETURN(str_substring(vm, *hs, a, b));
}

static JSValue string_trim(VM *vm, JSValue *args, int argc, JSValue nt) { return trim(vm, args, 3, "trim"); }
static JSValue string_trim_start(VM *vm, JSValue *args, int argc, JSValue nt) { return trim(vm, args, 1, "trimStart"); }
static JSValue string_trim_end(VM *vm, JSValue *args, int argc, JSValue nt) { return trim(vm, args, 2, "trimEnd"); }

static JSValue pad(VM *vm, JSValue *args, int argc, bool at_start)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, at_start ? "padStart" : "padEnd");
    double max;
    if (!hs || !rt_to_length(vm, bi_arg(args, argc, 0), &max)) BI_RETURN(VAL_EXCEPTION);
    uint32_t len = flat(hs)->length;
    if (max <= len) BI_RETURN(*hs);
    JSValue *hf;
    if (bi_arg(args, argc, 1) == VAL_UNDEFINED) {
        hf = heap_handle(vm, str_from_unit(vm, ' '));
    } else {
        hf = flat_string(vm, args[1]);
        if (!hf) BI_RETURN(VAL_EXCEPTION);
    }
    if (flat(hf)->length == 0) BI_RETURN(*hs);
    if (max > (1 << 29)) BI_RETURN(err_throw(vm, ERRMSG_INVALID_STRING_LENGTH));
    StrBuilder b;
    sb_init(&b);
    if (!at_start) sb_add_string(vm, &b, *hs);
    uint32_t fill = (uint32_t)max - len;
    JSString *f = flat(hf);
    for (uint32_t i = 0; i < fill; i++) sb_add_unit(&b, str_unit(f, i % f->length));
    if (at_start) sb_add_string(vm, &b, *hs);
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue string_pad_start(VM *vm, JSValue *args, int argc, JSValue nt) { return pad(vm, args, argc, true); }
static JSValue string_pad_end(VM *vm, JSValue *args, int argc, JSValue nt) { return pad(vm, args, argc, false); }

static JSValue string_repeat(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "repeat");
    double n;
    if (!hs || !to_int(vm, bi_arg(args, argc, 0), &n)) BI_RETURN(VAL_EXCEPTION);
    if (n < 0 || isinf(n)) {
        JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
        char *t = s == VAL_EXCEPTION ? NULL : str_to_utf8(vm, s, NULL);
        err_take(vm);
        JSValue r = err_throw_type(vm, RangeError, "Invalid count value: %s", t ? t : "?");
        free(t);
        BI_RETURN(r);
    }
    uint32_t len = flat(hs)->length;
    if (n == 0 || len == 0) BI_RETURN(vm_atom(vm, ATOM_empty));
    if (n * len > (1 << 29)) BI_RETURN(err_throw(vm, ERRMSG_INVALID_STRING_LENGTH));
    StrBuilder b;
    sb_init(&b);
    for (uint32_t i = 0; i < (uint32_t)n; i++) sb_add_string(vm, &b, *hs);
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue string_concat(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (val_is_nullish(args[-1])) BI_RETURN(bi_throw_type(vm, "String.prototype.concat called on null or undefined"));
    JSValue s = rt_to_string(vm, args[-1]);
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSValue *acc = heap_handle(vm, s);
    for (int i = 0; i < argc; i++) {
        JSValue t = rt_to_string(vm, args[i]);
        if (t == VAL_EXCEPTION) BI_RETURN(t);
        t = str_concat(vm, *acc, t);
        if (t == VAL_EXCEPTION) BI_RETURN(t);
        *acc = t;
    }
    BI_RETURN(*acc);
}

/* ---- replace ---------------------------------------------------------------------- */

/* The longest string (STR_MAX_LENGTH in str.c): checked before every bulk
 * append, so "$`" over many matches (quadratic output) is a RangeError
 * instead of gigabytes of builder. */
static bool room(VM *vm, const StrBuilder *b, size_t extra)
{
    if (b->len + extra <= (1u << 29) - 24) return true;
    err_throw(vm, ERRMSG_INVALID_STRING_LENGTH);
    return false;
}

/* GetSubstitution for a string pattern: $$, $&, $`, $' (no captures).
 * false: the result would be too long (exception pending). */
static bool add_substitution(VM *vm, StrBuilder *b, const JSString *str, uint32_t pos, uint32_t mlen,
                             const JSString *repl)
{
    uint32_t n = repl->length;
    for (uint32_t i = 0; i < n; i++) {
        if (!room(vm, b, (size_t)str->length + 1)) return false;   /* any one item adds at most that */
        uint16_t c = str_unit(repl, i);
        if (c == '$' && i + 1 < n) {
            uint16_t d = str_unit(repl, i + 1);
            if (d == '$') {
                sb_add_unit(b, '$');
                i++;
                continue;
            }
            if (d == '&') {
                for (uint32_t k = 0; k < mlen; k++) sb_add_unit(b, str_unit(str, pos + k));
                i++;
                continue;
            }
            if (d == '`') {
                for (uint32_t k = 0; k < pos; k++) sb_add_unit(b, str_unit(str, k));
                i++;
                continue;
            }
            if (d == '\'') {
                for (uint32_t k = pos + mlen; k < str->length; k++) sb_add_unit(b, str_unit(str, k));
                i++;
                continue;
            }
        }
        sb_add_unit(b, c);
    }
    return true;
}

static JSValue replace(VM *vm, JSValue *args, int argc, bool all)
{
    BI_SCOPE;
    const char *name = all ? "replaceAll" : "replace";
    if (val_is_nullish(args[-1]))
        BI_RETURN(err_throw_type(vm, TypeError, "String.prototype.%s called on null or undefined", name));
    JSValue pat = bi_arg(args, argc, 0);
    if (all && val_is_object(pat)) {
        int isre = is_regexp(vm, pat);
        if (isre < 0) BI_RETURN(VAL_EXCEPTION);
        if (isre) {
            JSValue k = atom_from_cstr(vm, "flags");
            JSValue f = k == VAL_EXCEPTION ? k : obj_get(vm, args[0], k);
            if (f == VAL_EXCEPTION) BI_RETURN(f);
            if (val_is_nullish(f)) BI_RETURN(bi_throw_type(vm, "String.prototype.replaceAll called with null or undefined flags"));
            f = rt_to_string(vm, f);
            if (f == VAL_EXCEPTION) BI_RETURN(f);
            JSValue g = str_from_unit(vm, 'g');
            if (g == VAL_EXCEPTION) BI_RETURN(g);
            int64_t at = str_index_of(vm, f, g, 0);
            if (at < 0)
                BI_RETURN(bi_throw_type(vm, "String.prototype.replaceAll called with a non-global RegExp argument"));
        }
        pat = args[0];
    }
    if (val_is_object(pat)) {
        JSValue replacer = rt_get_method(vm, pat, vm_intrinsic(vm, INTR_SymbolReplace));
        if (replacer == VAL_EXCEPTION) BI_RETURN(replacer);
        if (replacer != VAL_UNDEFINED) {
            JSValue cargs[2] = { args[-1], bi_arg(args, argc, 1) };
            BI_RETURN(vm_call(vm, replacer, args[0], 2, cargs));
        }
    }
    JSValue *hs = flat_string(vm, args[-1]);
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSValue *hp = flat_string(vm, bi_arg(args, argc, 0));
    if (!hp) BI_RETURN(VAL_EXCEPTION);
    bool functional = rt_is_callable(bi_arg(args, argc, 1));
    JSValue *hr = NULL;
    if (!functional) {
        hr = flat_string(vm, bi_arg(args, argc, 1));
        if (!hr) BI_RETURN(VAL_EXCEPTION);
    }
    uint32_t slen = flat(hs)->length, plen = flat(hp)->length;
    StrBuilder b;
    sb_init(&b);
    uint32_t end_of_last = 0;
    bool matched = false;
    int64_t pos = str_index_of(vm, *hs, *hp, 0);
    while (pos >= 0) {
        if (!room(vm, &b, (uint32_t)pos - end_of_last)) {
            sb_free(&b);
            BI_RETURN(VAL_EXCEPTION);
        }
        for (uint32_t k = end_of_last; k < (uint32_t)pos; k++) sb_add_unit(&b, str_unit(flat(hs), k));
        if (functional) {
            JSValue cargs[3] = { *hp, val_number((double)pos), *hs };
            JSValue r = vm_call(vm, args[1], VAL_UNDEFINED, 3, cargs);
            if (r != VAL_EXCEPTION) r = rt_to_string(vm, r);
            if (r == VAL_EXCEPTION || !room(vm, &b, str_length(r))) {
                sb_free(&b);
                BI_RETURN(VAL_EXCEPTION);
            }
            sb_add_string(vm, &b, r);
        } else if (!add_substitution(vm, &b, flat(hs), (uint32_t)pos, plen, flat(hr))) {
            sb_free(&b);
            BI_RETURN(VAL_EXCEPTION);
        }
        end_of_last = (uint32_t)pos + plen;
        matched = true;
        if (!all) break;
        uint32_t next = (uint32_t)pos + (plen ? plen : 1);
        if (next > slen) break;
        pos = str_index_of(vm, *hs, *hp, next);
    }
    if (!matched) {
        sb_free(&b);
        BI_RETURN(*hs);
    }
    if (!room(vm, &b, slen - end_of_last)) {
        sb_free(&b);
        BI_RETURN(VAL_EXCEPTION);
    }
    for (uint32_t k = end_of_last; k < slen; k++) sb_add_unit(&b, str_unit(flat(hs), k));
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue string_replace(VM *vm, JSValue *args, int argc, JSValue nt) { return replace(vm, args, argc, false); }
static JSValue string_replace_all(VM *vm, JSValue *args, int argc, JSValue nt) { return replace(vm, args, argc, true); }

/* ---- match / search ---------------------------------------------------------------- */

/* which: 0 match, 1 search, 2 matchAll */
static JSValue match_or_search(VM *vm, JSValue *args, int argc, int which)
{
    static const char *const names[] = { "match", "search", "matchAll" };
    static const IntrinsicId syms[] = { INTR_SymbolMatch, INTR_SymbolSearch, INTR_SymbolMatchAll };
    BI_SCOPE;
    if (val_is_nullish(args[-1]))
        BI_RETURN(err_throw_type(vm, TypeError, "String.prototype.%s called on null or undefined", names[which]));
    JSValue rx = bi_arg(args, argc, 0);
    if (!val_is_nullish(rx)) {
        if (which == 2) {
            int isre = is_regexp(vm, rx);
            if (isre < 0) BI_RETURN(VAL_EXCEPTION);
            if (isre) {
                JSValue k = atom_from_cstr(vm, "flags");
                JSValue f = k == VAL_EXCEPTION ? k : obj_get(vm, args[0], k);
                if (f == VAL_EXCEPTION) BI_RETURN(f);
                if (val_is_nullish(f)) BI_RETURN(bi_throw_type(vm, "String.prototype.matchAll called with null or undefined flags"));
                f = rt_to_string(vm, f);
                if (f == VAL_EXCEPTION) BI_RETURN(f);
                JSValue g = str_from_unit(vm, 'g');
                if (g == VAL_EXCEPTION) BI_RETURN(g);
                if (str_index_of(vm, f, g, 0) < 0)
                    BI_RETURN(bi_throw_type(vm, "String.prototype.matchAll called with a non-global RegExp argument"));
            }
        }
        if (val_is_object(args[0])) {
            JSValue m = rt_get_method(vm, args[0], vm_intrinsic(vm, syms[which]));
            if (m == VAL_EXCEPTION) BI_RETURN(m);
            if (m != VAL_UNDEFINED) BI_RETURN(vm_call(vm, m, args[0], 1, &args[-1]));
        }
    }
    JSValue *hs = flat_string(vm, args[-1]);
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSValue fl = which == 2 ? str_from_unit(vm, 'g') : VAL_UNDEFINED;
    if (fl == VAL_EXCEPTION) BI_RETURN(fl);
    JSValue r = bi_regexp_create(vm, bi_arg(args, argc, 0), fl);
    if (r == VAL_EXCEPTION) BI_RETURN(r);
    JSValue *hr = heap_handle(vm, r);
    JSValue m = obj_get(vm, *hr, vm_intrinsic(vm, syms[which]));
    if (m == VAL_EXCEPTION) BI_RETURN(m);
    BI_RETURN(vm_call(vm, m, *hr, 1, hs));
}

static JSValue string_match(VM *vm, JSValue *args, int argc, JSValue nt) { return match_or_search(vm, args, argc, 0); }
static JSValue string_search(VM *vm, JSValue *args, int argc, JSValue nt) { return match_or_search(vm, args, argc, 1); }
static JSValue string_match_all(VM *vm, JSValue *args, int argc, JSValue nt) { return match_or_search(vm, args, argc, 2); }

/* ---- misc --------------------------------------------------------------------------- */

/* ---- localeCompare: an approximation of the Unicode root collation -------------------
 * (what node's ICU does for "en"): three levels -- base letters (case and
 * accents ignored; punctuation < digits < letters, in DUCET's order),
 * then accents, then case (lower before upper).  Latin-1 letters decompose
 * (é = e + acute, Æ = ae, ß = ss); other characters order by code point. */

typedef struct CollElem {
    uint16_t primary;
    uint8_t secondary, tertiary;
} CollElem;

/* DUCET order of the ASCII punctuation and symbols */
static const char coll_punct[] = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

/* Latin-1 letters 0xC0..0xFF: base letter(s), accent (0 none) */
static const struct {
    char base[3];
    uint8_t accent;
} latin1_decomp[64] = {
    { "a", 2 }, { "a", 1 }, { "a", 4 }, { "a", 9 }, { "a", 7 }, { "a", 6 }, { "ae", 0 }, { "c", 11 },
    { "e", 2 }, { "e", 1 }, { "e", 4 }, { "e", 7 }, { "i", 2 }, { "i", 1 }, { "i", 4 }, { "i", 7 },
    { "d", 14 }, { "n", 9 }, { "o", 2 }, { "o", 1 }, { "o", 4 }, { "o", 9 }, { "o", 7 }, { "", 0 },
    { "o", 15 }, { "u", 2 }, { "u", 1 }, { "u", 4 }, { "u", 7 }, { "y", 1 }, { "z", 16 }, { "ss", 0 },
    { "a", 2 }, { "a", 1 }, { "a", 4 }, { "a", 9 }, { "a", 7 }, { "a", 6 }, { "ae", 0 }, { "c", 11 },
    { "e", 2 }, { "e", 1 }, { "e", 4 }, { "e", 7 }, { "i", 2 }, { "i", 1 }, { "i", 4 }, { "i", 7 },
    { "d", 14 }, { "n", 9 }, { "o", 2 }, { "o", 1 }, { "o", 4 }, { "o", 9 }, { "o", 7 }, { "", 0 },
    { "o", 15 }, { "u", 2 }, { "u", 1 }, { "u", 4 }, { "u", 7 }, { "y", 1 }, { "z", 16 }, { "y", 7 },
};

/* Collation elements of s into *out (malloc'd); returns the count. */
static uint32_t coll_elements(const JSString *s, CollElem **out)
{
    CollElem *e = malloc((2 * (size_t)s->length + 1) * sizeof *e);
    uint32_t n = 0;
    if (!e) {
        *out = NULL;
        return 0;
    }
    for (uint32_t i = 0; i < s->length; i++) {
        uint16_t c = str_unit(s, i);
        if (c < 0x20 || c == 0x7F) continue;   /* ignorable */
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            e[n++] = (CollElem){ (uint16_t)(200 + ((c | 0x20) - 'a')), 0, (uint8_t)(c <= 'Z') };
        } else if (c >= '0' && c <= '9') {
            e[n++] = (CollElem){ (uint16_t)(100 + (c - '0')), 0, 0 };
        } else if (c < 0x80) {
            const char *p = strchr(coll_punct, (char)c);
            e[n++] = (CollElem){ (uint16_t)(1 + (p ? p - coll_punct : 40)), 0, 0 };
        } else if (c >= 0xC0 && c <= 0xFF && latin1_decomp[c - 0xC0].base[0]) {
            const char *b = latin1_decomp[c - 0xC0].base;
            bool upper = c < 0xDF, expansion = b[1] != '\0';
            for (; *b; b++)
                e[n++] = (CollElem){ (uint16_t)(200 + (*b - 'a') + (latin1_decomp[c - 0xC0].accent == 16 ? 26 : 0)),
                                     latin1_decomp[c - 0xC0].accent == 16 ? 0 : latin1_decomp[c - 0xC0].accent,
                                     (uint8_t)((upper ? 1 : 0) + (expansion ? 2 : 0)) };
        } else if (c < 0xA0) {
            continue;   /* C1 controls: ignorable */
        } else if (c < 0x100) {
            e[n++] = (CollElem){ (uint16_t)(45 + (c - 0xA0)), 0, 0 };   /* Latin-1 symbols: before digits */
        } else if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0xD800 && c <= 0xDBFF)) {
            e[n++] = (CollElem){ (uint16_t)(c >= 0xD800 ? 85 : 80), 0, 0 };   /* symbols, emoji */
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            continue;   /* second half of a pair, weighed with the first */
        } else {
            e[n++] = (CollElem){ (uint16_t)(c < 0xFE00 ? 1000 + (c - 0x100) : 65000), 0, 0 };
        }
    }
    *out = e;
    return n;
}

static int locale_compare(const JSString *a, const JSString *b)
{
    CollElem *ea, *eb;
    uint32_t na = coll_elements(a, &ea), nb = coll_elements(b, &eb);
    int r = 0;
    for (int level = 0; level < 3 && r == 0; level++) {
        uint32_t n = na < nb ? na : nb;
        for (uint32_t i = 0; i < n && r == 0; i++) {
            int x = level == 0 ? ea[i].primary : level == 1 ? ea[i].secondary : ea[i].tertiary;
            int y = level == 0 ? eb[i].primary : level == 1 ? eb[i].secondary : eb[i].tertiary;
            r = (x > y) - (x < y);
        }
        if (r == 0 && level == 0) r = (na > nb) - (na < nb);
    }
    free(ea);
    free(eb);
    return r;   /* equal at every level (e.g. differing only in ignorables) compares equal, as ICU */
}

static JSValue string_locale_compare(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "localeCompare");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSValue *ht = flat_string(vm, bi_arg(args, argc, 0));
    if (!ht) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(val_from_int(locale_compare(flat(hs), flat(ht))));
}

/* ---- normalize: UAX #15 over the tables of string_unicode.inc ---------------------- */

enum { H_SBASE = 0xAC00, H_LBASE = 0x1100, H_VBASE = 0x1161, H_TBASE = 0x11A7,
       H_LCOUNT = 19, H_VCOUNT = 21, H_TCOUNT = 28, H_NCOUNT = 588, H_SCOUNT = 11172 };

typedef struct CpBuf {
    uint32_t *v;
    size_t n, cap;
    bool oom;
} CpBuf;

static void cpb_push(CpBuf *b, uint32_t cp)
{
    if (b->oom) return;
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        uint32_t *v = realloc(b->v, cap * sizeof *v);
        if (!v) { b->oom = true; return; }
        b->v = v;
        b->cap = cap;
    }
    b->v[b->n++] = cp;
}

static uint32_t norm_class(uint32_t cp)
{
    if (cp < 0x300) return 0;
    size_t lo = 0, hi = NELEMS(norm_ccc);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < norm_ccc[mid][0]) hi = mid;
        else if (cp > norm_ccc[mid][1]) lo = mid + 1;
        else return norm_ccc[mid][2];
    }
    return 0;
}

static void decompose_cp(CpBuf *b, uint32_t cp, bool compat)
{
    if (cp >= H_SBASE && cp < H_SBASE + H_SCOUNT) {
        uint32_t si = cp - H_SBASE;
        cpb_push(b, H_LBASE + si / H_NCOUNT);
        cpb_push(b, H_VBASE + (si % H_NCOUNT) / H_TCOUNT);
        if (si % H_TCOUNT) cpb_push(b, H_TBASE + si % H_TCOUNT);
        return;
    }
    const uint32_t *e = NULL, *pool = NULL;
    if (cp >= 0xA0) {
        if (compat) {
            e = bsearch(&cp, norm_nfkd_index, NELEMS(norm_nfkd_index), sizeof norm_nfkd_index[0], cmp_first_u32);
            pool = norm_nfkd_pool;
        }
        if (!e) {
            e = bsearch(&cp, norm_nfd_index, NELEMS(norm_nfd_index), sizeof norm_nfd_index[0], cmp_first_u32);
            pool = norm_nfd_pool;
        }
    }
    if (!e) {
        cpb_push(b, cp);
        return;
    }
    for (uint32_t k = 0; k < (e[1] & 31); k++) cpb_push(b, pool[(e[1] >> 5) + k]);
}

/* The primary composite of (a, b), or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a >= H_LBASE && a < H_LBASE + H_LCOUNT && b >= H_VBASE && b < H_VBASE + H_VCOUNT)
        return H_SBASE + ((a - H_LBASE) * H_VCOUNT + (b - H_VBASE)) * H_TCOUNT;
    if (a >= H_SBASE && a < H_SBASE + H_SCOUNT && (a - H_SBASE) % H_TCOUNT == 0 &&
        b > H_TBASE && b < H_TBASE + H_TCOUNT)
        return a + (b - H_TBASE);
    size_t lo = 0, hi = NELEMS(norm_comp);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const uint32_t *t = norm_comp[mid];
        if (a < t[0] || (a == t[0] && b < t[1])) hi = mid;
        else if (a > t[0] || b > t[1]) lo = mid + 1;
        else return t[2];
    }
    return 0;
}

/* form: 0 NFC, 1 NFD, 2 NFKC, 3 NFKD.  Returns false when out of memory. */
static bool normalize_to(JSString *s, int form, StrBuilder *out)
{
    bool compat = form >= 2, compose = form == 0 || form == 2;
    CpBuf b = { 0 };
    for (uint32_t i = 0, n; i < s->length; i += n)
        decompose_cp(&b, cp_at(s, i, &n), compat);
    /* canonical ordering: a stable sort of each run of non-starters by class */
    for (size_t i = 1; i < b.n && !b.oom; i++) {
        uint32_t c = b.v[i], cc = norm_class(c);
        if (!cc) continue;
        size_t j = i;
        while (j > 0 && norm_class(b.v[j - 1]) > cc) { b.v[j] = b.v[j - 1]; j--; }
        b.v[j] = c;
    }
    if (compose && b.n > 0 && !b.oom) {
        size_t starter = 0, w = 1;
        uint32_t last = norm_class(b.v[0]) ? 256 : 0;
        for (size_t i = 1; i < b.n; i++) {
            uint32_t c = b.v[i], cc = norm_class(c);
            uint32_t comp = compose_pair(b.v[starter], c);
            if (comp && (last < cc || last == 0)) {
                b.v[starter] = comp;
                continue;
            }
            if (cc == 0) starter = w;
            last = cc;
            b.v[w++] = c;
        }
        b.n = w;
    }
    if (b.oom) { free(b.v); return false; }
    for (size_t i = 0; i < b.n; i++) sb_add_cp(out, b.v[i]);
    free(b.v);
    return true;
}

static JSValue string_normalize(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "normalize");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    int form = 0;
    if (bi_arg(args, argc, 0) != VAL_UNDEFINED) {
        JSValue f = rt_to_string(vm, args[0]);
        if (f == VAL_EXCEPTION) BI_RETURN(f);
        char *t = str_to_utf8(vm, f, NULL);
        static const char *const forms[] = { "NFC", "NFD", "NFKC", "NFKD" };
        form = -1;
        for (int k = 0; t && k < 4; k++)
            if (!strcmp(t, forms[k])) form = k;
        free(t);
        if (form < 0) BI_RETURN(err_throw_type(vm, RangeError, "The normalization form should be one of NFC, NFD, NFKC, NFKD."));
    }
    JSString *s = flat(hs);
    uint32_t i = 0;
    while (i < s->length && str_unit(s, i) < 0xA0) i++;
    if (i == s->length) BI_RETURN(*hs);   /* below U+00A0 every form is the identity */
    StrBuilder b;
    sb_init(&b);
    if (!normalize_to(s, form, &b)) {
        sb_free(&b);
        BI_RETURN(err_throw(vm, ERRMSG_OUT_OF_MEMORY));
    }
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue string_is_well_formed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "isWellFormed");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSString *s = flat(hs);
    for (uint32_t i = 0; i < s->length;) {
        uint32_t n, c = code_point_at(s, i, &n);
        if (c >= 0xD800 && c <= 0xDFFF) BI_RETURN(VAL_FALSE);
        i += n;
    }
    BI_RETURN(VAL_TRUE);
}

static JSValue string_to_well_formed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "toWellFormed");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSString *s = flat(hs);
    StrBuilder b;
    sb_init(&b);
    for (uint32_t i = 0; i < s->length;) {
        uint32_t n, c = code_point_at(s, i, &n);
        add_code_point(&b, c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c);
        i += n;
    }
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue string_value_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s;
    if (!bi_this_primitive(args[-1], CLS_STRING, &s))
        return bi_throw_type(vm, "String.prototype.valueOf requires that 'this' be a String");
    return s;
}

static JSValue string_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s;
    if (!bi_this_primitive(args[-1], CLS_STRING, &s))
        return bi_throw_type(vm, "String.prototype.toString requires that 'this' be a String");
    return s;
}

static JSValue string_iterator(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, "[Symbol.iterator]");
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(bi_string_iterator_new(vm, *hs));
}

/* ---- Annex B HTML methods ------------------------------------------------------------ */

/* CreateHTML(this, tag, attribute, value) */
static JSValue create_html(VM *vm, JSValue *args, int argc, const char *tag, const char *attr, const char *name)
{
    BI_SCOPE;
    JSValue *hs = this_string(vm, args, name);
    if (!hs) BI_RETURN(VAL_EXCEPTION);
    JSValue *hv = NULL;
    if (attr) {
        hv = flat_string(vm, bi_arg(args, argc, 0));
        if (!hv) BI_RETURN(VAL_EXCEPTION);
    }
    StrBuilder b;
    sb_init(&b);
    sb_add_unit(&b, '<');
    sb_add_cstr(&b, tag);
    if (attr) {
        sb_add_unit(&b, ' ');
        sb_add_cstr(&b, attr);
        sb_add_cstr(&b, "=\"");
        JSString *v = flat(hv);
        for (uint32_t i = 0; i < v->length; i++) {
            uint16_t c = str_unit(v, i);
            if (c == '"')
                sb_add_cstr(&b, "&quot;");
            else
                sb_add_unit(&b, c);
        }
        sb_add_unit(&b, '"');
    }
    sb_add_unit(&b, '>');
    sb_add_string(vm, &b, *hs);
    sb_add_cstr(&b, "</");
    sb_add_cstr(&b, tag);
    sb_add_unit(&b, '>');
    BI_RETURN(sb_finish(vm, &b));
}

#define HTML_METHOD(fname, name, tag, attr)                                      \
    static JSValue fname(VM *vm, JSValue *args, int argc, JSValue nt)            \
    {                                                                            \
        return create_html(vm, args, argc, tag, attr, name);                     \
    }

HTML_METHOD(string_anchor, "anchor", "a", "name")
HTML_METHOD(string_big, "big", "big", NULL)
HTML_METHOD(string_blink, "blink", "blink", NULL)
HTML_METHOD(string_bold, "bold", "b", NULL)
HTML_METHOD(string_fixed, "fixed", "tt", NULL)
HTML_METHOD(string_fontcolor, "fontcolor", "font", "color")
HTML_METHOD(string_fontsize, "fontsize", "font", "size")
HTML_METHOD(string_italics, "italics", "i", NULL)
HTML_METHOD(string_link, "link", "a", "href")
HTML_METHOD(string_small, "small", "small", NULL)
HTML_METHOD(string_strike, "strike", "strike", NULL)
HTML_METHOD(string_sub, "sub", "sub", NULL)
HTML_METHOD(string_sup, "sup", "sup", NULL)

/* ---- init ------------------------------------------------------------------------------ */

static const struct {
    const char *name;
    NativeFn fn;
    int length;
} proto_methods[] = {
    { "at", string_at, 1 },
    { "charAt", string_char_at, 1 },
    { "charCodeAt", string_char_code_at, 1 },
    { "codePointAt", string_code_point_at, 1 },
    { "concat", string_concat, 1 },
    { "endsWith", string_ends_with, 1 },
    { "includes", string_includes, 1 },
    { "indexOf", string_index_of, 1 },
    { "isWellFormed", string_is_well_formed, 0 },
    { "lastIndexOf", string_last_index_of, 1 },
    { "localeCompare", string_locale_compare, 1 },
    { "match", string_match, 1 },
    { "search", string_search, 1 },
    { "matchAll", string_match_all, 1 },
    { "normalize", string_normalize, 0 },
    { "padEnd", string_pad_end, 1 },
    { "padStart", string_pad_start, 1 },
    { "repeat", string_repeat, 1 },
    { "replace", string_replace, 2 },
    { "replaceAll", string_replace_all, 2 },
    { "slice", string_slice, 2 },
    { "split", string_split, 2 },
    { "startsWith", string_starts_with, 1 },
    { "substr", string_substr, 2 },
    { "substring", string_substring, 2 },
    { "toLocaleLowerCase", string_to_lower_case, 0 },
    { "toLocaleUpperCase", string_to_upper_case, 0 },
    { "toLowerCase", string_to_lower_case, 0 },
    { "toString", string_to_string, 0 },
    { "toUpperCase", string_to_upper_case, 0 },
    { "toWellFormed", string_to_well_formed, 0 },
    { "trim", string_trim, 0 },
    { "valueOf", string_value_of, 0 },
    { "anchor", string_anchor, 1 },
    { "big", string_big, 0 },
    { "blink", string_blink, 0 },
    { "bold", string_bold, 0 },
    { "fixed", string_fixed, 0 },
    { "fontcolor", string_fontcolor, 1 },
    { "fontsize", string_fontsize, 1 },
    { "italics", string_italics, 0 },
    { "link", string_link, 1 },
    { "small", string_small, 0 },
    { "strike", string_strike, 0 },
    { "sub", string_sub, 0 },
    { "sup", string_sup, 0 },
};

bool bi_string_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = bi_new_wrapper(vm, vm_intrinsic(vm, INTR_ObjectPrototype), CLS_STRING, vm_atom(vm, ATOM_empty));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_StringPrototype] = p;
    JSValue *proto = heap_handle(vm, p);
    JSValue ctor = realm_def_class(vm, "String", string_ctor, 1, *proto);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *c = heap_handle(vm, ctor);
    if (realm_def_method(vm, *c, "fromCharCode", string_from_char_code, 1, 0) < 0 ||
        realm_def_method(vm, *c, "fromCodePoint", string_from_code_point, 1, 0) < 0 ||
        realm_def_method(vm, *c, "raw", string_raw, 1, 0) < 0)
        goto out;
    for (size_t i = 0; i < sizeof proto_methods / sizeof proto_methods[0]; i++)
        if (realm_def_method(vm, *proto, proto_methods[i].name, proto_methods[i].fn, proto_methods[i].length, 0) < 0)
            goto out;
    /* trimLeft / trimRight are the same function objects as trimStart / trimEnd */
    JSValue ts = fn_new_native(vm, "trimStart", string_trim_start, 0, 0);
    if (ts == VAL_EXCEPTION) goto out;
    JSValue *hts = heap_handle(vm, ts);
    JSValue te = fn_new_native(vm, "trimEnd", string_trim_end, 0, 0);
    if (te == VAL_EXCEPTION) goto out;
    JSValue *hte = heap_handle(vm, te);
    if (realm_def_value(vm, *proto, "trimStart", *hts, PROP_HIDDEN) < 0 ||
        realm_def_value(vm, *proto, "trimLeft", *hts, PROP_HIDDEN) < 0 ||
        realm_def_value(vm, *proto, "trimEnd", *hte, PROP_HIDDEN) < 0 ||
        realm_def_value(vm, *proto, "trimRight", *hte, PROP_HIDDEN) < 0)
        goto out;
    if (realm_def_method_key(vm, *proto, vm_intrinsic(vm, INTR_SymbolIterator), "[Symbol.iterator]", string_iterator,
                             0) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
