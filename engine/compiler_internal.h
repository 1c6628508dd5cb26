/*
 * compiler_internal.h -- shared state of the bytecode compiler's files
 * (private to engine/compiler.c, scope.c, comp_stmt.c, comp_expr.c,
 * comp_pattern.c, comp_class.c, comp_eval.c, comp_generator.c).
 *
 * Pipeline (compiler.h): scope.c first walks the whole program once and
 * builds the Scope tree (declarations, hoisting, which variables are
 * captured by inner functions and therefore live in JSEnv slots, which
 * lexical bindings need TDZ checks).  Code generation then walks the AST
 * again, function by function, entering the same scopes (found through a
 * Node* -> Scope* map) and resolving identifiers by name along the scope
 * chain.
 *
 * Registers: r0 = this, r1..nparams the formals, then a stack: locals of
 * the scopes being compiled are allocated on scope entry and freed on exit,
 * temporaries above them (FuncState.sp), LIFO.
 */
#ifndef TL_COMPILER_INTERNAL_H
#define TL_COMPILER_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "bytecode.h"
#include "compiler.h"
#include "vm.h"

/* ---- scopes (scope.c) ---------------------------------------------------- */

typedef enum BindKind {
    BK_VAR, BK_LET, BK_CONST, BK_CLASS, BK_FUNC, BK_PARAM, BK_CATCH,
    BK_CALLEE,      /* name of a named function expression: read-only */
    BK_CLASS_INNER, /* the class name inside its body: const */
    BK_INTERNAL,    /* hidden: %this, %newtarget, %with, %fkN, arguments */
} BindKind;

typedef enum VarLoc { LOC_NONE, LOC_REG, LOC_ENV, LOC_GLOBAL } VarLoc;

typedef struct Scope Scope;
typedef struct FuncInfo FuncInfo;

typedef struct Var {
    const char *name;
    BindKind kind;
    bool captured;      /* referenced from an inner function: lives in the env */
    bool needs_tdz;     /* some read may precede initialisation */
    bool decl_seen;     /* scope pass: declaration already walked */
    bool initialized;   /* codegen: initialisation emitted (later reads need no check) */
    bool is_fn_decl;    /* hoisted function declaration (initialised at scope entry) */
    bool was_param;     /* a parameter replaced by a body function declaration (still mapped) */
    VarLoc loc;
    int index;          /* register or env slot */
    Node *fn_node;      /* BK_FUNC: the FUNCTION_DECL to instantiate */
    int param_reg;      /* BK_PARAM bound directly to an argument register, else -1 */
    struct Var *map_flag; /* sloppy mapped parameter: its function's `arguments` var (arguments.h), else NULL */
    int map_index;      /* its index in arguments */
    Scope *scope;
    struct Var *next;
} Var;

typedef enum ScopeKind { SC_FUNCTION, SC_BLOCK, SC_CATCH, SC_FOR, SC_SWITCH, SC_WITH, SC_CLASS } ScopeKind;

struct Scope {
    ScopeKind kind;
    Scope *parent;
    FuncInfo *func;     /* the function this scope belongs to */
    Var *vars, *last;   /* declaration order */
    int nvars;
    Var *with_var;      /* SC_WITH: the object */
    Var **hash; uint32_t hcap;   /* name index once the scope is large (malloc'd via comp_alloc) */
    /* codegen */
    bool has_env;       /* a JSEnv was pushed for this scope */
    int env_size;
    int reg_base;
};

