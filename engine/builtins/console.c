/*
 * console.c -- print(), console.* and bi_inspect, the node-compatible value
 * formatter (prefix bi_console_ / bi_inspect).
 *
 * The formatter follows node's util.inspect with its console defaults
 * (depth 2, breakLength 80, compact 3, at most 100 array items): strings
 * quoted inside containers, -0, holes as <N empty items>, class names,
 * [Function: f] / [class A], errors by their stack, <ref *1> / [Circular *1]
 * for cycles, and node's rule for breaking an object over several lines
 * (including the column grouping of arrays with more than 6 items).
 *
 * It never runs JS: properties are read through obj_get_own_property, so
 * getters show as [Getter].  Text is built as malloc'd UTF-8; every object
 * being formatted is held in a handle because obj_own_keys allocates.
 */
#include <stdio.h>

#include "bi_internal.h"
#include "typedarray.h"
#include "numconv.h"
#include "process.h"

#define INSPECT_DEPTH 2
#define BREAK_LENGTH 80
#define MAX_ARRAY_ITEMS 100

/* ---- a growable C string ----------------------------------------------- */

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->len + n + 1) nc *= 2;
        char *np = realloc(b->p, nc);
        if (!np) return;
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}
static void buf_cstr(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }
static void buf_char(Buf *b, char c) { buf_add(b, &c, 1); }
static void buf_spaces(Buf *b, int n)
{
    for (int i = 0; i < n; i++) buf_char(b, ' ');
}
static char *buf_take(Buf *b)
{
    if (!b->p) buf_add(b, "", 0);
    char *p = b->p;
    if (!p) p = calloc(1, 1);
    b->p = NULL;
    b->len = b->cap = 0;
    return p;
}

/* Display width used by node's line-breaking rule: code points. */
static size_t text_width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* ---- the entries of one object --------------------------------------------- */

typedef struct Entries {
    char **v;
    uint32_t n, cap;
} Entries;

static void entries_push(Entries *e, char *s)
{
    if (e->n == e->cap) {
        uint32_t nc = e->cap ? e->cap * 2 : 8;
        char **nv = realloc(e->v, nc * sizeof *nv);
        if (!nv) {
            free(s);
            return;
        }
        e->v = nv;
        e->cap = nc;
    }
    e->v[e->n++] = s;
}

static void entries_free(Entries *e)
{
    for (uint32_t i = 0; i < e->n; i++) free(e->v[i]);
    free(e->v);
}

/* ---- the inspector --------------------------------------------------------- */

typedef struct Seen {
    JSValue *h;       /* handle of an object being formatted */
    int circ;         /* its <ref *N> index once something refers back to it */
} Seen;

typedef struct Inspector {
    VM *vm;
    JSValue *ns;   /* a handle on the module namespace whose target format_object gets next, or NULL */
    Seen *seen;
    uint32_t nseen, capseen;
    int ncirc;
    int indent;       /* node's indentationLvl */
    int depth;        /* node's depth (INSPECT_DEPTH; console.table: 0 or -1) */
    uint32_t max_array;   /* maxArrayLength */
    double break_length;  /* breakLength (console.table: Infinity) */
} Inspector;

static char *format_value(Inspector *in, JSValue v, int recurse);

static char *cstr_dup(const char *s)
{
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p) memcpy(p, s, n + 1);
    return p;
}

static void add_js_string(VM *vm, Buf *b, JSValue s)
{
    size_t n;
    char *t = str_to_utf8(vm, s, &n);
    if (t) buf_add(b, t, n);
    free(t);
}

static void add_number(Buf *b, double d)
{
    if (d == 0 && signbit(d)) {
        buf_cstr(b, "-0");
        return;
    }
    char tmp[NUM_BUF_SIZE];
    num_to_cstr(d, tmp);
    buf_cstr(b, tmp);
}

/* node's strEscape: single quotes unless the string contains them. */
static void add_quoted(VM *vm, Buf *b, JSValue s)
{
    JSString *f = str_flatten(vm, s);
    if (!f) return;
    bool has_single = false, has_double = false, has_back = false;
    for (uint32_t i = 0; i < f->length; i++) {
        uint16_t c = str_unit(f, i);
        has_single |= c == '\'';
        has_double |= c == '"';
        has_back |= c == '`' || (c == '$' && i + 1 < f->length && str_unit(f, i + 1) == '{');
    }
    char q = '\'';
    if (has_single) {
        if (!has_double)
            q = '"';
        else if (!has_back)
            q = '`';
    }
    StrBuilder sb;
    sb_init(&sb);
    sb_add_unit(&sb, (uint16_t)q);
    for (uint32_t i = 0; i < f->length; i++) {
        uint16_t c = str_unit(f, i);
        char esc[16];
        const char *e = NULL;
        switch (c) {
        case '\n': e = "\\n"; break;
        case '\t': e = "\\t"; break;
        case '\r': e = "\\r"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        case '\v': e = "\\x0B"; break;
        case '\\': e = "\\\\"; break;
        default: break;
        }
        if (!e && c == (uint16_t)q) {
            esc[0] = '\\';
            esc[1] = q;
            esc[2] = '\0';
            e = esc;
        }
        if (!e && (c < 0x20 || c == 0x7F)) {
            snprintf(esc, sizeof esc, "\\x%02X", c);
            e = esc;
        }
        if (!e && c >= 0xD800 && c <= 0xDFFF) {
            bool paired = c <= 0xDBFF && i + 1 < f->length && str_unit(f, i + 1) >= 0xDC00 &&
                          str_unit(f, i + 1) <= 0xDFFF;
            if (paired) {
                sb_add_unit(&sb, c);
                sb_add_unit(&sb, str_unit(f, ++i));
                continue;
            }
            snprintf(esc, sizeof esc, "\\u%04x", c);
            e = esc;
        }
        if (e)
            sb_add_cstr(&sb, e);
        else
            sb_add_unit(&sb, c);
    }
    sb_add_unit(&sb, (uint16_t)q);
    JSValue r = sb_finish(vm, &sb);
    if (r != VAL_EXCEPTION) add_js_string(vm, b, r);
}

static void add_symbol(VM *vm, Buf *b, JSValue sym)
{
    JSValue d = ((JSSymbol *)val_cell(sym))->description;
    buf_cstr(b, "Symbol(");
    if (val_is_string(d)) add_js_string(vm, b, d);
    buf_char(b, ')');
}

static char *format_primitive(Inspector *in, JSValue v)
{
    Buf b = { 0 };
    if (v == VAL_UNDEFINED)
        buf_cstr(&b, "undefined");
    else if (v == VAL_NULL)
        buf_cstr(&b, "null");
    else if (v == VAL_TRUE)
        buf_cstr(&b, "true");
    else if (v == VAL_FALSE)
        buf_cstr(&b, "false");
    else if (val_is_number(v))
        add_number(&b, val_to_number(v));
    else if (val_is_string(v))
        add_quoted(in->vm, &b, v);
    else if (val_is_symbol(v))
        add_symbol(in->vm, &b, v);
    else if (val_is_bigint(v)) {
        char *s = bigint_to_cstr(v, 10);
        buf_cstr(&b, s ? s : "?");
        buf_char(&b, 'n');
        free(s);
    } else
        buf_cstr(&b, "<internal>");
    return buf_take(&b);
}

/* Own data property of obj (no getters run); VAL_HOLE if absent or an accessor. */
static JSValue own_data(VM *vm, JSValue obj, JSValue key)
{
    PropDesc d;
    if (obj_get_own_property(vm, obj, key, &d) != 1 || (d.attrs & PROP_ACCESSOR)) return VAL_HOLE;
    return d.value;
}

/* obj instanceof c, by walking the chain (no JS runs) */
static bool proto_chain_has(VM *vm, JSValue obj, JSValue c)
{
    JSValue cp = own_data(vm, c, vm_atom(vm, ATOM_prototype));
    if (!val_is_object(cp)) return false;
    for (JSValue p = val_obj(obj)->proto; val_is_object(p); p = val_obj(p)->proto)
        if (p == cp) return true;
    return false;
}

/* node's getConstructorName: the first `constructor` on the chain that obj
 * is an instance of; malloc'd name, or NULL for a null prototype. */
static char *constructor_name(VM *vm, JSValue obj)
{
    for (JSValue p = obj; val_is_object(p); p = val_obj(p)->proto) {
        JSValue c = own_data(vm, p, vm_atom(vm, ATOM_constructor));
        if (val_is_function(c) && proto_chain_has(vm, obj, c)) {
            JSValue n = own_data(vm, c, vm_atom(vm, ATOM_name));
            if (val_is_string(n) && str_length(n) > 0) return str_to_utf8(vm, n, NULL);
        }
    }
    return NULL;
}

