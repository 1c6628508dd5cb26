/*
 * policy.c -- tier-up decisions (see policy.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"

#include "baseline/baseline.h"
#include "str.h"
#include "tier.h"

/* Budget between interrupt polls once no tier-up is pending (bytes). */
#define POLL_BUDGET (1 << 20)

static int32_t clamp_budget(double b)
{
    if (b < 1) return 1;
    if (b > (double)(INT32_MAX / 2)) return INT32_MAX / 2;
    return (int32_t)b;
}

/* The name --trace-tier and --baseline-filter use: "name" or "<anonymous>". */
static void proto_name(VM *vm, const FunctionProto *fp, char *buf, size_t len)
{
    char *s = val_is_string(fp->name) ? str_to_utf8(vm, fp->name, NULL) : NULL;
    if (s && s[0]) snprintf(buf, len, "%s", s);
    else snprintf(buf, len, "%s", (fp->flags & FP_TOP_LEVEL) ? "<script>" : "<anonymous>");
    free(s);
}

bool policy_compile_baseline(VM *vm, FunctionProto *fp)
{
    fp->tier_state = TIER_STATE_DONE;
    if (vm->flags.baseline_filter[0]) {   /* the name costs a UTF-8 copy: only when filtering */
        char name[128];
        proto_name(vm, fp, name, sizeof name);
        if (!strstr(name, vm->flags.baseline_filter)) return false;
    }
    if (bl_compile(vm, fp)) return true;
    policy_trace_baseline(vm, fp, false);
    return false;
}

void policy_trace_baseline(VM *vm, const FunctionProto *fp, bool ok)
{
    if (!vm->flags.trace_tier) return;
    char name[128];
    proto_name(vm, fp, name, sizeof name);
    const char *file = fp->source ? fp->source->name : "?";
    if (!ok)
        fprintf(stderr, "[tier] %s:%u %s -> baseline FAILED\n", file, fp->line, name);
    else if (vm->flags.deterministic)   /* no wall-clock values in deterministic logs */
        fprintf(stderr, "[tier] %s:%u %s -> baseline (%u bytecode bytes -> %u code bytes)\n", file, fp->line, name,
                fp->code_len, fp->bl_code_bytes);
    else
        fprintf(stderr, "[tier] %s:%u %s -> baseline (%u bytecode bytes -> %u code bytes, %.1f us, install %.1f us)\n",
                file, fp->line, name, fp->code_len, fp->bl_code_bytes, (double)fp->bl_compile_ns / 1e3,
                (double)fp->bl_install_ns / 1e3);
}

bool policy_budget_exhausted(VM *vm, Frame *fr, bool at_loop)
{
    FunctionProto *fp = fr->proto;
    fp->budget = POLL_BUDGET;
    if (!vm->baseline_enabled || fp->tier_state == TIER_STATE_DONE) return false;
    bool eager = strcmp(vm->flags.eager, "baseline") == 0;
    switch (fp->tier_state) {
    case TIER_STATE_NEW:
        if (!eager) {
            fp->tier_state = TIER_STATE_COUNTING;
            fp->budget = clamp_budget(vm->flags.baseline_after * vm->flags.tier_scale * (double)fp->code_len);
            return false;
        }
        __attribute__((fallthrough));   /* eager mode compiles on the first call */
    case TIER_STATE_COUNTING:
        if (policy_compile_baseline(vm, fp) && fp->tier_state == TIER_STATE_PENDING) {
            /* --eager measures code quality: its code runs from this call on */
            if (eager) bl_flush(vm);
            else fp->budget = clamp_budget(vm->flags.baseline_after * vm->flags.tier_scale / 8 * (double)fp->code_len);
        }
        if (fp->tier_state != TIER_STATE_DONE) return false;   /* waits in the batch */
        break;
    case TIER_STATE_PENDING:
        bl_flush(vm);   /* hot while waiting: install the batch now */
        break;
    default:
        return false;
    }
    if (!fp->tier_code[TIER_BASELINE] || !at_loop || !vm->flags.osr) return false;
    fp->osr_entries++;
    vm->stats.v[STAT_osr_entries]++;
    if (vm->flags.trace_tier) {
        char name[128];
        proto_name(vm, fp, name, sizeof name);
        fprintf(stderr, "[tier] %s: OSR into baseline at bytecode offset %u\n", name,
                (uint32_t)(fr->pc - fp->code));
    }
    return true;
}
