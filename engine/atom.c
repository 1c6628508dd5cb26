/*
 * atom.c -- the intern table (prefix atom_): one flat string per contents,
 * flagged STR_FLAG_ATOM, so property keys compare by pointer.
 *
 * The table is open addressing over JSString pointers in malloc memory
 * (vm->atoms.buckets).  It is weak: the GC calls atom_sweep (through
 * heap_process_weak) after tracing, and every entry is either dropped
 * (tombstone) or updated to the cell's new address.  Hashes are computed
 * from contents and cached in the string, so a moved atom stays in its
 * bucket.  Predefined atoms (atoms.def) sit in vm->atoms.predef, which the
 * GC treats as strong roots; the one-unit strings of vm->unit_strings are
 * atoms too (kept alive by that array).
 *
 * Interning a flat string that is not yet an atom flags that very string
 * (no copy): its contents never change, only its identity becomes canonical.
 */
#include <stdio.h>
#include <stdlib.h>
#include "atom.h"
#include "bigint.h"
#include "error.h"
#include "numconv.h"
#include "runtime.h"
#include "vm.h"

#define TOMB ((JSString *)(uintptr_t)8)
#define ATOM_INITIAL_CAP 1024u
#define INT_KEY_MAX 2147483646u   /* largest index kept as an int key (2^31-2) */

/* ---- table ------------------------------------------------------------- */

static bool live_entry(JSString *s) { return s != NULL && s != TOMB; }

static void table_insert_raw(JSString **b, uint32_t cap, JSString *s)
{
    uint32_t mask = cap - 1, i = s->hash & mask;
    while (live_entry(b[i])) i = (i + 1) & mask;
    b[i] = s;
}

static bool table_resize(AtomTable *t, uint32_t ncap)
{
    JSString **nb = calloc(ncap, sizeof(JSString *));
    if (!nb) return false;
    for (uint32_t i = 0; i < t->cap; i++)
        if (live_entry(t->buckets[i])) table_insert_raw(nb, ncap, t->buckets[i]);
    free(t->buckets);
    t->buckets = nb;
    t->cap = ncap;
    t->tombs = 0;
    return true;
}

/* Make room for one more entry; also shrink a table that emptied out at
 * GC (sweeping costs O(cap)) and drop piled-up tombstones. */
static bool table_reserve(AtomTable *t)
{
    uint32_t shrunk = t->cap;
    while (shrunk > ATOM_INITIAL_CAP && (t->count + 1) * 8 < shrunk) shrunk /= 2;
    if (shrunk != t->cap || t->tombs > t->cap / 4) {
        if (!table_resize(t, shrunk)) return false;
    }
    if ((t->count + t->tombs + 1) * 4 <= t->cap * 3) return true;
    uint32_t ncap = t->cap;
    if ((t->count + 1) * 2 > t->cap) ncap *= 2;   /* else: rehash to drop tombstones */
    return table_resize(t, ncap);
}

/* Does atom a hold exactly the Latin-1 bytes p[0..n)? */
static bool equals_bytes(const JSString *a, const uint8_t *p, size_t n)
{
    if (a->length != n) return false;
    if (!str_is_16bit(a)) return memcmp(a->data, p, n) == 0;
    for (size_t i = 0; i < n; i++)
        if (str_utf16(a)[i] != p[i]) return false;
    return true;
}

static bool equals_units(const JSString *a, const uint16_t *p, size_t n)
{
    if (a->length != n) return false;
    for (size_t i = 0; i < n; i++)
        if (str_unit(a, (uint32_t)i) != p[i]) return false;
    return true;
}

static JSString *lookup_bytes(AtomTable *t, uint32_t h, const uint8_t *p, size_t n)
{
    uint32_t mask = t->cap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        JSString *s = t->buckets[i];
        if (!s) return NULL;
        if (s != TOMB && s->hash == h && equals_bytes(s, p, n)) return s;
    }
}

static JSString *lookup_units(AtomTable *t, uint32_t h, const uint16_t *p, size_t n)
{
    uint32_t mask = t->cap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        JSString *s = t->buckets[i];
        if (!s) return NULL;
        if (s != TOMB && s->hash == h && equals_units(s, p, n)) return s;
    }
}