/* An accessor's tag: only Iterator.prototype's getter is known (node
 * calls any getter; running user code from console.log is avoided). */
static char *accessor_tag(VM *vm, const PropDesc *d)
{
    return d->getter == vm_intrinsic(vm, INTR_IteratorTagGetter) ? cstr_dup("Iterator") : NULL;
}

/* Symbol.toStringTag when inherited (not an own enumerable property). */
static char *string_tag(VM *vm, JSValue obj)
{
    JSValue key = vm_intrinsic(vm, INTR_SymbolToStringTag);
    PropDesc d;
    if (obj_get_own_property(vm, obj, key, &d) == 1) {
        if (d.attrs & PROP_ENUMERABLE) return NULL;
        if (d.attrs & PROP_ACCESSOR) return accessor_tag(vm, &d);
        return val_is_string(d.value) && str_length(d.value) ? str_to_utf8(vm, d.value, NULL) : NULL;
    }
    for (JSValue p = val_obj(obj)->proto; val_is_object(p); p = val_obj(p)->proto) {
        if (obj_get_own_property(vm, p, key, &d) == 1) {
            if (d.attrs & PROP_ACCESSOR) return accessor_tag(vm, &d);
            return val_is_string(d.value) && str_length(d.value) ? str_to_utf8(vm, d.value, NULL) : NULL;
        }
    }
    return NULL;
}

static bool is_identifier(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_')) return false;
    for (s++; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return false;
    return true;
}

static void add_key(VM *vm, Buf *b, JSValue key)
{
    if (val_is_symbol(key)) {
        buf_char(b, '[');
        add_symbol(vm, b, key);
        buf_char(b, ']');
        return;
    }
    JSValue s = val_is_int(key) ? atom_key_to_string(vm, key) : key;
    if (!val_is_string(s)) return;
    char *t = str_to_utf8(vm, s, NULL);
    if (t && is_identifier(t))
        buf_cstr(b, t);
    else
        add_quoted(vm, b, s);
    free(t);
}

/* "key: value" for one own property (value formatted one level deeper). */
static char *format_property(Inspector *in, JSValue *obj, JSValue key, int recurse, bool with_key)
{
    VM *vm = in->vm;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key);
    Buf b = { 0 };
    PropDesc d;
    int has = obj_get_own_property(vm, *obj, *hk, &d);
    JSValue *hval = heap_handle(vm, has == 1 ? d.value : VAL_UNDEFINED);   /* add_key may allocate */
    if (with_key) {
        add_key(vm, &b, *hk);
        buf_cstr(&b, ": ");
    }
    if (has != 1) {
        buf_cstr(&b, "undefined");
    } else if (d.attrs & PROP_ACCESSOR) {
        bool g = d.getter != VAL_HOLE && d.getter != VAL_UNDEFINED;
        bool s = d.setter != VAL_HOLE && d.setter != VAL_UNDEFINED;
        buf_cstr(&b, g ? (s ? "[Getter/Setter]" : "[Getter]") : (s ? "[Setter]" : "undefined"));
    } else {
        in->indent += 2;
        char *v = format_value(in, *hval, recurse + 1);
        in->indent -= 2;
        if (v) buf_cstr(&b, v);
        free(v);
    }
    heap_scope_close(vm, hs);
    return buf_take(&b);
}

/* "key: value" for one binding of a module namespace, read through the
 * namespace (its getter: the one place inspecting runs JS, as node does);
 * a binding in its TDZ is <uninitialized>. */
static char *format_ns_binding(Inspector *in, JSValue *ns, JSValue key, int recurse)
{
    VM *vm = in->vm;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key);
    JSValue v = obj_get(vm, *ns, *hk);
    bool tdz = v == VAL_EXCEPTION;
    if (tdz) err_take(vm);
    JSValue *hv = heap_handle(vm, tdz ? VAL_UNDEFINED : v);
    Buf b = { 0 };
    add_key(vm, &b, *hk);
    buf_cstr(&b, ": ");
    if (tdz) {
        buf_cstr(&b, "<uninitialized>");
    } else {
        in->indent += 2;
        char *s = format_value(in, *hv, recurse + 1);
        in->indent -= 2;
        if (s) buf_cstr(&b, s);
        free(s);
    }
    heap_scope_close(vm, hs);
    return buf_take(&b);
}

/* ---- node's line breaking ----------------------------------------------------- */

/* groupArrayElements: arrays with more than 6 entries in aligned columns. */
static void group_array_elements(Inspector *in, Entries *out, JSValue arr, bool has_more)
{
    uint32_t total = 0, maxlen = 0, n = out->n - (has_more ? 1 : 0);
    const uint32_t sep = 2;
    if (n == 0) return;
    uint32_t *len = malloc(n * sizeof *len);
    if (!len) return;
    for (uint32_t i = 0; i < n; i++) {
        len[i] = (uint32_t)text_width(out->v[i]);
        total += len[i] + sep;
        if (len[i] > maxlen) maxlen = len[i];
    }
    uint32_t actual_max = maxlen + sep;
    if (actual_max * 3 + in->indent < in->break_length && ((double)total / actual_max > 5 || maxlen <= 6)) {
        double average_bias = sqrt(actual_max - (double)total / out->n);
        double biased_max = fmax(actual_max - 3 - average_bias, 1);
        double c = round(sqrt(2.5 * biased_max * n) / biased_max);
        c = fmin(c, floor((in->break_length - in->indent) / (double)actual_max));
        c = fmin(c, 3 * 4);
        c = fmin(c, 15);
        uint32_t columns = (uint32_t)c;
        if (columns > 1) {
            uint32_t *line_max = calloc(columns, sizeof *line_max);
            /* pad numbers and BigInts at the start, anything else at the end */
            bool pad_start = true;
            JSObject *o = val_obj(arr);
            bool big_ta = o->cls == CLS_TYPED_ARRAY && ta_kind_is_bigint((TaKind)((JSTypedArray *)o)->kind);
            for (uint32_t i = 0; i < out->n && pad_start && !big_ta; i++) {
                JSValue v = VAL_HOLE;
                if (o->elements && i < o->elements->capacity && i < o->length) v = o->elements->v[i];
                else if (o->cls == CLS_TYPED_ARRAY && !ta_fast_get(arr, i, &v)) v = VAL_HOLE;
                if (!val_is_number(v) && !val_is_bigint(v)) pad_start = false;
            }
            Entries grouped = { 0 };
            for (uint32_t i = 0; line_max && i < columns; i++) {
                uint32_t m = 0;
                for (uint32_t j = i; j < n; j += columns)
                    if (len[j] > m) m = len[j];
                line_max[i] = m + sep;
            }
            for (uint32_t i = 0; line_max && i < n; i += columns) {
                uint32_t max = i + columns < n ? i + columns : n;
                Buf b = { 0 };
                uint32_t j = i;
                for (; j < max - 1; j++) {
                    uint32_t w = len[j] + 2, pad = line_max[j - i] > w ? line_max[j - i] - w : 0;
                    if (pad_start) buf_spaces(&b, (int)pad);
                    buf_cstr(&b, out->v[j]);
                    buf_cstr(&b, ", ");
                    if (!pad_start) buf_spaces(&b, (int)pad);
                }
                if (pad_start) {
                    uint32_t w = len[j], target = line_max[j - i] - sep;
                    buf_spaces(&b, target > w ? (int)(target - w) : 0);
                }
                buf_cstr(&b, out->v[j]);
                entries_push(&grouped, buf_take(&b));
            }
            if (line_max) {
                if (has_more) entries_push(&grouped, cstr_dup(out->v[out->n - 1]));
                entries_free(out);
                *out = grouped;
            } else {
                entries_free(&grouped);
            }
            free(line_max);
        }
    }
    free(len);
}

/* reduceToSingleString */
static char *reduce_to_single(Inspector *in, Entries *out, const char *base, const char *brace0,
                              const char *brace1, bool array_like, JSValue arr, bool has_more)
{
    uint32_t entries = out->n;
    if (array_like && entries > 6) group_array_elements(in, out, arr, has_more);
    Buf b = { 0 };
    if (entries == out->n) {
        size_t start = out->n + in->indent + strlen(brace0) + strlen(base) + 10;
        size_t total = out->n + start;
        bool fits = total + out->n <= in->break_length;
        for (uint32_t i = 0; i < out->n && fits; i++) {
            total += text_width(out->v[i]);
            if (total > in->break_length || strchr(out->v[i], '\n')) fits = false;
        }
        if (fits && !strchr(base, '\n')) {
            if (*base) {
                buf_cstr(&b, base);
                buf_char(&b, ' ');
            }
            buf_cstr(&b, brace0);
            buf_char(&b, ' ');
            for (uint32_t i = 0; i < out->n; i++) {
                if (i) buf_cstr(&b, ", ");
                buf_cstr(&b, out->v[i]);
            }
            buf_char(&b, ' ');
            buf_cstr(&b, brace1);
            return buf_take(&b);
        }
    }
    if (*base) {
        buf_cstr(&b, base);
        buf_char(&b, ' ');
    }
    buf_cstr(&b, brace0);
    for (uint32_t i = 0; i < out->n; i++) {
        buf_char(&b, '\n');
        buf_spaces(&b, in->indent + 2);
        buf_cstr(&b, out->v[i]);
        if (i + 1 < out->n) buf_char(&b, ',');
    }
    buf_char(&b, '\n');
    buf_spaces(&b, in->indent);
    buf_cstr(&b, brace1);
    return buf_take(&b);
}

