/*
 * str.c -- JS strings (prefix str_, builder sb_): flat Latin-1 / UTF-16
 * cells, ropes, the one-unit string cache, comparison, hashing, searching and
 * UTF-8 conversion.
 *
 * Invariants:
 *  - A flat string is Latin-1 unless it was built from units that do not all
 *    fit in a byte (constructors narrow automatically).  Contents compare
 *    equal across encodings; hashes are computed over code-unit values, so a
 *    Latin-1 and a UTF-16 string with the same units hash the same.
 *  - Ropes are only made for results >= STR_ROPE_MIN units, so every string
 *    shorter than that is flat.  A rope is flattened at most once: the flat
 *    string is cached in `left` (ROPE_FLAG_FLAT) and the children dropped.
 *  - Reading characters never needs an allocation: the rope walkers below
 *    (leaf cursors) traverse a rope with a malloc'd stack, so equality,
 *    comparison, printing and UTF-8 conversion work on unflattened ropes
 *    without moving anything.
 */
#include <stdio.h>
#include <stdlib.h>
#include "str.h"
#include "atom.h"
#include "error.h"
#include "vm.h"

/* Longest string we create (code units); longer results throw RangeError. */
#define STR_MAX_LENGTH ((1u << 29) - 24)

/* ====================================================================== */
/* allocation                                                              */
/* ====================================================================== */

static inline bool is_rope(JSValue v) { return val_is_kind(v, CELL_ROPE); }
static inline JSRope *as_rope(JSValue v) { return (JSRope *)val_cell(v); }
static inline JSString *as_flat(JSValue v) { return (JSString *)val_cell(v); }

/* The empty string (the predefined atom once atoms exist). */
static JSValue empty_string(VM *vm)
{
    JSValue e = vm->atoms.predef[ATOM_empty];
    if (val_is_string(e)) return e;
    JSString *s = (JSString *)vm_alloc(vm, CELL_STRING, sizeof(JSString));
    if (!s) return VAL_EXCEPTION;
    s->length = 0;
    s->hash = 0;
    return val_from_cell(s);
}

/* A flat string of n units with uninitialised data; NULL + exception on
 * failure. */
static JSString *alloc_flat(VM *vm, size_t n, bool wide)
{
    if (n > STR_MAX_LENGTH) {
        err_throw(vm, ERRMSG_INVALID_STRING_LENGTH);
        return NULL;
    }
    size_t bytes = sizeof(JSString) + (wide ? 2 * n : n);
    JSString *s = (JSString *)vm_alloc(vm, CELL_STRING, bytes);
    if (!s) return NULL;
    s->length = (uint32_t)n;
    s->hash = 0;
    if (wide) cell_set_flags(&s->hdr, STR_FLAG_16BIT);
    return s;
}

uint32_t str_length(JSValue s)
{
    Cell *c = val_cell(s);
    if (cell_kind(c) == CELL_ROPE) return ((JSRope *)c)->length;
    return ((JSString *)c)->length;
}

static inline bool unit_cache_ready(VM *vm)
{
    return val_is_kind(vm->unit_strings, CELL_VALARRAY);
}

JSValue str_alloc_latin1(VM *vm, size_t n)
{
    JSString *s = alloc_flat(vm, n, false);
    return s ? val_from_cell(s) : VAL_EXCEPTION;
}

JSValue str_alloc_utf16(VM *vm, size_t n)
{
    JSString *s = alloc_flat(vm, n, true);
    return s ? val_from_cell(s) : VAL_EXCEPTION;
}

JSValue str_from_latin1(VM *vm, const uint8_t *p, size_t n)
{
    if (n == 0) return empty_string(vm);
    if (n == 1 && unit_cache_ready(vm)) return str_from_unit(vm, p[0]);
    /* p must not point into the GC heap (it could move); callers copy first. */
    JSString *s = alloc_flat(vm, n, false);
    if (!s) return VAL_EXCEPTION;
    memcpy(s->data, p, n);
    return val_from_cell(s);
}

