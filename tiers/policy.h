/*
 * policy.h -- when a function moves up a tier (prefix policy_).
 *
 * Every function has a budget counted in bytecode bytes: a call spends the
 * callee's size, a loop back edge spends the loop's size (its jump
 * distance), so hotness is normalized by function size as production
 * engines do.  When the budget runs out the interpreter (or the baseline
 * code, through interp_step) calls policy_budget_exhausted, which
 *   - on a function's first exhaustion gives it its real budget,
 *     --baseline-after x --tier-scale bytes per bytecode byte (or compiles it
 *     at once under --eager=baseline);
 *   - on the next one compiles it with the baseline JIT (if "baseline" is in
 *     --tiers and --baseline-filter admits it) into the pending batch, and
 *     gives it a short waiting budget (an eighth of the real one; under
 *     --eager the batch is installed at once, so the code runs from the
 *     first call on): when that runs out too, the batch is installed (bl_flush) --
 *     at a loop back edge, the frame continues in the new code (OSR);
 *   - otherwise refills a polling budget, so loops keep checking for
 *     interrupts (--timeout).
 */
#ifndef TL_POLICY_H
#define TL_POLICY_H

#include <stdbool.h>
#include "vm.h"

enum TierState {
    TIER_STATE_NEW = 0,      /* budget not yet set */
    TIER_STATE_COUNTING,     /* spending its baseline budget */
    TIER_STATE_PENDING,      /* compiled, waiting in the batch to be installed (bl_flush) */
    TIER_STATE_DONE,         /* installed, filtered out, or failed: no more tier-up */
};

/* fr's function spent its budget (at a loop back edge when at_loop).
 * Returns true when at_loop, on-stack replacement is allowed and the
 * function now has baseline code: the caller continues there. */
bool policy_budget_exhausted(VM *vm, Frame *fr, bool at_loop);

/* Queue fp for the baseline JIT (false: filtered out or failed). */
bool policy_compile_baseline(VM *vm, FunctionProto *fp);
/* --trace-tier line for fp once its code is installed (or failed). */
void policy_trace_baseline(VM *vm, const FunctionProto *fp, bool ok);

#endif
