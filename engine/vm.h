/*
 * vm.h -- the engine context (struct VM) that every engine function takes
 * first, and the call frame layout shared by all tiers.
 *
 * Roots (heap_trace_roots in heap.c walks exactly these):
 *   the VM register stack [vm->stack, vm->stack_top) (call.c keeps stack_top
 *   above every live frame's registers and a native call's arguments), every Frame's
 *   callee/env/new_target, the handle stack, vm->exception, vm->global,
 *   vm->global_lex, vm->intrinsics, predefined atoms, the empty shape, and
 *   every FunctionProto on vm->protos (constants and feedback), the job
 *   queues (jobs.c) and the event loop's pins and immediates (eventloop.c).
 *
 * Each module adds its state only inside its own fenced section below.
 */
#ifndef TL_VM_H
#define TL_VM_H

#include <stdbool.h>
#include <stdint.h>
#include "atom.h"
#include "bytecode.h"
#include "flags.h"
#include "heap.h"
#include "object.h"
#include "stats.h"

typedef enum IntrinsicId {
#define INTRINSIC(name) INTR_##name,
#include "intrinsics.def"
#undef INTRINSIC
    INTR__COUNT
} IntrinsicId;

/* One activation.  Interpreter and baseline frames share this layout. */
typedef struct Frame {
    FunctionProto *proto;    /* NULL for a native function's frame */
    JSValue *regs;           /* regs[0] = this; regs[1..] parameters, locals */
    const uint8_t *pc;       /* saved at every safepoint: the current instruction */
    JSValue callee;          /* the function object */
    JSValue env;             /* current environment (JSEnv) or undefined */
    JSValue new_target;      /* undefined unless a construct call */
    uint32_t argc;           /* actual argument count */
    uint16_t ret_reg;        /* caller's register receiving the result */
    uint16_t flags;          /* FRAME_* */
    JSValue *top;            /* vm->stack_top while this frame is the top one (call.c): never below
                                the caller's top, so a slot once scanned stays scanned until popped */
} Frame;

enum FrameFlag {
    FRAME_CONSTRUCT = 1,     /* entered through new / super() */
    FRAME_ENTRY = 2,         /* entered from C (vm_call): return leaves the dispatch loop */
    FRAME_NATIVE = 4,        /* a native function's frame (for stack traces) */
    FRAME_NESTED = 8,        /* baseline: its caller runs the call nested (the call stub, bl_call):
                                its return, or an exception unwinding past it, ends the dispatch
                                loop running it with TIER_STOPPED / TIER_THROW */
};

typedef struct VM {
    Heap heap;
    TlFlags flags;
    TlStats stats;

    /* ---- exception state (error.c) ---- */
    JSValue exception;       /* pending exception; VAL_HOLE when none */

    /* ---- VM stack and frames (call.c, interp) ---- */
    JSValue *stack;          /* register stack, flags.stack_size slots, never reallocated */
    JSValue *stack_end;
    JSValue *stack_top;      /* first free slot above the top frame's registers */
    Frame *frames;           /* frames[0 .. frame_count) */
    uint32_t frame_count, frame_cap;
    int native_depth;        /* C re-entry depth (vm_call), bounded by flags.max_native_depth */
    uintptr_t native_stack_limit;   /* ... and by the C stack: no re-entry below this (vm_native_room) */

    /* ---- handles (heap.c) ---- */
    HandleStack handles;

    /* ---- realm (realm.c, builtins) ---- */
    JSValue global;          /* the global object */
    JSValue global_lex;      /* top-level let/const/class bindings: a dictionary-mode object, values VAL_UNINIT in TDZ */
    JSValue intrinsics[INTR__COUNT];
    FunctionProto *protos;   /* every compiled function (list via ->next) */
    Source *sources;         /* not owned here; protos hold references */

    /* ---- atoms (atom.c) ---- */
    AtomTable atoms;

    /* ---- objects and shapes (object.c, shape.c) ---- */
    Shape *empty_shape;      /* root of the transition tree */
    uint32_t proto_epoch;    /* bumped when a prototype object changes keys or its prototype */
    /* a protector: an array whose prototype is %Array.prototype% has no
     * indexed property on its chain (array.h, arr_protos_init) */
    bool array_protos_plain;
    uint32_t next_shape_id;
    JSValue unit_strings;    /* ValArray of the 256 one-unit strings (string.c) */
    JSValue re_cache;        /* ValArray of compiled RegExp programs by (source, flags) (builtins/regexp.c) */

    /* ---- tiers (tiers/tier.c, tiers/policy.c, tiers/baseline) ---- */
    const struct Tier *tiers[4];
    int ntiers;
    bool baseline_enabled;           /* "baseline" is in --tiers */
    JSValue tier_result;             /* interp_step -> bl_run: the FRAME_ENTRY frame's result (VAL_HOLE: none yet) */
    uintptr_t c_stack_limit;         /* bl_call nests only while the C stack pointer is above this */
    struct BlState *bl;              /* baseline JIT state (code space, entry stub); NULL until first compile */

    /* ---- jobs and the event loop (jobs.c, eventloop.c): NULL until first use;
     * their JSValues are roots through job_trace_roots / loop_trace_roots ---- */
    struct JobQueues *jobs;
    struct LoopState *loop;
    struct WeakState *weak;   /* weak.c: weak array registry, kept list (NULL until first use) */

    /* ---- runtime services ---- */
    uint64_t start_ns;
    uint64_t virtual_clock_ms;   /* --deterministic: readings of the virtual clock so far (vm.c) */
    uint64_t random_state[2];
    bool interrupted;        /* set asynchronously by --timeout; checked at LOOP and calls */
} VM;

