/*
 * registry.c -- maps --gc=NAME to a plan (prefix gc_).  Adding a plan: write
 * gc_strategies/<name>.c defining `const GcStrategy gc_<name>` and list it
 * here.  The first entry is the default (flags.def: --gc=marksweep).
 */
#include <stdio.h>
#include <string.h>

#include "gc.h"

extern const GcStrategy gc_marksweep;
extern const GcStrategy gc_semispace;
extern const GcStrategy gc_nogc;
extern const GcStrategy gc_gencopy;
extern const GcStrategy gc_genms;
extern const GcStrategy gc_markcompact;
extern const GcStrategy gc_rc;

static const GcStrategy *const plans[] = {
    &gc_marksweep,
    &gc_semispace,
    &gc_nogc,
    &gc_gencopy,
    &gc_genms,
    &gc_markcompact,
    &gc_rc,
};

const GcStrategy *gc_find(const char *name)
{
    if (!name || !*name) return plans[0];
    for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++)
        if (strcmp(plans[i]->name, name) == 0) return plans[i];
    return NULL;
}

void gc_list(void (*fn)(const GcStrategy *, void *), void *ud)
{
    for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++) fn(plans[i], ud);
}

/* --gc=list: every plan with its one-line description. */
void gc_print_list(FILE *out)
{
    for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++)
        fprintf(out, "%-12s %s%s\n", plans[i]->name, plans[i]->description, i == 0 ? " (default)" : "");
}