JSValue str_from_utf16(VM *vm, const uint16_t *p, size_t n)
{
    bool wide = false;
    for (size_t i = 0; i < n; i++)
        if (p[i] > 0xFF) { wide = true; break; }
    if (n == 0) return empty_string(vm);
    if (n == 1 && !wide && unit_cache_ready(vm)) return str_from_unit(vm, p[0]);
    JSString *s = alloc_flat(vm, n, wide);
    if (!s) return VAL_EXCEPTION;
    if (wide) {
        memcpy(s->data, p, n * 2);
    } else {
        for (size_t i = 0; i < n; i++) s->data[i] = (uint8_t)p[i];
    }
    return val_from_cell(s);
}

/* Decode one WTF-8 sequence at p[*i] (n bytes total); invalid -> U+FFFD. */
static uint32_t utf8_next(const uint8_t *p, size_t n, size_t *i)
{
    uint8_t c = p[*i];
    if (c < 0x80) { (*i)++; return c; }
    int len;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
    else { (*i)++; return 0xFFFD; }
    if (*i + (size_t)len > n) { (*i)++; return 0xFFFD; }
    for (int k = 1; k < len; k++) {
        uint8_t cc = p[*i + (size_t)k];
        if ((cc & 0xC0) != 0x80) { (*i)++; return 0xFFFD; }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF) { (*i)++; return 0xFFFD; }
    *i += (size_t)len;
    return cp;   /* surrogate code points (WTF-8) pass through as lone units */
}

JSValue str_from_utf8(VM *vm, const char *s, size_t n)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t i;
    for (i = 0; i < n; i++)
        if (p[i] >= 0x80) break;
    if (i == n) return str_from_latin1(vm, p, n);
    /* decode into a malloc'd unit buffer, then narrow if possible */
    uint16_t *buf = malloc((n + 1) * sizeof(uint16_t));
    if (!buf) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    size_t len = 0;
    i = 0;
    while (i < n) {
        uint32_t cp = utf8_next(p, n, &i);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            buf[len++] = (uint16_t)(0xD800 + (cp >> 10));
            buf[len++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
        } else {
            buf[len++] = (uint16_t)cp;
        }
    }
    JSValue r = str_from_utf16(vm, buf, len);
    free(buf);
    return r;
}

JSValue str_from_cstr(VM *vm, const char *s)
{
    return str_from_utf8(vm, s, strlen(s));
}

/* ====================================================================== */
/* the one-unit cache                                                      */
/* ====================================================================== */

bool str_init(VM *vm)
{
    if (unit_cache_ready(vm)) return true;
    vm->unit_strings = VAL_UNDEFINED;
    JSValue arr = valarray_new(vm, 256);
    if (arr == VAL_EXCEPTION) return false;
    vm->unit_strings = arr;
    for (uint32_t u = 0; u < 256; u++) {
        JSString *s = alloc_flat(vm, 1, false);
        if (!s) return false;
        s->data[0] = (uint8_t)u;
        ValArray *va = (ValArray *)val_cell(vm->unit_strings);
        heap_store(&vm->heap, &va->hdr, &va->v[u], val_from_cell(s));
    }
    ((ValArray *)val_cell(vm->unit_strings))->count = 256;
    /* Make them atoms if the atom table exists already (else atom_init does). */
    if (vm->atoms.buckets) {
        for (uint32_t u = 0; u < 256; u++) {
            JSValue a = atom_intern(vm, ((ValArray *)val_cell(vm->unit_strings))->v[u]);
            if (a == VAL_EXCEPTION) return false;
        }
    }
    return true;
}

JSValue str_from_unit(VM *vm, uint16_t unit)
{
    if (unit < 256 && unit_cache_ready(vm)) {
        JSValue v = ((ValArray *)val_cell(vm->unit_strings))->v[unit];
        if (val_is_string(v)) return v;
    }
    JSString *s = alloc_flat(vm, 1, unit > 0xFF);
    if (!s) return VAL_EXCEPTION;
    if (unit > 0xFF) ((uint16_t *)(void *)s->data)[0] = unit;
    else s->data[0] = (uint8_t)unit;
    return val_from_cell(s);
}

/* ====================================================================== */
/* leaf cursor: walk a rope's flat leaves in order, without allocating     */
/* ====================================================================== */

typedef struct LeafCursor {
    JSValue *stack;      /* pending right subtrees (malloc) */
    size_t top, cap;
    JSValue inline_stack[32];
} LeafCursor;

