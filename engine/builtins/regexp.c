/*
 * builtins/regexp.c -- the RegExp constructor, RegExp.prototype and the
 * RegExp String Iterator (prefix bi_regexp_; helpers static).
 *
 * A RegExp is a JSWrapper of class CLS_REGEXP whose internal value is a
 * ValArray [program (Bytes, regexp.h), source string, flags string];
 * lastIndex is an own writable, non-enumerable, non-configurable property.
 * The RegExp String Iterator is also a CLS_REGEXP wrapper, told apart by its
 * internal ValArray [regexp, string, global, unicode, done] (v[0] is an
 * object, not a Bytes cell); see is_regexp_obj().
 *
 * The Symbol.replace / Symbol.split / Symbol.match methods follow ECMA-262
 * through RegExpExec, with fast paths for "pristine" regexps (exec is the
 * builtin one) that run the matcher directly on capture offsets and build no
 * match arrays.
 */
#include "bi_internal.h"
#include "regexp.h"

static JSValue regexp_exec(VM *vm, JSValue *args, int argc, JSValue nt);

/* ---- internal slots ------------------------------------------------------------ */

static bool is_regexp_obj(JSValue v)
{
    if (!obj_is_class(v, CLS_REGEXP)) return false;
    JSValue in = ((JSWrapper *)val_obj(v))->internal;
    if (!val_is_kind(in, CELL_VALARRAY)) return false;
    ValArray *a = (ValArray *)val_cell(in);
    return a->count == 3 && val_is_kind(a->v[0], CELL_BYTES);
}

static inline ValArray *slots(JSValue rx) { return (ValArray *)val_cell(((JSWrapper *)val_obj(rx))->internal); }
static inline JSValue rx_program(JSValue rx) { return slots(rx)->v[0]; }
static inline uint32_t rx_flags(JSValue rx) { return re_program(rx_program(rx))->flags; }

static JSValue key(VM *vm, const char *s) { return atom_from_cstr(vm, s); }

/* Get(*h, name): the key is interned first, because interning may allocate
 * and so move *h under a moving plan (C leaves argument order open). */
static JSValue get_named(VM *vm, JSValue *h, const char *name)
{
    JSValue k = key(vm, name);
    return k == VAL_EXCEPTION ? k : obj_get(vm, *h, k);
}

static bool is_builtin_exec(JSValue f)
{
    return val_is_function(f) && ((JSFunction *)val_obj(f))->native == regexp_exec;
}

/* IsRegExp(v): 1/0/-1 */
static int is_regexp(VM *vm, JSValue v)
{
    if (!val_is_object(v)) return 0;
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, v);
    JSValue m = obj_get(vm, *h, vm_intrinsic(vm, INTR_SymbolMatch));
    int r;
    if (m == VAL_EXCEPTION) r = -1;
    else if (m != VAL_UNDEFINED) r = rt_to_boolean(m);
    else r = is_regexp_obj(*h);
    heap_scope_close(vm, hs);
    return r;
}

static int set_last_index(VM *vm, JSValue rx, double v)
{
    return rt_set(vm, rx, vm_atom(vm, ATOM_lastIndex), val_number(v), true) < 0 ? -1 : 0;
}

/* ---- construction ------------------------------------------------------------------ */

static JSValue regexp_alloc(VM *vm, JSValue new_target)
{
    BI_SCOPE;
    JSValue proto = bi_proto_from_ctor(vm, new_target, INTR_RegExpPrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    JSValue o = bi_new_wrapper(vm, proto, CLS_REGEXP, VAL_UNDEFINED);
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    JSValue *ho = heap_handle(vm, o);
    if (obj_define_value(vm, *ho, vm_atom(vm, ATOM_lastIndex), val_from_int(0), PROP_WRITABLE) < 0)
        BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ho);
}

/* Compiled programs are immutable, so RegExp objects with the same source and
 * flags share one: a regexp literal in a loop (a new object per evaluation)
 * or new RegExp(s) of a repeated s compiles once.  vm->re_cache is a
 * direct-mapped table of RE_CACHE_SIZE triples [source (flat string), int
 * flags, program], a root.  *hp (a handle) is replaced by its flat string. */
#define RE_CACHE_SIZE 64

static JSValue compile_cached(VM *vm, JSValue *hp, uint32_t bits, JSValue *hf)
{
    JSString *s = str_flatten(vm, *hp);
    if (!s) return VAL_EXCEPTION;
    *hp = val_from_cell(s);
    uint32_t i = (str_hash(s) ^ (bits * 0x9E3779B9u)) & (RE_CACHE_SIZE - 1);
    if (val_is_kind(vm->re_cache, CELL_VALARRAY)) {
        const JSValue *e = &((ValArray *)val_cell(vm->re_cache))->v[3 * i];
        if (e[1] == val_from_int((int32_t)bits) && val_is_string(e[0]) && str_equal(e[0], *hp)) return e[2];
    }
    JSValue prog = re_compile(vm, *hp, bits, *hf);
    if (prog == VAL_EXCEPTION) return prog;
    JSValue *hprog = heap_handle(vm, prog);
    if (!val_is_kind(vm->re_cache, CELL_VALARRAY)) {
        JSValue c = valarray_new(vm, 3 * RE_CACHE_SIZE);
        if (c == VAL_EXCEPTION) return c;
        vm->re_cache = c;
    }
    ValArray *c = (ValArray *)val_cell(vm->re_cache);
    heap_store(&vm->heap, &c->hdr, &c->v[3 * i], *hp);
    heap_store(&vm->heap, &c->hdr, &c->v[3 * i + 1], val_from_int((int32_t)bits));
    heap_store(&vm->heap, &c->hdr, &c->v[3 * i + 2], *hprog);
    return *hprog;
}

/* RegExpInitialize(obj, pattern, flags) */
static JSValue regexp_initialize(VM *vm, JSValue obj, JSValue pattern, JSValue flags)
{
    BI_SCOPE;
    JSValue *ho = heap_handle(vm, obj);
    JSValue *hf = heap_handle(vm, flags);
    JSValue p = pattern == VAL_UNDEFINED ? vm_atom(vm, ATOM_empty) : rt_to_string(vm, pattern);
    if (p == VAL_EXCEPTION) BI_RETURN(p);
    JSValue *hp = heap_handle(vm, p);
    JSValue f = *hf == VAL_UNDEFINED ? vm_atom(vm, ATOM_empty) : rt_to_string(vm, *hf);
    if (f == VAL_EXCEPTION) BI_RETURN(f);
    *hf = f;
    uint32_t bits;
    if (!re_parse_flags(vm, *hf, &bits)) {
        if (vm->exception != VAL_HOLE) BI_RETURN(VAL_EXCEPTION);
        char *t = str_to_utf8(vm, *hf, NULL);
        JSValue r = err_throw_type(vm, SyntaxError, "Invalid flags supplied to RegExp constructor '%s'", t ? t : "");
        free(t);
        BI_RETURN(r);
    }
    JSValue prog = compile_cached(vm, hp, bits, hf);
    if (prog == VAL_EXCEPTION) BI_RETURN(prog);
    JSValue *hprog = heap_handle(vm, prog);
    JSValue arr = valarray_new(vm, 4);   /* [3]: group_keys' cache, made on first use */
    if (arr == VAL_EXCEPTION) BI_RETURN(arr);
    ValArray *a = (ValArray *)val_cell(arr);
    a->v[0] = *hprog;
    a->v[1] = *hp;
    a->v[2] = *hf;
    a->count = 3;
    JSWrapper *w = (JSWrapper *)val_obj(*ho);
    heap_store(&vm->heap, &w->obj.hdr, &w->internal, arr);
    if (set_last_index(vm, *ho, 0) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ho);
}

JSValue bi_regexp_create(VM *vm, JSValue pattern, JSValue flags)
{
    BI_SCOPE;
    JSValue *hp = heap_handle(vm, pattern), *hf = heap_handle(vm, flags);
    JSValue o = regexp_alloc(vm, VAL_UNDEFINED);
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    BI_RETURN(regexp_initialize(vm, o, *hp, *hf));
}

static JSValue regexp_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hpat = heap_handle(vm, bi_arg(args, argc, 0));
    JSValue *hflags = heap_handle(vm, bi_arg(args, argc, 1));
    int isre = is_regexp(vm, *hpat);
    if (isre < 0) BI_RETURN(VAL_EXCEPTION);
    JSValue *hnt = heap_handle(vm, nt);
    if (nt == VAL_UNDEFINED) {
        *hnt = vm_intrinsic(vm, INTR_RegExp);
        if (isre && *hflags == VAL_UNDEFINED) {
            JSValue c = obj_get(vm, *hpat, vm_atom(vm, ATOM_constructor));
            if (c == VAL_EXCEPTION) BI_RETURN(c);
            if (c == *hnt) BI_RETURN(*hpat);
        }
    }
    JSValue *hp = heap_handle(vm, VAL_UNDEFINED), *hf = heap_handle(vm, VAL_UNDEFINED);
    if (is_regexp_obj(*hpat)) {
        *hp = slots(*hpat)->v[1];
        *hf = *hflags == VAL_UNDEFINED ? slots(*hpat)->v[2] : *hflags;
    } else if (isre) {
        JSValue s = get_named(vm, hpat, "source");
        if (s == VAL_EXCEPTION) BI_RETURN(s);
        *hp = s;
        if (*hflags == VAL_UNDEFINED) {
            JSValue f = get_named(vm, hpat, "flags");
            if (f == VAL_EXCEPTION) BI_RETURN(f);
            *hf = f;
        } else {
            *hf = *hflags;
        }
    } else {
        *hp = *hpat;
        *hf = *hflags;
    }
    JSValue o = regexp_alloc(vm, *hnt);
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    BI_RETURN(regexp_initialize(vm, o, *hp, *hf));
}

