/*
 * json.c -- JSON.parse and JSON.stringify (prefix bi_json_).
 *
 * parse: the text is copied into a malloc'd UTF-16 buffer (so nothing moves
 * under the parser), parsed by recursive descent into fresh objects and
 * arrays, then walked by the reviver if one is given.  Error messages match
 * V8's ("Unexpected token 'x', "..." is not valid JSON", "... in JSON at
 * position N").
 * stringify: SerializeJSONProperty / Object / Array of the spec writing into
 * a StrBuilder; the objects on the current path are kept in handles for the
 * cycle check, whose TypeError names the path the way node does.
 */
#include <stdio.h>

#include "bi_internal.h"
#include "numconv.h"

#define JSON_MAX_DEPTH 4000

/* ====================================================================== */
/* parse                                                                   */
/* ====================================================================== */

typedef struct Parser {
    VM *vm;
    const uint16_t *s;
    uint32_t len, pos;
    int depth;
} Parser;

static bool is_ws(uint16_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static void skip_ws(Parser *p)
{
    while (p->pos < p->len && is_ws(p->s[p->pos])) p->pos++;
}

/* Appends the UTF-8 of s[a..b) to buf (for the context of messages). */
static void add_utf8(StrBuilder *b, const uint16_t *s, uint32_t a, uint32_t e)
{
    for (uint32_t i = a; i < e; i++) sb_add_unit(b, s[i]);
}

static JSValue throw_msg(Parser *p, const char *msg)
{
    return err_throw(p->vm, ERRMSG_JSON_PARSE, msg);
}

static JSValue throw_at(Parser *p, const char *what, uint32_t pos)
{
    char buf[160];
    snprintf(buf, sizeof buf, "%s in JSON at position %u", what, pos);
    return throw_msg(p, buf);
}

static bool source_is(const Parser *p, const char *lit)
{
    size_t n = strlen(lit);
    if (n != p->len) return false;
    for (size_t i = 0; i < n; i++)
        if (p->s[i] != (uint8_t)lit[i]) return false;
    return true;
}

/* "Unexpected token" at p->pos (or end of input). */
static JSValue unexpected(Parser *p)
{
    if (p->pos >= p->len) return throw_msg(p, "Unexpected end of JSON input");
    VM *vm = p->vm;
    StrBuilder b;
    sb_init(&b);
    if (source_is(p, "undefined") || source_is(p, "NaN") || source_is(p, "Infinity") ||
        source_is(p, "[object Object]")) {
        sb_add_unit(&b, '"');
        add_utf8(&b, p->s, 0, p->len);
        sb_add_cstr(&b, "\" is not valid JSON");
    } else {
        sb_add_cstr(&b, "Unexpected token '");
        sb_add_unit(&b, p->s[p->pos]);
        sb_add_cstr(&b, "', ");
        const uint32_t ctx = 10;
        uint32_t pos = p->pos, len = p->len;
        if (len <= 2 * ctx + 1) {
            sb_add_unit(&b, '"');
            add_utf8(&b, p->s, 0, len);
            sb_add_unit(&b, '"');
        } else if (pos < ctx) {
            sb_add_unit(&b, '"');
            add_utf8(&b, p->s, 0, pos + ctx);
            sb_add_cstr(&b, "\"...");
        } else if (pos < len - ctx) {
            sb_add_cstr(&b, "...\"");
            add_utf8(&b, p->s, pos - ctx, pos + ctx);
            sb_add_cstr(&b, "\"...");
        } else {
            sb_add_cstr(&b, "...\"");
            add_utf8(&b, p->s, pos - ctx, len);
            sb_add_unit(&b, '"');
        }
        sb_add_cstr(&b, " is not valid JSON");
    }
    JSValue m = sb_finish(vm, &b);
    if (m == VAL_EXCEPTION) return m;
    char *t = str_to_utf8(vm, m, NULL);
    JSValue r = throw_msg(p, t ? t : "Unexpected token");
    free(t);
    return r;
}

static JSValue parse_value(Parser *p);

static int hex_val(uint16_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A string starting at the opening quote. */
static JSValue parse_string(Parser *p)
{
    p->pos++;
    uint32_t start = p->pos;
    /* fast path: no escapes */
    while (p->pos < p->len && p->s[p->pos] != '"' && p->s[p->pos] != '\\' && p->s[p->pos] >= 0x20) p->pos++;
    if (p->pos < p->len && p->s[p->pos] == '"') {
        p->pos++;
        return str_from_utf16(p->vm, p->s + start, p->pos - 1 - start);
    }
    StrBuilder b;
    sb_init(&b);
    for (uint32_t i = start; i < p->pos; i++) sb_add_unit(&b, p->s[i]);
    for (;;) {
        if (p->pos >= p->len) {
            sb_free(&b);
            return throw_at(p, "Unterminated string", p->pos);
        }
        uint16_t c = p->s[p->pos];
        if (c == '"') {
            p->pos++;
            return sb_finish(p->vm, &b);
        }
        if (c < 0x20) {
            sb_free(&b);
            return throw_at(p, "Bad control character in string literal", p->pos);
        }
        if (c != '\\') {
            sb_add_unit(&b, c);
            p->pos++;
            continue;
        }
        p->pos++;
        if (p->pos >= p->len) {
            sb_free(&b);
            return throw_at(p, "Unterminated string", p->pos);
        }
        c = p->s[p->pos++];
        switch (c) {
        case '"': sb_add_unit(&b, '"'); break;
        case '\\': sb_add_unit(&b, '\\'); break;
        case '/': sb_add_unit(&b, '/'); break;
        case 'b': sb_add_unit(&b, '\b'); break;
        case 'f': sb_add_unit(&b, '\f'); break;
        case 'n': sb_add_unit(&b, '\n'); break;
        case 'r': sb_add_unit(&b, '\r'); break;
        case 't': sb_add_unit(&b, '\t'); break;
        case 'u': {
            uint32_t u = 0;
            for (int k = 0; k < 4; k++) {
                int h = p->pos < p->len ? hex_val(p->s[p->pos]) : -1;
                if (h < 0) {
                    sb_free(&b);
                    if (p->pos >= p->len) return throw_at(p, "Unterminated string", p->pos);
                    return throw_at(p, "Bad Unicode escape", p->pos);
                }
                u = u * 16 + (uint32_t)h;
                p->pos++;
            }
            sb_add_unit(&b, (uint16_t)u);
            break;
        }
        default:
            sb_free(&b);
            return throw_at(p, "Bad escaped character", p->pos - 1);
        }
    }
}

static bool is_digit(uint16_t c) { return c >= '0' && c <= '9'; }

static JSValue parse_number(Parser *p)
{
    uint32_t start = p->pos;
    if (p->s[p->pos] == '-') {
        p->pos++;
        if (p->pos >= p->len || !is_digit(p->s[p->pos])) return throw_at(p, "No number after minus sign", p->pos);
    }
    if (p->s[p->pos] == '0') {
        p->pos++;
        if (p->pos < p->len && is_digit(p->s[p->pos])) return throw_at(p, "Unexpected number", p->pos);
    } else {
        while (p->pos < p->len && is_digit(p->s[p->pos])) p->pos++;
    }
    bool integral = true;
    if (p->pos < p->len && p->s[p->pos] == '.') {
        integral = false;
        p->pos++;
        if (p->pos >= p->len || !is_digit(p->s[p->pos])) return throw_at(p, "Unterminated fractional number", p->pos);
        while (p->pos < p->len && is_digit(p->s[p->pos])) p->pos++;
    }
    if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
        integral = false;
        p->pos++;
        if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-')) p->pos++;
        if (p->pos >= p->len || !is_digit(p->s[p->pos])) return throw_at(p, "Exponent part is missing a number", p->pos);
        while (p->pos < p->len && is_digit(p->s[p->pos])) p->pos++;
    }
    uint32_t n = p->pos - start;
    if (integral && n < 10) {
        int32_t v = 0;
        bool neg = p->s[start] == '-';
        for (uint32_t i = start + neg; i < p->pos; i++) v = v * 10 + (p->s[i] - '0');
        if (neg && v == 0) return val_from_double(-0.0);
        return val_from_int(neg ? -v : v);
    }
    char small[64];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf) return err_throw(p->vm, ERRMSG_OUT_OF_MEMORY);
    for (uint32_t i = 0; i < n; i++) buf[i] = (char)p->s[start + i];
    buf[n] = '\0';
    double d = strtod(buf, NULL);
    if (buf != small) free(buf);
    return val_number(d);
}

