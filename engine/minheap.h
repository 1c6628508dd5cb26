/*
 * minheap.h -- `tierlab --find-min-heap FILE.js` (prefix minheap_): the
 * smallest heap cap in which a program completes, for heap-size sweeps.
 */
#ifndef TL_MINHEAP_H
#define TL_MINHEAP_H

/* argv as main() got it; argv[first] is the script (flags before it).
 * timeout: --timeout (0 = none; then each probe's limit is derived from
 * the first successful probe, see minheap.c).  Prints `min-heap: N bytes
 * (plan P)` and returns 0, or an error and 1. */
int minheap_run(const char *plan, double timeout, int argc, char **argv, int first);

#endif
