/*
 * dynlib.h -- optional libraries loaded the first time they are needed.
 *
 * capstone (--print-code) and PAPI (hardware counters) are opened with
 * dlopen when first used instead of being linked: linked, the dynamic
 * loader relocated them in every tierlab process -- about 77,000
 * relocations for capstone and 41,000 for PAPI's libpfm, more than half
 * of the start-up of a process that runs `tierlab -e 1` (session 9; the
 * test suites start tens of thousands of processes).
 *
 * A user lists the functions it calls in an X-macro and keeps them in a
 * struct of pointers typed by the library's own header:
 *
 *   #define CS_FUNCS(X) X(cs_open) X(cs_close)
 *   static struct { CS_FUNCS(DYNLIB_FIELD) } cs;
 *   static const char *const cs_names[] = { CS_FUNCS(DYNLIB_NAME) };
 *   static DynLib cs_lib = DYNLIB_INIT(TL_CAPSTONE_SONAME, cs_names, cs);
 *   ...
 *   if (!dynlib_ready(&cs_lib)) report(cs_lib.error);
 *   cs.cs_open(...);
 *
 * The soname comes from the library found at configure time
 * (CMakeLists.txt), so the loaded library is the one compiled against.
 */
#ifndef TL_DYNLIB_H
#define TL_DYNLIB_H

#include <stdbool.h>
#include <stddef.h>

#define DYNLIB_FIELD(f) __typeof__(f) *f;
#define DYNLIB_NAME(f) #f,

typedef struct DynLib {
    const char *soname;
    const char *const *names;   /* the functions, in the order of fns */
    size_t n;
    void **fns;                 /* the struct of pointers, as n slots */
    int state;                  /* 0 = not tried, 1 = loaded, -1 = failed */
    char error[200];            /* why it failed (state -1) */
} DynLib;

#define DYNLIB_INIT(soname, names, fns) \
    { (soname), (names), sizeof(names) / sizeof *(names), (void **)&(fns), 0, "" }

/* Load the library and resolve every name, once per process; true if all
 * resolved.  A failure is remembered: lib->error says which step failed. */
bool dynlib_ready(DynLib *lib);

#endif