static bool match_literal(Parser *p, const char *lit)
{
    for (size_t i = 0; lit[i]; i++) {
        if (p->pos >= p->len || p->s[p->pos] != (uint8_t)lit[i]) return false;
        p->pos++;
    }
    return true;
}

static JSValue parse_array(Parser *p)
{
    VM *vm = p->vm;
    HandleScope hs = heap_scope_open(vm);
    JSValue r = arr_new(vm, 0);
    if (r == VAL_EXCEPTION) goto out;
    JSValue *ha = heap_handle(vm, r);
    p->pos++;
    skip_ws(p);
    if (p->pos < p->len && p->s[p->pos] == ']') {
        p->pos++;
        r = *ha;
        goto out;
    }
    for (;;) {
        JSValue v = parse_value(p);
        if (v == VAL_EXCEPTION || arr_push(vm, *ha, v) < 0) {
            r = VAL_EXCEPTION;
            goto out;
        }
        skip_ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == ']') {
            p->pos++;
            r = *ha;
            goto out;
        }
        r = throw_at(p, "Expected ',' or ']' after array element", p->pos);
        goto out;
    }
out:
    heap_scope_close(vm, hs);
    return r;
}

static JSValue parse_object(Parser *p)
{
    VM *vm = p->vm;
    HandleScope hs = heap_scope_open(vm);
    JSValue r = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (r == VAL_EXCEPTION) goto out;
    JSValue *ho = heap_handle(vm, r);
    p->pos++;
    skip_ws(p);
    if (p->pos < p->len && p->s[p->pos] == '}') {
        p->pos++;
        r = *ho;
        goto out;
    }
    bool first = true;
    for (;;) {
        skip_ws(p);
        if (p->pos >= p->len || p->s[p->pos] != '"') {
            r = throw_at(p, first ? "Expected property name or '}'" : "Expected double-quoted property name", p->pos);
            goto out;
        }
        first = false;
        JSValue k = parse_string(p);
        if (k == VAL_EXCEPTION) {
            r = k;
            goto out;
        }
        k = atom_to_key(vm, k);
        if (k == VAL_EXCEPTION) {
            r = k;
            goto out;
        }
        JSValue *hk = heap_handle(vm, k);
        skip_ws(p);
        if (p->pos >= p->len || p->s[p->pos] != ':') {
            r = throw_at(p, "Expected ':' after property name", p->pos);
            goto out;
        }
        p->pos++;
        JSValue v = parse_value(p);
        if (v == VAL_EXCEPTION || obj_define_value(vm, *ho, *hk, v, PROP_DEFAULT) < 0) {
            r = VAL_EXCEPTION;
            goto out;
        }
        vm->handles.top--;   /* hk */
        skip_ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == '}') {
            p->pos++;
            r = *ho;
            goto out;
        }
        r = throw_at(p, "Expected ',' or '}' after property value", p->pos);
        goto out;
    }