/* One function (or the program, or a synthesised class function). */
struct FuncInfo {
    Node *node;             /* FUNCTION / FUNCTION_DECL / PROGRAM; NULL when synthesised */
    FuncNode *fn;           /* NULL for the program and synthesised functions */
    FuncInfo *parent;
    Scope *scope;           /* the function scope */
    Scope *body_scope;      /* non-simple parameters: the body's own var/lexical scope, else NULL */
    bool is_program, is_arrow, strict, is_decl;
    bool is_generator, is_async;   /* function* / async function (both: async generator) */
    bool is_eval;           /* direct eval code: its declarations stay local... */
    bool eval_global_vars;  /* ...except var/function of sloppy eval called from script top level */
    bool is_method;         /* method, accessor, class ctor, field initialiser: super allowed */
    bool is_ctor, is_derived;
    bool synth_ctor;        /* default class constructor (no AST) */
    bool static_init;       /* synthesised static-field initialiser */
    bool inst_init;         /* synthesised instance-elements initialiser (ClassInfo.inst_init) */
    bool arrow_super_call;  /* derived constructor: some inner arrow calls super() */
    bool uses_super_prop;
    bool param_assigned, args_written, args_escape, mapped_args;
    bool arrow_super;       /* arrow containing super.x: needs the method's home object */
    bool arrows_use_super;  /* non-arrow: some inner arrow uses super */
    bool reads_this;        /* non-arrow: its code reads `this` (emit_this) */
    Var *home_var;          /* class member: hidden class-scope var holding its home object */
    FuncInfo *next_all;     /* every function of the compilation */
    Var *this_var, *newtarget_var, *arguments_var, *callee_var;
    Node *cls_node;         /* ctor / static init: the CLASS or CLASS_DECL node */
};

/* Class bookkeeping (fields need hidden variables and synthesised functions). */
typedef struct ClassInfo {
    Scope *scope;           /* SC_CLASS */
    Var *name_var;          /* inner name binding or NULL */
    FuncInfo *ctor;         /* the constructor (possibly synthesised) */
    FuncInfo *static_init;  /* NULL if no static fields */
    FuncInfo *inst_init;    /* derived class whose constructor's arrows call super(): the
                             * instance fields and private methods are set up by this
                             * synthesised method, kept in inst_init_var, which every
                             * super() calls; NULL: they are inlined in the constructor */
    Var *inst_init_var;
    Var **field_keys;       /* per member index: hidden var holding a computed field key, or NULL */
    Var *home_proto, *home_ctor;   /* hidden vars for arrows using super (or NULL) */
    Var **priv_names;       /* the hidden "#x" bindings of declared private names */
    uint32_t npriv;
    Var **priv_fn;          /* per member index: hidden var holding a private method/accessor, or NULL */
} ClassInfo;

/* ---- the whole compilation ---------------------------------------------- */

typedef struct MapEntry { const void *key; void *value; } MapEntry;
typedef struct PtrMap { MapEntry *e; uint32_t cap, count; } PtrMap;

typedef struct Compiler {
    VM *vm;
    Source *src;
    CompileError *err;
    bool failed;
    PtrMap scopes;          /* Node* -> Scope* (blocks, loops, functions...) */
    PtrMap classes;         /* Node* -> ClassInfo* */
    PtrMap undef_new_target;   /* N_NEW_TARGET nodes that are undefined: in field initialisers inlined in a constructor */
    FuncInfo *field_ctor;   /* while scope.c visits those initialisers: the constructor */
    FuncInfo *funcs;        /* all analysed functions */
    Scope **eval_scopes; uint32_t neval;   /* scopes containing a direct eval call */
    Scope *eval_var_scope;  /* eval code: the caller's function-level scope (sloppy), else NULL */
    void **allocs; uint32_t nallocs, cap_allocs;   /* everything malloc'd, freed at the end */
} Compiler;

void *comp_alloc(Compiler *C, size_t size);      /* zeroed, freed with the compiler */
char *comp_strdup(Compiler *C, const char *s);
void comp_error(Compiler *C, Node *at, const char *fmt, ...);
void *comp_map_get(PtrMap *m, const void *key);
void comp_map_put(PtrMap *m, const void *key, void *value);

/* scope.c */
FuncInfo *scope_analyze_program(Compiler *C, Node *program, Scope *outer, bool is_eval, bool global_vars);
Scope *scope_eval_outer(Compiler *C, char ***names, uint32_t *counts, uint32_t levels, bool strict, int var_level);
Var *scope_lookup_local(Scope *s, const char *name);
bool scope_is_lexical(BindKind k);
FuncInfo *scope_func_of(Compiler *C, Node *fn_node);