/* ---- exec ------------------------------------------------------------------------------ */

/* RegExpBuiltinExec up to the match: lastIndex handling and the matcher.
 * 1 match (caps filled), 0 none, -1 exception.  *hs is a flat string. */
static int builtin_match(VM *vm, JSValue *hrx, JSValue *hs, int32_t *caps)
{
    uint32_t flags = rx_flags(*hrx);
    bool gy = (flags & (RE_FLAG_G | RE_FLAG_Y)) != 0;
    double last = 0;
    JSValue li = obj_get(vm, *hrx, vm_atom(vm, ATOM_lastIndex));
    if (li == VAL_EXCEPTION) return -1;
    if (val_is_int(li) && val_int(li) >= 0) last = val_int(li);
    else if (!rt_to_length(vm, li, &last)) return -1;
    if (!gy) last = 0;
    JSString *s = str_flatten(vm, *hs);
    if (!s) return -1;
    if (last > s->length) {
        if (gy && set_last_index(vm, *hrx, 0) < 0) return -1;
        return 0;
    }
    s = str_flatten(vm, *hs);   /* already flat: no allocation, so the program below stays put */
    if (!s) return -1;
    int r = re_exec(vm, rx_program(*hrx), s, (uint32_t)last, (flags & RE_FLAG_Y) != 0, caps);
    if (r < 0) return -1;
    if (r == 0) {
        if (gy && set_last_index(vm, *hrx, 0) < 0) return -1;
        return 0;
    }
    if (gy && set_last_index(vm, *hrx, caps[1]) < 0) return -1;
    bi_regexp_legacy_record(vm, *hs, caps, re_program(rx_program(*hrx))->ncaps);
    return 1;
}

static JSValue substring_or_undefined(VM *vm, JSValue s, int32_t a, int32_t b)
{
    if (a < 0 || b < 0) return VAL_UNDEFINED;
    return str_substring(vm, s, (uint32_t)a, (uint32_t)b);
}

/* Group i's name (len units, nonzero) as an atom. */
static JSValue group_name_atom(VM *vm, JSValue *hprog, uint32_t i, uint32_t len)
{
    /* copy the name out of the program cell: the allocation may move it */
    uint16_t *name = malloc(len * sizeof *name);
    if (!name) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    memcpy(name, re_group_name(re_program(*hprog), i, &len), len * sizeof *name);
    JSValue k = str_from_utf16(vm, name, len);
    free(name);
    return k == VAL_EXCEPTION ? k : atom_intern(vm, k);
}

/* The interned group names of regexp *hrx (whose program is *hprog): a
 * ValArray with the atom of group i at i (undefined: unnamed), count 1 when
 * no name repeats, kept in slot 3 of the object's internal record; made on
 * first use (exec in a loop would otherwise intern every name per match).
 * VAL_UNDEFINED without a usable record. */
static JSValue group_keys(VM *vm, JSValue *hrx, JSValue *hprog)
{
    if (!hrx || !is_regexp_obj(*hrx) || slots(*hrx)->capacity < 4 || rx_program(*hrx) != *hprog) return VAL_UNDEFINED;
    if (val_is_kind(slots(*hrx)->v[3], CELL_VALARRAY)) return slots(*hrx)->v[3];
    BI_SCOPE;
    uint32_t n = re_program(*hprog)->ncaps;
    JSValue ka = valarray_new(vm, n);
    if (ka == VAL_EXCEPTION) BI_RETURN(ka);
    JSValue *hka = heap_handle(vm, ka);
    bool unique = true;
    for (uint32_t i = 1; i < n; i++) {
        uint32_t len;
        re_group_name(re_program(*hprog), i, &len);
        if (!len) continue;
        JSValue k = group_name_atom(vm, hprog, i, len);
        if (k == VAL_EXCEPTION) BI_RETURN(k);
        ValArray *a = (ValArray *)val_cell(*hka);
        for (uint32_t j = 1; j < i; j++) unique &= a->v[j] != k;   /* atoms: identity is equality */
        heap_store(&vm->heap, &a->hdr, &a->v[i], k);
    }
    ((ValArray *)val_cell(*hka))->count = unique;
    ValArray *sl = slots(*hrx);
    heap_store(&vm->heap, &sl->hdr, &sl->v[3], *hka);
    BI_RETURN(*hka);
}

/* The groups object (null-prototype) from caps, or undefined without names.
 * hrx (or NULL) is the regexp, for its cached group names. */