static void cursor_init(LeafCursor *c, JSValue s)
{
    c->stack = c->inline_stack;
    c->cap = 32;
    c->top = 0;
    c->stack[c->top++] = s;
}

static void cursor_free(LeafCursor *c)
{
    if (c->stack != c->inline_stack) free(c->stack);
}

static void cursor_push(LeafCursor *c, JSValue v)
{
    if (c->top == c->cap) {
        size_t ncap = c->cap * 2;
        JSValue *ns = malloc(ncap * sizeof(JSValue));
        if (!ns) {
            fprintf(stderr, "tierlab: out of memory walking a rope\n");
            abort();
        }
        memcpy(ns, c->stack, c->top * sizeof(JSValue));
        if (c->stack != c->inline_stack) free(c->stack);
        c->stack = ns;
        c->cap = ncap;
    }
    c->stack[c->top++] = v;
}

/* Next non-empty flat leaf, or NULL at the end. */
static JSString *cursor_next(LeafCursor *c)
{
    while (c->top > 0) {
        JSValue v = c->stack[--c->top];
        for (;;) {
            if (!is_rope(v)) {
                JSString *s = as_flat(v);
                if (s->length == 0) break;
                return s;
            }
            JSRope *r = as_rope(v);
            if (cell_flags(&r->hdr) & ROPE_FLAG_FLAT) {
                v = r->left;
                continue;
            }
            cursor_push(c, r->right);
            v = r->left;
        }
    }
    return NULL;
}

/* Copy units [0, len) of leaf s to dst (Latin-1 or UTF-16 destination). */
static void copy_units(void *dst, bool dst_wide, size_t at, const JSString *s)
{
    uint32_t n = s->length;
    if (dst_wide) {
        uint16_t *d = (uint16_t *)dst + at;
        if (str_is_16bit(s)) memcpy(d, str_utf16(s), n * 2);
        else for (uint32_t i = 0; i < n; i++) d[i] = s->data[i];
    } else {
        uint8_t *d = (uint8_t *)dst + at;
        if (!str_is_16bit(s)) memcpy(d, s->data, n);
        else for (uint32_t i = 0; i < n; i++) d[i] = (uint8_t)str_utf16(s)[i];
    }
}

/* ====================================================================== */
/* concatenation and flattening                                            */
/* ====================================================================== */

/* Does the string contain 16-bit storage anywhere (a conservative answer for
 * ropes: the flag is the union of the children's). */
static bool str_wide(JSValue v)
{
    Cell *c = val_cell(v);
    if (cell_kind(c) == CELL_ROPE) return (cell_flags(c) & ROPE_FLAG_WIDE) != 0;
    return str_is_16bit((JSString *)c);
}

static uint32_t rope_depth(JSValue v)
{
    return is_rope(v) ? as_rope(v)->depth : 0;
}

/* A rope already flattened stands for its flat string. */
static JSValue unwrap_flat(JSValue v)
{
    if (is_rope(v) && (cell_flags(val_cell(v)) & ROPE_FLAG_FLAT)) return as_rope(v)->left;
    return v;
}

JSValue str_concat(VM *vm, JSValue a, JSValue b)
{
    a = unwrap_flat(a);
    b = unwrap_flat(b);
    uint32_t la = str_length(a), lb = str_length(b);
    if (la == 0) return b;
    if (lb == 0) return a;
    size_t total = (size_t)la + lb;
    if (total > STR_MAX_LENGTH) return err_throw(vm, ERRMSG_INVALID_STRING_LENGTH);
    bool wide = str_wide(a) || str_wide(b);

    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, a), *hb = heap_handle(vm, b);
    JSValue result;
    if (total < STR_ROPE_MIN) {
        /* both are flat: ropes are never shorter than STR_ROPE_MIN */
        JSString *s = alloc_flat(vm, total, wide);
        if (!s) { heap_scope_close(vm, hs); return VAL_EXCEPTION; }
        copy_units(s->data, wide, 0, as_flat(*ha));
        copy_units(s->data, wide, la, as_flat(*hb));
        result = val_from_cell(s);
    } else {
        JSRope *r = (JSRope *)vm_alloc(vm, CELL_ROPE, sizeof(JSRope));
        if (!r) { heap_scope_close(vm, hs); return VAL_EXCEPTION; }
        uint32_t da = rope_depth(*ha), db = rope_depth(*hb);
        r->length = (uint32_t)total;
        r->depth = (da > db ? da : db) + 1;
        r->left = *ha;
        r->right = *hb;
        if (wide) cell_set_flags(&r->hdr, ROPE_FLAG_WIDE);
        result = val_from_cell(r);
    }
    heap_scope_close(vm, hs);
    return result;
}

