/*
 * feedback.h -- inline caches and type feedback (prefix fb_).
 *
 * Each IC site owns one FeedbackSlot in its function's proto->feedback.
 * The interpreter fills them; the JITs read them.  States only move forward:
 * UNINIT -> MONO -> POLY (<= FB_POLY_MAX shapes) -> MEGA.
 * Shapes and holders referenced here are strong roots (traced with the
 * proto).
 */
#ifndef TL_FEEDBACK_H
#define TL_FEEDBACK_H

#include <stdint.h>
#include "value.h"

struct Shape;

typedef enum FeedbackKind { FB_NONE, FB_PROP, FB_CALL, FB_BINOP, FB_COMPARE } FeedbackKind;
typedef enum IcState { IC_UNINIT, IC_MONO, IC_POLY, IC_MEGA } IcState;

/* types seen by arithmetic and comparisons (bitset) */
enum { FB_TYPE_INT32 = 1, FB_TYPE_DOUBLE = 2, FB_TYPE_STRING = 4, FB_TYPE_OTHER = 8 };

#define FB_POLY_MAX 4

typedef struct PropIcEntry {
    struct Shape *shape;     /* receiver shape */
    uint32_t slot;           /* slot in the holder */
    uint32_t epoch;          /* proto hits: vm->proto_epoch when cached; own hits: 0 */
    JSValue holder;          /* VAL_UNDEFINED: own property; else the prototype object holding it */
    JSValue proto;           /* proto hits: the receiver's prototype when cached */
    uint32_t index;          /* GET_GLOBAL/SET_GLOBAL: index of the PropEntry in the holder's
                                table, re-checked on each hit (the global may be a dictionary) */
    uint32_t pad;            /* FB_ENTRY_* flags */
} PropIcEntry;
/* GET entry whose slot holds an accessor pair: a hit calls its getter. */
#define FB_ENTRY_GETTER 1u
/* The entry's holder is not the receiver: a prototype hit, a string
 * primitive's method or an add transition.  So pad == 0 means "an own data
 * property in slot `slot`", which the JIT's fast path tests with one
 * compare.  A slot that goes megamorphic zeroes its entries (no stale
 * shape can match). */
#define FB_ENTRY_HOLDER 2u
/* GET sites reading a property of a string primitive use an entry with
 * shape NULL: the holder is String.prototype or an object on its chain,
 * valid while vm->proto_epoch == epoch. */
/* SET sites that add a property (a shape transition) store the shape after
 * the transition in `holder` as a cell value (val_from_cell(shape)), so it is
 * traced like any holder; `proto`/`epoch` then guard the prototype chain
 * (no setter or read-only property of that name). */

typedef struct FeedbackSlot {
    uint8_t kind;            /* FeedbackKind */
    uint8_t state;           /* IcState */
    uint8_t count;           /* entries used */
    uint8_t types;           /* FB_TYPE_* seen (binop/compare) */
    uint32_t hits;           /* FB_CALL at NEW: slots the constructed objects needed (a preallocation hint) */
    union {
        PropIcEntry prop[FB_POLY_MAX];
        JSValue call_target; /* FB_CALL: the single target seen, VAL_HOLE when several */
    } u;
} FeedbackSlot;

/* ---- IC helpers (feedback.c) -------------------------------------------
 * The interpreter probes a slot inline (fb_probe_get / fb_probe_set in
 * tiers/interp) and calls these on a miss: they do the generic operation
 * and move the slot's state forward. */
struct VM;
/* base[key] for any base (key a PropKey); updates an FB_PROP slot. */
JSValue fb_get_prop_miss(struct VM *vm, FeedbackSlot *s, JSValue base, JSValue key);
/* base[key] = v; -1 on exception; updates an FB_PROP slot. */
int fb_set_prop_miss(struct VM *vm, FeedbackSlot *s, JSValue base, JSValue key, JSValue v, bool strict);
/* Global variable read (lexical bindings first, then the global object);
 * typeof_mode: undefined instead of ReferenceError when absent. */
JSValue fb_get_global_miss(struct VM *vm, FeedbackSlot *s, JSValue key, bool typeof_mode);
int fb_set_global_miss(struct VM *vm, FeedbackSlot *s, JSValue key, JSValue v, bool strict);
/* Call feedback: remember the single target, VAL_HOLE once several were seen. */
static inline void fb_record_call(FeedbackSlot *s, JSValue target)
{
    if (s->state == IC_MONO) {
        if (s->u.call_target != target) { s->state = IC_MEGA; s->u.call_target = VAL_HOLE; }
    } else if (s->state == IC_UNINIT) {
        s->state = IC_MONO;
        s->u.call_target = target;
    }
}
/* Type bit of one operand (FB_TYPE_*). */
static inline uint8_t fb_type_of(JSValue v)
{
    uint32_t tag = (uint32_t)(v >> 48);
    if (tag == 0xFFF9u) return FB_TYPE_INT32;
    if (tag < 0xFFF9u) return FB_TYPE_DOUBLE;
    return FB_TYPE_OTHER;   /* strings are told apart by the slow path (fb_type_of_slow) */
}
uint8_t fb_type_of_slow(JSValue v);   /* distinguishes strings */

#endif
