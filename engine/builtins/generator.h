/*
 * generator.h -- generators, async functions and async generators
 * (ECMA-262 27.3 - 27.7; prefix bi_generator_): the generator object, the
 * suspension and resumption of its frame, %GeneratorPrototype%,
 * %AsyncGeneratorPrototype%, Await, and the GeneratorFunction /
 * AsyncFunction / AsyncGeneratorFunction intrinsics.
 *
 * How a generator runs (docs/generators.md has the whole story):
 *  - The compiler reserves four registers g .. g+3 in every generator or
 *    async function: R(g) holds the generator object, R(g+1) and R(g+2)
 *    receive the value and the resume mode (GEN_MODE_*) when the frame is
 *    resumed, R(g+3) the environment for the catch-all handler.
 *  - Suspending (GENERATOR_START, YIELD, AWAIT) copies the frame --
 *    registers, pc, environment, argument count -- into the generator's
 *    record and returns from the frame like RETURN.  Resuming pushes a new
 *    frame at the stack top and copies the registers back: from C (the
 *    prototype methods, Await's reactions) a FRAME_ENTRY frame run by
 *    call_execute; from YIELD_STAR and FOR_OF_NEXT a frame returning into
 *    the running loop (bi_generator_resume_inline).  The frame may live at
 *    a different stack address each time, which is fine because nothing
 *    points into a frame's registers across a suspension.
 *  - Normal and abrupt completion are bytecode too: GEN_RETURN ends the
 *    body, and a catch-all handler around it runs GEN_THROW.  So the
 *    interpreter's call, return and unwind paths know nothing about
 *    generators.
 *
 * The generator object is a JSWrapper of class CLS_GENERATOR whose
 * internal value is the record (a ValArray, traced like any other):
 * fixed fields G_* (generator.c) followed by the saved registers.
 */
#ifndef TL_BI_GENERATOR_H
#define TL_BI_GENERATOR_H

#include "vm.h"

typedef enum GenKind {
    GEN_KIND_GENERATOR, GEN_KIND_ASYNC, GEN_KIND_ASYNC_GENERATOR,
    GEN_KIND_ASYNC_FROM_SYNC,   /* CreateAsyncFromSyncIterator's object (no frame) */
} GenKind;

/* [[GeneratorState]] / [[AsyncGeneratorState]] */
typedef enum GenState {
    GEN_SUSPENDED_START,
    GEN_SUSPENDED_YIELD,
    GEN_EXECUTING,
    GEN_AWAITING_RETURN,   /* async generators: awaiting the value of return() after completion */
    GEN_COMPLETED,
} GenState;

/* R(g+2) after a resumption */
typedef enum GenMode { GEN_MODE_NEXT, GEN_MODE_THROW, GEN_MODE_RETURN } GenMode;

/* GENERATOR_START / ASYNC_START: the generator object for frame fr, whose
 * register reg will hold it; an async function's also gets its promise.
 * VAL_EXCEPTION on a throw (the prototype getter) or OOM. */
JSValue bi_generator_start(VM *vm, Frame *fr, uint32_t reg, GenKind kind);

/* Save frame fr into gen: it resumes at resume_pc.  state < 0 leaves the
 * state as it is (an await inside a running generator).  Never allocates. */
void bi_generator_suspend(VM *vm, Frame *fr, JSValue gen, const uint8_t *resume_pc, int state);

/* YIELD: what the frame returns to whoever resumed it -- an iterator
 * result for a generator (raw: v already is one, from yield*).  For an
 * async generator the yield completes the first request; when more
 * requests are queued the generator goes on without suspending: then
 * *go_on is set and g[1], g[2] hold the next request's value and mode.
 * VAL_EXCEPTION on a throw. */
JSValue bi_generator_yield(VM *vm, JSValue *g, JSValue v, bool raw, bool *go_on);

/* AWAIT: PromiseResolve(v) and a reaction that resumes gen; returns what
 * the frame returns (an async function's promise).  VAL_EXCEPTION when
 * PromiseResolve throws (the exception belongs to the await). */
JSValue bi_generator_await(VM *vm, JSValue gen, JSValue v);

/* GEN_RETURN / GEN_THROW: the body completed normally with v / threw exc.
 * Returns what the frame returns; for a generator GEN_THROW rethrows
 * (VAL_EXCEPTION). */
JSValue bi_generator_return(VM *vm, JSValue gen, JSValue v);
JSValue bi_generator_throw(VM *vm, JSValue gen, JSValue exc);

/* GET_ASYNC_ITERATOR: GetIterator(obj, async) into pair[0] (the iterator)
 * and pair[1] (its next method); a sync iterator is wrapped by
 * CreateAsyncFromSyncIterator.  -1 on a throw. */
int bi_generator_async_iterator(VM *vm, JSValue *pair, JSValue obj);
/* The same with obj's @@asyncIterator / @@iterator methods already read
 * (GetMethod; undefined for none): a TypeError when both are undefined. */
int bi_generator_async_iterator_from(VM *vm, JSValue *pair, JSValue obj, JSValue async_method, JSValue sync_method);

/* YIELD_STAR's fast path: when method is %GeneratorPrototype%.next /
 * return / throw and receiver a generator it would resume, push the
 * generator's frame (flags 0: its yield or return stores the iterator
 * result into the caller's register ret_reg) instead of calling method,
 * so that nested yield* does not recurse on the C stack.  1 pushed, 0 not
 * applicable (call method), -1 RangeError (stack full). */
int bi_generator_resume_inline(VM *vm, JSValue method, JSValue receiver, JSValue value, uint16_t ret_reg);

/* CreateIterResultObject(v, done), fast (the shape is known). */
JSValue bi_generator_iter_result(VM *vm, JSValue v, bool done);
/* IteratorComplete / IteratorValue of a result made above, without
 * lookups: 1 done, 0 not done (*value set), -1 not such a result. */
int bi_generator_result_fast(VM *vm, JSValue r, JSValue *value);

#endif