static JSValue make_groups(VM *vm, JSValue *hrx, JSValue *hprog, JSValue *hs, const int32_t *caps, JSValue *values)
{
    const ReProgram *p = re_program(*hprog);
    if (!p->has_names) return VAL_UNDEFINED;
    BI_SCOPE;
    JSValue ka = group_keys(vm, hrx, hprog);
    if (ka == VAL_EXCEPTION) BI_RETURN(ka);
    JSValue *hka = heap_handle(vm, ka);
    JSValue g = obj_new(vm, VAL_NULL);
    if (g == VAL_EXCEPTION) BI_RETURN(g);
    JSValue *hg = heap_handle(vm, g);
    uint32_t n = re_program(*hprog)->ncaps;
    for (uint32_t i = 1; i < n; i++) {
        uint32_t len;
        re_group_name(re_program(*hprog), i, &len);
        if (!len) continue;
        JSValue v = values ? values[i] : substring_or_undefined(vm, *hs, caps[2 * i], caps[2 * i + 1]);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        JSValue *hv = heap_handle(vm, v);
        if (val_is_kind(*hka, CELL_VALARRAY)) {
            const ValArray *a = (const ValArray *)val_cell(*hka);
            if (a->count == 1) {   /* no repeated name: define in order */
                if (obj_define_value(vm, *hg, a->v[i], *hv, PROP_DEFAULT) < 0) BI_RETURN(VAL_EXCEPTION);
                continue;
            }
        }
        JSValue k = group_name_atom(vm, hprog, i, len);
        if (k == VAL_EXCEPTION) BI_RETURN(k);
        /* a duplicated name (ES2025, groups in different alternatives): the
         * group that participated wins; the property keeps the position of
         * the name's first group */
        PropDesc d;
        if (obj_get_own_property(vm, *hg, k, &d) == 1 && d.value != VAL_UNDEFINED) continue;
        if (obj_define_value(vm, *hg, k, *hv, PROP_DEFAULT) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hg);
}

/* The match array of RegExpBuiltinExec from capture offsets. */
static JSValue make_match_array(VM *vm, JSValue *hrx, JSValue *hprog, JSValue *hs, const int32_t *caps)
{
    BI_SCOPE;
    uint32_t n = re_program(*hprog)->ncaps;
    bool has_indices = (re_program(*hprog)->flags & RE_FLAG_D) != 0;
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    JSValue *vals = heap_handle(vm, VAL_UNDEFINED);
    for (uint32_t i = 1; i < n; i++) heap_handle(vm, VAL_UNDEFINED);   /* vals[0..n) */
    for (uint32_t i = 0; i < n; i++) {
        JSValue v = substring_or_undefined(vm, *hs, caps[2 * i], caps[2 * i + 1]);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        vals[i] = v;
        if (arr_push(vm, *ha, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    if (obj_define_value(vm, *ha, vm_atom(vm, ATOM_index), val_from_int(caps[0]), PROP_DEFAULT) < 0 ||
        obj_define_value(vm, *ha, vm_atom(vm, ATOM_input), *hs, PROP_DEFAULT) < 0)
        BI_RETURN(VAL_EXCEPTION);
    JSValue g = make_groups(vm, hrx, hprog, hs, caps, vals);
    if (g == VAL_EXCEPTION) BI_RETURN(g);
    JSValue *hg = heap_handle(vm, g);
    /* the key first: interning it may allocate, and so move *ha and *hg */
    JSValue gk = key(vm, "groups");
    if (gk == VAL_EXCEPTION) BI_RETURN(gk);
    if (obj_define_value(vm, *ha, gk, *hg, PROP_DEFAULT) < 0) BI_RETURN(VAL_EXCEPTION);
    if (has_indices) {
        JSValue ind = arr_new(vm, 0);
        if (ind == VAL_EXCEPTION) BI_RETURN(ind);
        JSValue *hind = heap_handle(vm, ind);
        JSValue *pairs = heap_handle(vm, VAL_UNDEFINED);
        for (uint32_t i = 1; i < n; i++) heap_handle(vm, VAL_UNDEFINED);
        for (uint32_t i = 0; i < n; i++) {
            JSValue pr = VAL_UNDEFINED;
            if (caps[2 * i] >= 0 && caps[2 * i + 1] >= 0) {
                JSValue two[2] = { val_from_int(caps[2 * i]), val_from_int(caps[2 * i + 1]) };
                pr = arr_new_from(vm, two, 2);
                if (pr == VAL_EXCEPTION) BI_RETURN(pr);
            }
            pairs[i] = pr;
            if (arr_push(vm, *hind, pr) < 0) BI_RETURN(VAL_EXCEPTION);
        }
        JSValue ig = make_groups(vm, hrx, hprog, hs, caps, pairs);
        if (ig == VAL_EXCEPTION) BI_RETURN(ig);
        JSValue *hig = heap_handle(vm, ig);
        JSValue ik = key(vm, "groups");
        if (ik == VAL_EXCEPTION) BI_RETURN(ik);
        if (obj_define_value(vm, *hind, ik, *hig, PROP_DEFAULT) < 0) BI_RETURN(VAL_EXCEPTION);
        ik = key(vm, "indices");
        if (ik == VAL_EXCEPTION) BI_RETURN(ik);
        if (obj_define_value(vm, *ha, ik, *hind, PROP_DEFAULT) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*ha);
}

static int32_t *alloc_caps(VM *vm, JSValue rx)
{
    int32_t *caps = malloc(re_program(rx_program(rx))->ncaps * 2 * sizeof *caps);
    if (!caps) err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    return caps;
}

/* RegExpBuiltinExec(R, S) -> array or null */
static JSValue builtin_exec(VM *vm, JSValue rx, JSValue s)
{
    BI_SCOPE;
    JSValue *hrx = heap_handle(vm, rx), *hs = heap_handle(vm, s);
    JSValue *hprog = heap_handle(vm, rx_program(rx));
    int32_t *caps = alloc_caps(vm, rx);
    if (!caps) BI_RETURN(VAL_EXCEPTION);
    int r = builtin_match(vm, hrx, hs, caps);
    *hprog = rx_program(*hrx);
    JSValue res = r < 0 ? VAL_EXCEPTION : r == 0 ? VAL_NULL : make_match_array(vm, hrx, hprog, hs, caps);
    free(caps);
    BI_RETURN(res);
}

static JSValue regexp_exec(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!is_regexp_obj(args[-1]))
        return err_throw_type(vm, TypeError, "RegExp.prototype.exec called on incompatible receiver");
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) return s;
    return builtin_exec(vm, args[-1], s);
}

/* RegExpExec(R, S): a user exec when overridden. */
static JSValue regexp_exec_abstract(VM *vm, JSValue rx, JSValue s)
{
    BI_SCOPE;
    JSValue *hrx = heap_handle(vm, rx), *hs = heap_handle(vm, s);
    JSValue exec = get_named(vm, hrx, "exec");
    if (exec == VAL_EXCEPTION) BI_RETURN(exec);
    if (rt_is_callable(exec) && !is_builtin_exec(exec)) {
        JSValue r = vm_call(vm, exec, *hrx, 1, hs);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        if (r != VAL_NULL && !val_is_object(r))
            BI_RETURN(err_throw_type(vm, TypeError, "object or null expected from exec"));
        BI_RETURN(r);
    }
    if (!is_regexp_obj(*hrx))
        BI_RETURN(err_throw_type(vm, TypeError, "RegExp.prototype.exec called on incompatible receiver"));
    BI_RETURN(builtin_exec(vm, *hrx, *hs));
}

/* true when the fast paths may call the matcher directly */
static int pristine(VM *vm, JSValue rx)
{
    if (!is_regexp_obj(rx)) return 0;
    HandleScope hs = heap_scope_open(vm);
    JSValue exec = get_named(vm, heap_handle(vm, rx), "exec");
    heap_scope_close(vm, hs);
    if (exec == VAL_EXCEPTION) return -1;
    return is_builtin_exec(exec);
}

static JSValue this_regexp_check(VM *vm, JSValue *args, const char *name)
{
    if (!val_is_object(args[-1])) {
        char *d = bi_describe(vm, args[-1]);
        JSValue r = err_throw_type(vm, TypeError, "Method RegExp.prototype.%s called on incompatible receiver %s", name,
                                   d ? d : "");
        free(d);
        return r;
    }
    return args[-1];
}

static JSValue regexp_test(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (this_regexp_check(vm, args, "test") == VAL_EXCEPTION) return VAL_EXCEPTION;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) return s;
    BI_SCOPE;
    JSValue *hs = heap_handle(vm, s);
    int p = pristine(vm, args[-1]);
    if (p < 0) BI_RETURN(VAL_EXCEPTION);
    if (p) {
        int32_t *caps = alloc_caps(vm, args[-1]);
        if (!caps) BI_RETURN(VAL_EXCEPTION);
        int r = builtin_match(vm, &args[-1], hs, caps);
        free(caps);
        BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r == 1));
    }
    JSValue r = regexp_exec_abstract(vm, args[-1], *hs);
    if (r == VAL_EXCEPTION) BI_RETURN(r);
    BI_RETURN(val_from_bool(r != VAL_NULL));
}

/* ---- flags and source ----------------------------------------------------------------- */

static const struct {
    const char *name;
    uint32_t bit;
    char ch;
} flag_getters[] = {
    { "hasIndices", RE_FLAG_D, 'd' }, { "global", RE_FLAG_G, 'g' }, { "ignoreCase", RE_FLAG_I, 'i' },
    { "multiline", RE_FLAG_M, 'm' }, { "dotAll", RE_FLAG_S, 's' }, { "unicode", RE_FLAG_U, 'u' },
    { "unicodeSets", RE_FLAG_V, 'v' }, { "sticky", RE_FLAG_Y, 'y' },
};

/* One getter per flag; the flag index comes from the function's magic. */
static JSValue flag_get(VM *vm, JSValue *args, int i)
{
    JSValue t = args[-1];
    if (is_regexp_obj(t)) return val_from_bool((rx_flags(t) & flag_getters[i].bit) != 0);
    if (t == vm_intrinsic(vm, INTR_RegExpPrototype)) return VAL_UNDEFINED;
    char *d = bi_describe(vm, t);
    JSValue r = err_throw_type(vm, TypeError, "RegExp.prototype.%s getter called on non-RegExp object %s",
                               flag_getters[i].name, d ? d : "");
    free(d);
    return r;
}

#define FLAG_GETTER(i, fn) \
    static JSValue fn(VM *vm, JSValue *args, int argc, JSValue nt) { return flag_get(vm, args, i); }
FLAG_GETTER(0, get_has_indices)
FLAG_GETTER(1, get_global)
FLAG_GETTER(2, get_ignore_case)
FLAG_GETTER(3, get_multiline)
FLAG_GETTER(4, get_dot_all)
FLAG_GETTER(5, get_unicode)
FLAG_GETTER(6, get_unicode_sets)
FLAG_GETTER(7, get_sticky)
static const NativeFn flag_fns[] = { get_has_indices, get_global, get_ignore_case, get_multiline,
                                     get_dot_all, get_unicode, get_unicode_sets, get_sticky };

static JSValue get_flags(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!val_is_object(args[-1]))
        return err_throw_type(vm, TypeError, "RegExp.prototype.flags getter called on non-object");
    char out[16];
    int n = 0;
    for (size_t i = 0; i < sizeof flag_getters / sizeof flag_getters[0]; i++) {
        JSValue k = key(vm, flag_getters[i].name);
        if (k == VAL_EXCEPTION) return k;
        JSValue v = obj_get(vm, args[-1], k);
        if (v == VAL_EXCEPTION) return v;
        if (rt_to_boolean(v)) out[n++] = flag_getters[i].ch;
    }
    return str_from_latin1(vm, (const uint8_t *)out, (size_t)n);
}

/* EscapeRegExpPattern: '/' and line terminators escaped; "" is "(?:)". */
static JSValue escape_source(VM *vm, JSValue src)
{
    JSString *s = str_flatten(vm, src);
    if (!s) return VAL_EXCEPTION;
    if (s->length == 0) return str_from_cstr(vm, "(?:)");
    StrBuilder b;
    sb_init(&b);
    bool in_class = false;
    for (uint32_t i = 0; i < s->length; i++) {
        uint16_t c = str_unit(s, i);
        if (c == '\\' && i + 1 < s->length) {
            sb_add_unit(&b, c);
            c = str_unit(s, ++i);
            if (c == '\n') sb_add_cstr(&b, "n");
            else if (c == '\r') sb_add_cstr(&b, "r");
            else if (c == 0x2028) sb_add_cstr(&b, "u2028");
            else if (c == 0x2029) sb_add_cstr(&b, "u2029");
            else sb_add_unit(&b, c);
            continue;
        }
        if (c == '[') in_class = true;
        else if (c == ']') in_class = false;
        if (c == '/' && !in_class) sb_add_cstr(&b, "\\/");
        else if (c == '\n') sb_add_cstr(&b, "\\n");
        else if (c == '\r') sb_add_cstr(&b, "\\r");
        else if (c == 0x2028) sb_add_cstr(&b, "\\u2028");
        else if (c == 0x2029) sb_add_cstr(&b, "\\u2029");
        else sb_add_unit(&b, c);
    }
    return sb_finish(vm, &b);
}