/* ---- objects ----------------------------------------------------------------- */

static bool is_class_ctor(JSValue f)
{
    JSFunction *fn = (JSFunction *)val_obj(f);
    return (fn->obj.flags & OBJ_CLASS_CTOR) || (fn->fp && (fn->fp->flags & FP_CLASS_CTOR));
}

static char *function_base(VM *vm, JSValue fv, const char *ctor, const char *tag)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *f = heap_handle(vm, fv);   /* str_to_utf8 may flatten (allocate) */
    char *r = NULL;
    Buf b = { 0 };
    JSValue *name = heap_handle(vm, VAL_UNDEFINED);
    *name = own_data(vm, *f, vm_atom(vm, ATOM_name));
    bool named = val_is_string(*name) && str_length(*name) > 0;
    if (is_class_ctor(*f)) {
        buf_cstr(&b, "[class ");
        if (named)
            add_js_string(vm, &b, *name);
        else
            buf_cstr(&b, "(anonymous)");
        if (ctor && strcmp(ctor, "Function")) {
            buf_cstr(&b, " [");
            buf_cstr(&b, ctor);
            buf_char(&b, ']');
        }
        JSValue super = val_obj(*f)->proto;
        if (!ctor) {
            buf_cstr(&b, " extends [null prototype]");
        } else if (val_is_function(super)) {
            JSValue sn = own_data(vm, super, vm_atom(vm, ATOM_name));
            if (val_is_string(sn) && str_length(sn) > 0) {
                buf_cstr(&b, " extends ");
                add_js_string(vm, &b, sn);
            }
        }
        buf_char(&b, ']');
        r = buf_take(&b);
        heap_scope_close(vm, hs);
        return r;
    }
    buf_cstr(&b, "[Function");
    if (!ctor) buf_cstr(&b, " (null prototype)");
    if (named) {
        buf_cstr(&b, ": ");
        add_js_string(vm, &b, *name);
    } else {
        buf_cstr(&b, " (anonymous)");
    }
    buf_char(&b, ']');
    if (ctor && strcmp(ctor, "Function")) {
        buf_char(&b, ' ');
        buf_cstr(&b, ctor);
    }
    if (tag && (!ctor || strcmp(ctor, tag))) {
        buf_cstr(&b, " [");
        buf_cstr(&b, tag);
        buf_char(&b, ']');
    }
    r = buf_take(&b);
    heap_scope_close(vm, hs);
    return r;
}

static char *error_base(Inspector *in, JSValue e)
{
    VM *vm = in->vm;
    Buf b = { 0 };
    JSValue stack = own_data(vm, e, vm_atom(vm, ATOM_stack));
    if (val_is_string(stack)) {
        char *t = str_to_utf8(vm, stack, NULL);
        /* node wraps a stack without frames in brackets: [Error: msg] */
        bool framed = t && strstr(t, "\n    at") != NULL;
        if (!framed) buf_char(&b, '[');
        for (char *p = t; p && *p; p++) {
            buf_char(&b, *p);
            if (*p == '\n') buf_spaces(&b, in->indent);
        }
        if (!framed) buf_char(&b, ']');
        free(t);
        return buf_take(&b);
    }
    /* [Name: message] from the own/inherited data properties */
    HandleScope hs = heap_scope_open(vm);
    JSValue *name = heap_handle(vm, VAL_HOLE), *msg = heap_handle(vm, VAL_HOLE);
    for (JSValue p = e; val_is_object(p) && (*name == VAL_HOLE || *msg == VAL_HOLE); p = val_obj(p)->proto) {
        if (*name == VAL_HOLE) *name = own_data(vm, p, vm_atom(vm, ATOM_name));
        if (*msg == VAL_HOLE) *msg = own_data(vm, p, vm_atom(vm, ATOM_message));
    }
    buf_char(&b, '[');
    if (val_is_string(*name))
        add_js_string(vm, &b, *name);
    else
        buf_cstr(&b, "Error");
    if (val_is_string(*msg) && str_length(*msg)) {
        buf_cstr(&b, ": ");
        add_js_string(vm, &b, *msg);
    }
    buf_char(&b, ']');
    heap_scope_close(vm, hs);
    return buf_take(&b);
}

static char *wrapper_base(Inspector *in, JSValue w)
{
    Buf b = { 0 };
    JSValue v = ((JSWrapper *)val_obj(w))->internal;
    const char *type = val_is_number(v) ? "Number" : val_is_string(v) ? "String" : val_is_bool(v) ? "Boolean" :
                       val_is_bigint(v) ? "BigInt" : "Symbol";
    buf_char(&b, '[');
    buf_cstr(&b, type);
    buf_cstr(&b, ": ");
    char *s = format_primitive(in, v);
    buf_cstr(&b, s);
    free(s);
    buf_char(&b, ']');
    return buf_take(&b);
}

/* Is key (a string from obj_own_keys) a canonical array index? */
static bool is_index_key(JSValue key)
{
    if (!val_is_kind(key, CELL_STRING)) return false;
    uint32_t idx;
    return str_array_index((JSString *)val_cell(key), &idx);
}

/* node's getPrefix: "Ctor(size) [tag] ", or "[Fallback(size): null
 * prototype] [tag] " when the object has no constructor name. */
static void put_prefix(Buf *b, const char *ctor, const char *fallback, const char *size, const char *tag)
{
    if (!ctor) {
        buf_char(b, '[');
        buf_cstr(b, fallback);
        buf_cstr(b, size);
        buf_cstr(b, ": null prototype] ");
    } else {
        buf_cstr(b, ctor);
        buf_cstr(b, size);
        buf_char(b, ' ');
    }
    if (tag) {
        buf_char(b, '[');
        buf_cstr(b, tag);
        buf_cstr(b, "] ");
    }
}

