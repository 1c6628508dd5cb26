/*
 * regexp_legacy.c -- the legacy static properties of RegExp (prefix
 * bi_regexp_legacy_): RegExp.input ($_), lastMatch ($&), lastParen ($+),
 * leftContext ($`), rightContext ($') and $1..$9, as node (V8) has them.
 *
 * Every successful match of the built-in matcher (exec, test, and the
 * @@match / @@replace / @@search / @@split / matchAll paths, subclasses
 * included) records its subject and capture offsets here (regexp.c calls
 * bi_regexp_legacy_record); a failed match changes nothing.  The getters
 * cut the substrings on demand, so recording never allocates.  As in V8,
 * the getters accept any receiver, `input` / `$_` have a setter (ToString)
 * that changes only what input reads, and the other setters do nothing.
 *
 * State: intrinsic RegExpLegacy, a ValArray
 *   [subject, input, ncaps, g0 start, g0 end, g1.., ..., g9.., last start, last end]
 * with -1 for a group that did not participate.
 */
#include "bi_internal.h"

#include "call.h"

enum { L_SUBJECT, L_INPUT, L_NCAPS, L_CAPS, L_LAST = L_CAPS + 20, L__COUNT = L_LAST + 2 };

static ValArray *state(VM *vm) { return (ValArray *)val_cell(vm_intrinsic(vm, INTR_RegExpLegacy)); }

void bi_regexp_legacy_record(VM *vm, JSValue subject, const int32_t *caps, uint32_t ncaps)
{
    ValArray *st = state(vm);
    heap_store(&vm->heap, &st->hdr, &st->v[L_SUBJECT], subject);
    heap_store(&vm->heap, &st->hdr, &st->v[L_INPUT], subject);
    st->v[L_NCAPS] = val_from_int((int32_t)ncaps);
    for (uint32_t i = 0; i < 20; i++) st->v[L_CAPS + i] = val_from_int(i < 2 * ncaps ? caps[i] : -1);
    st->v[L_LAST] = val_from_int(ncaps > 1 ? caps[2 * ncaps - 2] : -1);
    st->v[L_LAST + 1] = val_from_int(ncaps > 1 ? caps[2 * ncaps - 1] : -1);
}

/* magic: which property */
enum { P_INPUT, P_LAST_MATCH, P_LAST_PAREN, P_LEFT, P_RIGHT, P_GROUP1 /* .. P_GROUP1 + 8 */ };

static JSValue piece(VM *vm, int32_t a, int32_t b)
{
    if (a < 0 || b < a) return vm_atom(vm, ATOM_empty);
    return str_substring(vm, state(vm)->v[L_SUBJECT], (uint32_t)a, (uint32_t)b);
}

static int32_t cap(VM *vm, int i) { return val_int(state(vm)->v[i]); }

static JSValue legacy_get(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int which = call_native_callee(vm)->magic;
    uint32_t len = str_length(state(vm)->v[L_SUBJECT]);
    switch (which) {
    case P_INPUT: return state(vm)->v[L_INPUT];
    case P_LAST_MATCH: return piece(vm, cap(vm, L_CAPS), cap(vm, L_CAPS + 1));
    case P_LAST_PAREN: return piece(vm, cap(vm, L_LAST), cap(vm, L_LAST + 1));
    case P_LEFT: return cap(vm, L_CAPS) < 0 ? vm_atom(vm, ATOM_empty) : piece(vm, 0, cap(vm, L_CAPS));
    case P_RIGHT: return cap(vm, L_CAPS + 1) < 0 ? vm_atom(vm, ATOM_empty) : piece(vm, cap(vm, L_CAPS + 1), (int32_t)len);
    default: {
        int g = which - P_GROUP1 + 1;
        return piece(vm, cap(vm, L_CAPS + 2 * g), cap(vm, L_CAPS + 2 * g + 1));
    }
    }
}

static JSValue legacy_set(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (call_native_callee(vm)->magic != P_INPUT) return VAL_UNDEFINED;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) return s;
    ValArray *st = state(vm);
    heap_store(&vm->heap, &st->hdr, &st->v[L_INPUT], s);
    return VAL_UNDEFINED;
}

static bool def_accessor(VM *vm, JSValue *hc, const char *name, int which)
{
    char gname[32], sname[32];
    snprintf(gname, sizeof gname, "get %s", name);
    snprintf(sname, sizeof sname, "set %s", name);
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *hg = heap_handle(vm, fn_new_native(vm, gname, legacy_get, 0, which));
    if (*hg == VAL_EXCEPTION) goto out;
    JSValue *hs_ = heap_handle(vm, fn_new_native(vm, sname, legacy_set, 1, which));
    if (*hs_ == VAL_EXCEPTION) goto out;
    JSValue k = atom_from_cstr(vm, name);
    ok = k != VAL_EXCEPTION && obj_define_accessor(vm, *hc, k, *hg, *hs_, PROP_CONFIGURABLE) >= 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_regexp_legacy_init(VM *vm, JSValue ctor)
{
    static const struct {
        const char *name;
        int which;
    } props[] = {
        { "input", P_INPUT },           { "$_", P_INPUT },       { "lastMatch", P_LAST_MATCH }, { "$&", P_LAST_MATCH },
        { "lastParen", P_LAST_PAREN },  { "$+", P_LAST_PAREN },  { "leftContext", P_LEFT },     { "$`", P_LEFT },
        { "rightContext", P_RIGHT },    { "$'", P_RIGHT },
    };
    HandleScope hs = heap_scope_open(vm);
    JSValue *hc = heap_handle(vm, ctor);
    bool ok = false;
    JSValue st = valarray_new(vm, L__COUNT);
    if (st == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_RegExpLegacy] = st;
    int32_t none[2] = { -1, -1 };   /* nothing matched yet: every piece is "" */
    bi_regexp_legacy_record(vm, vm_atom(vm, ATOM_empty), none, 1);
    for (size_t i = 0; i < sizeof props / sizeof props[0]; i++)
        if (!def_accessor(vm, hc, props[i].name, props[i].which)) goto out;
    for (int g = 1; g <= 9; g++) {
        char name[4] = { '$', (char)('0' + g), 0, 0 };
        if (!def_accessor(vm, hc, name, P_GROUP1 + g - 1)) goto out;
    }
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