static JSValue get_source(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue t = args[-1];
    if (is_regexp_obj(t)) return escape_source(vm, slots(t)->v[1]);
    if (t == vm_intrinsic(vm, INTR_RegExpPrototype)) return str_from_cstr(vm, "(?:)");
    return err_throw_type(vm, TypeError, "RegExp.prototype.source getter called on non-RegExp object");
}

static JSValue regexp_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (this_regexp_check(vm, args, "toString") == VAL_EXCEPTION) return VAL_EXCEPTION;
    BI_SCOPE;
    JSValue src = get_named(vm, &args[-1], "source");
    if (src != VAL_EXCEPTION) src = rt_to_string(vm, src);
    if (src == VAL_EXCEPTION) BI_RETURN(src);
    JSValue *hsrc = heap_handle(vm, src);
    JSValue fl = get_named(vm, &args[-1], "flags");
    if (fl != VAL_EXCEPTION) fl = rt_to_string(vm, fl);
    if (fl == VAL_EXCEPTION) BI_RETURN(fl);
    JSValue *hfl = heap_handle(vm, fl);
    StrBuilder b;
    sb_init(&b);
    sb_add_unit(&b, '/');
    sb_add_string(vm, &b, *hsrc);
    sb_add_unit(&b, '/');
    sb_add_string(vm, &b, *hfl);
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue regexp_compile(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!is_regexp_obj(args[-1]))
        return err_throw_type(vm, TypeError, "RegExp.prototype.compile called on incompatible receiver");
    BI_SCOPE;
    JSValue p = bi_arg(args, argc, 0), f = bi_arg(args, argc, 1);
    if (is_regexp_obj(p)) {
        if (f != VAL_UNDEFINED) BI_RETURN(err_throw_type(vm, TypeError, "Cannot supply flags when constructing one RegExp from another"));
        f = slots(p)->v[2];
        p = slots(p)->v[1];
    }
    BI_RETURN(regexp_initialize(vm, args[-1], p, f));
}

static JSValue regexp_species(VM *vm, JSValue *args, int argc, JSValue nt) { return args[-1]; }

/* ---- shared helpers for the symbol methods ------------------------------------------------ */

/* AdvanceStringIndex */
static double advance(JSValue s, double i, bool unicode)
{
    if (!unicode) return i + 1;
    JSString *f = (JSString *)val_cell(s);
    if (cell_kind(&f->hdr) != CELL_STRING || i + 1 >= f->length) return i + 1;
    uint16_t c = str_unit(f, (uint32_t)i);
    if (c >= 0xD800 && c <= 0xDBFF) {
        uint16_t d = str_unit(f, (uint32_t)i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) return i + 2;
    }
    return i + 1;
}

static JSValue to_flat_string(VM *vm, JSValue v)
{
    JSValue s = rt_to_string(vm, v);
    if (s == VAL_EXCEPTION) return s;
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, s);
    if (!str_flatten(vm, *h)) s = VAL_EXCEPTION;
    else s = val_from_cell(str_flatten(vm, *h));
    heap_scope_close(vm, hs);
    return s;
}

/* Get(rx, "flags") as a string; *g / *u set from its letters. */
static bool read_flags(VM *vm, JSValue rx, bool *g, bool *u)
{
    JSValue f = get_named(vm, heap_handle(vm, rx), "flags");
    if (f == VAL_EXCEPTION) return false;
    f = rt_to_string(vm, f);
    if (f == VAL_EXCEPTION) return false;
    JSString *s = str_flatten(vm, f);
    if (!s) return false;
    *g = *u = false;
    for (uint32_t i = 0; i < s->length; i++) {
        uint16_t c = str_unit(s, i);
        if (c == 'g') *g = true;
        if (c == 'u' || c == 'v') *u = true;
    }
    return true;
}

static JSValue regexp_match(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (this_regexp_check(vm, args, "[Symbol.match]") == VAL_EXCEPTION) return VAL_EXCEPTION;
    BI_SCOPE;
    JSValue s = to_flat_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSValue *hs = heap_handle(vm, s);
    bool g, u;
    if (!read_flags(vm, args[-1], &g, &u)) BI_RETURN(VAL_EXCEPTION);
    if (!g) BI_RETURN(regexp_exec_abstract(vm, args[-1], *hs));
    if (set_last_index(vm, args[-1], 0) < 0) BI_RETURN(VAL_EXCEPTION);
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    int p = pristine(vm, args[-1]);
    if (p < 0) BI_RETURN(VAL_EXCEPTION);
    if (p) {
        /* fast path: the matcher straight from lastIndex, pushing the matched substrings */
        int32_t *caps = alloc_caps(vm, args[-1]);
        if (!caps) BI_RETURN(VAL_EXCEPTION);
        for (;;) {
            int r = builtin_match(vm, &args[-1], hs, caps);
            if (r < 0) {
                free(caps);
                BI_RETURN(VAL_EXCEPTION);
            }
            if (r == 0) break;
            JSValue m = str_substring(vm, *hs, (uint32_t)caps[0], (uint32_t)caps[1]);
            if (m == VAL_EXCEPTION || arr_push(vm, *ha, m) < 0) {
                free(caps);
                BI_RETURN(VAL_EXCEPTION);
            }
            if (caps[0] == caps[1]) {
                double li = advance(*hs, caps[1], u);
                if (set_last_index(vm, args[-1], li) < 0) {
                    free(caps);
                    BI_RETURN(VAL_EXCEPTION);
                }
            }
        }
        free(caps);
        BI_RETURN(val_obj(*ha)->length ? *ha : VAL_NULL);
    }
    for (;;) {
        JSValue r = regexp_exec_abstract(vm, args[-1], *hs);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        if (r == VAL_NULL) break;
        JSValue m = bi_get_index(vm, r, 0);
        if (m != VAL_EXCEPTION) m = rt_to_string(vm, m);
        if (m == VAL_EXCEPTION) BI_RETURN(m);
        JSValue *hm = heap_handle(vm, m);
        if (arr_push(vm, *ha, *hm) < 0) BI_RETURN(VAL_EXCEPTION);
        if (str_length(*hm) == 0) {
            JSValue li = obj_get(vm, args[-1], vm_atom(vm, ATOM_lastIndex));
            double d;
            if (li == VAL_EXCEPTION || !rt_to_length(vm, li, &d)) BI_RETURN(VAL_EXCEPTION);
            if (set_last_index(vm, args[-1], advance(*hs, d, u)) < 0) BI_RETURN(VAL_EXCEPTION);
        }
    }
    BI_RETURN(val_obj(*ha)->length ? *ha : VAL_NULL);
}

static JSValue regexp_search(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (this_regexp_check(vm, args, "[Symbol.search]") == VAL_EXCEPTION) return VAL_EXCEPTION;
    BI_SCOPE;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSValue *hs = heap_handle(vm, s);
    JSValue prev = obj_get(vm, args[-1], vm_atom(vm, ATOM_lastIndex));
    if (prev == VAL_EXCEPTION) BI_RETURN(prev);
    JSValue *hprev = heap_handle(vm, prev);
    if (!rt_same_value(*hprev, val_from_int(0)) && set_last_index(vm, args[-1], 0) < 0) BI_RETURN(VAL_EXCEPTION);
    JSValue r = regexp_exec_abstract(vm, args[-1], *hs);
    if (r == VAL_EXCEPTION) BI_RETURN(r);
    JSValue *hr = heap_handle(vm, r);
    JSValue cur = obj_get(vm, args[-1], vm_atom(vm, ATOM_lastIndex));
    if (cur == VAL_EXCEPTION) BI_RETURN(cur);
    if (!rt_same_value(cur, *hprev) &&
        rt_set(vm, args[-1], vm_atom(vm, ATOM_lastIndex), *hprev, true) < 0)
        BI_RETURN(VAL_EXCEPTION);
    if (*hr == VAL_NULL) BI_RETURN(val_from_int(-1));
    BI_RETURN(obj_get(vm, *hr, vm_atom(vm, ATOM_index)));
}


/* ---- Symbol.replace -------------------------------------------------------------------------- */

/* One match as GetSubstitution sees it.  Captures come either from offsets
 * into S (fast path: caps) or from values held in handles (capvals). */
typedef struct Match {
    JSValue *hS;             /* flat subject */
    JSValue *hmatched;       /* matched string (generic path) or NULL */
    uint32_t position, match_len;
    const int32_t *caps;     /* fast path: 2*(m+1) offsets */
    JSValue *capvals;        /* generic path: capvals[1..m] */
    uint32_t m;              /* number of captures */
    JSValue *hnamed;         /* generic: groups object or undefined */
    JSValue *hprog;          /* fast path: program (for $<name>) or NULL */
} Match;

static inline JSString *flat_of(JSValue *h) { return (JSString *)val_cell(*h); }

/* The longest string (STR_MAX_LENGTH in str.c).  Replace results are checked
 * before every bulk append, so "$`" over many matches (quadratic output)
 * ends with a RangeError instead of gigabytes of builder. */