static JSString *lookup_string(AtomTable *t, JSString *k)
{
    uint32_t h = str_hash(k), mask = t->cap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        JSString *s = t->buckets[i];
        if (!s) return NULL;
        if (s != TOMB && s->hash == h && str_equal(val_from_cell(s), val_from_cell(k))) return s;
    }
}

/* Flag the flat string s as an atom and add it (caller checked absence). */
static JSValue adopt(VM *vm, JSString *s)
{
    AtomTable *t = &vm->atoms;
    str_hash(s);
    if (!table_reserve(t)) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    unsigned f = cell_flags(&s->hdr) | STR_FLAG_ATOM;
    uint32_t idx;
    if (!(str_array_index(s, &idx) && idx <= INT_KEY_MAX)) f |= STR_FLAG_NOTINDEX;
    cell_set_flags(&s->hdr, f);
    table_insert_raw(t->buckets, t->cap, s);
    t->count++;
    return val_from_cell(s);
}

/* ---- public API ---------------------------------------------------------- */

JSValue atom_intern(VM *vm, JSValue str)
{
    if (val_is_atom(str)) return str;
    JSString *s = str_flatten(vm, str);
    if (!s) return VAL_EXCEPTION;
    if (str_is_atom(s)) return val_from_cell(s);
    JSString *found = lookup_string(&vm->atoms, s);
    if (found) return val_from_cell(found);
    return adopt(vm, s);
}

JSValue atom_from_cstr(VM *vm, const char *cs)
{
    const uint8_t *p = (const uint8_t *)cs;
    size_t n = strlen(cs);
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 0x80) { ascii = false; break; }
    if (ascii) {
        JSString *found = lookup_bytes(&vm->atoms, str_hash_units8(p, n), p, n);
        if (found) return val_from_cell(found);
    }
    JSValue s = str_from_utf8(vm, cs, n);
    if (s == VAL_EXCEPTION) return s;
    return atom_intern(vm, s);
}

JSValue atom_from_utf16(VM *vm, const uint16_t *p, size_t n)
{
    JSString *found = lookup_units(&vm->atoms, str_hash_units16(p, n), p, n);
    if (found) return val_from_cell(found);
    JSValue s = str_from_utf16(vm, p, n);
    if (s == VAL_EXCEPTION) return s;
    return atom_intern(vm, s);
}

/* Atom for a Latin-1 buffer in C memory, looked up before allocating. */
static JSValue atom_from_bytes(VM *vm, const char *buf, size_t n)
{
    const uint8_t *p = (const uint8_t *)buf;
    JSString *found = lookup_bytes(&vm->atoms, str_hash_units8(p, n), p, n);
    if (found) return val_from_cell(found);
    JSValue s = str_from_latin1(vm, p, n);
    if (s == VAL_EXCEPTION) return s;
    return atom_intern(vm, s);
}

/* A string key that is a canonical index in int-key range -> the int key. */
static bool string_int_key(JSString *s, JSValue *out)
{
    uint32_t idx;
    if (str_array_index(s, &idx) && idx <= INT_KEY_MAX) {
        *out = val_from_int((int32_t)idx);
        return true;
    }
    return false;
}