static char *format_object(Inspector *in, JSValue v, int recurse)
{
    VM *vm = in->vm;
    JSValue *nsp = in->ns;   /* v is this module namespace's target */
    in->ns = NULL;
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, v);
    JSObject *o = val_obj(*ho);
    ObjClass cls = (ObjClass)o->cls;
    bool is_ta = cls == CLS_TYPED_ARRAY;   /* Uint8Array(2) [ 1, 2 ]: an array with its constructor and length */
    bool is_array = cls == CLS_ARRAY || is_ta;   /* arguments objects print as objects: [Arguments] { '0': 1 } (node 20) */
    bool is_wrapper = cls == CLS_NUMBER || cls == CLS_STRING || cls == CLS_BOOLEAN || cls == CLS_SYMBOL || cls == CLS_BIGINT;
    /* the intrinsic String/Number/Boolean prototypes show as plain objects in node */
    if (is_wrapper && (*ho == vm_intrinsic(vm, INTR_StringPrototype) || *ho == vm_intrinsic(vm, INTR_NumberPrototype) ||
                       *ho == vm_intrinsic(vm, INTR_BooleanPrototype)))
        is_wrapper = false;
    char *ctor = constructor_name(vm, *ho);
    char *tag = string_tag(vm, *ho);
    if (!tag && is_ta) tag = cstr_dup(ta_names[((JSTypedArray *)o)->kind]);   /* %TypedArray%.prototype's @@toStringTag getter */
    if (tag && ctor && !strcmp(tag, ctor) && (!is_array || is_ta)) {
        free(tag);
        tag = NULL;
    }
    char *result = NULL, *base = cstr_dup("");
    Buf brace0 = { 0 };
    const char *brace1 = "}";
    bool array_like = is_array;
    bool is_coll = cls == CLS_MAP || cls == CLS_SET, is_weak = cls == CLS_WEAKMAP || cls == CLS_WEAKSET;
    /* Map/Set iterators show their remaining items: [Map Entries] { [ 'a', 1 ] } */
    int coll_iter_kind = -1;
    bool coll_iter_map = false;
    if (cls == CLS_ARRAY_ITERATOR) {
        JSValue st = ((JSWrapper *)o)->internal;
        if (val_is_kind(st, CELL_VALARRAY) && val_int(((ValArray *)val_cell(st))->v[2]) >= ITER_KIND_COLLECTION) {
            coll_iter_kind = val_int(((ValArray *)val_cell(st))->v[2]) - ITER_KIND_COLLECTION;
            coll_iter_map = o->proto == vm_intrinsic(vm, INTR_MapIteratorPrototype);
        }
    }

    /* braces and base (getPrefix) */
    if (is_array) {
        brace1 = "]";
        if (!ctor || strcmp(ctor, "Array") || tag) {
            char size[24];
            snprintf(size, sizeof size, "(%u)", is_ta ? ta_length((const JSTypedArray *)o) : o->length);
            put_prefix(&brace0, ctor, "Array", size, tag);
        }
        buf_char(&brace0, '[');
    } else if (coll_iter_kind >= 0) {
        buf_cstr(&brace0, coll_iter_map ? "[Map " : "[Set ");
        buf_cstr(&brace0, coll_iter_kind == ITER_KIND_ENTRIES ? "Entries] {" : "Iterator] {");
    } else if (is_coll || is_weak) {
        /* getPrefix(constructor, tag, fallback, size) */
        const char *fallback = cls == CLS_MAP ? "Map" : cls == CLS_SET ? "Set" : cls == CLS_WEAKMAP ? "WeakMap" : "WeakSet";
        char size[24] = "";
        if (is_coll) snprintf(size, sizeof size, "(%u)", bi_collection_size(*ho));
        put_prefix(&brace0, ctor, fallback, size, tag);
        buf_char(&brace0, '{');
    } else {
        if (cls == CLS_FUNCTION) {
            free(base);
            base = function_base(vm, *ho, ctor, tag);
        } else if (cls == CLS_ERROR) {
            free(base);
            base = error_base(in, *ho);
        } else if (is_wrapper) {
            free(base);
            base = wrapper_base(in, *ho);
        } else if (cls == CLS_DATE && val_is_number(((JSWrapper *)val_obj(*ho))->internal)) {
            char *iso = bi_date_inspect(vm, *ho);
            if (iso) {
                free(base);
                base = iso;
            }
        } else if (cls == CLS_REGEXP && bi_regexp_is_regexp(*ho)) {
            char *src = bi_regexp_inspect(vm, *ho);
            if (src) {
                free(base);
                base = src;
            }
        } else if (cls == CLS_ARGUMENTS) {
            buf_cstr(&brace0, "[Arguments] ");
        } else if (nsp) {
            buf_cstr(&brace0, "[Module: null prototype] ");   /* node's formatNamespaceObject */
        } else if (!ctor) {
            buf_cstr(&brace0, "[Object: null prototype] ");
            if (tag) {
                buf_char(&brace0, '[');
                buf_cstr(&brace0, tag);
                buf_cstr(&brace0, "] ");
            }
        } else if (strcmp(ctor, "Object") || tag) {
            buf_cstr(&brace0, ctor);
            buf_char(&brace0, ' ');
            if (tag) {
                buf_char(&brace0, '[');
                buf_cstr(&brace0, tag);
                buf_cstr(&brace0, "] ");
            }
        }
        buf_char(&brace0, '{');
    }
    char *b0 = buf_take(&brace0);

    /* own enumerable keys (indices are shown as elements) */
    JSValue keys = obj_own_keys(vm, *ho, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS | OWNKEYS_ENUMERABLE_ONLY);
    if (keys == VAL_EXCEPTION) {
        err_take(vm);
        keys = VAL_UNDEFINED;
    }
    JSValue *hk = heap_handle(vm, keys);
    uint32_t nkeys = val_is_object(*hk) ? val_obj(*hk)->length : 0, shown_keys = 0;
    for (uint32_t i = 0; i < nkeys; i++) {
        JSValue k = val_obj(*hk)->elements->v[i];
        if (!((array_like || cls == CLS_STRING) && is_index_key(k))) shown_keys++;
    }
    o = val_obj(*ho);
    uint32_t len = !array_like ? 0 : is_ta ? ta_length((const JSTypedArray *)o) : o->length;

    if (shown_keys == 0 && len == 0 && !is_weak && coll_iter_kind < 0 && !(is_coll && bi_collection_size(*ho) > 0) &&
        cls != CLS_PROMISE && cls != CLS_ARRAY_BUFFER && cls != CLS_DATA_VIEW) {
        /* nothing inside */
        Buf b = { 0 };
        if (*base) {
            buf_cstr(&b, base);
        } else {
            buf_cstr(&b, b0);
            buf_cstr(&b, brace1);
        }
        result = buf_take(&b);
        goto done;
    }
    if (recurse > in->depth) {
        Buf b = { 0 };
        if (is_array && !is_ta) {
            buf_cstr(&b, "[Array]");
        } else {
            buf_char(&b, '[');
            buf_cstr(&b, ctor ? ctor : "Object: null prototype");
            buf_char(&b, ']');
        }
        result = buf_take(&b);
        goto done;
    }

    if (in->nseen == in->capseen) {
        uint32_t nc = in->capseen ? in->capseen * 2 : 16;
        Seen *ns = realloc(in->seen, nc * sizeof *ns);
        if (!ns) goto done;
        in->seen = ns;
        in->capseen = nc;
    }
    uint32_t my_seen = in->nseen++;
    in->seen[my_seen] = (Seen){ ho, 0 };

    Entries out = { 0 };
    bool has_more = false;
    if (array_like) {
        uint32_t shown = len < in->max_array ? len : in->max_array;
        uint32_t i = 0, items = 0;
        while (i < len && items < shown) {
            o = val_obj(*ho);
            bool hole;
            if (!(o->flags & OBJ_SPARSE) && o->elements) {
                hole = i >= o->elements->capacity || o->elements->v[i] == VAL_HOLE;
            } else {
                hole = obj_has_own(vm, *ho, val_from_int((int32_t)i)) != 1;
            }
            if (hole) {
                uint32_t j = i + 1;
                for (; j < len; j++) {
                    o = val_obj(*ho);
                    bool h2 = (!(o->flags & OBJ_SPARSE) && o->elements)
                                  ? (j >= o->elements->capacity || o->elements->v[j] == VAL_HOLE)
                                  : obj_has_own(vm, *ho, val_from_int((int32_t)j)) != 1;
                    if (!h2) break;
                }
                char tmp[64];
                snprintf(tmp, sizeof tmp, "<%u empty item%s>", j - i, j - i > 1 ? "s" : "");
                entries_push(&out, cstr_dup(tmp));
                i = j;
            } else {
                entries_push(&out, format_property(in, ho, val_from_int((int32_t)i), recurse, false));
                i++;
            }
            items++;
        }
        if (i < len) {
            char tmp[64];
            snprintf(tmp, sizeof tmp, "... %u more item%s", len - i, len - i > 1 ? "s" : "");
            entries_push(&out, cstr_dup(tmp));
            has_more = true;
        }
    }
    if (is_weak) entries_push(&out, cstr_dup("<items unknown>"));
    if (coll_iter_kind >= 0) {
        HandleScope ehs = heap_scope_open(vm);
        for (uint32_t i = 0;; i++) {
            heap_scope_close(vm, ehs);
            ValArray *st = (ValArray *)val_cell(((JSWrapper *)val_obj(*ho))->internal);
            JSValue coll = st->v[0];
            if (!val_is_object(coll)) break;
            uint32_t pos = bi_collection_iter_pos(coll, st->v[1]) + i;
            if (pos >= bi_collection_used(coll)) break;
            JSValue k, v;
            if (!bi_collection_entry(coll, pos, &k, &v)) continue;
            JSValue *hkv = heap_handle(vm, k);
            JSValue *hvv = heap_handle(vm, v);
            Buf eb = { 0 };
            in->indent += 2;
            if (coll_iter_kind == ITER_KIND_ENTRIES) buf_cstr(&eb, "[ ");
            char *a = format_value(in, coll_iter_kind == ITER_KIND_VALUES ? *hvv : *hkv, recurse + 1);
            buf_cstr(&eb, a);
            free(a);
            if (coll_iter_kind == ITER_KIND_ENTRIES) {
                buf_cstr(&eb, ", ");
                char *b = format_value(in, *hvv, recurse + 1);
                buf_cstr(&eb, b);
                free(b);
                buf_cstr(&eb, " ]");
            }
            in->indent -= 2;
            entries_push(&out, buf_take(&eb));
        }
        heap_scope_close(vm, ehs);
    }
    if (is_coll) {
        HandleScope ehs = heap_scope_open(vm);
        for (uint32_t i = 0; i < bi_collection_used(*ho); i++) {
            heap_scope_close(vm, ehs);
            JSValue k, v;
            if (!bi_collection_entry(*ho, i, &k, &v)) continue;
            JSValue *hkv = heap_handle(vm, k);
            JSValue *hvv = heap_handle(vm, v);
            Buf eb = { 0 };
            in->indent += 2;
            char *ks = format_value(in, *hkv, recurse + 1);
            buf_cstr(&eb, ks);
            free(ks);
            if (cls == CLS_MAP) {
                buf_cstr(&eb, " => ");
                char *vs = format_value(in, *hvv, recurse + 1);
                buf_cstr(&eb, vs);
                free(vs);
            }
            in->indent -= 2;
            entries_push(&out, buf_take(&eb));
        }
        heap_scope_close(vm, ehs);
    }
    if (cls == CLS_PROMISE) {
        /* node's formatPromise: <pending>, the value, or <rejected> and the reason */
        int st = bi_promise_state(*ho);
        if (st == PROMISE_FULFILLED || st == PROMISE_REJECTED) {
            HandleScope phs = heap_scope_open(vm);
            JSValue *res = heap_handle(vm, bi_promise_result(*ho));
            in->indent += 2;
            char *str = format_value(in, *res, recurse + 1);
            in->indent -= 2;
            Buf pb = { 0 };
            if (st == PROMISE_REJECTED) buf_cstr(&pb, "<rejected> ");
            if (str) buf_cstr(&pb, str);
            free(str);
            entries_push(&out, buf_take(&pb));
            heap_scope_close(vm, phs);
        } else {
            entries_push(&out, cstr_dup("<pending>"));
        }
    }
    if (cls == CLS_ARRAY_BUFFER) {   /* [Uint8Contents]: <00 01>, byteLength: 2 (node) */
        JSArrayBuffer *ab = (JSArrayBuffer *)val_obj(*ho);
        uint32_t n = ab_detached(ab) ? 0 : ab->byte_length, shown = n < in->max_array ? n : in->max_array;
        Buf cb = { 0 };
        buf_cstr(&cb, "[Uint8Contents]: <");
        for (uint32_t i = 0; i < shown; i++) {
            char hex[4];
            snprintf(hex, sizeof hex, i ? " %02x" : "%02x", ab_bytes(ab)[i]);
            buf_cstr(&cb, hex);
        }
        if (n > shown) {
            char more[48];
            snprintf(more, sizeof more, " ... %u more byte%s", n - shown, n - shown > 1 ? "s" : "");
            buf_cstr(&cb, more);
        }
        buf_char(&cb, '>');
        entries_push(&out, buf_take(&cb));
        char bl[40];
        snprintf(bl, sizeof bl, "byteLength: %u", n);
        entries_push(&out, cstr_dup(bl));
    } else if (cls == CLS_DATA_VIEW) {   /* byteLength, byteOffset, buffer (node) */
        JSTypedArray *dv = (JSTypedArray *)val_obj(*ho);
        char line[64];
        snprintf(line, sizeof line, "byteLength: %u", ta_length(dv));
        entries_push(&out, cstr_dup(line));
        snprintf(line, sizeof line, "byteOffset: %u", ta_out_of_bounds(dv) ? 0 : dv->byte_offset);
        entries_push(&out, cstr_dup(line));
        in->indent += 2;
        char *str = format_value(in, dv->buffer, recurse + 1);
        in->indent -= 2;
        Buf pb = { 0 };
        buf_cstr(&pb, "buffer: ");
        if (str) buf_cstr(&pb, str);
        free(str);
        entries_push(&out, buf_take(&pb));
    }
    for (uint32_t i = 0; i < nkeys; i++) {
        JSValue k = val_obj(*hk)->elements->v[i];
        if ((array_like || cls == CLS_STRING) && is_index_key(k)) continue;
        JSValue key = val_is_symbol(k) ? k : atom_to_key(vm, k);
        if (key == VAL_EXCEPTION) {
            err_take(vm);
            continue;
        }
        entries_push(&out, nsp ? format_ns_binding(in, nsp, key, recurse) : format_property(in, ho, key, recurse, true));
    }
    in->nseen--;
    if (in->seen[my_seen].circ) {
        char ref[32];
        snprintf(ref, sizeof ref, "<ref *%d>", in->seen[my_seen].circ);
        Buf nb = { 0 };
        buf_cstr(&nb, ref);
        if (*base) {
            buf_char(&nb, ' ');
            buf_cstr(&nb, base);
        }
        free(base);
        base = buf_take(&nb);
    }
    result = reduce_to_single(in, &out, base, b0, brace1, array_like, *ho, has_more);
    entries_free(&out);
