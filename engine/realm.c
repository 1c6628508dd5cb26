/*
 * realm.c -- creating the global environment (prefix realm_).
 *
 * Order of construction (each step needs the previous ones):
 *   Object.prototype (proto null) -> Function.prototype (a native function
 *   whose proto is Object.prototype) -> the global object and the lexical
 *   top-level dictionary -> well-known symbols -> every builtin family
 *   (bi_*_init, builtins/) -> the preallocated out-of-memory RangeError.
 * vm.c runs this with collection deferred, but every helper here still keeps
 * its values in handles so that the helpers are safe to use at any time.
 */
#include "builtins/bi_internal.h"
#include "builtins/process.h"
#include "eventloop.h"
#include "jobs.h"
#include "modules.h"
#include "esm.h"

/* Function.prototype is itself callable: it accepts anything and returns undefined. */
static JSValue function_prototype_call(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    return VAL_UNDEFINED;
}

/* ---- definition helpers -------------------------------------------------- */

int realm_def_method(VM *vm, JSValue obj, const char *name, NativeFn fn, int length, int magic)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    int r = -1;
    JSValue key = atom_from_cstr(vm, name);
    if (key != VAL_EXCEPTION) {
        JSValue *k = heap_handle(vm, key);
        JSValue f = fn_new_native(vm, name, fn, length, magic);
        if (f != VAL_EXCEPTION) r = obj_define_value(vm, *o, *k, f, PROP_HIDDEN);
    }
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 0;
}

int realm_def_method_key(VM *vm, JSValue obj, JSValue key, const char *name, NativeFn fn, int length)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue *k = heap_handle(vm, key);
    int r = -1;
    JSValue f = fn_new_native(vm, name, fn, length, 0);
    if (f != VAL_EXCEPTION) r = obj_define_value(vm, *o, *k, f, PROP_HIDDEN);
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 0;
}

int realm_def_getter(VM *vm, JSValue obj, const char *name, NativeFn fn)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    int r = -1;
    JSValue key = atom_from_cstr(vm, name);
    if (key != VAL_EXCEPTION) {
        JSValue *k = heap_handle(vm, key);
        size_t n = strlen(name);
        char *fname = malloc(n + 5);
        if (fname) {
            memcpy(fname, "get ", 4);
            memcpy(fname + 4, name, n + 1);
            JSValue f = fn_new_native(vm, fname, fn, 0, 0);
            free(fname);
            if (f != VAL_EXCEPTION)
                r = obj_define_accessor(vm, *o, *k, f, VAL_UNDEFINED, PROP_CONFIGURABLE);
        }
    }
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 0;
}

int realm_def_value(VM *vm, JSValue obj, const char *name, JSValue v, uint32_t attrs)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue *hv = heap_handle(vm, v);
    int r = -1;
    JSValue key = atom_from_cstr(vm, name);
    if (key != VAL_EXCEPTION) r = obj_define_value(vm, *o, key, *hv, attrs);
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 0;
}

/* Creates the constructor `name`, links ctor.prototype (non-writable,
 * non-enumerable, non-configurable) and proto.constructor (hidden) and binds
 * it on the global object. */
JSValue realm_def_class(VM *vm, const char *name, NativeFn ctor, int length, JSValue proto_obj)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *p = heap_handle(vm, proto_obj);
    JSValue result = VAL_EXCEPTION;
    JSValue f = fn_new_native(vm, name, ctor, length, 0);
    if (f == VAL_EXCEPTION) goto out;
    JSValue *hf = heap_handle(vm, f);
    val_obj(*hf)->flags |= OBJ_IS_CONSTRUCTOR;
    if (val_is_object(*p)) {
        if (obj_define_value(vm, *hf, vm_atom(vm, ATOM_prototype), *p, 0) < 0) goto out;
        if (obj_define_value(vm, *p, vm_atom(vm, ATOM_constructor), *hf, PROP_HIDDEN) < 0) goto out;
    }
    if (realm_def_value(vm, vm->global, name, *hf, PROP_HIDDEN) < 0) goto out;
    result = *hf;
out:
    heap_scope_close(vm, hs);
    return result;
}

/* ---- well-known symbols -------------------------------------------------- */

static const struct {
    IntrinsicId id;
    const char *desc;
} well_known[] = {
    { INTR_SymbolIterator, "Symbol.iterator" },
    { INTR_SymbolAsyncIterator, "Symbol.asyncIterator" },
    { INTR_SymbolHasInstance, "Symbol.hasInstance" },
    { INTR_SymbolToPrimitive, "Symbol.toPrimitive" },
    { INTR_SymbolToStringTag, "Symbol.toStringTag" },
    { INTR_SymbolSpecies, "Symbol.species" },
    { INTR_SymbolUnscopables, "Symbol.unscopables" },
    { INTR_SymbolIsConcatSpreadable, "Symbol.isConcatSpreadable" },
    { INTR_SymbolMatch, "Symbol.match" },
    { INTR_SymbolMatchAll, "Symbol.matchAll" },
    { INTR_SymbolReplace, "Symbol.replace" },
    { INTR_SymbolSearch, "Symbol.search" },
    { INTR_SymbolSplit, "Symbol.split" },
};