#define RESULT_MAX ((1u << 29) - 24)

static bool room(VM *vm, const StrBuilder *b, size_t extra)
{
    if (b->len + extra <= RESULT_MAX) return true;
    err_throw(vm, ERRMSG_INVALID_STRING_LENGTH);
    return false;
}

/* Appends s[from, to): a unit at a time only when the buffer is full (which
 * grows it), otherwise straight into the buffer ("$`" over many matches
 * copies up to RESULT_MAX units). */
static void add_units(StrBuilder *b, JSString *s, uint32_t from, uint32_t to)
{
    while (from < to) {
        if (b->len >= b->cap) {
            sb_add_unit(b, str_unit(s, from++));
            continue;
        }
        size_t n = b->cap - b->len;
        if (n > to - from) n = to - from;
        uint16_t *d = b->buf + b->len;
        if (str_is_16bit(s)) {
            const uint16_t *u = str_utf16(s) + from;
            for (size_t i = 0; i < n; i++) {
                if (u[i] > 0xFF) b->wide = true;
                d[i] = u[i];
            }
        } else {
            const uint8_t *u = str_latin1(s) + from;
            for (size_t i = 0; i < n; i++) d[i] = u[i];
        }
        b->len += n;
        from += (uint32_t)n;
    }
}

static bool add_capture(VM *vm, StrBuilder *b, const Match *mt, uint32_t n)
{
    if (mt->caps) {
        int32_t s = mt->caps[2 * n], e = mt->caps[2 * n + 1];
        if (s >= 0 && e >= 0) {
            if (!room(vm, b, (uint32_t)(e - s))) return false;
            add_units(b, flat_of(mt->hS), (uint32_t)s, (uint32_t)e);
        }
        return true;
    }
    if (mt->capvals[n] != VAL_UNDEFINED) {
        if (!room(vm, b, str_length(mt->capvals[n]))) return false;
        sb_add_string(vm, b, mt->capvals[n]);
    }
    return true;
}

/* GetSubstitution (ECMA-262 22.1.3.19.1) appended to b. */
static bool get_substitution(VM *vm, StrBuilder *b, const Match *mt, JSValue *htemplate)
{
    uint32_t tlen = str_length(*htemplate);
    for (uint32_t i = 0; i < tlen; i++) {
        if (!room(vm, b, 1)) return false;
        JSString *t = flat_of(htemplate);
        uint16_t c = str_unit(t, i);
        if (c != '$' || i + 1 >= tlen) {
            sb_add_unit(b, c);
            continue;
        }
        uint16_t d = str_unit(t, i + 1);
        JSString *S = flat_of(mt->hS);
        if (d == '$') {
            sb_add_unit(b, '$');
            i++;
        } else if (d == '&') {
            if (!room(vm, b, mt->hmatched ? str_length(*mt->hmatched) : mt->match_len)) return false;
            if (mt->hmatched) sb_add_string(vm, b, *mt->hmatched);
            else add_units(b, S, mt->position, mt->position + mt->match_len);
            i++;
        } else if (d == '`') {
            if (!room(vm, b, mt->position)) return false;
            add_units(b, S, 0, mt->position);
            i++;
        } else if (d == '\'') {
            uint32_t tail = mt->position + mt->match_len;
            if (tail < S->length && !room(vm, b, S->length - tail)) return false;
            if (tail < S->length) add_units(b, S, tail, S->length);
            i++;
        } else if (d >= '0' && d <= '9') {
            uint32_t n1 = d - '0';
            uint32_t n2 = (i + 2 < tlen && str_unit(t, i + 2) >= '0' && str_unit(t, i + 2) <= '9')
                              ? n1 * 10 + (str_unit(t, i + 2) - '0') : 0;
            if (i + 2 < tlen && n2 >= 1 && n2 <= mt->m && str_unit(t, i + 2) >= '0' && str_unit(t, i + 2) <= '9') {
                if (!add_capture(vm, b, mt, n2)) return false;
                i += 2;
            } else if (n1 >= 1 && n1 <= mt->m) {
                if (!add_capture(vm, b, mt, n1)) return false;
                i++;
            } else {
                sb_add_unit(b, '$');
            }
        } else if (d == '<') {
            bool named = mt->hprog ? re_program(*mt->hprog)->has_names : *mt->hnamed != VAL_UNDEFINED;
            uint32_t close = i + 2;
            while (close < tlen && str_unit(t, close) != '>') close++;
            if (!named || close >= tlen) {
                sb_add_unit(b, '$');
                continue;
            }
            if (mt->hprog) {
                for (uint32_t g = 1; g < re_program(*mt->hprog)->ncaps; g++) {
                    uint32_t len;   /* the program is re-read: add_capture may allocate */
                    const uint16_t *nm = re_group_name(re_program(*mt->hprog), g, &len);
                    if (len != close - (i + 2)) continue;
                    uint32_t k = 0;
                    while (k < len && nm[k] == str_unit(t, i + 2 + k)) k++;
                    /* every group of a duplicated name: only one participated, the others add nothing */
                    if (k == len && !add_capture(vm, b, mt, g)) return false;
                }
            } else {
                JSValue name = str_substring(vm, *htemplate, i + 2, close);
                if (name != VAL_EXCEPTION) name = atom_intern(vm, name);
                if (name == VAL_EXCEPTION) return false;
                JSValue v = obj_get(vm, *mt->hnamed, name);
                if (v == VAL_EXCEPTION) return false;
                if (v != VAL_UNDEFINED) {
                    v = rt_to_string(vm, v);
                    if (v == VAL_EXCEPTION || !room(vm, b, str_length(v))) return false;
                    sb_add_string(vm, b, v);
                }
            }
            i = close;
        } else {
            sb_add_unit(b, '$');
        }
    }
    return true;
}

/* Calls the replacer function for one match (fast path: values from offsets). */
static JSValue call_replacer(VM *vm, JSValue fn, const Match *mt)
{
    BI_SCOPE;
    JSValue *hfn = heap_handle(vm, fn);
    uint32_t n = mt->m + 4;
    JSValue *argv = heap_handle(vm, VAL_UNDEFINED);
    for (uint32_t i = 1; i < n; i++) heap_handle(vm, VAL_UNDEFINED);
    uint32_t k = 0;
    JSValue v;
    if (mt->caps) {
        for (uint32_t i = 0; i <= mt->m; i++) {
            v = substring_or_undefined(vm, *mt->hS, mt->caps[2 * i], mt->caps[2 * i + 1]);
            if (v == VAL_EXCEPTION) BI_RETURN(v);
            argv[k++] = v;
        }
    } else {
        argv[k++] = *mt->hmatched;
        for (uint32_t i = 1; i <= mt->m; i++) argv[k++] = mt->capvals[i];
    }
    argv[k++] = val_from_int((int32_t)mt->position);
    argv[k++] = *mt->hS;
    if (mt->caps && mt->hprog && re_program(*mt->hprog)->has_names) {
        v = make_groups(vm, NULL, mt->hprog, mt->hS, mt->caps, NULL);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        argv[k++] = v;
    } else if (!mt->caps && *mt->hnamed != VAL_UNDEFINED) {
        argv[k++] = *mt->hnamed;
    }
    JSValue r = vm_call(vm, *hfn, VAL_UNDEFINED, (int)k, argv);
    if (r == VAL_EXCEPTION) BI_RETURN(r);
    BI_RETURN(rt_to_string(vm, r));
}