done:
    free(ctor);
    free(tag);
    free(base);
    free(b0);
    heap_scope_close(vm, hs);
    return result ? result : cstr_dup("");
}

static char *format_value(Inspector *in, JSValue v, int recurse)
{
    /* a proxy shows its target, and no trap runs (node: showProxy false);
     * a module namespace (esm.c) is the one proxy shown through itself */
    JSValue ns = VAL_UNDEFINED;
    while (obj_is_class(v, CLS_PROXY)) {
        if (val_obj(v)->flags & OBJ_MODULE_NAMESPACE) ns = v;
        v = ((const ValArray *)val_cell(((const JSWrapper *)val_obj(v))->internal))->v[0];
        if (!val_is_object(v)) return cstr_dup("<Revoked Proxy>");
    }
    if (!val_is_object(v)) return format_primitive(in, v);
    for (uint32_t i = 0; i < in->nseen; i++) {
        if (*in->seen[i].h == v) {
            if (!in->seen[i].circ) in->seen[i].circ = ++in->ncirc;
            char tmp[32];
            snprintf(tmp, sizeof tmp, "[Circular *%d]", in->seen[i].circ);
            return cstr_dup(tmp);
        }
    }
    if (ns == VAL_UNDEFINED) return format_object(in, v, recurse);
    HandleScope hs = heap_scope_open(in->vm);
    JSValue *hv = heap_handle(in->vm, v);
    in->ns = heap_handle(in->vm, ns);
    char *r = format_object(in, *hv, recurse);
    heap_scope_close(in->vm, hs);
    return r;
}

char *bi_inspect_to_cstr(VM *vm, JSValue v, bool top_level)
{
    if (top_level && val_is_string(v)) return str_to_utf8(vm, v, NULL);
    Inspector in = { vm };
    in.depth = INSPECT_DEPTH;
    in.max_array = MAX_ARRAY_ITEMS;
    in.break_length = BREAK_LENGTH;
    char *r = format_value(&in, v, 0);
    free(in.seen);
    return r;
}

void bi_inspect(VM *vm, JSValue v, void *file, bool top_level)
{
    char *s = bi_inspect_to_cstr(vm, v, top_level);
    if (s) fputs(s, (FILE *)file);
    free(s);
}

/* ---- console.log and friends ------------------------------------------------------ */

/* node's formatWithOptions: a leading format string takes %s %d %i %f %j %o %O %c %%. */
static bool format_args(VM *vm, JSValue *args, int argc, Buf *out)
{
    int next = 0;
    if (argc > 1 && val_is_string(args[0])) {
        char *fmt = str_to_utf8(vm, args[0], NULL);
        if (!fmt) return false;
        next = 1;
        for (char *p = fmt; *p; p++) {
            if (*p != '%' || !p[1]) {
                buf_char(out, *p);
                continue;
            }
            char c = p[1];
            if (c == '%') {
                buf_char(out, '%');
                p++;
                continue;
            }
            if (!strchr("sdifjoOc", c) || next >= argc) {
                buf_char(out, *p);
                continue;
            }
            p++;
            JSValue a = args[next++];
            char *s = NULL;
            switch (c) {
            case 's':
                if (val_is_string(a)) {
                    s = str_to_utf8(vm, a, NULL);
                } else {
                    s = bi_inspect_to_cstr(vm, a, false);
                }
                break;
            case 'd':
            case 'i':
            case 'f': {
                double d = NAN;
                if (val_is_bigint(a)) {
                    /* node: %d and %i keep the BigInt (5n), %f converts it */
                    if (c != 'f') {
                        s = bi_inspect_to_cstr(vm, a, false);
                        break;
                    }
                    a = val_number(bigint_to_double(a));
                }
                if (!val_is_object(a) && !val_is_symbol(a)) {
                    JSValue n = rt_to_number(vm, a);
                    if (n == VAL_EXCEPTION) {
                        free(fmt);
                        return false;
                    }
                    d = val_to_number(n);
                }
                if (c == 'i') d = trunc(d);
                Buf nb = { 0 };
                add_number(&nb, d);
                s = buf_take(&nb);
                break;
            }
            case 'j': {
                HandleScope jhs = heap_scope_open(vm);
                JSValue k = atom_from_cstr(vm, "JSON");
                JSValue *json = heap_handle(vm, k == VAL_EXCEPTION ? k : obj_get(vm, vm->global, k));
                k = atom_from_cstr(vm, "stringify");
                JSValue fn = val_is_object(*json) && k != VAL_EXCEPTION ? obj_get(vm, *json, k) : VAL_UNDEFINED;
                JSValue r = rt_is_callable(fn) ? vm_call(vm, fn, *json, 1, &args[next - 1]) : VAL_UNDEFINED;
                heap_scope_close(vm, jhs);
                if (r == VAL_EXCEPTION) {
                    free(fmt);
                    return false;
                }
                s = val_is_string(r) ? str_to_utf8(vm, r, NULL) : cstr_dup("undefined");
                break;
            }
            case 'o':
            case 'O':
                s = bi_inspect_to_cstr(vm, a, false);
                break;
            case 'c':
                s = cstr_dup("");
                break;
            default:
                break;
            }
            if (s) buf_cstr(out, s);
            free(s);
        }
        free(fmt);
    }
    for (int i = next; i < argc; i++) {
        if (i > 0) buf_char(out, ' ');
        char *s = bi_inspect_to_cstr(vm, args[i], true);
        if (s) buf_cstr(out, s);
        free(s);
    }
    return true;
}

