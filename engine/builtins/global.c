/*
 * global.c -- the value properties and functions of the global object
 * (prefix bi_global_): globalThis, NaN, Infinity, undefined, isNaN,
 * isFinite, eval, the URI functions, escape/unescape, and the `tierlab`
 * object (gc()).  parseInt / parseFloat are installed by number.c (they are
 * the same function objects as Number.parseInt / Number.parseFloat).
 */
#include "bi_internal.h"
#include "../compiler.h"

static JSValue global_is_nan(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double d;
    if (!rt_to_double(vm, bi_arg(args, argc, 0), &d)) return VAL_EXCEPTION;
    return val_from_bool(isnan(d));
}

static JSValue global_is_finite(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double d;
    if (!rt_to_double(vm, bi_arg(args, argc, 0), &d)) return VAL_EXCEPTION;
    return val_from_bool(isfinite(d));
}

/* Indirect (global) eval: eval code in the global environment
 * (engine/comp_eval.c). */
static JSValue global_eval(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return comp_eval_indirect(vm, bi_arg(args, argc, 0));
}

/* ---- URI encoding ------------------------------------------------------------- */

static bool in_set(uint16_t c, const char *set)
{
    return c < 128 && c && strchr(set, (char)c) != NULL;
}

#define URI_UNRESERVED_MARKS "-_.!~*'()"
#define URI_RESERVED ";/?:@&=+$,"

static bool uri_unescaped(uint16_t c, bool component)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    if (in_set(c, URI_UNRESERVED_MARKS)) return true;
    return !component && (in_set(c, URI_RESERVED) || c == '#');
}

static JSValue uri_error(VM *vm) { return err_throw_type(vm, URIError, "URI malformed"); }