/* Fast path of @@replace for pristine regexps: all matches first (offsets), then the result. */
static JSValue replace_fast(VM *vm, JSValue *hrx, JSValue *hs, JSValue *hrepl, bool functional)
{
    BI_SCOPE;
    JSValue *hprog = heap_handle(vm, rx_program(*hrx));
    uint32_t flags = re_program(*hprog)->flags;
    bool global = (flags & RE_FLAG_G) != 0, unicode = (flags & (RE_FLAG_U | RE_FLAG_V)) != 0;
    uint32_t ncaps2 = re_program(*hprog)->ncaps * 2;
    int32_t *all = NULL;
    size_t nmatch = 0, capm = 0;
    int32_t *caps = malloc(ncaps2 * sizeof *caps);
    if (!caps) BI_RETURN(err_throw(vm, ERRMSG_OUT_OF_MEMORY));
    JSValue result = VAL_EXCEPTION;
    if (global) {
        if (set_last_index(vm, *hrx, 0) < 0) goto out;
        uint32_t at = 0, len = flat_of(hs)->length;
        while (at <= len) {
            int r = re_exec(vm, *hprog, flat_of(hs), at, (flags & RE_FLAG_Y) != 0, caps);
            if (r < 0) goto out;
            if (r == 0) break;
            if (nmatch == capm) {
                capm = capm ? capm * 2 : 16;
                int32_t *na = realloc(all, capm * ncaps2 * sizeof *na);
                if (!na) {
                    err_throw(vm, ERRMSG_OUT_OF_MEMORY);
                    goto out;
                }
                all = na;
            }
            memcpy(all + nmatch * ncaps2, caps, ncaps2 * sizeof *caps);
            nmatch++;
            bi_regexp_legacy_record(vm, *hs, caps, ncaps2 / 2);
            at = caps[1] == caps[0] ? (uint32_t)advance(*hs, caps[1], unicode) : (uint32_t)caps[1];
        }
        if (set_last_index(vm, *hrx, 0) < 0) goto out;
    } else {
        int r = builtin_match(vm, hrx, hs, caps);
        if (r < 0) goto out;
        if (r) {
            all = malloc(ncaps2 * sizeof *all);
            if (!all) {
                err_throw(vm, ERRMSG_OUT_OF_MEMORY);
                goto out;
            }
            memcpy(all, caps, ncaps2 * sizeof *caps);
            nmatch = 1;
        }
    }
    if (nmatch == 0) {
        result = *hs;
        goto out;
    }
    StrBuilder b;
    sb_init(&b);
    bool plain = !functional;
    if (plain) {   /* no '$' in the template: append it as is */
        JSString *t = flat_of(hrepl);
        for (uint32_t i = 0; i < t->length; i++)
            if (str_unit(t, i) == '$') plain = false;
    }
    uint32_t next = 0;
    for (size_t k = 0; k < nmatch; k++) {
        const int32_t *mc = all + k * ncaps2;
        Match mt = { hs, NULL, (uint32_t)mc[0], (uint32_t)(mc[1] - mc[0]), mc, NULL, ncaps2 / 2 - 1, NULL, hprog };
        if (!room(vm, &b, mt.position - next)) {
            sb_free(&b);
            goto out;
        }
        add_units(&b, flat_of(hs), next, mt.position);
        if (functional) {
            JSValue r = call_replacer(vm, *hrepl, &mt);
            if (r == VAL_EXCEPTION || !room(vm, &b, str_length(r))) {
                sb_free(&b);
                goto out;
            }
            sb_add_string(vm, &b, r);
        } else if (plain) {
            if (!room(vm, &b, str_length(*hrepl))) {
                sb_free(&b);
                goto out;
            }
            sb_add_string(vm, &b, *hrepl);
        } else if (!get_substitution(vm, &b, &mt, hrepl)) {
            sb_free(&b);
            goto out;
        }
        next = mt.position + mt.match_len;
    }
    if (!room(vm, &b, flat_of(hs)->length - next)) {
        sb_free(&b);
        goto out;
    }
    add_units(&b, flat_of(hs), next, flat_of(hs)->length);
    result = sb_finish(vm, &b);
out:
    free(caps);
    free(all);
    BI_RETURN(result);
}

static JSValue regexp_replace(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (this_regexp_check(vm, args, "[Symbol.replace]") == VAL_EXCEPTION) return VAL_EXCEPTION;
    BI_SCOPE;
    JSValue s = to_flat_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSValue *hs = heap_handle(vm, s);
    JSValue *hrepl = heap_handle(vm, bi_arg(args, argc, 1));
    bool functional = rt_is_callable(*hrepl);
    if (!functional) {
        JSValue r = to_flat_string(vm, *hrepl);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        *hrepl = r;
    }
    int p = pristine(vm, args[-1]);
    if (p < 0) BI_RETURN(VAL_EXCEPTION);
    if (p) BI_RETURN(replace_fast(vm, &args[-1], hs, hrepl, functional));

    bool global, unicode;
    if (!read_flags(vm, args[-1], &global, &unicode)) BI_RETURN(VAL_EXCEPTION);
    if (global && set_last_index(vm, args[-1], 0) < 0) BI_RETURN(VAL_EXCEPTION);
    JSValue results = arr_new(vm, 0);
    if (results == VAL_EXCEPTION) BI_RETURN(results);
    JSValue *hresults = heap_handle(vm, results);
    for (;;) {
        JSValue r = regexp_exec_abstract(vm, args[-1], *hs);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        if (r == VAL_NULL) break;
        JSValue *hr = heap_handle(vm, r);
        if (arr_push(vm, *hresults, *hr) < 0) BI_RETURN(VAL_EXCEPTION);
        if (!global) break;
        JSValue m = bi_get_index(vm, *hr, 0);
        if (m != VAL_EXCEPTION) m = rt_to_string(vm, m);
        if (m == VAL_EXCEPTION) BI_RETURN(m);
        if (str_length(m) == 0) {
            JSValue li = obj_get(vm, args[-1], vm_atom(vm, ATOM_lastIndex));
            double d;
            if (li == VAL_EXCEPTION || !rt_to_length(vm, li, &d)) BI_RETURN(VAL_EXCEPTION);
            if (set_last_index(vm, args[-1], advance(*hs, d, unicode)) < 0) BI_RETURN(VAL_EXCEPTION);
        }
    }
    StrBuilder b;
    sb_init(&b);
    uint32_t next = 0, slen = flat_of(hs)->length;
    uint32_t nres = val_obj(*hresults)->length;
    for (uint32_t k = 0; k < nres; k++) {
        HandleScope inner = heap_scope_open(vm);
        JSValue *hres = heap_handle(vm, bi_get_index(vm, *hresults, k));
        double rlen;
        if (*hres == VAL_EXCEPTION || !bi_length_of(vm, *hres, &rlen)) goto fail;
        /* nCaptures comes from a user exec's result: the replacer gets
         * them all as arguments (node: at most 65535), a template can only
         * refer to $1..$99, so only those are kept in handles */
        double ncapd = rlen > 1 ? rlen - 1 : 0;
        if (functional && ncapd > 65535 - 4) {
            err_throw_type(vm, RangeError, "Too many arguments in function call (only 65535 allowed)");
            goto fail;
        }
        uint32_t ncap = ncapd > 4294967294.0 ? 4294967294u : (uint32_t)ncapd;
        uint32_t keep = functional || ncap < 99 ? ncap : 99;
        JSValue mv = bi_get_index(vm, *hres, 0);
        if (mv != VAL_EXCEPTION) mv = rt_to_string(vm, mv);
        if (mv == VAL_EXCEPTION) goto fail;
        JSValue *hm = heap_handle(vm, mv);
        JSValue pv = obj_get(vm, *hres, vm_atom(vm, ATOM_index));
        double pos;
        if (pv == VAL_EXCEPTION || !rt_to_integer_or_inf(vm, pv, &pos)) goto fail;
        pos = pos < 0 ? 0 : pos > slen ? slen : pos;
        JSValue *capvals = heap_handle(vm, VAL_UNDEFINED);
        for (uint32_t i = 0; i < keep; i++) heap_handle(vm, VAL_UNDEFINED);
        for (uint32_t i = 1; i <= ncap; i++) {
            JSValue c = bi_get_index(vm, *hres, i);
            if (c != VAL_EXCEPTION && c != VAL_UNDEFINED) c = rt_to_string(vm, c);
            if (c == VAL_EXCEPTION) goto fail;
            if (i <= keep) capvals[i] = c;
        }
        JSValue nc = get_named(vm, hres, "groups");
        if (nc == VAL_EXCEPTION) goto fail;
        JSValue *hnamed = heap_handle(vm, nc);
        Match mt = { hs, hm, (uint32_t)pos, str_length(*hm), NULL, capvals, ncap, hnamed, NULL };
        StrBuilder rb;
        sb_init(&rb);
        JSValue repl;
        if (functional) {
            repl = call_replacer(vm, *hrepl, &mt);
            sb_free(&rb);
        } else {
            if (*hnamed != VAL_UNDEFINED) {
                JSValue o = rt_to_object(vm, *hnamed);
                if (o == VAL_EXCEPTION) {
                    sb_free(&rb);
                    goto fail;
                }
                *hnamed = o;
            }
            repl = get_substitution(vm, &rb, &mt, hrepl) ? sb_finish(vm, &rb) : (sb_free(&rb), VAL_EXCEPTION);
        }
        if (repl == VAL_EXCEPTION) goto fail;
        if (mt.position >= next) {
            if (!room(vm, &b, (size_t)(mt.position - next) + str_length(repl))) goto fail;
            add_units(&b, flat_of(hs), next, mt.position);
            sb_add_string(vm, &b, repl);
            next = mt.position + mt.match_len;
        }
        heap_scope_close(vm, inner);
        continue;
    fail:
        heap_scope_close(vm, inner);
        sb_free(&b);
        BI_RETURN(VAL_EXCEPTION);
    }
    if (next < slen && !room(vm, &b, slen - next)) {
        sb_free(&b);
        BI_RETURN(VAL_EXCEPTION);
    }
    if (next < slen) add_units(&b, flat_of(hs), next, slen);
    BI_RETURN(sb_finish(vm, &b));
}

/* ---- Symbol.split / Symbol.matchAll ----------------------------------------------------------- */

/* SpeciesConstructor(rx, %RegExp%) */
static JSValue species_ctor(VM *vm, JSValue rx)
{
    BI_SCOPE;
    JSValue c = obj_get(vm, rx, vm_atom(vm, ATOM_constructor));
    if (c == VAL_EXCEPTION) BI_RETURN(c);
    if (c == VAL_UNDEFINED) BI_RETURN(vm_intrinsic(vm, INTR_RegExp));
    if (!val_is_object(c)) BI_RETURN(err_throw_type(vm, TypeError, "object.constructor is not an object"));
    JSValue s = obj_get(vm, c, vm_intrinsic(vm, INTR_SymbolSpecies));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    if (val_is_nullish(s)) BI_RETURN(vm_intrinsic(vm, INTR_RegExp));
    if (!rt_is_constructor(s)) BI_RETURN(err_throw_type(vm, TypeError, "object.constructor[Symbol.species] is not a constructor"));
    BI_RETURN(s);
}