/* ---- code generation state ------------------------------------------------ */

/* CT_ITER: an array destructuring pattern of a generator, whose iterator a
 * return resumption at a yield in it closes (emit_return) */
typedef enum CtlKind { CT_LOOP, CT_SWITCH, CT_LABEL, CT_ENV, CT_FINALLY, CT_ITER } CtlKind;
typedef enum ExitKind { EXIT_BREAK, EXIT_CONTINUE, EXIT_RETURN } ExitKind;

typedef struct FinallyExit { ExitKind kind; struct Control *target; } FinallyExit;

typedef struct Control {
    CtlKind kind;
    struct Control *prev;
    const char **labels; int nlabels;   /* labels naming this statement */
    uint32_t break_list, continue_list; /* pending jumps (chained, see emit_jump) */
    int iter_reg;                       /* CT_LOOP of a for-of, CT_ITER: iterator register, else -1 */
    int done_reg;                       /* CT_ITER: the pattern's `done` register (comp_pattern.c) */
    bool iter_async;                    /* ... of a for await: closing it awaits */
    /* CT_FINALLY */
    int kind_reg, val_reg;
    uint32_t finally_list;
    FinallyExit *exits; int nexits;
} Control;

typedef struct ConstKey { char *key; uint32_t len; uint32_t idx; } ConstKey;

typedef struct FuncState {
    Compiler *C;
    VM *vm;
    FuncInfo *fi;
    struct FuncState *parent;
    FunctionProto *fp;
    BcBuilder b;
    Scope *scope;            /* current scope */
    int sp, maxreg;          /* register stack pointer, frame size */
    uint32_t const_cap;
    ConstKey *ckeys; uint32_t ckey_cap, ckey_count;
    uint8_t *fb_kinds; uint32_t fb_cap;
    uint32_t child_cap;
    ExcHandler *handlers; uint32_t nhandlers, handler_cap;
    Control *ctl;
    int completion_reg;      /* top level: the script's completion value, else -1 */
    int gen_reg;             /* generators and async functions: g (bytecode.def), else -1 */
    uint32_t opt_list;       /* pending nullish jumps of the innermost ?. chain */
    bool opt_active;
    int hole_k;              /* const index holding VAL_HOLE (class without extends), -1 */
    uint32_t label_pc;       /* the latest offset some jump was patched to (+1; 0 none) */
    int try_depth;           /* inside try blocks / catch clauses whose handler continues here */
    const char **pending_labels; int npending;   /* labels of the loop being compiled */
} FuncState;

#define NO_REG (-1)
#define DISCARD (-2)     /* expression value unused */

/* compiler.c: registers, constants, jumps, scopes, names, functions;
 * comp_stmt.c: control stack and statements */
int reg_alloc(FuncState *fs);
int reg_alloc_n(FuncState *fs, int n);
void reg_free_to(FuncState *fs, int mark);
int const_atom(FuncState *fs, const char *name);
int const_utf16(FuncState *fs, const uint16_t *units, uint32_t len);
int const_number(FuncState *fs, double d);
int const_bigint(FuncState *fs, const char *text, uint32_t len);   /* a literal's digits */
int const_value(FuncState *fs, JSValue v);   /* v must be rooted until it is stored */
int const_hole(FuncState *fs);
int fb_new(FuncState *fs, FeedbackKind kind);
uint32_t here(FuncState *fs);
void set_pos(FuncState *fs, Node *n);
uint32_t emit_jump(FuncState *fs, Opcode op, int a, int b, uint32_t *list);
void patch_here(FuncState *fs, uint32_t list);
void patch_to(FuncState *fs, uint32_t list, uint32_t target);
void emit_loop(FuncState *fs, uint32_t target);
bool code_dead(FuncState *fs);
void emit_load_number(FuncState *fs, int dst, double d);
void add_handler(FuncState *fs, uint32_t start, uint32_t end, uint32_t handler, int exc_reg, int env_reg);
bool var_needs_check(Var *v);      /* a read must check the TDZ */
bool var_is_readonly(Var *v);      /* const, class inner name, function expression name */
void scope_enter(FuncState *fs, Scope *s);
void scope_leave(FuncState *fs, Scope *s, bool reachable);
void scope_init_functions(FuncState *fs, Scope *s);
Control *ctl_push(FuncState *fs, CtlKind kind);
void ctl_pop(FuncState *fs);
int compile_function(FuncState *parent, FuncInfo *fi, const char *name);   /* child index */
void stmt(FuncState *fs, Node *n);
void stmt_list(FuncState *fs, NodeList *l);
void emit_return(FuncState *fs, int reg);

