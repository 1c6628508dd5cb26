/*
 * function.c -- the Function constructor and Function.prototype (call,
 * apply, bind, toString, @@hasInstance), and %ThrowTypeError%
 * (prefix bi_function_).  Function objects themselves are engine/function.c.
 */
#include "bi_internal.h"
#include "../parser.h"

#define MAX_APPLY_ARGS 500000

static bool is_bound(JSValue f)
{
    JSFunction *fn = (JSFunction *)val_obj(f);
    return val_is_function(f) && !fn->fp && !fn->native && val_is_kind(fn->data, CELL_VALARRAY);
}

/* ---- Function constructor ------------------------------------------------- */

/* The source "(function anonymous(P\n) {\nB\n})" as UTF-8 (malloc'd), or
 * NULL after an exception. */
static char *dyn_source(VM *vm, JSValue params, JSValue body, size_t *len)
{
    StrBuilder b;
    sb_init(&b);
    sb_add_cstr(&b, "(function anonymous(");
    if (params != VAL_UNDEFINED) sb_add_string(vm, &b, params);
    sb_add_cstr(&b, "\n) {\n");
    if (body != VAL_UNDEFINED) sb_add_string(vm, &b, body);
    sb_add_cstr(&b, "\n})");
    JSValue src = sb_finish(vm, &b);
    if (src == VAL_EXCEPTION) return NULL;
    char *text = str_to_wtf8(vm, src, len);
    if (!text) err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    return text;
}

/* CreateDynamicFunction parses the parameters and the body each on their
 * own: the text must be exactly one function expression, so a comment or
 * a brace cannot reach from one part into the other. */
static bool dyn_part_ok(const char *text, size_t len, ParseError *perr)
{
    Arena arena = {0};
    Node *p = parse_program(&arena, text, len, PARSE_WTF8, perr);
    bool ok = p && p->u.program.body.count == 1;
    if (ok) {
        Node *st = p->u.program.body.items[0];
        ok = st->kind == N_EXPR_STMT && st->u.unary.arg && st->u.unary.arg->kind == N_FUNCTION;
    }
    if (p && !ok)
        snprintf(perr->message, sizeof perr->message, "Unexpected token in the Function constructor's source");
    arena_free(&arena);
    return ok;
}

/* new Function(p1, ..., pn, body): the source text
 * "(function anonymous(p1,...,pn\n) {\nbody\n})" compiled as a script. */
static JSValue function_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    JSValue *nt = heap_handle(vm, new_target);
    StrBuilder b;
    sb_init(&b);
    for (int i = 0; i + 1 < argc; i++) {
        JSValue s = rt_to_string(vm, args[i]);
        if (s == VAL_EXCEPTION) {
            sb_free(&b);
            BI_RETURN(s);
        }
        if (i) sb_add_unit(&b, ',');
        sb_add_string(vm, &b, s);
    }
    JSValue params = sb_finish(vm, &b);
    if (params == VAL_EXCEPTION) BI_RETURN(params);
    JSValue *hp = heap_handle(vm, params);
    JSValue *hb = heap_handle(vm, VAL_UNDEFINED);
    if (argc > 0) {
        JSValue s = rt_to_string(vm, args[argc - 1]);
        if (s == VAL_EXCEPTION) BI_RETURN(s);
        *hb = s;
    }
    size_t len;
    for (int part = 0; part < 2; part++) {
        char *t = dyn_source(vm, part == 0 ? *hp : VAL_UNDEFINED, part == 1 ? *hb : VAL_UNDEFINED, &len);
        if (!t) BI_RETURN(VAL_EXCEPTION);
        ParseError perr;
        bool ok = dyn_part_ok(t, len, &perr);
        free(t);
        if (!ok) BI_RETURN(err_throw_type(vm, SyntaxError, "%s", perr.message));
    }
    char *text = dyn_source(vm, *hp, *hb, &len);
    if (!text) BI_RETURN(VAL_EXCEPTION);
    ParseError perr;
    if (!dyn_part_ok(text, len, &perr)) {
        free(text);
        BI_RETURN(err_throw_type(vm, SyntaxError, "%s", perr.message));
    }
    JSValue f = vm_eval_source_flags(vm, "<anonymous>", text, len, false, PARSE_WTF8);
    free(text);
    if (f == VAL_EXCEPTION) BI_RETURN(f);
    if (!val_is_function(f)) BI_RETURN(bi_throw_type(vm, "Function constructor: could not create the function"));
    JSValue *hf = heap_handle(vm, f);
    if (val_is_object(*nt) && *nt != vm_intrinsic(vm, INTR_Function)) {
        JSValue proto = bi_proto_from_ctor(vm, *nt, INTR_FunctionPrototype);
        if (proto == VAL_EXCEPTION || obj_set_proto(vm, *hf, proto) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hf);
}

/* ---- Function.prototype -------------------------------------------------- */

static JSValue throw_not_function(VM *vm, const char *what)
{
    return err_throw_type(vm, TypeError, "%s called on a value that is not a function", what);
}

static JSValue function_call(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!rt_is_callable(args[-1])) return throw_not_function(vm, "Function.prototype.call");
    return vm_call(vm, args[-1], bi_arg(args, argc, 0), argc > 1 ? argc - 1 : 0, args + 1);
}