/* ---- console state: INTR_ConsoleState = [group depth, counts object, timers object] ---- */

enum { CS_GROUP, CS_COUNTS, CS_TIMERS, CS__COUNT };

static ValArray *console_state(VM *vm) { return (ValArray *)val_cell(vm_intrinsic(vm, INTR_ConsoleState)); }
static int group_depth(VM *vm) { return val_int(console_state(vm)->v[CS_GROUP]); }

/* Writes text + newline, every line indented by the console.group depth.
 * When the program replaced process.stdout.write / stderr.write, the text
 * goes through that function, as node's console does (an exception it
 * throws is dropped, as node's console drops it).  Always true for now: the
 * callers still check, so a future error path needs no change there. */
static bool emit(VM *vm, const char *text, size_t len, FILE *f)
{
    int indent = 2 * group_depth(vm);
    Buf b = { 0 };
    const char *p = text, *end = text + len;
    do {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        buf_spaces(&b, indent);
        buf_add(&b, p, n);
        buf_char(&b, '\n');
        p = nl ? nl + 1 : end;
    } while (p < end);
    int hooked = b.p ? bi_process_write_hook(vm, f == stderr ? 2 : 1, b.p, b.len) : 0;
    if (hooked == 0 && b.p) {
        if (f == stderr) fflush(stdout);
        fwrite(b.p, 1, b.len, f);
        if (f == stderr) fflush(stderr);
    }
    free(b.p);
    if (hooked < 0) err_take(vm);   /* node's console swallows the stream's errors */
    return true;
}

static JSValue log_to(VM *vm, JSValue *args, int argc, FILE *f)
{
    Buf b = { 0 };
    if (!format_args(vm, args, argc, &b)) {
        free(b.p);
        return VAL_EXCEPTION;
    }
    bool ok = emit(vm, b.p ? b.p : "", b.len, f);
    free(b.p);
    return ok ? VAL_UNDEFINED : VAL_EXCEPTION;
}

static JSValue console_dir(VM *vm, JSValue *args, int argc, JSValue nt)
{
    char *s = bi_inspect_to_cstr(vm, bi_arg(args, argc, 0), false);
    bool ok = !s || emit(vm, s, strlen(s), stdout);
    free(s);
    return ok ? VAL_UNDEFINED : VAL_EXCEPTION;
}

static JSValue console_group(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (argc > 0 && log_to(vm, args, argc, stdout) == VAL_EXCEPTION) return VAL_EXCEPTION;
    console_state(vm)->v[CS_GROUP] = val_from_int(group_depth(vm) + 1);
    return VAL_UNDEFINED;
}

static JSValue console_group_end(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (group_depth(vm) > 0) console_state(vm)->v[CS_GROUP] = val_from_int(group_depth(vm) - 1);
    return VAL_UNDEFINED;
}

/* The label argument ("default" when undefined) as a property key, rooted. */
static JSValue *label_key(VM *vm, JSValue *args, int argc, char **text)
{
    JSValue l = bi_arg(args, argc, 0);
    JSValue s = l == VAL_UNDEFINED ? str_from_cstr(vm, "default") : rt_to_string(vm, l);
    if (s == VAL_EXCEPTION) return NULL;
    JSValue *hs = heap_handle(vm, s);
    *text = str_to_utf8(vm, *hs, NULL);
    JSValue k = atom_to_key(vm, *hs);
    return k == VAL_EXCEPTION ? NULL : heap_handle(vm, k);
}

static JSValue count(VM *vm, JSValue *args, int argc, bool reset)
{
    HandleScope hs = heap_scope_open(vm);
    char *label = NULL;
    JSValue r = VAL_EXCEPTION;
    JSValue *k = label_key(vm, args, argc, &label);
    if (!k) goto out;
    JSValue counts = console_state(vm)->v[CS_COUNTS];
    PropDesc d;
    int has = obj_get_own_property(vm, counts, *k, &d);
    int n = reset ? 0 : (has == 1 && val_is_int(d.value) ? val_int(d.value) : 0) + 1;
    if (reset && has != 1) {
        char buf[300];
        snprintf(buf, sizeof buf, "Warning: Count for '%s' does not exist", label ? label : "");
        if (!emit(vm, buf, strlen(buf), stderr)) goto out;
    } else if (obj_define_value(vm, console_state(vm)->v[CS_COUNTS], *k, val_from_int(n), PROP_DEFAULT) < 0) {
        goto out;
    }
    if (!reset) {
        char buf[300];
        snprintf(buf, sizeof buf, "%s: %d", label ? label : "", n);
        if (!emit(vm, buf, strlen(buf), stdout)) goto out;
    }
    r = VAL_UNDEFINED;
out:
    free(label);
    heap_scope_close(vm, hs);
    return r;
}

static JSValue console_count(VM *vm, JSValue *args, int argc, JSValue nt) { return count(vm, args, argc, false); }
static JSValue console_count_reset(VM *vm, JSValue *args, int argc, JSValue nt) { return count(vm, args, argc, true); }

/* node's formatTime: "1.234ms", "12ms", "1.500s", "1:02.003 (m:ss.mmm)",
 * "1:02:03.004 (h:mm:ss.mmm)". */
static void format_time(Buf *b, double ms)
{
    char tmp[96];
    if (ms >= 60000) {
        long hours = 0, minutes;
        if (ms >= 3600000) {
            hours = (long)floor(ms / 3600000);
            ms = fmod(ms, 3600000);
        }
        minutes = (long)floor(ms / 60000);
        ms = fmod(ms, 60000);
        char secs[32];
        snprintf(secs, sizeof secs, "%06.3f", ms / 1000);   /* ss.mmm */
        if (hours) snprintf(tmp, sizeof tmp, "%ld:%02ld:%s (h:mm:ss.mmm)", hours, minutes, secs);
        else snprintf(tmp, sizeof tmp, "%ld:%s (m:ss.mmm)", minutes, secs);
        buf_cstr(b, tmp);
        return;
    }
    if (ms >= 1000) {
        snprintf(tmp, sizeof tmp, "%.3fs", ms / 1000);
        buf_cstr(b, tmp);
        return;
    }
    /* Number(ms.toFixed(3)): trailing zeros go */
    snprintf(tmp, sizeof tmp, "%.3f", ms);
    char *dot = strchr(tmp, '.');
    if (dot) {
        char *e = tmp + strlen(tmp) - 1;
        while (e > dot && *e == '0') *e-- = '\0';
        if (e == dot) *e = '\0';
    }
    buf_cstr(b, tmp);
    buf_cstr(b, "ms");
}

/* which: 0 time, 1 timeLog, 2 timeEnd.  Under --deterministic every
 * duration is 0 ("label: 0ms"), so the output does not vary between runs. */