out:
    heap_scope_close(vm, hs);
    return r;
}

static JSValue parse_value(Parser *p)
{
    skip_ws(p);
    if (p->pos >= p->len) return unexpected(p);
    if (++p->depth > JSON_MAX_DEPTH) return err_throw(p->vm, ERRMSG_STACK_OVERFLOW);
    JSValue r;
    uint16_t c = p->s[p->pos];
    switch (c) {
    case '{': r = parse_object(p); break;
    case '[': r = parse_array(p); break;
    case '"': r = parse_string(p); break;
    case 't': r = match_literal(p, "true") ? VAL_TRUE : unexpected(p); break;
    case 'f': r = match_literal(p, "false") ? VAL_FALSE : unexpected(p); break;
    case 'n': r = match_literal(p, "null") ? VAL_NULL : unexpected(p); break;
    default:
        r = (c == '-' || is_digit(c)) ? parse_number(p) : unexpected(p);
        break;
    }
    p->depth--;
    return r;
}

/* InternalizeJSONProperty(holder, name) with the reviver */
static JSValue internalize(VM *vm, JSValue holder, JSValue name, JSValue reviver, int depth)
{
    if (depth > JSON_MAX_DEPTH) return err_throw(vm, ERRMSG_STACK_OVERFLOW);
    BI_SCOPE;
    JSValue *hh = heap_handle(vm, holder), *hn = heap_handle(vm, name), *hr = heap_handle(vm, reviver);
    JSValue key = atom_to_key(vm, *hn);
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    JSValue val = obj_get(vm, *hh, key);
    if (val == VAL_EXCEPTION) BI_RETURN(val);
    JSValue *hv = heap_handle(vm, val);
    if (val_is_object(*hv)) {
        JSValue keys;
        double len = 0;
        int isa = rt_is_array(vm, *hv);
        if (isa < 0) BI_RETURN(VAL_EXCEPTION);
        bool is_arr = isa;
        if (is_arr) {
            if (!bi_length_of(vm, *hv, &len)) BI_RETURN(VAL_EXCEPTION);
            keys = VAL_UNDEFINED;
        } else {
            keys = bi_own_keys(vm, *hv, OWNKEYS_STRINGS | OWNKEYS_ENUMERABLE_ONLY);
            if (keys == VAL_EXCEPTION) BI_RETURN(keys);
            len = val_obj(keys)->length;
        }
        JSValue *hk = heap_handle(vm, keys);
        for (double i = 0; i < len; i++) {
            JSValue k = is_arr ? rt_number_to_string(vm, i, 10) : bi_get_index(vm, *hk, i);
            if (k == VAL_EXCEPTION) BI_RETURN(k);
            JSValue *hki = heap_handle(vm, k);
            JSValue nv = internalize(vm, *hv, *hki, *hr, depth + 1);
            if (nv == VAL_EXCEPTION) BI_RETURN(nv);
            JSValue *hnv = heap_handle(vm, nv);
            JSValue pk = atom_to_key(vm, *hki);
            if (pk == VAL_EXCEPTION) BI_RETURN(pk);
            if (*hnv == VAL_UNDEFINED) {
                if (obj_delete(vm, *hv, pk) < 0) BI_RETURN(VAL_EXCEPTION);
            } else {
                PropDesc d = { .value = *hnv, .getter = VAL_HOLE, .setter = VAL_HOLE, .attrs = PROP_DEFAULT,
                               .has = DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE |
                                      DESC_HAS_CONFIGURABLE };
                if (obj_define_own(vm, *hv, pk, &d, false) < 0) BI_RETURN(VAL_EXCEPTION);
            }
            heap_scope_close(vm, (HandleScope)(hk - vm->handles.slots) + 1);
        }
    }
    JSValue cargs[2] = { *hn, *hv };
    BI_RETURN(vm_call(vm, *hr, *hh, 2, cargs));
}

