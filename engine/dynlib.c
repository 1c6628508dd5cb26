/*
 * dynlib.c -- optional libraries loaded the first time they are needed
 * (dynlib.h).
 */
#include "dynlib.h"

#include <dlfcn.h>
#include <stdio.h>

bool dynlib_ready(DynLib *lib)
{
    if (lib->state) return lib->state > 0;
    lib->state = -1;
    void *h = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        snprintf(lib->error, sizeof lib->error, "cannot load %s: %s", lib->soname, dlerror());
        return false;
    }
    for (size_t i = 0; i < lib->n; i++) {
        /* POSIX's idiom for a function pointer from dlsym (dlsym(3)) */
        void *f = dlsym(h, lib->names[i]);
        if (!f) {
            snprintf(lib->error, sizeof lib->error, "%s has no %s", lib->soname, lib->names[i]);
            while (i > 0) lib->fns[--i] = NULL;   /* no pointer into the closed library */
            dlclose(h);
            return false;
        }
        lib->fns[i] = f;
    }
    lib->state = 1;
    return true;
}
