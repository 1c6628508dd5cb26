/*
 * path.h -- node's posix path rules (prefix bi_path_): C functions for the
 * module loader, and the built-in 'path' module object.  Every char *
 * result is malloc'd (NULL on OOM).
 */
#ifndef TL_BI_PATH_H
#define TL_BI_PATH_H

#include "vm.h"

/* path.posix.normalize: '.' and '..' folded, '//' collapsed, a trailing
 * slash kept, '' -> '.'. */
char *bi_path_normalize(const char *p);
/* path.posix.dirname. */
char *bi_path_dirname(const char *p);
/* path.posix.resolve(...parts): right to left until a part is absolute,
 * then the working directory; normalized, no trailing slash. */
char *bi_path_resolve(const char *const *parts, int n);
/* A new 'path' module object (modules.c keeps the one require returns). */
JSValue bi_path_new(VM *vm);

#endif