static JSValue json_parse(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue text = rt_to_string(vm, bi_arg(args, argc, 0));
    if (text == VAL_EXCEPTION) BI_RETURN(text);
    JSString *fs = str_flatten(vm, text);
    if (!fs) BI_RETURN(VAL_EXCEPTION);
    uint32_t n = fs->length;
    uint16_t *buf = malloc((n ? n : 1) * sizeof *buf);
    if (!buf) BI_RETURN(err_throw(vm, ERRMSG_OUT_OF_MEMORY));
    for (uint32_t i = 0; i < n; i++) buf[i] = str_unit(fs, i);
    Parser p = { vm, buf, n, 0, 0 };
    JSValue v = parse_value(&p);
    if (v != VAL_EXCEPTION) {
        skip_ws(&p);
        if (p.pos < p.len) {
            char buf[96];
            snprintf(buf, sizeof buf, "Unexpected non-whitespace character after JSON at position %u", p.pos);
            v = throw_msg(&p, buf);
        }
    }
    free(buf);
    if (v == VAL_EXCEPTION) BI_RETURN(v);
    JSValue *hv = heap_handle(vm, v);
    if (!rt_is_callable(bi_arg(args, argc, 1))) BI_RETURN(*hv);
    JSValue root = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (root == VAL_EXCEPTION) BI_RETURN(root);
    JSValue *hr = heap_handle(vm, root);
    if (obj_define_value(vm, *hr, vm_atom(vm, ATOM_empty), *hv, PROP_DEFAULT) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(internalize(vm, *hr, vm_atom(vm, ATOM_empty), args[1], 0));
}

/* ====================================================================== */
/* stringify                                                               */
/* ====================================================================== */

typedef struct Stringifier {
    VM *vm;
    StrBuilder out;
    JSValue *replacer;      /* handle: function or undefined */
    JSValue *props;         /* handle: array of property keys (strings) or undefined */
    JSValue *gap;           /* handle: gap string ("" = none) */
    JSValue **stack;        /* objects on the current path (handles) */
    JSValue **stack_keys;   /* the key under which each was reached */
    uint32_t depth, cap;
} Stringifier;

static void quote(Stringifier *s, JSValue str)
{
    static const char hex[] = "0123456789abcdef";
    JSString *f = str_flatten(s->vm, str);
    if (!f) return;
    StrBuilder *b = &s->out;
    sb_add_unit(b, '"');
    for (uint32_t i = 0; i < f->length; i++) {
        uint16_t c = str_unit(f, i);
        switch (c) {
        case '"': sb_add_cstr(b, "\\\""); continue;
        case '\\': sb_add_cstr(b, "\\\\"); continue;
        case '\b': sb_add_cstr(b, "\\b"); continue;
        case '\f': sb_add_cstr(b, "\\f"); continue;
        case '\n': sb_add_cstr(b, "\\n"); continue;
        case '\r': sb_add_cstr(b, "\\r"); continue;
        case '\t': sb_add_cstr(b, "\\t"); continue;
        default: break;
        }
        bool lone = false;
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (i + 1 < f->length && str_unit(f, i + 1) >= 0xDC00 && str_unit(f, i + 1) <= 0xDFFF) {
                sb_add_unit(b, c);
                sb_add_unit(b, str_unit(f, ++i));
                continue;
            }
            lone = true;
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            lone = true;
        }
        if (c < 0x20 || lone) {
            sb_add_cstr(b, "\\u");
            sb_add_unit(b, hex[c >> 12]);
            sb_add_unit(b, hex[(c >> 8) & 15]);
            sb_add_unit(b, hex[(c >> 4) & 15]);
            sb_add_unit(b, hex[c & 15]);
        } else {
            sb_add_unit(b, c);
        }
    }
    sb_add_unit(b, '"');
}

