/*
 * tier.c -- the tier registry (prefix tier_): maps the names accepted by
 * --tiers=LIST to Tier descriptors and installs the chosen ones in
 * vm->tiers, lowest level first.  The interpreter is always available and
 * always first (it runs any proto); compiled tiers are added here as they
 * appear.
 */
#include <stdio.h>
#include <string.h>

#include "tier.h"

#include "baseline/baseline.h"
#include "interp/interp.h"
#include "object.h"

static const Tier *const registry[] = {
    &tier_interp,
    &tier_baseline,
};
#define NREGISTRY (sizeof registry / sizeof registry[0])

const Tier *tier_find(const char *name)
{
    for (size_t i = 0; i < NREGISTRY; i++)
        if (strcmp(registry[i]->name, name) == 0) return registry[i];
    return NULL;
}

static void list_available(char *buf, size_t len)
{
    buf[0] = '\0';
    for (size_t i = 0; i < NREGISTRY; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, len - used, "%s%s", i ? ", " : "", registry[i]->name);
    }
}

/* Capture built-ins the interpreter's fast paths compare against, once the
 * realm exists and before any user code can modify them. */
static void capture_intrinsics(VM *vm)
{
    if (val_is_function(vm->intrinsics[INTR_ArrayIteratorProtoNext])) return;
    JSValue proto = vm->intrinsics[INTR_ArrayIteratorPrototype];
    if (!val_is_object(proto)) return;
    JSValue next = obj_get(vm, proto, vm_atom(vm, ATOM_next));
    if (val_is_function(next)) vm->intrinsics[INTR_ArrayIteratorProtoNext] = next;
    else if (next == VAL_EXCEPTION) vm->exception = VAL_HOLE;
}

bool tier_configure(VM *vm, const char *list, char *err, size_t errlen)
{
    vm->ntiers = 0;
    vm->tiers[vm->ntiers++] = &tier_interp;
    const char *p = list ? list : "";
    while (*p) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char name[32];
        if (n > 0) {
            if (n >= sizeof name) n = sizeof name - 1;
            memcpy(name, p, n);
            name[n] = '\0';
            const Tier *t = tier_find(name);
            if (!t) {
                char avail[128];
                list_available(avail, sizeof avail);
                snprintf(err, errlen, "unknown tier '%s' (available: %s)", name, avail);
                return false;
            }
            bool present = false;
            for (int i = 0; i < vm->ntiers; i++) present |= vm->tiers[i] == t;
            if (!present) {
                if (vm->ntiers >= (int)(sizeof vm->tiers / sizeof vm->tiers[0])) {
                    snprintf(err, errlen, "too many tiers in --tiers=%s", list);
                    return false;
                }
                /* keep the list sorted by level */
                int at = vm->ntiers++;
                while (at > 0 && vm->tiers[at - 1]->level > t->level) {
                    vm->tiers[at] = vm->tiers[at - 1];
                    at--;
                }
                vm->tiers[at] = t;
            }
        }
        if (!end) break;
        p = end + 1;
    }
    /* --eager=baseline compiles every function on its first call: it
     * implies the baseline tier. */
    const char *eager = vm->flags.eager;
    if (eager[0] && strcmp(eager, "baseline") != 0) {
        snprintf(err, errlen, "--eager=%s: unknown or unavailable tier (available: baseline)", eager);
        return false;
    }
    const char *jw = vm->flags.jit_write;
    if (strcmp(jw, "auto") != 0 && strcmp(jw, "alias") != 0 && strcmp(jw, "proc-mem") != 0 &&
        strcmp(jw, "mprotect") != 0) {
        snprintf(err, errlen, "--jit-write=%s: expected auto, alias, proc-mem or mprotect", jw);
        return false;
    }
    vm->baseline_enabled = eager[0] != '\0';
    for (int i = 0; i < vm->ntiers; i++) vm->baseline_enabled |= vm->tiers[i]->level == TIER_BASELINE;
    if (vm->flags.tier_scale < 0 || vm->flags.tier_scale != vm->flags.tier_scale) {
        snprintf(err, errlen, "--tier-scale must be a number >= 0");
        return false;
    }
    if (vm->flags.baseline_after < 0) {
        snprintf(err, errlen, "--baseline-after must be >= 0");
        return false;
    }
    capture_intrinsics(vm);
    return true;
}
