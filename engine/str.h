/*
 * str.h -- JS strings (prefix str_, implemented in str.c): flat Latin-1 / UTF-16 cells and
 * ropes for cheap concatenation.
 *
 * A string value is a JSValue pointing at a CELL_STRING or CELL_ROPE.
 * Flat strings store Latin-1 (1 byte per unit) unless a unit > 0xFF occurs,
 * then UTF-16.  Lengths and indices are in UTF-16 code units, as JS sees them.
 * Ropes are created by str_concat when the result is long (>= STR_ROPE_MIN);
 * str_flatten() turns a rope into a flat string once and caches it inside
 * the rope (left = flat, right = undefined, ROPE_FLAT set), so building a
 * string in a loop is linear.
 */
#ifndef TL_STR_H
#define TL_STR_H

#include <stddef.h>
#include <stdint.h>
#include "heap.h"

struct VM;

#define STR_FLAG_16BIT 0x01   /* cell flag: data is uint16_t[] */
#define STR_FLAG_ATOM 0x02    /* cell flag: interned; identity == equality */
#define STR_FLAG_INDEX 0x04   /* cell flag: hash computed and string is a canonical array index (index in `hash` bits?) see str_array_index */
#define ROPE_FLAG_FLAT 0x01   /* cell flag on a rope: left holds the flat string */
#define ROPE_FLAG_WIDE 0x02   /* cell flag on a rope: some leaf is 16-bit */
#define STR_FLAG_NOTINDEX 0x08 /* cell flag on atoms: known not to be an int property key */

#define STR_ROPE_MIN 32

typedef struct JSString {
    Cell hdr;
    uint32_t length;   /* in code units */
    uint32_t hash;     /* 0 = not computed yet */
    uint8_t data[];    /* Latin-1 bytes or uint16_t units */
} JSString;

typedef struct JSRope {
    Cell hdr;
    uint32_t length;
    uint32_t depth;
    JSValue left, right;
} JSRope;

static inline bool val_is_string(JSValue v)
{
    if (!val_is_cell(v)) return false;
    CellKind k = cell_kind(val_cell(v));
    return k == CELL_STRING || k == CELL_ROPE;
}
static inline bool str_is_16bit(const JSString *s) { return (cell_flags(&s->hdr) & STR_FLAG_16BIT) != 0; }
static inline bool str_is_atom(const JSString *s) { return (cell_flags(&s->hdr) & STR_FLAG_ATOM) != 0; }
static inline const uint8_t *str_latin1(const JSString *s) { return s->data; }
static inline const uint16_t *str_utf16(const JSString *s) { return (const uint16_t *)(const void *)s->data; }
static inline uint16_t str_unit(const JSString *s, uint32_t i)
{
    return str_is_16bit(s) ? str_utf16(s)[i] : s->data[i];
}
uint32_t str_length(JSValue s);

/* Constructors; all may allocate and return VAL_EXCEPTION on OOM. */
JSValue str_from_latin1(struct VM *vm, const uint8_t *p, size_t n);
JSValue str_from_utf16(struct VM *vm, const uint16_t *p, size_t n);  /* narrows to Latin-1 when possible */
JSValue str_from_utf8(struct VM *vm, const char *p, size_t n);       /* WTF-8 tolerant */
JSValue str_from_cstr(struct VM *vm, const char *s);
JSValue str_alloc_latin1(struct VM *vm, size_t n);   /* uninitialised data, to fill in */
JSValue str_alloc_utf16(struct VM *vm, size_t n);
JSValue str_concat(struct VM *vm, JSValue a, JSValue b);           /* may build a rope */
JSValue str_substring(struct VM *vm, JSValue s, uint32_t start, uint32_t end);
JSValue str_from_unit(struct VM *vm, uint16_t unit);               /* cached for < 256 */
JSString *str_flatten(struct VM *vm, JSValue s);  /* NULL on OOM; result valid until next allocation */

/* Equality and ordering of any two strings (flat or rope) by code units.
 * None of them allocates: ropes are walked leaf by leaf, never flattened. */
bool str_equal(JSValue a, JSValue b);
bool str_equals(struct VM *vm, JSValue a, JSValue b);   /* = str_equal */
int str_compare(struct VM *vm, JSValue a, JSValue b);   /* code-unit order: <0, 0, >0 */
uint32_t str_hash(JSString *s);
int64_t str_index_of(struct VM *vm, JSValue hay, JSValue needle, uint32_t from);  /* -1: absent (or OOM pending) */
/* If s is a canonical array index ("0", "17", not "017"), store it. */
bool str_array_index(JSString *s, uint32_t *index);

/* Convert to a malloc'd NUL-terminated UTF-8 C string (for messages, printing);
 * lone surrogates become U+FFFD.  Never allocates on the GC heap. */
char *str_to_utf8(struct VM *vm, JSValue s, size_t *len_out);
/* The same, but a lone surrogate keeps its code point in three bytes (WTF-8):
 * the source text of eval and Function (parsed with PARSE_WTF8). */
char *str_to_wtf8(struct VM *vm, JSValue s, size_t *len_out);
/* Write UTF-8 to a stdio stream (console.log, print). */
void str_print(struct VM *vm, JSValue s, void *file);

/* Create the one-unit string cache vm->unit_strings (called at VM start). */
bool str_init(struct VM *vm);
/* Content hashes (the same for Latin-1 and UTF-16 storage of equal units). */
uint32_t str_hash_units8(const uint8_t *p, size_t n);
uint32_t str_hash_units16(const uint16_t *p, size_t n);

/* ---- a growable builder in malloc memory (not GC'd) -------------------- */
typedef struct StrBuilder {
    uint16_t *buf;
    size_t len, cap;
    bool wide;       /* some unit > 0xFF */
} StrBuilder;
void sb_init(StrBuilder *b);
void sb_free(StrBuilder *b);
void sb_add_unit(StrBuilder *b, uint16_t u);
void sb_add_cstr(StrBuilder *b, const char *s);      /* ASCII/UTF-8 */
void sb_add_string(struct VM *vm, StrBuilder *b, JSValue s);
JSValue sb_finish(struct VM *vm, StrBuilder *b);      /* makes a JSString, frees the builder */

#endif