static void newline_indent(Stringifier *s)
{
    sb_add_unit(&s->out, '\n');
    for (uint32_t i = 0; i < s->depth; i++) sb_add_string(s->vm, &s->out, *s->gap);
}

/* The constructor name of an object for the cycle message. */
static void add_ctor_name(VM *vm, StrBuilder *b, JSValue obj)
{
    JSValue c = VAL_UNDEFINED;
    PropDesc d;
    for (JSValue p = val_obj(obj)->proto; val_is_object(p) && val_obj(p)->cls != CLS_PROXY; p = val_obj(p)->proto) {
        if (obj_get_own_property(vm, p, vm_atom(vm, ATOM_constructor), &d) == 1) {
            c = d.value;
            break;
        }
    }
    if (val_is_function(c) && obj_get_own_property(vm, c, vm_atom(vm, ATOM_name), &d) == 1 &&
        val_is_string(d.value)) {
        sb_add_string(vm, b, d.value);
        return;
    }
    sb_add_cstr(b, "Object");
}

static void add_key_desc(VM *vm, StrBuilder *b, JSValue key)
{
    if (val_is_int(key)) {
        char buf[16];
        snprintf(buf, sizeof buf, "index %d", val_int(key));
        sb_add_cstr(b, buf);
        return;
    }
    sb_add_cstr(b, "property '");
    if (val_is_string(key)) sb_add_string(vm, b, key);
    sb_add_unit(b, '\'');
}

