/*
 * private.c -- private names and private elements (see private.h).
 *
 * Every operation works on the receiver's own shape only: no prototype
 * walk, no Proxy trap (a proxy has private elements of its own, ECMA-262
 * "PrivateElementFind"), no extensibility check (private fields may be
 * added to frozen objects).  Messages follow V8's wording.
 */
#include <stdlib.h>

#include "private.h"
#include "error.h"
#include "shape.h"
#include "str.h"
#include "vm.h"

JSValue priv_name_new(VM *vm, JSValue description, JSValue class_name, unsigned flags)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hd = heap_handle(vm, description);
    JSValue *hc = heap_handle(vm, class_name);
    JSPrivateName *p = (JSPrivateName *)vm_alloc(vm, CELL_SYMBOL, sizeof(JSPrivateName));
    if (!p) {
        heap_scope_close(vm, hs);
        return VAL_EXCEPTION;
    }
    cell_set_flags(&p->sym.hdr, SYM_PRIVATE | flags);
    p->sym.description = *hd;
    p->class_name = *hc;
    heap_scope_close(vm, hs);
    return val_from_cell(p);
}

/* ---- messages ------------------------------------------------------------- */

static char *name_of(VM *vm, JSValue key)
{
    JSValue d = ((JSSymbol *)val_cell(key))->description;
    char *s = val_is_string(d) ? str_to_utf8(vm, d, NULL) : NULL;
    return s;
}

static JSValue throw_named(VM *vm, const char *fmt, JSValue key)
{
    char *s = name_of(vm, key);
    err_throw_type(vm, TypeError, fmt, s ? s : "#");
    free(s);
    return VAL_EXCEPTION;
}

/* The receiver lacks #x: "Receiver must be ..." for methods and accessors
 * (a brand check in V8), else "Cannot read/write private member". */
static JSValue throw_missing(VM *vm, JSValue obj, JSValue key, bool write)
{
    if (obj == VAL_NULL || obj == VAL_UNDEFINED) {
        char *s = name_of(vm, key);
        err_throw(vm, write ? ERRMSG_NULL_PROP_WRITE : ERRMSG_NULL_PROP_READ,
                  obj == VAL_NULL ? "null" : "undefined", s ? s : "#");
        free(s);
        return VAL_EXCEPTION;
    }
    unsigned f = cell_flags(val_cell(key));
    if (f & SYM_PRIVATE_METHOD) {
        JSValue cn = ((JSPrivateName *)val_cell(key))->class_name;
        char *c = val_is_string(cn) && str_length(cn) ? str_to_utf8(vm, cn, NULL) : NULL;
        err_throw_type(vm, TypeError, (f & SYM_PRIVATE_STATIC) ? "Receiver must be class %s"
                                                               : "Receiver must be an instance of class %s",
                       c ? c : "anonymous");
        free(c);
        return VAL_EXCEPTION;
    }
    return throw_named(vm, write ? "Cannot write private member %s to an object whose class did not declare it"
                                 : "Cannot read private member %s from an object whose class did not declare it",
                       key);
}

/* The entry for key in obj's own shape, or NULL. */
static const PropEntry *find(JSValue obj, JSValue key)
{
    if (!val_is_object(obj)) return NULL;
    Shape *s = val_obj(obj)->shape;
    int32_t e = shape_find(s, key);
    return e >= 0 ? shape_entry(s, e) : NULL;
}

/* ---- operations ----------------------------------------------------------- */

JSValue priv_get(VM *vm, JSValue obj, JSValue key)
{
    const PropEntry *e = find(obj, key);
    if (!e) return throw_missing(vm, obj, key, false);
    JSValue v = val_obj(obj)->slots->v[e->slot];
    if (!(e->attrs & PROP_ACCESSOR)) return v;
    JSValue getter = ((ValArray *)val_cell(v))->v[0];
    if (getter == VAL_UNDEFINED) return throw_named(vm, "'%s' was defined without a getter", key);
    return vm_call(vm, getter, obj, 0, NULL);
}

int priv_set(VM *vm, JSValue obj, JSValue key, JSValue value)
{
    const PropEntry *e = find(obj, key);
    if (!e) return throw_missing(vm, obj, key, true), -1;
    JSObject *o = val_obj(obj);
    if (e->attrs & PROP_ACCESSOR) {
        JSValue setter = ((ValArray *)val_cell(o->slots->v[e->slot]))->v[1];
        if (setter == VAL_UNDEFINED) return throw_named(vm, "'%s' was defined without a setter", key), -1;
        return vm_call(vm, setter, obj, 1, &value) == VAL_EXCEPTION ? -1 : 1;
    }
    if (!(e->attrs & PROP_WRITABLE)) return throw_named(vm, "Private method '%s' is not writable", key), -1;
    heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[e->slot], value);
    return 1;
}

int priv_has(VM *vm, JSValue obj, JSValue key)
{
    if (!val_is_object(obj)) {
        char *s = name_of(vm, key);
        char *d = err_describe(vm, obj);
        err_throw(vm, ERRMSG_IN_RHS, s ? s : "#", d ? d : "");
        free(s);
        free(d);
        return -1;
    }
    return find(obj, key) ? 1 : 0;
}

int priv_define(VM *vm, JSValue obj, JSValue key, JSValue v1, JSValue v2, int kind)
{
    if (!val_is_object(obj)) return throw_missing(vm, obj, key, true), -1;
    if (find(obj, key)) {
        if (kind == PRIV_FIELD) return throw_named(vm, "Cannot initialize %s twice on the same object", key), -1;
        JSValue cn = ((JSPrivateName *)val_cell(key))->class_name;
        char *c = val_is_string(cn) && str_length(cn) ? str_to_utf8(vm, cn, NULL) : NULL;
        err_throw_type(vm, TypeError, "Cannot initialize private methods of class %s twice on the same object",
                       c ? c : "anonymous");
        free(c);
        return -1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj);
    JSValue *hk = heap_handle(vm, key);
    JSValue *h1 = heap_handle(vm, v1);
    JSValue *h2 = heap_handle(vm, v2);
    uint32_t attrs = kind == PRIV_FIELD ? PROP_WRITABLE : 0;
    JSValue value = *h1;
    if (kind == PRIV_ACCESSOR) {
        value = valarray_new(vm, 2);
        if (value == VAL_EXCEPTION) {
            heap_scope_close(vm, hs);
            return -1;
        }
        ValArray *pair = (ValArray *)val_cell(value);
        pair->v[0] = *h1;   /* fresh cell: plain stores */
        pair->v[1] = *h2;
        pair->count = 2;
        attrs = PROP_ACCESSOR;
    }
    bool ok = shape_add_property(vm, ho, *hk, attrs, value);
    heap_scope_close(vm, hs);
    return ok ? 1 : -1;
}
