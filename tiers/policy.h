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
 *     --tiers and --baseline-filter admits it);
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
    TIER_STATE_DONE,         /* compiled, filtered out, or failed: no more tier-up */
};

/* fr's function spent its budget (at a loop back edge when at_loop).
 * Returns true when at_loop, on-stack replacement is allowed and the
 * function now has baseline code: the caller continues there. */
bool policy_budget_exhausted(VM *vm, Frame *fr, bool at_loop);

/* Compile fp with the baseline JIT now (eager mode, tests). */
bool policy_compile_baseline(VM *vm, FunctionProto *fp, const char *why);

#endif