static JSValue throw_cycle(Stringifier *s, JSValue obj, JSValue key)
{
    VM *vm = s->vm;
    uint32_t start = 0;
    while (start < s->depth && *s->stack[start] != obj) start++;
    StrBuilder b;
    sb_init(&b);
    sb_add_cstr(&b, "Converting circular structure to JSON\n    --> starting at object with constructor '");
    add_ctor_name(vm, &b, obj);
    sb_add_unit(&b, '\'');
    for (uint32_t i = start + 1; i < s->depth; i++) {
        sb_add_cstr(&b, "\n    |     ");
        add_key_desc(vm, &b, *s->stack_keys[i]);
        sb_add_cstr(&b, " -> object with constructor '");
        add_ctor_name(vm, &b, *s->stack[i]);
        sb_add_unit(&b, '\'');
    }
    sb_add_cstr(&b, "\n    --- ");
    add_key_desc(vm, &b, key);
    sb_add_cstr(&b, " closes the circle");
    JSValue m = sb_finish(vm, &b);
    char *t = m == VAL_EXCEPTION ? NULL : str_to_utf8(vm, m, NULL);
    JSValue r = err_throw_type(vm, TypeError, "%s", t ? t : "Converting circular structure to JSON");
    free(t);
    return r;
}

/* 1 wrote something, 0 undefined (nothing written), -1 exception */
static int serialize_property(Stringifier *s, JSValue holder, JSValue key);

static bool push_path(Stringifier *s, JSValue *obj, JSValue *key)
{
    if (s->depth >= JSON_MAX_DEPTH) {
        err_throw(s->vm, ERRMSG_STACK_OVERFLOW);
        return false;
    }
    for (uint32_t i = 0; i < s->depth; i++)
        if (*s->stack[i] == *obj) {
            throw_cycle(s, *obj, *key);
            return false;
        }
    if (s->depth == s->cap) {
        uint32_t nc = s->cap ? s->cap * 2 : 16;
        JSValue **ns = realloc(s->stack, nc * sizeof *ns), **nk;
        if (!ns) return err_throw(s->vm, ERRMSG_OUT_OF_MEMORY), false;
        s->stack = ns;
        nk = realloc(s->stack_keys, nc * sizeof *nk);
        if (!nk) return err_throw(s->vm, ERRMSG_OUT_OF_MEMORY), false;
        s->stack_keys = nk;
        s->cap = nc;
    }
    s->stack[s->depth] = obj;
    s->stack_keys[s->depth] = key;
    s->depth++;
    return true;
}

static int serialize_object(Stringifier *s, JSValue *obj, JSValue *key)
{
    VM *vm = s->vm;
    if (!push_path(s, obj, key)) return -1;
    HandleScope hs = heap_scope_open(vm);
    int r = -1;
    JSValue keys = *s->props;
    if (keys == VAL_UNDEFINED) {
        keys = obj_own_keys(vm, *obj, OWNKEYS_STRINGS | OWNKEYS_ENUMERABLE_ONLY);
        if (keys == VAL_EXCEPTION) goto out;
    }
    JSValue *hk = heap_handle(vm, keys);
    uint32_t n = val_obj(*hk)->length;
    bool any = false;
    sb_add_unit(&s->out, '{');
    for (uint32_t i = 0; i < n; i++) {
        JSValue k = bi_key_at(vm, *hk, i);
        if (k == VAL_EXCEPTION) goto out;
        JSValue *hki = heap_handle(vm, k);
        size_t mark = s->out.len;
        if (any) sb_add_unit(&s->out, ',');
        if (str_length(*s->gap)) newline_indent(s);
        JSValue ks = atom_key_to_string(vm, *hki);
        if (ks == VAL_EXCEPTION) goto out;
        quote(s, ks);
        sb_add_unit(&s->out, ':');
        if (str_length(*s->gap)) sb_add_unit(&s->out, ' ');
        int w = serialize_property(s, *obj, *hki);
        if (w < 0) goto out;
        if (w == 0)
            s->out.len = mark;   /* undefined: drop the key */
        else
            any = true;
        vm->handles.top--;
    }
    s->depth--;
    if (any && str_length(*s->gap)) newline_indent(s);
    s->depth++;
    sb_add_unit(&s->out, '}');
    r = 1;
out:
    heap_scope_close(vm, hs);
    s->depth--;
    return r;
}

static int serialize_array(Stringifier *s, JSValue *obj, JSValue *key)
{
    VM *vm = s->vm;
    if (!push_path(s, obj, key)) return -1;
    int r = -1;
    double len;
    if (!bi_length_of(vm, *obj, &len)) goto out;
    sb_add_unit(&s->out, '[');
    for (double i = 0; i < len; i++) {
        if (i > 0) sb_add_unit(&s->out, ',');
        if (str_length(*s->gap)) newline_indent(s);
        JSValue k = bi_index_key(vm, i);
        if (k == VAL_EXCEPTION) goto out;
        int w = serialize_property(s, *obj, k);
        if (w < 0) goto out;
        if (w == 0) sb_add_cstr(&s->out, "null");
    }
    s->depth--;
    if (len > 0 && str_length(*s->gap)) newline_indent(s);
    s->depth++;
    sb_add_unit(&s->out, ']');
    r = 1;
out:
    s->depth--;
    return r;
}