/* name resolution (compiler.c) */
typedef struct NameRef {
    Var *var;          /* NULL: global */
    int depth;         /* env hops for LOC_ENV */
    bool with;         /* some `with` scope lies between */
} NameRef;
NameRef resolve_name(FuncState *fs, const char *name);
int load_name(FuncState *fs, const char *name, int dst, Node *at);   /* returns reg holding it */
int load_name_typeof(FuncState *fs, const char *name, int dst);
void delete_name_with(FuncState *fs, const char *name, int dst);
void load_callee_name(FuncState *fs, const char *name, int base);
void store_name(FuncState *fs, const char *name, int src, Node *at, bool init);
void load_var_to(FuncState *fs, Var *v, int depth, int dst, bool check);
void store_var(FuncState *fs, Var *v, int depth, int src);
void init_binding(FuncState *fs, const char *name, int src, Node *at);  /* let/const/class/var declaration */

/* comp_expr.c */
int expr(FuncState *fs, Node *n, int dst);
void expr_to(FuncState *fs, Node *n, int dst);
int expr_named(FuncState *fs, Node *n, int dst, const char *name);
void expr_effect(FuncState *fs, Node *n);
void test_jump(FuncState *fs, Node *n, bool when, uint32_t *list);
bool is_anon_fn(Node *n);
bool expr_mentions(Node *n, const char *name);
int emit_this(FuncState *fs, int dst);
void super_receiver(FuncState *fs);
int key_reg(FuncState *fs, Node *key, bool computed, int dst);

/* comp_generator.c */
/* await R(v) in a generator or async function: AWAIT + RESUME; returns
 * the register holding the result (dst if >= 0). */
int emit_await(FuncState *fs, int v, int dst);
int expr_yield(FuncState *fs, Node *n, int dst);
int expr_await(FuncState *fs, Node *n, int dst);
const char *static_key_name(FuncState *fs, Node *key, char *buf, size_t bufsz);

/* comp_pattern.c */
typedef enum BindMode { BIND_ASSIGN, BIND_INIT } BindMode;
void pattern_bind(FuncState *fs, Node *target, int src, BindMode mode);
void assign_to(FuncState *fs, Node *target, int src);

/* direct eval: the caller's env levels, innermost first (slot names) */
typedef struct EvalScope {
    char ***names; uint32_t *counts; uint32_t levels;
    bool strict;
    bool global_vars;   /* sloppy eval from script top level: var/function go to the global object */
    int var_level;      /* index of the caller's function-level scope among the levels, or -1 */
} EvalScope;
FunctionProto *comp_compile_eval_code(VM *vm, Node *program, Source *src, const EvalScope *es, CompileError *err);

/* comp_eval.c */
int direct_eval_call(FuncState *fs, Node *n, int dst);   /* -1: not a direct eval here */

/* comp_class.c */
int class_expr(FuncState *fs, Node *n, int dst, const char *name);
void class_emit_fields(FuncState *fs);    /* instance fields, in a constructor */
void class_emit_instance_init(FuncState *fs, int this_reg);   /* after super() in an arrow */

#endif