static JSValue timer(VM *vm, JSValue *args, int argc, int which)
{
    static const char *const names[] = { "console.time()", "console.timeLog()", "console.timeEnd()" };
    HandleScope hs = heap_scope_open(vm);
    char *label = NULL;
    JSValue r = VAL_EXCEPTION;
    JSValue *k = label_key(vm, args, argc, &label);
    if (!k) goto out;
    double now = vm->flags.deterministic ? 0 : (double)stats_now_ns() / 1e6;
    PropDesc d;
    int has = obj_get_own_property(vm, console_state(vm)->v[CS_TIMERS], *k, &d);
    char buf[400];
    if (which == 0) {
        if (has == 1) {
            snprintf(buf, sizeof buf, "Warning: Label '%s' already exists for console.time()", label ? label : "");
            if (!emit(vm, buf, strlen(buf), stderr)) goto out;
        } else if (obj_define_value(vm, console_state(vm)->v[CS_TIMERS], *k, val_from_double(now), PROP_DEFAULT) < 0) {
            goto out;
        }
    } else if (has != 1) {
        snprintf(buf, sizeof buf, "Warning: No such label '%s' for %s", label ? label : "", names[which]);
        if (!emit(vm, buf, strlen(buf), stderr)) goto out;
    } else {
        double ms = now - val_to_number(d.value);
        Buf b = { 0 };
        buf_cstr(&b, label ? label : "");
        buf_cstr(&b, ": ");
        format_time(&b, ms);
        /* timeLog(label, ...data): the data follow, formatted as console.log does */
        if (which == 1 && argc > 1) {
            buf_char(&b, ' ');
            if (!format_args(vm, args + 1, argc - 1, &b)) {
                free(b.p);
                goto out;
            }
        }
        bool ok = emit(vm, b.p ? b.p : "", b.len, stdout);
        free(b.p);
        if (!ok) goto out;
        if (which == 2 && obj_delete(vm, console_state(vm)->v[CS_TIMERS], *k) < 0) goto out;
    }
    r = VAL_UNDEFINED;
out:
    free(label);
    heap_scope_close(vm, hs);
    return r;
}

static JSValue console_time(VM *vm, JSValue *args, int argc, JSValue nt) { return timer(vm, args, argc, 0); }
static JSValue console_time_log(VM *vm, JSValue *args, int argc, JSValue nt) { return timer(vm, args, argc, 1); }
static JSValue console_time_end(VM *vm, JSValue *args, int argc, JSValue nt) { return timer(vm, args, argc, 2); }

static JSValue console_log(VM *vm, JSValue *args, int argc, JSValue nt) { return log_to(vm, args, argc, stdout); }
static JSValue console_error(VM *vm, JSValue *args, int argc, JSValue nt) { return log_to(vm, args, argc, stderr); }

static JSValue console_assert(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (rt_to_boolean(bi_arg(args, argc, 0))) return VAL_UNDEFINED;
    Buf b = { 0 };
    buf_cstr(&b, "Assertion failed");
    if (argc > 1) {
        buf_cstr(&b, ": ");
        if (!format_args(vm, args + 1, argc - 1, &b)) {
            free(b.p);
            return VAL_EXCEPTION;
        }
    }
    buf_char(&b, '\n');
    bool ok = emit(vm, b.p, b.len - 1, stderr);
    free(b.p);
    return ok ? VAL_UNDEFINED : VAL_EXCEPTION;
}

/* ---- console.table ------------------------------------------------------------------ */

/* Columns of display text, node's getStringWidth: East Asian wide and
 * fullwidth characters count 2, combining marks 0. */