static int serialize_property(Stringifier *s, JSValue holder, JSValue key)
{
    VM *vm = s->vm;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hh = heap_handle(vm, holder), *hk = heap_handle(vm, key);
    int r = -1;
    JSValue v = obj_get(vm, *hh, *hk);
    if (v == VAL_EXCEPTION) goto out;
    JSValue *hv = heap_handle(vm, v);
    if (val_is_object(*hv) || val_is_bigint(*hv)) {
        /* BigInts look toJSON up on BigInt.prototype (GetV) */
        JSValue tj = rt_get(vm, *hv, vm_atom(vm, ATOM_toJSON));
        if (tj == VAL_EXCEPTION) goto out;
        if (rt_is_callable(tj)) {
            JSValue *htj = heap_handle(vm, tj);
            JSValue ks = atom_key_to_string(vm, *hk);
            if (ks == VAL_EXCEPTION) goto out;
            v = vm_call(vm, *htj, *hv, 1, &ks);
            if (v == VAL_EXCEPTION) goto out;
            *hv = v;
        }
    }
    if (*s->replacer != VAL_UNDEFINED) {
        JSValue ks = atom_key_to_string(vm, *hk);
        if (ks == VAL_EXCEPTION) goto out;
        JSValue cargs[2] = { ks, *hv };
        v = vm_call(vm, *s->replacer, *hh, 2, cargs);
        if (v == VAL_EXCEPTION) goto out;
        *hv = v;
    }
    v = *hv;
    if (val_is_object(v)) {
        ObjClass c = (ObjClass)val_obj(v)->cls;
        if (c == CLS_NUMBER) {
            JSValue n = rt_to_number(vm, v);
            if (n == VAL_EXCEPTION) goto out;
            *hv = v = n;
        } else if (c == CLS_STRING) {
            JSValue t = rt_to_string(vm, v);
            if (t == VAL_EXCEPTION) goto out;
            *hv = v = t;
        } else if (c == CLS_BOOLEAN || c == CLS_BIGINT) {
            *hv = v = ((JSWrapper *)val_obj(v))->internal;
        }
    }
    if (val_is_bigint(v)) {
        err_throw_type(vm, TypeError, "Do not know how to serialize a BigInt");
        goto out;
    }
    if (v == VAL_NULL) {
        sb_add_cstr(&s->out, "null");
        r = 1;
    } else if (v == VAL_TRUE || v == VAL_FALSE) {
        sb_add_cstr(&s->out, v == VAL_TRUE ? "true" : "false");
        r = 1;
    } else if (val_is_string(v)) {
        quote(s, v);
        r = err_pending(vm) ? -1 : 1;
    } else if (val_is_number(v)) {
        double d = val_to_number(v);
        if (val_is_int(v)) {
            char buf[16];
            snprintf(buf, sizeof buf, "%d", val_int(v));
            sb_add_cstr(&s->out, buf);
        } else if (!isfinite(d)) {
            sb_add_cstr(&s->out, "null");
        } else {
            char buf[NUM_BUF_SIZE];
            num_to_cstr(d, buf);
            sb_add_cstr(&s->out, buf);
        }
        r = 1;
    } else if (val_is_object(v) && !rt_is_callable(v)) {
        int isa = rt_is_array(vm, v);
        r = isa < 0 ? -1 : isa ? serialize_array(s, hv, hk) : serialize_object(s, hv, hk);
    } else {
        r = 0;
    }
out:
    heap_scope_close(vm, hs);
    return r;
}

/* The PropertyList of an array replacer: strings (and numbers, String and
 * Number objects) without duplicates, as an array of PropKeys. */