JSString *str_flatten(VM *vm, JSValue v)
{
    if (!is_rope(v)) return as_flat(v);
    JSRope *r = as_rope(v);
    if (cell_flags(&r->hdr) & ROPE_FLAG_FLAT) return as_flat(r->left);

    HandleScope hs = heap_scope_open(vm);
    JSValue *hr = heap_handle(vm, v);
    bool wide = (cell_flags(&r->hdr) & ROPE_FLAG_WIDE) != 0;
    JSString *s = alloc_flat(vm, r->length, wide);
    if (!s) { heap_scope_close(vm, hs); return NULL; }
    r = as_rope(*hr);
    heap_scope_close(vm, hs);

    /* No allocation from here on: fill the buffer leaf by leaf. */
    LeafCursor cur;
    cursor_init(&cur, *hr);
    size_t at = 0;
    JSString *leaf;
    while ((leaf = cursor_next(&cur)) != NULL) {
        copy_units(s->data, wide, at, leaf);
        at += leaf->length;
    }
    cursor_free(&cur);

    /* Cache: the rope now stands for the flat string; drop the children. */
    unsigned f = cell_flags(&r->hdr) | ROPE_FLAG_FLAT;
    cell_set_flags(&r->hdr, f);
    heap_store(&vm->heap, &r->hdr, &r->left, val_from_cell(s));
    heap_store(&vm->heap, &r->hdr, &r->right, VAL_UNDEFINED);
    return s;
}

JSValue str_substring(VM *vm, JSValue sv, uint32_t start, uint32_t end)
{
    uint32_t len = str_length(sv);
    if (end > len) end = len;
    if (start > end) start = end;
    if (start == 0 && end == len) return sv;
    if (start == end) return empty_string(vm);
    if (end - start == 1) {
        JSString *s = str_flatten(vm, sv);
        if (!s) return VAL_EXCEPTION;
        return str_from_unit(vm, str_unit(s, start));
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, sv);
    JSString *s = str_flatten(vm, *h);
    if (!s) { heap_scope_close(vm, hs); return VAL_EXCEPTION; }
    *h = val_from_cell(s);
    size_t n = end - start;
    bool wide = false;
    if (str_is_16bit(s)) {
        const uint16_t *u = str_utf16(s) + start;
        for (size_t i = 0; i < n; i++)
            if (u[i] > 0xFF) { wide = true; break; }
    }
    JSString *d = alloc_flat(vm, n, wide);
    if (!d) { heap_scope_close(vm, hs); return VAL_EXCEPTION; }
    s = as_flat(*h);
    heap_scope_close(vm, hs);
    if (!str_is_16bit(s)) {
        memcpy(d->data, s->data + start, n);
    } else if (wide) {
        memcpy(d->data, str_utf16(s) + start, n * 2);
    } else {
        for (size_t i = 0; i < n; i++) d->data[i] = (uint8_t)str_utf16(s)[start + i];
    }
    return val_from_cell(d);
}

/* ====================================================================== */
/* equality, ordering, hashing                                             */
/* ====================================================================== */

/* Compare n units of two leaves starting at ia / ib. */
static int cmp_units(const JSString *a, uint32_t ia, const JSString *b, uint32_t ib, uint32_t n)
{
    bool wa = str_is_16bit(a), wb = str_is_16bit(b);
    if (!wa && !wb) {
        int r = memcmp(a->data + ia, b->data + ib, n);
        return r;
    }
    if (wa && wb) {
        const uint16_t *pa = str_utf16(a) + ia, *pb = str_utf16(b) + ib;
        for (uint32_t i = 0; i < n; i++)
            if (pa[i] != pb[i]) return pa[i] < pb[i] ? -1 : 1;
        return 0;
    }
    for (uint32_t i = 0; i < n; i++) {
        uint16_t ua = str_unit(a, ia + i), ub = str_unit(b, ib + i);
        if (ua != ub) return ua < ub ? -1 : 1;
    }
    return 0;
}