/* Internal results of the dispatch loop when it runs a call nested for
 * baseline code (a FRAME_NESTED frame): returned into the caller's frame,
 * or an exception is pending there.  Never visible to JS. */
#define TIER_STOPPED VAL_MAKE(VAL_TAG_MISC, 7)
#define TIER_THROW VAL_MAKE(VAL_TAG_MISC, 8)

/* ---- handles ---- */
static inline HandleScope heap_scope_open(VM *vm) { return vm->handles.top; }
static inline void heap_scope_close(VM *vm, HandleScope hs) { vm->handles.top = hs; }
JSValue *heap_handle_overflow(VM *vm);   /* aborts with a clear message */
static inline JSValue *heap_handle(VM *vm, JSValue v)
{
    if (vm->handles.top == vm->handles.cap) return heap_handle_overflow(vm);
    JSValue *h = &vm->handles.slots[vm->handles.top++];
    *h = v;
    return h;
}
static inline Cell *vm_alloc(VM *vm, CellKind kind, size_t bytes) { return heap_alloc(vm, &vm->heap, kind, bytes); }
static inline JSValue vm_atom(VM *vm, AtomId id) { return vm->atoms.predef[id]; }
static inline JSValue vm_intrinsic(VM *vm, IntrinsicId id) { return vm->intrinsics[id]; }

/* ---- clocks (vm.c) ----
 * Wall-clock ms since the epoch (Date), monotonic ms since the VM started
 * (performance.now), and the wall-clock instant of that start
 * (performance.timeOrigin).  Under --deterministic all three are virtual:
 * fixed at start, advancing 1 ms per reading. */
double vm_wall_ms(VM *vm);
double vm_monotonic_ms(VM *vm);
double vm_time_origin_ms(VM *vm);

/* ---- C re-entry bound ----
 * Every path where C code re-enters JS or a proxy trap (and so recurses on
 * the C stack) asks vm_native_room first and throws RangeError (Maximum
 * call stack size exceeded) when it says no.  The real bound is the C
 * stack itself: vm_init sets native_stack_limit a reserve above the
 * thread's stack end (room for the deepest unchecked recursion below the
 * last re-entry: the parser at its nesting limit, a sanitizer build's
 * bigger frames).  --max-native-depth caps the count on top of that, and
 * half the handle stack stays free for the code below the last re-entry.
 * The VM must run on the thread that created it. */

/* The C stack pointer: the real one (rsp), since an ASan fake frame's
 * address is on the heap. */
static inline uintptr_t vm_stack_pointer(void)
{
#if defined(__x86_64__)
    uintptr_t sp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    return sp;
#else
    return (uintptr_t)__builtin_frame_address(0);
#endif
}

static inline bool vm_native_room(const VM *vm)
{
    return vm->native_depth < vm->flags.max_native_depth && vm_stack_pointer() >= vm->native_stack_limit &&
           vm->handles.top < vm->handles.cap / 2;
}

/* ---- calling JS from C (call.c) ----
 * Re-enters the interpreter (or the function's current tier); bounded by
 * vm_native_room (RangeError beyond).  argv need not be rooted: it is
 * copied onto the VM stack before anything allocates. */
JSValue vm_call(VM *vm, JSValue fn, JSValue this_val, int argc, const JSValue *argv);
JSValue vm_construct(VM *vm, JSValue fn, int argc, const JSValue *argv, JSValue new_target);
/* Run a compiled top-level proto (script or eval code) with this = global. */
JSValue vm_run_proto(VM *vm, FunctionProto *fp);
/* Compile and run source as a script (used by the shell and global eval). */
JSValue vm_eval_source(VM *vm, const char *name, const char *src, size_t len, bool print_errors);
/* The same with parse_program flags (PARSE_WTF8 for the Function constructor). */
JSValue vm_eval_source_flags(VM *vm, const char *name, const char *src, size_t len, bool print_errors,
                             int parse_flags);

#endif