static JSValue regexp_split(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (this_regexp_check(vm, args, "[Symbol.split]") == VAL_EXCEPTION) return VAL_EXCEPTION;
    BI_SCOPE;
    JSValue s = to_flat_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSValue *hs = heap_handle(vm, s);
    JSValue c = species_ctor(vm, args[-1]);
    if (c == VAL_EXCEPTION) BI_RETURN(c);
    JSValue *hc = heap_handle(vm, c);
    JSValue fl = get_named(vm, &args[-1], "flags");
    if (fl != VAL_EXCEPTION) fl = to_flat_string(vm, fl);
    if (fl == VAL_EXCEPTION) BI_RETURN(fl);
    JSValue *hfl = heap_handle(vm, fl);
    bool unicode = false, sticky = false;
    for (uint32_t i = 0; i < flat_of(hfl)->length; i++) {
        uint16_t ch = str_unit(flat_of(hfl), i);
        if (ch == 'u' || ch == 'v') unicode = true;
        if (ch == 'y') sticky = true;
    }
    int p = pristine(vm, args[-1]);
    if (p < 0) BI_RETURN(VAL_EXCEPTION);
    bool fast = p && *hc == vm_intrinsic(vm, INTR_RegExp);
    JSValue *hsplitter = heap_handle(vm, args[-1]);
    if (!fast) {
        if (!sticky) {
            JSValue nf = str_concat(vm, *hfl, str_from_cstr(vm, "y"));
            if (nf == VAL_EXCEPTION) BI_RETURN(nf);
            *hfl = nf;
        }
        JSValue cargs[2] = { args[-1], *hfl };
        JSValue sp = vm_construct(vm, *hc, 2, cargs, *hc);
        if (sp == VAL_EXCEPTION) BI_RETURN(sp);
        *hsplitter = sp;
    }
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    uint32_t lim = 0xFFFFFFFFu;
    if (bi_arg(args, argc, 1) != VAL_UNDEFINED && !rt_to_uint32(vm, args[1], &lim)) BI_RETURN(VAL_EXCEPTION);
    if (lim == 0) BI_RETURN(*ha);
    uint32_t size = flat_of(hs)->length;
    int32_t *caps = NULL;
    if (fast) {
        caps = alloc_caps(vm, *hsplitter);
        if (!caps) BI_RETURN(VAL_EXCEPTION);
    }
    JSValue *hprog = heap_handle(vm, fast ? rx_program(*hsplitter) : VAL_UNDEFINED);
    JSValue result = VAL_EXCEPTION;
    if (size == 0) {
        bool matched;
        if (fast) {
            int r = re_exec(vm, *hprog, flat_of(hs), 0, true, caps);
            if (r < 0) goto out;
            matched = r == 1;
            if (matched) bi_regexp_legacy_record(vm, *hs, caps, re_program(*hprog)->ncaps);
        } else {
            JSValue z = regexp_exec_abstract(vm, *hsplitter, *hs);
            if (z == VAL_EXCEPTION) goto out;
            matched = z != VAL_NULL;
        }
        if (!matched && arr_push(vm, *ha, *hs) < 0) goto out;
        result = *ha;
        goto out;
    }
    uint32_t pp = 0, q = 0;
    while (q < size) {
        uint32_t e, at;
        JSValue *hz = NULL;
        HandleScope inner = heap_scope_open(vm);
        if (fast) {
            int r = re_exec(vm, *hprog, flat_of(hs), q, false, caps);
            if (r < 0) {
                heap_scope_close(vm, inner);
                goto out;
            }
            if (r == 0 || (uint32_t)caps[0] >= size) {
                heap_scope_close(vm, inner);
                break;
            }
            bi_regexp_legacy_record(vm, *hs, caps, re_program(*hprog)->ncaps);
            at = (uint32_t)caps[0];
            e = (uint32_t)caps[1] < size ? (uint32_t)caps[1] : size;
        } else {
            if (set_last_index(vm, *hsplitter, q) < 0) goto inner_fail;
            JSValue z = regexp_exec_abstract(vm, *hsplitter, *hs);
            if (z == VAL_EXCEPTION) goto inner_fail;
            if (z == VAL_NULL) {
                q = (uint32_t)advance(*hs, q, unicode);
                heap_scope_close(vm, inner);
                continue;
            }
            hz = heap_handle(vm, z);
            JSValue li = obj_get(vm, *hsplitter, vm_atom(vm, ATOM_lastIndex));
            double d;
            if (li == VAL_EXCEPTION || !rt_to_length(vm, li, &d)) goto inner_fail;
            e = d < size ? (uint32_t)d : size;
            at = q;
        }
        if (e == pp) {
            q = (uint32_t)advance(*hs, at, unicode);
            heap_scope_close(vm, inner);
            continue;
        }
        {
            JSValue t = str_substring(vm, *hs, pp, at);
            if (t == VAL_EXCEPTION || arr_push(vm, *ha, t) < 0) goto inner_fail;
            if (val_obj(*ha)->length == lim) {
                heap_scope_close(vm, inner);
                result = *ha;
                goto out;
            }
            pp = e;
            uint32_t ncap;
            if (fast) {
                ncap = re_program(*hprog)->ncaps - 1;
            } else {
                double zl;
                if (!bi_length_of(vm, *hz, &zl)) goto inner_fail;
                ncap = zl > 1 ? (uint32_t)(zl - 1) : 0;
            }
            for (uint32_t i = 1; i <= ncap; i++) {
                JSValue v = fast ? substring_or_undefined(vm, *hs, caps[2 * i], caps[2 * i + 1]) : bi_get_index(vm, *hz, i);
                if (v == VAL_EXCEPTION || arr_push(vm, *ha, v) < 0) goto inner_fail;
                if (val_obj(*ha)->length == lim) {
                    heap_scope_close(vm, inner);
                    result = *ha;
                    goto out;
                }
            }
            q = pp;
        }
        heap_scope_close(vm, inner);
        continue;
    inner_fail:
        heap_scope_close(vm, inner);
        goto out;
    }
    {
        JSValue t = str_substring(vm, *hs, pp, size);
        if (t == VAL_EXCEPTION || arr_push(vm, *ha, t) < 0) goto out;
        result = *ha;
    }
out:
    free(caps);
    BI_RETURN(result);
}

/* internal of a RegExp String Iterator: [regexp, string, global, unicode, done] */
static JSValue regexp_match_all(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (this_regexp_check(vm, args, "[Symbol.matchAll]") == VAL_EXCEPTION) return VAL_EXCEPTION;
    BI_SCOPE;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSValue *hs = heap_handle(vm, s);
    JSValue c = species_ctor(vm, args[-1]);
    if (c == VAL_EXCEPTION) BI_RETURN(c);
    JSValue *hc = heap_handle(vm, c);
    JSValue fl = get_named(vm, &args[-1], "flags");
    if (fl != VAL_EXCEPTION) fl = to_flat_string(vm, fl);
    if (fl == VAL_EXCEPTION) BI_RETURN(fl);
    JSValue *hfl = heap_handle(vm, fl);
    JSValue cargs[2] = { args[-1], *hfl };
    JSValue matcher = vm_construct(vm, *hc, 2, cargs, *hc);
    if (matcher == VAL_EXCEPTION) BI_RETURN(matcher);
    JSValue *hm = heap_handle(vm, matcher);
    JSValue li = obj_get(vm, args[-1], vm_atom(vm, ATOM_lastIndex));
    double d;
    if (li == VAL_EXCEPTION || !rt_to_length(vm, li, &d)) BI_RETURN(VAL_EXCEPTION);
    if (set_last_index(vm, *hm, d) < 0) BI_RETURN(VAL_EXCEPTION);
    bool g = false, u = false;
    for (uint32_t i = 0; i < flat_of(hfl)->length; i++) {
        uint16_t ch = str_unit(flat_of(hfl), i);
        if (ch == 'g') g = true;
        if (ch == 'u' || ch == 'v') u = true;
    }
    JSValue st = valarray_new(vm, 5);
    if (st == VAL_EXCEPTION) BI_RETURN(st);
    ValArray *va = (ValArray *)val_cell(st);
    va->v[0] = *hm;
    va->v[1] = *hs;
    va->v[2] = val_from_bool(g);
    va->v[3] = val_from_bool(u);
    va->v[4] = VAL_FALSE;
    va->count = 5;
    BI_RETURN(bi_new_wrapper(vm, vm_intrinsic(vm, INTR_RegExpStringIteratorPrototype), CLS_REGEXP, st));
}