/* Three-way comparison of any two strings (flat or rope), no allocation. */
static int compare_any(JSValue a, JSValue b)
{
    a = unwrap_flat(a);
    b = unwrap_flat(b);
    if (!is_rope(a) && !is_rope(b)) {
        JSString *sa = as_flat(a), *sb = as_flat(b);
        uint32_t n = sa->length < sb->length ? sa->length : sb->length;
        int r = cmp_units(sa, 0, sb, 0, n);
        if (r) return r;
        return sa->length < sb->length ? -1 : sa->length > sb->length ? 1 : 0;
    }
    LeafCursor ca, cb;
    cursor_init(&ca, a);
    cursor_init(&cb, b);
    JSString *la = cursor_next(&ca), *lb = cursor_next(&cb);
    uint32_t ia = 0, ib = 0;
    int r = 0;
    while (la && lb) {
        uint32_t na = la->length - ia, nb = lb->length - ib;
        uint32_t n = na < nb ? na : nb;
        r = cmp_units(la, ia, lb, ib, n);
        if (r) break;
        ia += n;
        ib += n;
        if (ia == la->length) { la = cursor_next(&ca); ia = 0; }
        if (ib == lb->length) { lb = cursor_next(&cb); ib = 0; }
    }
    if (!r) r = (la ? 1 : 0) - (lb ? 1 : 0);
    cursor_free(&ca);
    cursor_free(&cb);
    return r;
}

bool str_equal(JSValue a, JSValue b)
{
    if (a == b) return true;
    a = unwrap_flat(a);
    b = unwrap_flat(b);
    if (a == b) return true;
    if (str_length(a) != str_length(b)) return false;
    if (!is_rope(a) && !is_rope(b)) {
        JSString *sa = as_flat(a), *sb = as_flat(b);
        if (str_is_atom(sa) && str_is_atom(sb)) return false;
        if (sa->hash && sb->hash && sa->hash != sb->hash) return false;
        /* same storage width: the bytes decide (no leaf cursors) */
        if (str_is_16bit(sa) == str_is_16bit(sb))
            return memcmp(sa->data, sb->data, (size_t)sa->length << str_is_16bit(sa)) == 0;
    }
    return compare_any(a, b) == 0;
}

bool str_equals(VM *vm, JSValue a, JSValue b)
{
    (void)vm;
    return str_equal(a, b);
}

int str_compare(VM *vm, JSValue a, JSValue b)
{
    (void)vm;
    if (a == b) return 0;
    return compare_any(a, b);
}

uint32_t str_hash_units8(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h ? h : 1;
}

uint32_t str_hash_units16(const uint16_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        /* hash the unit value; a Latin-1 unit hashes like its byte */
        uint16_t u = p[i];
        if (u > 0xFF) h = (h ^ (u >> 8) ^ 0x100u) * 16777619u;
        h = (h ^ (u & 0xFF)) * 16777619u;
    }
    return h ? h : 1;
}

uint32_t str_hash(JSString *s)
{
    if (s->hash) return s->hash;
    uint32_t h = str_is_16bit(s) ? str_hash_units16(str_utf16(s), s->length)
                                 : str_hash_units8(s->data, s->length);
    s->hash = h;
    return h;
}

bool str_array_index(JSString *s, uint32_t *index)
{
    uint32_t n = s->length;
    if (n == 0 || n > 10) return false;
    uint16_t c0 = str_unit(s, 0);
    if (c0 < '0' || c0 > '9') return false;
    if (c0 == '0') {
        if (n != 1) return false;
        *index = 0;
        return true;
    }
    uint64_t v = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint16_t c = str_unit(s, i);
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    if (v > 4294967294u) return false;   /* 2^32-1 is not an array index */
    *index = (uint32_t)v;
    return true;
}

