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
} PropIcEntry;

typedef struct FeedbackSlot {
    uint8_t kind;            /* FeedbackKind */
    uint8_t state;           /* IcState */
    uint8_t count;           /* entries used */
    uint8_t types;           /* FB_TYPE_* seen (binop/compare) */
    uint32_t hits;
    union {
        PropIcEntry prop[FB_POLY_MAX];
        JSValue call_target; /* FB_CALL: the single target seen, VAL_HOLE when several */
    } u;
} FeedbackSlot;

#endif
