/*
 * interp.h -- the bytecode interpreter tier (prefix interp_).
 *
 * One dispatch loop (interp.c) built as computed goto or as a switch from
 * the same source (TL_INTERP_SWITCH).  JS->JS calls push a Frame on the VM
 * stack and continue in the same C activation; only native->JS re-entry
 * (vm_call) nests a new loop, marked FRAME_ENTRY.
 */
#ifndef TL_INTERP_H
#define TL_INTERP_H

#include "tier.h"

extern const Tier tier_interp;

/* Run from the top frame until the FRAME_ENTRY frame returns. */
JSValue interp_run(VM *vm);

#endif
