/*
 * meta.h -- what a result needs to be interpreted later (prefix meta_):
 * the machine (kernel, CPU, cores, memory, virtualisation, ASLR, frequency
 * governor, load), the software (git commit and dirty state, engine binary
 * hashes, the build type and compiler) and what can be counted here.
 */
#ifndef TL_HARNESS_META_H
#define TL_HARNESS_META_H

#include <stdio.h>

#include "experiment.h"

/* One JSON object; "machine_id" (hostname + CPU model + kernel) is what
 * merge uses to refuse pooling timings from different machines. */
void meta_write_json(FILE *out, const Experiment *exp, const Matrix *m);
/* The machine_id string alone (malloc'd). */
char *meta_machine_id(void);

#endif
