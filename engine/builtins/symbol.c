/*
 * symbol.c -- the Symbol function, the global symbol registry (Symbol.for /
 * Symbol.keyFor), the well-known symbols as static properties and
 * Symbol.prototype (prefix bi_symbol_).
 *
 * The registry is INTR_SymbolRegistry, a null-prototype object mapping each
 * key string to its symbol and each registered symbol back to its key.
 */
#include "bi_internal.h"

static JSValue symbol_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    if (new_target != VAL_UNDEFINED) return bi_throw_type(vm, "Symbol is not a constructor");
    JSValue d = bi_arg(args, argc, 0);
    if (d != VAL_UNDEFINED) {
        d = rt_to_string(vm, d);
        if (d == VAL_EXCEPTION) return d;
    }
    return sym_new(vm, d);
}

static JSValue symbol_for(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSValue key = atom_to_key(vm, s);
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    JSValue *hk = heap_handle(vm, key), *hs = heap_handle(vm, s);
    PropDesc d;
    int has = obj_get_own_property(vm, vm_intrinsic(vm, INTR_SymbolRegistry), *hk, &d);
    if (has < 0) BI_RETURN(VAL_EXCEPTION);
    if (has) BI_RETURN(d.value);
    JSValue sym = sym_new(vm, *hs);
    if (sym == VAL_EXCEPTION) BI_RETURN(sym);
    JSValue *hsym = heap_handle(vm, sym);
    if (obj_define_value(vm, vm_intrinsic(vm, INTR_SymbolRegistry), *hk, *hsym, PROP_DEFAULT) < 0 ||
        obj_define_value(vm, vm_intrinsic(vm, INTR_SymbolRegistry), *hsym, *hs, PROP_DEFAULT) < 0)
        BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*hsym);
}

static JSValue symbol_key_for(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue sym = bi_arg(args, argc, 0);
    if (!val_is_symbol(sym)) {
        char *d = bi_describe(vm, sym);
        JSValue r = err_throw_type(vm, TypeError, "%s is not a symbol", d ? d : "value");
        free(d);
        return r;
    }
    PropDesc d;
    int has = obj_get_own_property(vm, vm_intrinsic(vm, INTR_SymbolRegistry), sym, &d);
    if (has < 0) return VAL_EXCEPTION;
    return has ? d.value : VAL_UNDEFINED;
}

static bool this_symbol(VM *vm, JSValue *args, const char *method, JSValue *out)
{
    if (bi_this_primitive(args[-1], CLS_SYMBOL, out)) return true;
    err_throw_type(vm, TypeError, "Symbol.prototype.%s requires that 'this' be a Symbol", method);
    return false;
}

static JSValue symbol_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s;
    if (!this_symbol(vm, args, "toString", &s)) return VAL_EXCEPTION;
    JSValue d = ((JSSymbol *)val_cell(s))->description;
    StrBuilder b;
    sb_init(&b);
    sb_add_cstr(&b, "Symbol(");
    if (val_is_string(d)) sb_add_string(vm, &b, d);
    sb_add_unit(&b, ')');
    return sb_finish(vm, &b);
}

static JSValue symbol_value_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s;
    if (!this_symbol(vm, args, "valueOf", &s)) return VAL_EXCEPTION;
    return s;
}

static JSValue symbol_to_primitive(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s;
    if (!this_symbol(vm, args, "[Symbol.toPrimitive]", &s)) return VAL_EXCEPTION;
    return s;
}

static JSValue symbol_description(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s;
    if (!this_symbol(vm, args, "description", &s)) return VAL_EXCEPTION;
    return ((JSSymbol *)val_cell(s))->description;
}

static const struct {
    const char *name;
    IntrinsicId id;
} well_known[] = {
    { "asyncIterator", INTR_SymbolAsyncIterator },
    { "hasInstance", INTR_SymbolHasInstance },
    { "isConcatSpreadable", INTR_SymbolIsConcatSpreadable },
    { "iterator", INTR_SymbolIterator },
    { "match", INTR_SymbolMatch },
    { "matchAll", INTR_SymbolMatchAll },
    { "replace", INTR_SymbolReplace },
    { "search", INTR_SymbolSearch },
    { "species", INTR_SymbolSpecies },
    { "split", INTR_SymbolSplit },
    { "toPrimitive", INTR_SymbolToPrimitive },
    { "toStringTag", INTR_SymbolToStringTag },
    { "unscopables", INTR_SymbolUnscopables },
};

bool bi_symbol_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue reg = obj_new(vm, VAL_NULL);
    if (reg == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_SymbolRegistry] = reg;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_SymbolPrototype] = p;
    JSValue *proto = heap_handle(vm, p);
    JSValue ctor = realm_def_class(vm, "Symbol", symbol_ctor, 0, *proto);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *c = heap_handle(vm, ctor);
    for (size_t i = 0; i < sizeof well_known / sizeof well_known[0]; i++)
        if (realm_def_value(vm, *c, well_known[i].name, vm_intrinsic(vm, well_known[i].id), 0) < 0) goto out;
    if (realm_def_method(vm, *c, "for", symbol_for, 1, 0) < 0 ||
        realm_def_method(vm, *c, "keyFor", symbol_key_for, 1, 0) < 0 ||
        realm_def_method(vm, *proto, "toString", symbol_to_string, 0, 0) < 0 ||
        realm_def_method(vm, *proto, "valueOf", symbol_value_of, 0, 0) < 0 ||
        realm_def_getter(vm, *proto, "description", symbol_description) < 0)
        goto out;
    JSValue tp = fn_new_native(vm, "[Symbol.toPrimitive]", symbol_to_primitive, 1, 0);
    if (tp == VAL_EXCEPTION ||
        obj_define_value(vm, *proto, vm_intrinsic(vm, INTR_SymbolToPrimitive), tp, PROP_CONFIGURABLE) < 0)
        goto out;
    JSValue tag = str_from_cstr(vm, "Symbol");
    if (tag == VAL_EXCEPTION ||
        obj_define_value(vm, *proto, vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