JSValue atom_to_key(VM *vm, JSValue v)
{
    if (val_is_int(v)) {
        int32_t i = val_int(v);
        if (i >= 0 && (uint32_t)i <= INT_KEY_MAX) return v;
        char buf[16];
        int n = num_int_to_cstr(i, buf);
        return atom_from_bytes(vm, buf, (size_t)n);
    }
    if (val_is_double(v)) {
        double d = val_double(v);
        if (d >= 0 && d <= (double)INT_KEY_MAX && d == (double)(int32_t)d)
            return val_from_int((int32_t)d);   /* also -0 -> 0 */
        char buf[NUM_BUF_SIZE];
        int n = num_to_cstr(d, buf);
        return atom_from_bytes(vm, buf, (size_t)n);
    }
    if (val_is_cell(v)) {
        switch (cell_kind(val_cell(v))) {
        case CELL_STRING: {
            JSString *s = (JSString *)val_cell(v);
            unsigned f = cell_flags(&s->hdr);
            if ((f & (STR_FLAG_ATOM | STR_FLAG_NOTINDEX)) == (STR_FLAG_ATOM | STR_FLAG_NOTINDEX)) return v;
            JSValue k;
            if (string_int_key(s, &k)) return k;
            return atom_intern(vm, v);
        }
        case CELL_ROPE: {
            /* ropes are >= STR_ROPE_MIN units: never an index */
            return atom_intern(vm, v);
        }
        case CELL_SYMBOL:
            return v;
        case CELL_OBJECT:
            return rt_to_property_key(vm, v);
        case CELL_BIGINT: {
            JSValue s = bigint_to_string(vm, v, 10);
            if (s == VAL_EXCEPTION) return s;
            return atom_to_key(vm, s);
        }
        case CELL_SHAPE:
        case CELL_PROPTABLE:
        case CELL_VALARRAY:
        case CELL_ENV:
        case CELL_BYTES:
        case CELL_WEAKARRAY:
        case CELL__COUNT:
            break;
        }
        return v;
    }
    if (v == VAL_UNDEFINED) return vm_atom(vm, ATOM_undefined);
    if (v == VAL_NULL) return vm_atom(vm, ATOM_null);
    if (v == VAL_TRUE) return vm_atom(vm, ATOM_true_);
    if (v == VAL_FALSE) return vm_atom(vm, ATOM_false_);
    return vm_atom(vm, ATOM_undefined);
}

JSValue atom_key_to_string(VM *vm, JSValue key)
{
    if (val_is_int(key)) {
        int32_t i = val_int(key);
        if (i >= 0 && i < 10) return str_from_unit(vm, (uint16_t)('0' + i));
        char buf[16];
        int n = num_int_to_cstr(i, buf);
        return str_from_latin1(vm, (const uint8_t *)buf, (size_t)n);
    }
    if (val_is_double(key)) {
        char buf[NUM_BUF_SIZE];
        int n = num_to_cstr(val_double(key), buf);
        return str_from_latin1(vm, (const uint8_t *)buf, (size_t)n);
    }
    return key;
}

/* ---- life cycle and GC ---------------------------------------------------- */

bool atom_init(VM *vm)
{
    AtomTable *t = &vm->atoms;
    for (int i = 0; i < ATOM__COUNT; i++) t->predef[i] = VAL_UNDEFINED;
    t->buckets = calloc(ATOM_INITIAL_CAP, sizeof(JSString *));
    if (!t->buckets) return false;
    t->cap = ATOM_INITIAL_CAP;
    t->count = t->tombs = 0;
    static const char *const texts[ATOM__COUNT] = {
#define ATOM(name, text) text,
#include "atoms.def"
#undef ATOM
    };
    for (int i = 0; i < ATOM__COUNT; i++) {
        JSValue a = atom_from_cstr(vm, texts[i]);
        if (a == VAL_EXCEPTION) return false;
        t->predef[i] = a;
    }
    /* The one-unit strings become atoms if they exist already. */
    if (val_is_kind(vm->unit_strings, CELL_VALARRAY)) {
        for (uint32_t u = 0; u < 256; u++) {
            JSValue s = ((ValArray *)val_cell(vm->unit_strings))->v[u];
            if (val_is_string(s) && atom_intern(vm, s) == VAL_EXCEPTION) return false;
        }
    }
    return true;
}

void atom_free(VM *vm)
{
    free(vm->atoms.buckets);
    vm->atoms.buckets = NULL;
    vm->atoms.cap = vm->atoms.count = vm->atoms.tombs = 0;
}

void atom_sweep(VM *vm, GcWeakFn live)
{
    AtomTable *t = &vm->atoms;
    for (uint32_t i = 0; i < t->cap; i++) {
        JSString *s = t->buckets[i];
        if (!live_entry(s)) continue;
        Cell *c = live(vm, &s->hdr);
        if (!c) {
            t->buckets[i] = TOMB;
            t->count--;
            t->tombs++;
        } else {
            t->buckets[i] = (JSString *)c;   /* hash is content-based: same bucket */
        }
    }
    /* No rehash here: a compacting plan may hand out addresses the cells
     * only reach after this call, so their hashes cannot be read yet.
     * table_reserve shrinks and drops tombstones at the next insertion. */
}
