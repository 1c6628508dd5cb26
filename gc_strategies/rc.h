/*
 * rc.h -- the per-cell word of the `rc` plan (prefix rc_), for rc.c and its
 * unit tests.
 *
 * rc allocates every cell with one extra word in front of it (RcWord): the
 * reference count and the cycle collector's state.  The engine never sees
 * it (cells start after it).  Byte 1 of the word stays 0 so that the
 * word, read as a cell header by the marksweep allocator underneath, never
 * has the kind of a free cell (0xFF).
 */
#ifndef TL_RC_H
#define TL_RC_H

#include <stdint.h>
#include "heap.h"

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "RcWord overlays a cell header's kind byte");

/* RcWord.flags */
#define RC_NEW 1u        /* allocated since the last collection: its fields are not counted yet */
#define RC_ZCT 2u        /* in the zero-count table (not yet looked at by a collection) */
#define RC_BUFFERED 4u   /* in the cycle collector's possible-roots buffer */
#define RC_RELEASED 8u   /* dead, children released; freed when the buffer lets go of it */
#define RC_DEAD 16u      /* freed by this collection (memory returned after weak processing) */
#define RC_SEEN 32u      /* count verifier: visited */
#define RC_FRESH 64u     /* in the trial deletion among one collection's new cells */

/* Colours of Bacon & Rajan's synchronous cycle collector. */
typedef enum RcColor { RC_BLACK, RC_GRAY, RC_WHITE, RC_PURPLE } RcColor;

typedef struct RcWord {
    uint8_t flags;
    uint8_t zero;       /* the kind byte of a header: never 0xFF */
    uint8_t color;      /* RcColor */
    uint8_t vcount;     /* count verifier: references from reachable cells (saturating) */
    uint32_t count;     /* references from heap cells (not from roots: deferred RC) */
} RcWord;
_Static_assert(sizeof(RcWord) == 8, "one word in front of each cell");

static inline RcWord *rc_word(const Cell *c) { return (RcWord *)(uintptr_t)c - 1; }
static inline uint32_t rc_count(const Cell *c) { return rc_word(c)->count; }

#endif