int64_t str_index_of(VM *vm, JSValue hay, JSValue needle, uint32_t from)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hn = heap_handle(vm, needle);
    JSString *h = str_flatten(vm, hay);
    if (!h) { heap_scope_close(vm, hs); return -1; }
    JSValue *hh = heap_handle(vm, val_from_cell(h));
    JSString *n = str_flatten(vm, *hn);
    heap_scope_close(vm, hs);
    if (!n) return -1;
    h = as_flat(*hh);
    uint32_t hl = h->length, nl = n->length;
    if (from > hl) return nl == 0 ? (int64_t)hl : -1;
    if (nl == 0) return from;
    if (nl > hl) return -1;
    uint16_t first = str_unit(n, 0);
    if (!str_is_16bit(h) && !str_is_16bit(n)) {
        const uint8_t *hp = h->data, *np = n->data;
        for (uint32_t i = from; i + nl <= hl; i++) {
            const uint8_t *q = memchr(hp + i, first, hl - nl + 1 - i);
            if (!q) return -1;
            i = (uint32_t)(q - hp);
            if (memcmp(hp + i, np, nl) == 0) return i;
        }
        return -1;
    }
    for (uint32_t i = from; i + nl <= hl; i++) {
        if (str_unit(h, i) != first) continue;
        if (cmp_units(h, i, n, 0, nl) == 0) return i;
    }
    return -1;
}

/* ====================================================================== */
/* UTF-8 output                                                            */
/* ====================================================================== */

typedef struct ByteBuf {
    char *p;
    size_t len, cap;
} ByteBuf;

static void bb_reserve(ByteBuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < b->len + extra + 1) ncap *= 2;
    char *np = realloc(b->p, ncap);
    if (!np) {
        fprintf(stderr, "tierlab: out of memory\n");
        abort();
    }
    b->p = np;
    b->cap = ncap;
}

static void put_cp(ByteBuf *b, uint32_t cp)
{
    bb_reserve(b, 4);
    char *o = b->p + b->len;
    if (cp < 0x80) { o[0] = (char)cp; b->len += 1; }
    else if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        b->len += 2;
    } else if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        b->len += 3;
    } else {
        o[0] = (char)(0xF0 | (cp >> 18));
        o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (char)(0x80 | (cp & 0x3F));
        b->len += 4;
    }
}

/* Encode the whole string (any shape) as UTF-8; lone surrogates -> U+FFFD.
 * Does not allocate on the GC heap. */
/* UTF-8 of the string; a lone surrogate is U+FFFD, or with wtf8 its own
 * 3-byte sequence (WTF-8: surrogate pairs still become 4-byte UTF-8). */
static void encode_utf8(JSValue s, ByteBuf *b, bool wtf8)
{
    LeafCursor cur;
    cursor_init(&cur, s);
    JSString *leaf;
    uint16_t pending_hi = 0;   /* a high surrogate waiting for its pair across leaves */
    while ((leaf = cursor_next(&cur)) != NULL) {
        uint32_t n = leaf->length;
        if (!str_is_16bit(leaf)) {
            if (pending_hi) { put_cp(b, wtf8 ? pending_hi : 0xFFFD); pending_hi = 0; }
            bb_reserve(b, (size_t)n * 2);
            for (uint32_t i = 0; i < n; i++) {
                uint8_t c = leaf->data[i];
                if (c < 0x80) b->p[b->len++] = (char)c;
                else put_cp(b, c);
            }
            continue;
        }
        const uint16_t *u = str_utf16(leaf);
        for (uint32_t i = 0; i < n; i++) {
            uint16_t c = u[i];
            if (pending_hi) {
                if (c >= 0xDC00 && c <= 0xDFFF) {
                    put_cp(b, 0x10000 + (((uint32_t)pending_hi - 0xD800) << 10) + (c - 0xDC00));
                    pending_hi = 0;
                    continue;
                }
                put_cp(b, wtf8 ? pending_hi : 0xFFFD);
                pending_hi = 0;
            }
            if (c >= 0xD800 && c <= 0xDBFF) pending_hi = c;
            else if (c >= 0xDC00 && c <= 0xDFFF) put_cp(b, wtf8 ? c : 0xFFFD);
            else put_cp(b, c);
        }
    }
    if (pending_hi) put_cp(b, wtf8 ? pending_hi : 0xFFFD);
    cursor_free(&cur);
    bb_reserve(b, 0);
    b->p[b->len] = 0;
}