static JSValue rsi_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue t = args[-1];
    bool ok = obj_is_class(t, CLS_REGEXP) && val_is_kind(((JSWrapper *)val_obj(t))->internal, CELL_VALARRAY) &&
              ((ValArray *)val_cell(((JSWrapper *)val_obj(t))->internal))->count == 5;
    if (!ok) return err_throw_type(vm, TypeError, "%%RegExpStringIterator%%.prototype.next called on incompatible receiver");
    BI_SCOPE;
    JSValue *hst = heap_handle(vm, ((JSWrapper *)val_obj(t))->internal);
    ValArray *st = (ValArray *)val_cell(*hst);
    if (st->v[4] == VAL_TRUE) BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
    JSValue m = regexp_exec_abstract(vm, st->v[0], st->v[1]);
    if (m == VAL_EXCEPTION) BI_RETURN(m);
    JSValue *hmatch = heap_handle(vm, m);
    st = (ValArray *)val_cell(*hst);
    if (m == VAL_NULL) {
        st->v[4] = VAL_TRUE;
        BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
    }
    if (st->v[2] != VAL_TRUE) {
        st->v[4] = VAL_TRUE;
        BI_RETURN(bi_iter_result(vm, *hmatch, false));
    }
    JSValue ms = bi_get_index(vm, *hmatch, 0);
    if (ms != VAL_EXCEPTION) ms = rt_to_string(vm, ms);
    if (ms == VAL_EXCEPTION) BI_RETURN(ms);
    if (str_length(ms) == 0) {
        st = (ValArray *)val_cell(*hst);
        JSValue li = obj_get(vm, st->v[0], vm_atom(vm, ATOM_lastIndex));
        double d;
        if (li == VAL_EXCEPTION || !rt_to_length(vm, li, &d)) BI_RETURN(VAL_EXCEPTION);
        st = (ValArray *)val_cell(*hst);
        if (set_last_index(vm, st->v[0], advance(st->v[1], d, st->v[3] == VAL_TRUE)) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(bi_iter_result(vm, *hmatch, false));
}

/* ---- RegExp.escape ------------------------------------------------------------------------------ */

static void sb_add_hex(StrBuilder *b, char kind, uint32_t v, int digits)
{
    sb_add_unit(b, '\\');
    sb_add_unit(b, (uint16_t)kind);
    for (int i = digits - 1; i >= 0; i--) sb_add_unit(b, (uint16_t)"0123456789abcdef"[(v >> (4 * i)) & 15]);
}

/* WhiteSpace or LineTerminator beyond the ControlEscape ones (TAB, VT, FF,
 * LF, CR): SP, NBSP, ZWNBSP, the other Zs characters, LS and PS. */
static bool escape_as_space(uint32_t c)
{
    return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/* RegExp.escape(S) (ES2026): every code point of S as itself or as an
 * escape that reads back as that character wherever the result is pasted
 * into a pattern (EncodeForRegExpEscape); a leading digit or ASCII letter
 * becomes \xHH so that it cannot extend a preceding \0, \1 or \c. */
static JSValue regexp_escape(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s = bi_arg(args, argc, 0);
    if (!val_is_string(s)) {
        char *d = bi_describe(vm, s);
        JSValue r = err_throw_type(vm, TypeError, "RegExp.escape requires a string, got %s", d ? d : "value");
        free(d);
        return r;
    }
    JSString *f = str_flatten(vm, s);
    if (!f) return VAL_EXCEPTION;
    StrBuilder b;
    sb_init(&b);
    for (uint32_t i = 0, n = f->length; i < n;) {   /* nothing below allocates on the GC heap */
        bool first = i == 0;
        uint32_t c = str_unit(f, i++);
        if (c >= 0xD800 && c <= 0xDBFF && i < n && str_unit(f, i) >= 0xDC00 && str_unit(f, i) <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (str_unit(f, i++) - 0xDC00);
        const char *control = c >= 9 && c <= 13 ? &"tnvfr"[c - 9] : NULL;
        if (first && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            sb_add_hex(&b, 'x', c, 2);
        } else if (c < 128 && c && strchr("^$\\.*+?()[]{}|/", (int)c)) {   /* SyntaxCharacter or '/' */
            sb_add_unit(&b, '\\');
            sb_add_unit(&b, (uint16_t)c);
        } else if (control) {
            sb_add_unit(&b, '\\');
            sb_add_unit(&b, (uint16_t)*control);
        } else if ((c < 128 && c && strchr(",-=<>#&!%:;@~'`\"", (int)c)) || escape_as_space(c) ||
                   (c >= 0xD800 && c <= 0xDFFF)) {   /* other punctuators, spaces, lone surrogates */
            if (c <= 0xFF) sb_add_hex(&b, 'x', c, 2);
            else sb_add_hex(&b, 'u', c, 4);   /* all of these are single code units */
        } else if (c > 0xFFFF) {
            sb_add_unit(&b, (uint16_t)(0xD800 + ((c - 0x10000) >> 10)));
            sb_add_unit(&b, (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF)));
        } else {
            sb_add_unit(&b, (uint16_t)c);
        }
    }
    return sb_finish(vm, &b);
}

/* ---- init ------------------------------------------------------------------------------------ */

bool bi_regexp_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue proto = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (proto == VAL_EXCEPTION) goto out;
    JSValue *hp = heap_handle(vm, proto);
    vm->intrinsics[INTR_RegExpPrototype] = *hp;
    JSValue ctor = realm_def_class(vm, "RegExp", regexp_ctor, 2, *hp);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *hc = heap_handle(vm, ctor);
    vm->intrinsics[INTR_RegExp] = *hc;
    if (!bi_regexp_legacy_init(vm, *hc)) goto out;
    if (realm_def_method(vm, *hc, "escape", regexp_escape, 1, 0) < 0) goto out;
    JSValue sg = fn_new_native(vm, "get [Symbol.species]", regexp_species, 0, 0);
    if (sg == VAL_EXCEPTION ||
        obj_define_accessor(vm, *hc, vm_intrinsic(vm, INTR_SymbolSpecies), sg, VAL_UNDEFINED, PROP_CONFIGURABLE) < 0)
        goto out;
    if (realm_def_method(vm, *hp, "exec", regexp_exec, 1, 0) < 0 ||
        realm_def_method(vm, *hp, "test", regexp_test, 1, 0) < 0 ||
        realm_def_method(vm, *hp, "toString", regexp_to_string, 0, 0) < 0 ||
        realm_def_method(vm, *hp, "compile", regexp_compile, 2, 0) < 0 ||
        realm_def_getter(vm, *hp, "flags", get_flags) < 0 ||
        realm_def_getter(vm, *hp, "source", get_source) < 0)
        goto out;
    for (size_t i = 0; i < sizeof flag_getters / sizeof flag_getters[0]; i++)
        if (realm_def_getter(vm, *hp, flag_getters[i].name, flag_fns[i]) < 0) goto out;
    if (realm_def_method_key(vm, *hp, vm_intrinsic(vm, INTR_SymbolMatch), "[Symbol.match]", regexp_match, 1) < 0 ||
        realm_def_method_key(vm, *hp, vm_intrinsic(vm, INTR_SymbolMatchAll), "[Symbol.matchAll]", regexp_match_all, 1) < 0 ||
        realm_def_method_key(vm, *hp, vm_intrinsic(vm, INTR_SymbolReplace), "[Symbol.replace]", regexp_replace, 2) < 0 ||
        realm_def_method_key(vm, *hp, vm_intrinsic(vm, INTR_SymbolSearch), "[Symbol.search]", regexp_search, 1) < 0 ||
        realm_def_method_key(vm, *hp, vm_intrinsic(vm, INTR_SymbolSplit), "[Symbol.split]", regexp_split, 2) < 0)
        goto out;
    JSValue ip = obj_new(vm, vm_intrinsic(vm, INTR_IteratorPrototype));
    if (ip == VAL_EXCEPTION) goto out;
    JSValue *hip = heap_handle(vm, ip);
    vm->intrinsics[INTR_RegExpStringIteratorPrototype] = *hip;
    if (realm_def_method(vm, *hip, "next", rsi_next, 0, 0) < 0) goto out;
    JSValue tag = str_from_cstr(vm, "RegExp String Iterator");
    if (tag == VAL_EXCEPTION ||
        obj_define_value(vm, *hip, vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- console ---------------------------------------------------------------------------------- */

bool bi_regexp_is_regexp(JSValue v) { return is_regexp_obj(v); }

char *bi_regexp_inspect(VM *vm, JSValue rx)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, rx);
    char *out = NULL;
    JSValue src = escape_source(vm, slots(*h)->v[1]);
    if (src != VAL_EXCEPTION) {
        JSValue *hsrc = heap_handle(vm, src);
        StrBuilder b;
        sb_init(&b);
        sb_add_unit(&b, '/');
        sb_add_string(vm, &b, *hsrc);
        sb_add_unit(&b, '/');
        /* flags in the canonical order of the flags getter */
        uint32_t f = rx_flags(*h);
        for (size_t i = 0; i < sizeof flag_getters / sizeof flag_getters[0]; i++)
            if (f & flag_getters[i].bit) sb_add_unit(&b, (uint16_t)flag_getters[i].ch);
        JSValue s = sb_finish(vm, &b);
        if (s != VAL_EXCEPTION) out = str_to_utf8(vm, s, NULL);
    }
    if (!out) err_take(vm);
    heap_scope_close(vm, hs);
    return out;
}
