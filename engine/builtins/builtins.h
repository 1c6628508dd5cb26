/*
 * builtins.h -- one init function per builtin family (prefix bi_), each in
 * its own file here, called in order by realm_init().  Each installs its
 * constructor and prototype methods with spec attributes, `length` and `name`.
 */
#ifndef TL_BUILTINS_H
#define TL_BUILTINS_H

#include "vm.h"

bool bi_object_init(VM *vm);
bool bi_function_init(VM *vm);
bool bi_array_init(VM *vm);
bool bi_string_init(VM *vm);
bool bi_number_init(VM *vm);
bool bi_boolean_init(VM *vm);
bool bi_symbol_init(VM *vm);
bool bi_math_init(VM *vm);
bool bi_error_init(VM *vm);
bool bi_json_init(VM *vm);
bool bi_iterator_init(VM *vm);
bool bi_collection_init(VM *vm);  /* Map, Set, WeakMap, WeakSet */
bool bi_reflect_init(VM *vm);
bool bi_date_init(VM *vm);
bool bi_global_init(VM *vm);      /* parseInt, isNaN, eval, globalThis, ... */
bool bi_console_init(VM *vm);     /* console.*, print */
bool bi_regexp_init(VM *vm);      /* RegExp, RegExp String Iterator */
/* RegExpCreate(pattern, flags) (regexp.c; flags undefined for none): regexp literals, String methods */
JSValue bi_regexp_create(VM *vm, JSValue pattern, JSValue flags);

/* console.log formatting (node-like), used by print/console: */
void bi_inspect(VM *vm, JSValue v, void *file, bool top_level);

#endif