static JSValue encode(VM *vm, JSValue *args, int argc, bool component)
{
    static const char hex[] = "0123456789ABCDEF";
    BI_SCOPE;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSString *f = str_flatten(vm, s);
    if (!f) BI_RETURN(VAL_EXCEPTION);
    JSValue *hs = heap_handle(vm, val_from_cell(f));
    StrBuilder b;
    sb_init(&b);
    uint32_t n = f->length;
    for (uint32_t k = 0; k < n; k++) {
        f = (JSString *)val_cell(*hs);
        uint16_t c = str_unit(f, k);
        if (uri_unescaped(c, component)) {
            sb_add_unit(&b, c);
            continue;
        }
        uint32_t cp = c;
        if (c >= 0xDC00 && c <= 0xDFFF) {
            sb_free(&b);
            BI_RETURN(uri_error(vm));
        }
        if (c >= 0xD800 && c <= 0xDBFF) {
            uint16_t d = k + 1 < n ? str_unit(f, k + 1) : 0;
            if (!(d >= 0xDC00 && d <= 0xDFFF)) {
                sb_free(&b);
                BI_RETURN(uri_error(vm));
            }
            cp = 0x10000 + ((c - 0xD800u) << 10) + (d - 0xDC00u);
            k++;
        }
        uint8_t bytes[4];
        int nb;
        if (cp < 0x80) {
            bytes[0] = (uint8_t)cp;
            nb = 1;
        } else if (cp < 0x800) {
            bytes[0] = (uint8_t)(0xC0 | (cp >> 6));
            bytes[1] = (uint8_t)(0x80 | (cp & 0x3F));
            nb = 2;
        } else if (cp < 0x10000) {
            bytes[0] = (uint8_t)(0xE0 | (cp >> 12));
            bytes[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
            bytes[2] = (uint8_t)(0x80 | (cp & 0x3F));
            nb = 3;
        } else {
            bytes[0] = (uint8_t)(0xF0 | (cp >> 18));
            bytes[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
            bytes[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
            bytes[3] = (uint8_t)(0x80 | (cp & 0x3F));
            nb = 4;
        }
        for (int i = 0; i < nb; i++) {
            sb_add_unit(&b, '%');
            sb_add_unit(&b, (uint16_t)hex[bytes[i] >> 4]);
            sb_add_unit(&b, (uint16_t)hex[bytes[i] & 15]);
        }
    }
    BI_RETURN(sb_finish(vm, &b));
}

static int hexv(uint16_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The byte of a %XX escape at k, or -1. */
static int escaped_byte(const JSString *f, uint32_t k)
{
    if (k + 2 >= f->length) return -1;
    if (str_unit(f, k) != '%') return -1;
    int h = hexv(str_unit(f, k + 1)), l = hexv(str_unit(f, k + 2));
    return h < 0 || l < 0 ? -1 : h * 16 + l;
}

static JSValue decode(VM *vm, JSValue *args, int argc, bool component)
{
    BI_SCOPE;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSString *f = str_flatten(vm, s);
    if (!f) BI_RETURN(VAL_EXCEPTION);
    StrBuilder b;
    sb_init(&b);
    uint32_t n = f->length;
    for (uint32_t k = 0; k < n; k++) {
        uint16_t c = str_unit(f, k);
        if (c != '%') {
            sb_add_unit(&b, c);
            continue;
        }
        uint32_t start = k;
        int byte = escaped_byte(f, k);
        if (byte < 0) goto malformed;
        k += 2;
        if (byte < 0x80) {
            if (!component && (in_set((uint16_t)byte, URI_RESERVED) || byte == '#')) {
                for (uint32_t i = start; i <= k; i++) sb_add_unit(&b, str_unit(f, i));
            } else {
                sb_add_unit(&b, (uint16_t)byte);
            }
            continue;
        }
        int extra = (byte & 0xE0) == 0xC0 ? 1 : (byte & 0xF0) == 0xE0 ? 2 : (byte & 0xF8) == 0xF0 ? 3 : -1;
        if (extra < 0) goto malformed;
        uint32_t cp = (uint32_t)byte & (extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07);
        for (int i = 0; i < extra; i++) {
            k++;
            int cont = escaped_byte(f, k);
            if (cont < 0 || (cont & 0xC0) != 0x80) goto malformed;
            cp = (cp << 6) | ((uint32_t)cont & 0x3F);
            k += 2;
        }
        static const uint32_t min_cp[4] = { 0, 0x80, 0x800, 0x10000 };
        if (cp < min_cp[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) goto malformed;
        if (cp < 0x10000) {
            sb_add_unit(&b, (uint16_t)cp);
        } else {
            cp -= 0x10000;
            sb_add_unit(&b, (uint16_t)(0xD800 + (cp >> 10)));
            sb_add_unit(&b, (uint16_t)(0xDC00 + (cp & 0x3FF)));
        }
    }
    BI_RETURN(sb_finish(vm, &b));
malformed:
    sb_free(&b);
    BI_RETURN(uri_error(vm));
}

static JSValue global_encode_uri(VM *vm, JSValue *args, int argc, JSValue nt) { return encode(vm, args, argc, false); }
static JSValue global_encode_uri_component(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return encode(vm, args, argc, true);
}
static JSValue global_decode_uri(VM *vm, JSValue *args, int argc, JSValue nt) { return decode(vm, args, argc, false); }
static JSValue global_decode_uri_component(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return decode(vm, args, argc, true);
}

/* Annex B escape / unescape */
static JSValue global_escape(VM *vm, JSValue *args, int argc, JSValue nt)
{
    static const char hex[] = "0123456789ABCDEF";
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) return s;
    JSString *f = str_flatten(vm, s);
    if (!f) return VAL_EXCEPTION;
    StrBuilder b;
    sb_init(&b);
    for (uint32_t k = 0; k < f->length; k++) {
        uint16_t c = str_unit(f, k);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || in_set(c, "@*_+-./")) {
            sb_add_unit(&b, c);
        } else if (c < 256) {
            sb_add_unit(&b, '%');
            sb_add_unit(&b, (uint16_t)hex[c >> 4]);
            sb_add_unit(&b, (uint16_t)hex[c & 15]);
        } else {
            sb_add_cstr(&b, "%u");
            for (int sh = 12; sh >= 0; sh -= 4) sb_add_unit(&b, (uint16_t)hex[(c >> sh) & 15]);
        }
    }
    return sb_finish(vm, &b);
}

static JSValue global_unescape(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) return s;
    JSString *f = str_flatten(vm, s);
    if (!f) return VAL_EXCEPTION;
    StrBuilder b;
    sb_init(&b);
    uint32_t n = f->length;
    for (uint32_t k = 0; k < n; k++) {
        uint16_t c = str_unit(f, k);
        if (c == '%') {
            if (k + 5 < n && str_unit(f, k + 1) == 'u') {
                int v = 0, i;
                for (i = 2; i < 6; i++) {
                    int h = hexv(str_unit(f, k + i));
                    if (h < 0) break;
                    v = v * 16 + h;
                }
                if (i == 6) {
                    sb_add_unit(&b, (uint16_t)v);
                    k += 5;
                    continue;
                }
            }
            if (k + 2 < n) {
                int h = hexv(str_unit(f, k + 1)), l = hexv(str_unit(f, k + 2));
                if (h >= 0 && l >= 0) {
                    sb_add_unit(&b, (uint16_t)(h * 16 + l));
                    k += 2;
                    continue;
                }
            }
        }
        sb_add_unit(&b, c);
    }
    return sb_finish(vm, &b);
}

/* ---- tierlab ----------------------------------------------------------------------- */

static JSValue tierlab_gc(VM *vm, JSValue *args, int argc, JSValue nt)
{
    heap_collect(vm, GC_REASON_EXPLICIT);
    return VAL_UNDEFINED;
}

bool bi_global_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *g = heap_handle(vm, vm->global);
    if (realm_def_value(vm, *g, "globalThis", *g, PROP_HIDDEN) < 0 ||
        realm_def_value(vm, *g, "NaN", val_from_double(NAN), 0) < 0 ||
        realm_def_value(vm, *g, "Infinity", val_from_double(INFINITY), 0) < 0 ||
        realm_def_value(vm, *g, "undefined", VAL_UNDEFINED, 0) < 0)
        goto out;
    static const struct {
        const char *name;
        NativeFn fn;
        int length;
    } fns[] = {
        { "isNaN", global_is_nan, 1 },
        { "isFinite", global_is_finite, 1 },
        { "encodeURI", global_encode_uri, 1 },
        { "encodeURIComponent", global_encode_uri_component, 1 },
        { "decodeURI", global_decode_uri, 1 },
        { "decodeURIComponent", global_decode_uri_component, 1 },
        { "escape", global_escape, 1 },
        { "unescape", global_unescape, 1 },
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (realm_def_method(vm, *g, fns[i].name, fns[i].fn, fns[i].length, 0) < 0) goto out;
    if (realm_def_method(vm, *g, "eval", global_eval, 1, 0) < 0) goto out;
    JSValue t = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (t == VAL_EXCEPTION) goto out;
    JSValue *ht = heap_handle(vm, t);
    if (realm_def_method(vm, *ht, "gc", tierlab_gc, 0, 0) < 0) goto out;
    if (realm_def_value(vm, *g, "tierlab", *ht, PROP_HIDDEN) < 0) goto out;
    /* --expose-gc: a global gc() forcing a full collection, as node's */
    if (vm->flags.expose_gc && realm_def_method(vm, *g, "gc", tierlab_gc, 0, 0) < 0) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