static bool make_symbols(VM *vm)
{
    for (size_t i = 0; i < sizeof well_known / sizeof well_known[0]; i++) {
        JSValue d = str_from_cstr(vm, well_known[i].desc);
        if (d == VAL_EXCEPTION) return false;
        JSValue s = sym_new(vm, d);
        if (s == VAL_EXCEPTION) return false;
        vm->intrinsics[well_known[i].id] = s;
    }
    return true;
}

/* ---- realm_init ---------------------------------------------------------- */

static bool make_core_objects(VM *vm)
{
    JSValue op = obj_new(vm, VAL_NULL);
    if (op == VAL_EXCEPTION) return false;
    vm->intrinsics[INTR_ObjectPrototype] = op;
    val_obj(op)->flags |= OBJ_IS_PROTO;

    /* fn_new_native takes its prototype from INTR_FunctionPrototype: null
     * while Function.prototype itself is being made, fixed just below. */
    vm->intrinsics[INTR_FunctionPrototype] = VAL_NULL;
    JSValue fp = fn_new_native(vm, "", function_prototype_call, 0, 0);
    if (fp == VAL_EXCEPTION) return false;
    vm->intrinsics[INTR_FunctionPrototype] = fp;
    if (obj_set_proto(vm, fp, vm->intrinsics[INTR_ObjectPrototype]) < 0) return false;
    val_obj(vm->intrinsics[INTR_FunctionPrototype])->flags |= OBJ_IS_PROTO;

    JSValue g = obj_new(vm, vm->intrinsics[INTR_ObjectPrototype]);
    if (g == VAL_EXCEPTION) return false;
    vm->global = g;
    JSValue lex = obj_new(vm, VAL_NULL);
    if (lex == VAL_EXCEPTION) return false;
    vm->global_lex = lex;
    return true;
}

static bool make_oom_error(VM *vm)
{
    JSValue msg = str_from_cstr(vm, "Out of memory: the heap limit was reached");
    if (msg == VAL_EXCEPTION) return false;
    JSValue e = err_new(vm, RangeError, msg);
    if (e == VAL_EXCEPTION) return false;
    vm->intrinsics[INTR_OutOfMemoryError] = e;
    return true;
}

static bool make_script_args(VM *vm, int argc, char **argv)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue arr = arr_new(vm, 0);
    if (arr == VAL_EXCEPTION) goto out;
    JSValue *ha = heap_handle(vm, arr);
    for (int i = 0; i < argc; i++) {
        JSValue s = str_from_utf8(vm, argv[i], strlen(argv[i]));
        if (s == VAL_EXCEPTION || arr_push(vm, *ha, s) < 0) goto out;
    }
    ok = realm_def_value(vm, vm->global, "scriptArgs", *ha, PROP_HIDDEN) == 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}

bool realm_init(VM *vm, int script_argc, char **script_argv)
{
    if (!make_core_objects(vm) || !make_symbols(vm)) return false;
    /* Dependency order: iterator prototypes before the families whose
     * iterators inherit from them; errors before anything that may throw. */
    bool ok = bi_object_init(vm) && bi_function_init(vm) && bi_error_init(vm) &&
              bi_iterator_init(vm) && bi_iterator_helpers_init(vm) && bi_collection_init(vm) && bi_weakref_init(vm) && bi_array_init(vm) && bi_string_init(vm) &&
              bi_number_init(vm) && bi_boolean_init(vm) && bi_symbol_init(vm) && bi_bigint_init(vm) &&
              bi_math_init(vm) && bi_json_init(vm) && bi_reflect_init(vm) && bi_proxy_init(vm) && bi_date_init(vm) && bi_regexp_init(vm) && bi_global_init(vm) && bi_console_init(vm) &&
              bi_promise_init(vm) && bi_generator_init(vm) && bi_arraybuffer_init(vm) && bi_typedarray_init(vm) && bi_atomics_init(vm) && job_install(vm) && loop_install(vm);   /* Promise, queueMicrotask, timers */
    if (!ok) return false;
    if (!make_script_args(vm, script_argc, script_argv)) return false;
    /* Node's process members and require (after the globals they read) */
    if (!bi_process_init(vm, script_argc, script_argv) || !mod_install(vm) || !esm_install(vm)) return false;
    arr_protos_init(vm);
    return make_oom_error(vm);
}
