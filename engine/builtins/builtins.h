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
bool bi_bigint_init(VM *vm);
bool bi_math_init(VM *vm);
bool bi_error_init(VM *vm);
bool bi_json_init(VM *vm);
bool bi_iterator_init(VM *vm);
bool bi_iterator_helpers_init(VM *vm);   /* Iterator, Iterator.from, Iterator.prototype helpers (iterator_helpers.c) */
bool bi_collection_init(VM *vm);  /* Map, Set, WeakMap, WeakSet */
bool bi_weakref_init(VM *vm);     /* WeakRef, FinalizationRegistry */
bool bi_reflect_init(VM *vm);
bool bi_proxy_init(VM *vm);
bool bi_date_init(VM *vm);
bool bi_global_init(VM *vm);      /* parseInt, isNaN, eval, globalThis, ... */
bool bi_console_init(VM *vm);     /* console.*, print */
bool bi_regexp_init(VM *vm);      /* RegExp, RegExp String Iterator */
bool bi_promise_init(VM *vm);      /* Promise (promise.c) */
bool bi_generator_init(VM *vm);    /* generators, async functions (generator.c) */
bool bi_arraybuffer_init(VM *vm);  /* ArrayBuffer, SharedArrayBuffer, DataView (arraybuffer.c) */
bool bi_typedarray_init(VM *vm);   /* %TypedArray% and the typed arrays (typedarray.c, typedarray_proto.c) */
bool bi_atomics_init(VM *vm);      /* Atomics (atomics.c) */
/* RegExpCreate(pattern, flags) (regexp.c; flags undefined for none): regexp literals, String methods */
JSValue bi_regexp_create(VM *vm, JSValue pattern, JSValue flags);

/* promise.c for the host (jobs.c, eventloop.c, native modules):
 * the two Promise jobs, run by job_drain (false: the job threw, exception
 * pending); [[PromiseIsHandled]], [[PromiseResult]] and [[PromiseState]]
 * (-1 if v is not a promise); a new pending %Promise% and settling it as
 * its resolve / reject functions would (a thenable value is adopted). */
enum { PROMISE_PENDING, PROMISE_FULFILLED, PROMISE_REJECTED };
bool bi_promise_reaction_job(VM *vm, JSValue reaction, JSValue argument, bool rejected);
bool bi_promise_resolve_thenable_job(VM *vm, JSValue promise, JSValue thenable, JSValue then);
bool bi_promise_is_handled(JSValue promise);
JSValue bi_promise_result(JSValue promise);
int bi_promise_state(JSValue promise);
JSValue bi_promise_new(VM *vm);
bool bi_promise_settle(VM *vm, JSValue promise, JSValue value, bool reject);
/* Await's promise steps (generator.c): PromiseResolve(%Promise%, value)
 * and a reaction calling on_fulfilled / on_rejected, with a fresh derived
 * promise (returned) or none (undefined); VAL_EXCEPTION if it threw. */
JSValue bi_promise_resolve_then(VM *vm, JSValue value, JSValue on_fulfilled, JSValue on_rejected, bool derived);

/* A for-of step over a Map or Set iterator without its {value, done}
 * result (collection.c; baseline code's FOR_OF_NEXT): when `next` is
 * %MapIteratorPrototype%.next or %SetIteratorPrototype%.next and `it` an
 * iterator it accepts, what calling it would do -- 1 with *out = the
 * result's value, 0 when the result is done, -1 on a throw; -2 (nothing
 * done) otherwise. */
int bi_collection_iter_step(VM *vm, JSValue next, JSValue it, JSValue *out);

/* Array.prototype.push (array.c): baseline code pushes onto fast arrays
 * itself when a call's target is this native (bl_stubs.c). */
JSValue bi_array_push(VM *vm, JSValue *args, int argc, JSValue nt);

/* console.log formatting (node-like), used by print/console: */
void bi_inspect(VM *vm, JSValue v, void *file, bool top_level);

#endif