static JSValue property_list(VM *vm, JSValue replacer)
{
    BI_SCOPE;
    JSValue *hr = heap_handle(vm, replacer);
    JSValue list = arr_new(vm, 0);
    if (list == VAL_EXCEPTION) BI_RETURN(list);
    JSValue *hl = heap_handle(vm, list);
    double len;
    if (!bi_length_of(vm, *hr, &len)) BI_RETURN(VAL_EXCEPTION);
    for (double i = 0; i < len; i++) {
        JSValue v = bi_get_index(vm, *hr, i);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        if (!(val_is_string(v) || val_is_number(v) || obj_is_class(v, CLS_STRING) || obj_is_class(v, CLS_NUMBER)))
            continue;
        JSValue str = rt_to_string(vm, v);
        if (str == VAL_EXCEPTION) BI_RETURN(str);
        JSValue key = atom_to_key(vm, str);
        if (key == VAL_EXCEPTION) BI_RETURN(key);
        bool dup = false;
        JSObject *lo = val_obj(*hl);
        for (uint32_t j = 0; j < lo->length && !dup; j++) dup = lo->elements->v[j] == key;
        if (!dup && arr_push(vm, *hl, key) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hl);
}

static JSValue json_stringify(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    Stringifier s = { vm };
    s.replacer = heap_handle(vm, VAL_UNDEFINED);
    s.props = heap_handle(vm, VAL_UNDEFINED);
    s.gap = heap_handle(vm, vm_atom(vm, ATOM_empty));
    JSValue rep = bi_arg(args, argc, 1);
    if (rt_is_callable(rep)) {
        *s.replacer = rep;
    } else if (val_is_object(rep) && rt_is_array(vm, rep)) {   /* a revoked proxy throws */
        if (err_pending(vm)) BI_RETURN(VAL_EXCEPTION);
        JSValue pl = property_list(vm, rep);
        if (pl == VAL_EXCEPTION) BI_RETURN(pl);
        *s.props = pl;
    }
    JSValue space = bi_arg(args, argc, 2);
    if (obj_is_class(space, CLS_NUMBER)) {
        space = rt_to_number(vm, space);
        if (space == VAL_EXCEPTION) BI_RETURN(space);
    } else if (obj_is_class(space, CLS_STRING)) {
        space = rt_to_string(vm, space);
        if (space == VAL_EXCEPTION) BI_RETURN(space);
    }
    if (val_is_number(space)) {
        double n = trunc(val_to_number(space));
        int k = n > 10 ? 10 : n < 1 ? 0 : (int)n;
        JSValue g = str_from_latin1(vm, (const uint8_t *)"          ", (size_t)k);
        if (g == VAL_EXCEPTION) BI_RETURN(g);
        *s.gap = g;
    } else if (val_is_string(space)) {
        uint32_t n = str_length(space);
        JSValue g = n <= 10 ? space : str_substring(vm, space, 0, 10);
        if (g == VAL_EXCEPTION) BI_RETURN(g);
        *s.gap = g;
    }
    JSValue wrapper = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (wrapper == VAL_EXCEPTION) BI_RETURN(wrapper);
    JSValue *hw = heap_handle(vm, wrapper);
    if (obj_define_value(vm, *hw, vm_atom(vm, ATOM_empty), bi_arg(args, argc, 0), PROP_DEFAULT) < 0)
        BI_RETURN(VAL_EXCEPTION);
    sb_init(&s.out);
    int w = serialize_property(&s, *hw, vm_atom(vm, ATOM_empty));
    free(s.stack);
    free(s.stack_keys);
    if (w <= 0) {
        sb_free(&s.out);
        BI_RETURN(w < 0 ? VAL_EXCEPTION : VAL_UNDEFINED);
    }
    BI_RETURN(sb_finish(vm, &s.out));
}

bool bi_json_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue j = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (j == VAL_EXCEPTION) goto out;
    JSValue *hj = heap_handle(vm, j);
    if (realm_def_method(vm, *hj, "parse", json_parse, 2, 0) < 0 ||
        realm_def_method(vm, *hj, "stringify", json_stringify, 3, 0) < 0)
        goto out;
    JSValue tag = str_from_cstr(vm, "JSON");
    if (tag == VAL_EXCEPTION ||
        obj_define_value(vm, *hj, vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = realm_def_value(vm, vm->global, "JSON", *hj, PROP_HIDDEN) == 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}
