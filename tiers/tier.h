/*
 * tier.h -- the interface every execution tier implements (prefix tier_).
 *
 * A tier turns a FunctionProto into something runnable.  The interpreter is
 * level 0 and runs any proto directly; compiled tiers (baseline = 1,
 * opt = 2) produce code that the policy installs in proto->tier_code[level].
 * --tiers=LIST picks the tiers that may run (interp is always first).
 */
#ifndef TL_TIER_H
#define TL_TIER_H

#include <stdbool.h>
#include "vm.h"

/* Levels: the index into FunctionProto.tier_code. */
enum { TIER_INTERP = 0, TIER_BASELINE = 1, TIER_OPT = 2 };

typedef struct Tier {
    const char *name;          /* "interp", "baseline", "opt" */
    int level;
    /* Compile fp for this tier; false if it cannot (the proto stays lower). */
    bool (*compile)(VM *vm, FunctionProto *fp);
    /* Run the top frame (vm->frames[frame_count-1]) until it returns to a
     * frame marked FRAME_ENTRY; returns the result or VAL_EXCEPTION. */
    JSValue (*execute)(VM *vm);
    void (*discard)(VM *vm, FunctionProto *fp);
} Tier;

/* Parse --tiers=LIST into vm->tiers; false + message for an unknown name. */
bool tier_configure(VM *vm, const char *list, char *err, size_t errlen);
const Tier *tier_find(const char *name);

#endif