char *str_to_utf8(VM *vm, JSValue s, size_t *len_out)
{
    (void)vm;
    ByteBuf b = {0};
    encode_utf8(s, &b, false);
    if (len_out) *len_out = b.len;
    return b.p;
}

char *str_to_wtf8(VM *vm, JSValue s, size_t *len_out)
{
    (void)vm;
    ByteBuf b = {0};
    encode_utf8(s, &b, true);
    if (len_out) *len_out = b.len;
    return b.p;
}

void str_print(VM *vm, JSValue s, void *file)
{
    (void)vm;
    ByteBuf b = {0};
    encode_utf8(s, &b, false);
    fwrite(b.p, 1, b.len, (FILE *)file);
    free(b.p);
}

/* ====================================================================== */
/* StrBuilder                                                              */
/* ====================================================================== */

void sb_init(StrBuilder *b)
{
    b->buf = NULL;
    b->len = b->cap = 0;
    b->wide = false;
}

void sb_free(StrBuilder *b)
{
    free(b->buf);
    sb_init(b);
}

static void sb_reserve(StrBuilder *b, size_t extra)
{
    if (b->len + extra <= b->cap) return;
    size_t ncap = b->cap ? b->cap : 16;
    while (ncap < b->len + extra) ncap *= 2;
    uint16_t *np = realloc(b->buf, ncap * sizeof(uint16_t));
    if (!np) {
        fprintf(stderr, "tierlab: out of memory in string builder\n");
        abort();
    }
    b->buf = np;
    b->cap = ncap;
}

void sb_add_unit(StrBuilder *b, uint16_t u)
{
    if (b->len >= b->cap) sb_reserve(b, 1);
    b->buf[b->len++] = u;
    if (u > 0xFF) b->wide = true;
}

void sb_add_cstr(StrBuilder *b, const char *s)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t n = strlen(s), i = 0;
    sb_reserve(b, n);
    while (i < n) {
        if (p[i] < 0x80) { b->buf[b->len++] = p[i++]; continue; }
        uint32_t cp = utf8_next(p, n, &i);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            sb_add_unit(b, (uint16_t)(0xD800 + (cp >> 10)));
            sb_add_unit(b, (uint16_t)(0xDC00 + (cp & 0x3FF)));
        } else {
            sb_add_unit(b, (uint16_t)cp);
        }
    }
}

/* Append one flat leaf (capacity reserved by the caller). */
static void sb_add_leaf(StrBuilder *b, const JSString *leaf)
{
    uint32_t n = leaf->length;
    if (n == 0) return;   /* an empty builder has no buffer: NULL + 0 is undefined */
    uint16_t *d = b->buf + b->len;
    if (str_is_16bit(leaf)) {
        const uint16_t *u = str_utf16(leaf);
        for (uint32_t i = 0; i < n; i++) {
            if (u[i] > 0xFF) b->wide = true;
            d[i] = u[i];
        }
    } else {
        const uint8_t *u = leaf->data;
        for (uint32_t i = 0; i < n; i++) d[i] = u[i];
    }
    b->len += n;
}

void sb_add_string(VM *vm, StrBuilder *b, JSValue s)
{
    (void)vm;
    sb_reserve(b, str_length(s));
    s = unwrap_flat(s);
    if (!is_rope(s)) {
        sb_add_leaf(b, as_flat(s));
        return;
    }
    LeafCursor cur;
    cursor_init(&cur, s);
    JSString *leaf;
    while ((leaf = cursor_next(&cur)) != NULL) sb_add_leaf(b, leaf);
    cursor_free(&cur);
}

JSValue sb_finish(VM *vm, StrBuilder *b)
{
    JSValue r;
    if (b->len == 0) {
        r = empty_string(vm);
    } else if (b->len == 1) {
        r = str_from_unit(vm, b->buf[0]);
    } else {
        JSString *s = alloc_flat(vm, b->len, b->wide);
        if (!s) {
            r = VAL_EXCEPTION;
        } else {
            if (b->wide) memcpy(s->data, b->buf, b->len * 2);
            else for (size_t i = 0; i < b->len; i++) s->data[i] = (uint8_t)b->buf[i];
            r = val_from_cell(s);
        }
    }
    sb_free(b);
    return r;
}