static JSValue function_apply(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!rt_is_callable(args[-1])) BI_RETURN(throw_not_function(vm, "Function.prototype.apply"));
    JSValue list = bi_arg(args, argc, 1);
    if (val_is_nullish(list)) BI_RETURN(vm_call(vm, args[-1], bi_arg(args, argc, 0), 0, NULL));
    if (!val_is_object(list)) BI_RETURN(bi_throw_type(vm, "CreateListFromArrayLike called on non-object"));
    double len;
    if (!bi_length_of(vm, list, &len)) BI_RETURN(VAL_EXCEPTION);
    if (len > MAX_APPLY_ARGS) BI_RETURN(err_throw(vm, ERRMSG_STACK_OVERFLOW));
    /* The argument list is built in consecutive handles. */
    JSValue *argv = NULL;
    for (uint32_t i = 0; i < (uint32_t)len; i++) {
        JSValue v = bi_get_index(vm, args[1], i);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        JSValue *h = heap_handle(vm, v);
        if (!argv) argv = h;
    }
    BI_RETURN(vm_call(vm, args[-1], args[0], (int)len, argv));
}

static JSValue function_bind(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!rt_is_callable(args[-1])) return bi_throw_type(vm, "Bind must be called on a function");
    return fn_new_bound(vm, args[-1], bi_arg(args, argc, 0), args + 1, argc > 1 ? argc - 1 : 0);
}

static JSValue function_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue f = args[-1];
    if (rt_is_callable(f) && !val_is_function(f)) BI_RETURN(bi_str(vm, "function () { [native code] }"));
    if (!val_is_function(f))
        BI_RETURN(bi_throw_type(vm, "Function.prototype.toString requires that 'this' be a Function"));
    FunctionProto *fp = ((JSFunction *)val_obj(f))->fp;
    if (fp && fp->source && fp->source->text && fp->src_end > fp->src_start && fp->src_end <= fp->source->len)
        BI_RETURN(str_from_utf8(vm, fp->source->text + fp->src_start, fp->src_end - fp->src_start));
    if (is_bound(f)) BI_RETURN(bi_str(vm, "function () { [native code] }"));
    JSValue name = fn_name(vm, args[-1]);
    if (name == VAL_EXCEPTION) BI_RETURN(name);
    StrBuilder b;
    sb_init(&b);
    sb_add_cstr(&b, "function ");
    if (val_is_string(name)) sb_add_string(vm, &b, name);
    sb_add_cstr(&b, "() { [native code] }");
    BI_RETURN(sb_finish(vm, &b));
}

/* OrdinaryHasInstance(C = this, O) */
static JSValue function_has_instance(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue c = args[-1], o = bi_arg(args, argc, 0);
    if (!rt_is_callable(c)) BI_RETURN(VAL_FALSE);
    if (is_bound(c)) {
        JSValue target = ((ValArray *)val_cell(((JSFunction *)val_obj(c))->data))->v[0];
        int r = rt_instanceof(vm, o, target);
        BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r));
    }
    if (!val_is_object(o)) BI_RETURN(VAL_FALSE);
    JSValue p = obj_get(vm, c, vm_atom(vm, ATOM_prototype));
    if (p == VAL_EXCEPTION) BI_RETURN(p);
    if (!val_is_object(p)) {
        char *d = bi_describe(vm, p);
        JSValue r = err_throw_type(vm, TypeError, "Function has non-object prototype '%s' in instanceof check",
                                   d ? d : "undefined");
        free(d);
        BI_RETURN(r);
    }
    JSValue *hp = heap_handle(vm, p);
    int r = rt_proto_chain_has(vm, args[0], hp);
    BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r));
}

static JSValue throw_type_error(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bi_throw_type(vm, "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                             "functions or the arguments objects for calls to them");
}

bool bi_function_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *proto = heap_handle(vm, vm_intrinsic(vm, INTR_FunctionPrototype));
    JSValue ctor = realm_def_class(vm, "Function", function_ctor, 1, *proto);
    if (ctor == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_Function] = ctor;
    if (realm_def_method(vm, *proto, "call", function_call, 1, 0) < 0 ||
        realm_def_method(vm, *proto, "apply", function_apply, 2, 0) < 0 ||
        realm_def_method(vm, *proto, "bind", function_bind, 1, 0) < 0 ||
        realm_def_method(vm, *proto, "toString", function_to_string, 0, 0) < 0)
        goto out;
    /* [Symbol.hasInstance]: non-writable, non-enumerable, non-configurable */
    JSValue hi = fn_new_native(vm, "[Symbol.hasInstance]", function_has_instance, 1, 0);
    if (hi == VAL_EXCEPTION) goto out;
    if (obj_define_value(vm, *proto, vm_intrinsic(vm, INTR_SymbolHasInstance), hi, 0) < 0) goto out;
    JSValue tte = fn_new_native(vm, "", throw_type_error, 0, 0);
    if (tte == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_ThrowTypeError] = tte;
    obj_prevent_extensions(vm, tte);
    /* Function.prototype.caller / .arguments throw (AddRestrictedFunctionProperties) */
    if (obj_define_accessor(vm, *proto, vm_atom(vm, ATOM_caller), vm_intrinsic(vm, INTR_ThrowTypeError),
                            vm_intrinsic(vm, INTR_ThrowTypeError), PROP_CONFIGURABLE) < 0 ||
        obj_define_accessor(vm, *proto, vm_atom(vm, ATOM_arguments), vm_intrinsic(vm, INTR_ThrowTypeError),
                            vm_intrinsic(vm, INTR_ThrowTypeError), PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