static size_t display_width(const char *s)
{
    size_t w = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c = *p;
        int n = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        c = n == 0 ? c : n == 1 ? c & 0x1F : n == 2 ? c & 0x0F : c & 0x07;
        p++;
        for (int i = 0; i < n && (*p & 0xC0) == 0x80; i++, p++) c = (c << 6) | (*p & 0x3F);
        if ((c >= 0x300 && c <= 0x36F) || c == 0x200B || (c >= 0xFE00 && c <= 0xFE0F)) continue;
        bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
                    (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                    (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                    (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

typedef struct TableCol {
    char *name;
    char **cells;            /* per row; NULL shows as empty */
    uint32_t n;              /* rows filled so far (the column's length) */
    bool index_key;          /* the name is an array index: such columns come first, in order */
    uint32_t index;
} TableCol;

typedef struct Table {
    TableCol *cols;
    uint32_t ncols, cap;
} Table;

static TableCol *table_col(Table *t, const char *name)
{
    for (uint32_t i = 0; i < t->ncols; i++)
        if (!strcmp(t->cols[i].name, name)) return &t->cols[i];
    if (t->ncols == t->cap) {
        uint32_t nc = t->cap ? t->cap * 2 : 8;
        TableCol *n = realloc(t->cols, nc * sizeof *n);
        if (!n) return NULL;
        t->cols = n;
        t->cap = nc;
    }
    TableCol *c = &t->cols[t->ncols++];
    memset(c, 0, sizeof *c);
    c->name = cstr_dup(name);
    char *end = NULL;
    unsigned long v = name[0] >= '0' && name[0] <= '9' ? strtoul(name, &end, 10) : 0;
    c->index_key = end && *end == '\0' && (name[0] != '0' || name[1] == '\0') && v < 4294967295ul;
    c->index = (uint32_t)v;
    return c;
}

/* cells[row] = text (owned) */
static void col_set(TableCol *c, uint32_t row, char *text)
{
    if (!c) {
        free(text);
        return;
    }
    if (row >= c->n) {
        char **nc = realloc(c->cells, (row + 1) * sizeof *nc);
        if (!nc) {
            free(text);
            return;
        }
        for (uint32_t i = c->n; i <= row; i++) nc[i] = NULL;
        c->cells = nc;
        c->n = row + 1;
    }
    free(c->cells[row]);
    c->cells[row] = text;
}

static void table_free(Table *t)
{
    for (uint32_t i = 0; i < t->ncols; i++) {
        for (uint32_t j = 0; j < t->cols[i].n; j++) free(t->cols[i].cells[j]);
        free(t->cols[i].cells);
        free(t->cols[i].name);
    }
    free(t->cols);
}

/* node's _inspect for table cells: depth 0 (-1 for objects with more than
 * two keys), at most 3 array items, no line breaks. */
static char *table_inspect(VM *vm, JSValue v)
{
    int depth = 0;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);   /* obj_own_keys allocates: v may move */
    if (val_is_object(*hv) && !val_is_function(*hv) && !val_is_array(*hv)) {
        JSValue keys = obj_own_keys(vm, *hv, OWNKEYS_STRINGS | OWNKEYS_ENUMERABLE_ONLY);
        if (keys == VAL_EXCEPTION) err_take(vm);
        else if (val_obj(keys)->length > 2) depth = -1;
    }
    Inspector in = { vm };
    in.depth = depth;
    in.max_array = 3;
    in.break_length = INFINITY;
    char *r = format_value(&in, *hv, 0);
    free(in.seen);
    heap_scope_close(vm, hs);
    return r;
}

/* node's ObjectKeys(map) order: array-index names first, ascending, then
 * the others in insertion order (a stable insertion sort). */
static void order_columns(Table *t)
{
    for (uint32_t i = 1; i < t->ncols; i++) {
        TableCol c = t->cols[i];
        uint32_t j = i;
        while (j > 0 && c.index_key &&
               (!t->cols[j - 1].index_key || t->cols[j - 1].index > c.index)) {
            t->cols[j] = t->cols[j - 1];
            j--;
        }
        t->cols[j] = c;
    }
}

/* node's cli_table: a box around the header and the rows, cells left-aligned. */
static void table_render(Buf *out, char **head, char ***cols, uint32_t ncols, uint32_t nrows)
{
    size_t *w = calloc(ncols ? ncols : 1, sizeof *w);
    if (!w) return;
    for (uint32_t c = 0; c < ncols; c++) {
        w[c] = display_width(head[c]);
        for (uint32_t r = 0; r < nrows; r++)
            if (cols[c][r] && display_width(cols[c][r]) > w[c]) w[c] = display_width(cols[c][r]);
    }
    static const char *const h[3][3] = { { "┌", "┬", "┐" }, { "├", "┼", "┤" }, { "└", "┴", "┘" } };
    for (int line = 0; line < 3; line++) {
        if (line == 2) {
            for (uint32_t r = 0; r < nrows; r++) {
                for (uint32_t c = 0; c < ncols; c++) {
                    const char *cell = cols[c][r] ? cols[c][r] : "";
                    buf_cstr(out, "│ ");
                    buf_cstr(out, cell);
                    buf_spaces(out, (int)(w[c] - display_width(cell) + 1));
                }
                buf_cstr(out, "│\n");
            }
        }
        buf_cstr(out, h[line][0]);
        for (uint32_t c = 0; c < ncols; c++) {
            if (c) buf_cstr(out, h[line][1]);
            for (size_t k = 0; k < w[c] + 2; k++) buf_cstr(out, "─");
        }
        buf_cstr(out, h[line][2]);
        if (line == 0) {
            buf_char(out, '\n');
            for (uint32_t c = 0; c < ncols; c++) {
                buf_cstr(out, "│ ");
                buf_cstr(out, head[c]);
                buf_spaces(out, (int)(w[c] - display_width(head[c]) + 1));
            }
            buf_cstr(out, "│");
        }
        if (line < 2) buf_char(out, '\n');
    }
    free(w);
}

/* The text of a property key (strings as they are, symbols as Symbol(x)). */
static char *key_text(VM *vm, JSValue key)
{
    if (val_is_symbol(key)) {
        Buf b = { 0 };
        add_symbol(vm, &b, key);
        return buf_take(&b);
    }
    JSValue s = val_is_int(key) ? atom_key_to_string(vm, key) : key;
    if (s == VAL_EXCEPTION) {
        err_take(vm);
        return cstr_dup("");
    }
    return val_is_string(s) ? str_to_utf8(vm, s, NULL) : cstr_dup("");
}

/* console.table(data[, properties]) */
static JSValue console_table(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue data = bi_arg(args, argc, 0), props = bi_arg(args, argc, 1);
    if (props != VAL_UNDEFINED && !val_is_array(props))
        return bi_process_throw_arg_type(vm, "properties", "an instance of Array", props);
    if (!val_is_object(data)) {
        JSValue undef = VAL_UNDEFINED;   /* node: this.log(tabularData), also when it is missing */
        return log_to(vm, argc > 0 ? args : &undef, 1, stdout);
    }
    BI_SCOPE;
    JSValue r = VAL_EXCEPTION;
    Table t = { 0 };
    char **index = NULL;     /* the first column */
    uint32_t nrows = 0;
    bool iteration = false;  /* Map / Set: "(iteration index)" */
    TableCol *values = NULL; /* "Values" */
    Table vt = { 0 };        /* holds the Values column */
    ObjClass cls = (ObjClass)val_obj(data)->cls;
    if (cls == CLS_MAP || cls == CLS_SET) {
        iteration = true;
        uint32_t used = bi_collection_used(args[0]);
        index = calloc(used + 1, sizeof *index);
        if (!index) goto out;
        for (uint32_t i = 0; i < bi_collection_used(args[0]); i++) {
            HandleScope ehs = heap_scope_open(vm);
            JSValue k, v;
            if (!bi_collection_entry(args[0], i, &k, &v)) continue;
            JSValue *hk = heap_handle(vm, k);
            JSValue *hv = heap_handle(vm, v);
            char num[16];
            snprintf(num, sizeof num, "%u", nrows);
            index[nrows] = cstr_dup(num);
            if (cls == CLS_MAP) col_set(table_col(&t, "Key"), nrows, table_inspect(vm, *hk));
            col_set(table_col(&t, "Values"), nrows, table_inspect(vm, cls == CLS_MAP ? *hv : *hk));
            nrows++;
            heap_scope_close(vm, ehs);
        }
    } else {
        JSValue keys = obj_own_keys(vm, args[0], OWNKEYS_STRINGS | OWNKEYS_ENUMERABLE_ONLY);
        if (keys == VAL_EXCEPTION) goto out;
        JSValue *hkeys = heap_handle(vm, keys);
        uint32_t n = val_obj(*hkeys)->length;
        index = calloc(n + 1, sizeof *index);
        if (!index) goto out;
        for (uint32_t i = 0; i < n; i++, nrows++) {
            HandleScope ehs = heap_scope_open(vm);
            JSValue key = bi_key_at(vm, *hkeys, i);
            if (key == VAL_EXCEPTION) goto out;
            JSValue *hk = heap_handle(vm, key);
            index[i] = key_text(vm, *hk);
            JSValue item = obj_get(vm, args[0], *hk);
            if (item == VAL_EXCEPTION) goto out;
            JSValue *hitem = heap_handle(vm, item);
            bool primitive = !val_is_object(*hitem);
            if (props == VAL_UNDEFINED && primitive) {
                if (!values) values = table_col(&vt, "Values");
                col_set(values, i, table_inspect(vm, *hitem));
            } else {
                JSValue ks = props != VAL_UNDEFINED ? args[1] : obj_own_keys(vm, *hitem, OWNKEYS_STRINGS | OWNKEYS_ENUMERABLE_ONLY);
                if (ks == VAL_EXCEPTION) goto out;
                JSValue *hks = heap_handle(vm, ks);
                JSValue *hkey2 = heap_handle(vm, VAL_UNDEFINED);
                double nk;
                if (!bi_length_of(vm, *hks, &nk)) goto out;
                for (uint32_t j = 0; j < (uint32_t)nk; j++) {
                    JSValue k2 = props != VAL_UNDEFINED ? bi_get_index(vm, *hks, j) : bi_key_at(vm, *hks, j);
                    if (k2 == VAL_EXCEPTION) goto out;
                    if (props != VAL_UNDEFINED) k2 = val_is_symbol(k2) ? k2 : atom_to_key(vm, k2);
                    if (k2 == VAL_EXCEPTION) goto out;
                    *hkey2 = k2;
                    char *name = key_text(vm, *hkey2);
                    TableCol *col = name ? table_col(&t, name) : NULL;
                    free(name);
                    int own = primitive ? 0 : obj_has_own(vm, *hitem, *hkey2);
                    if (own < 0) goto out;
                    if (!own) {
                        col_set(col, i, cstr_dup(""));
                        continue;
                    }
                    JSValue v = obj_get(vm, *hitem, *hkey2);
                    if (v == VAL_EXCEPTION) goto out;
                    col_set(col, i, table_inspect(vm, v));
                }
            }
            heap_scope_close(vm, ehs);
        }
    }
    if (!iteration) order_columns(&t);
    uint32_t ncols = 1 + t.ncols + (values ? 1 : 0);
    char **head = calloc(ncols, sizeof *head);
    char ***cols = calloc(ncols, sizeof *cols);
    char ***owned = calloc(ncols, sizeof *owned);   /* cell arrays padded to nrows */
    if (head && cols && owned) {
        head[0] = iteration ? "(iteration index)" : "(index)";
        cols[0] = index;
        for (uint32_t c = 0; c + 1 < ncols; c++) {
            TableCol *col = c < t.ncols ? &t.cols[c] : values;
            head[c + 1] = col->name;
            owned[c + 1] = calloc(nrows + 1, sizeof(char *));
            for (uint32_t rr = 0; owned[c + 1] && rr < nrows && rr < col->n; rr++) owned[c + 1][rr] = col->cells[rr];
            cols[c + 1] = owned[c + 1];
        }
        bool ok = true;
        for (uint32_t c = 0; c < ncols; c++) ok = ok && cols[c];
        if (ok) {
            Buf b = { 0 };
            table_render(&b, head, cols, ncols, nrows);
            ok = emit(vm, b.p ? b.p : "", b.len, stdout);
            free(b.p);
            r = ok ? VAL_UNDEFINED : VAL_EXCEPTION;
        }
        for (uint32_t c = 1; c < ncols; c++) free(owned[c]);
    }
    if (r == VAL_EXCEPTION && !err_pending(vm)) err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    free(head);
    free(cols);
    free(owned);
out:
    for (uint32_t i = 0; index && i < nrows; i++) free(index[i]);
    free(index);
    table_free(&t);
    table_free(&vt);
    BI_RETURN(r);
}

bool bi_console_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue c = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (c == VAL_EXCEPTION) goto out;
    JSValue *hc = heap_handle(vm, c);
    /* console methods are enumerable own properties in node */
    static const struct {
        const char *name;
        NativeFn fn;
    } methods[] = {
        { "log", console_log },           { "info", console_log },         { "debug", console_log },
        { "warn", console_error },        { "error", console_error },      { "trace", console_error },
        { "dir", console_dir },           { "group", console_group },      { "groupCollapsed", console_group },
        { "groupEnd", console_group_end }, { "count", console_count },     { "countReset", console_count_reset },
        { "time", console_time },         { "timeLog", console_time_log }, { "timeEnd", console_time_end },
        { "table", console_table },
    };
    /* state: [group depth, counts, timers] */
    JSValue st = valarray_new(vm, CS__COUNT);
    if (st == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_ConsoleState] = st;
    ((ValArray *)val_cell(st))->v[CS_GROUP] = val_from_int(0);
    for (int i = CS_COUNTS; i <= CS_TIMERS; i++) {
        JSValue t = obj_new(vm, VAL_NULL);
        if (t == VAL_EXCEPTION) goto out;
        ValArray *sv = console_state(vm);
        heap_store(&vm->heap, &sv->hdr, &sv->v[i], t);
    }
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        JSValue f = fn_new_native(vm, methods[i].name, methods[i].fn, 0, 0);
        if (f == VAL_EXCEPTION || realm_def_value(vm, *hc, methods[i].name, f, PROP_DEFAULT) < 0) goto out;
    }
    JSValue fa = fn_new_native(vm, "assert", console_assert, 0, 0);
    if (fa == VAL_EXCEPTION || realm_def_value(vm, *hc, "assert", fa, PROP_DEFAULT) < 0) goto out;
    if (realm_def_value(vm, vm->global, "console", *hc, PROP_HIDDEN) < 0) goto out;
    if (realm_def_method(vm, vm->global, "print", console_log, 0, 0) < 0) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
