/*
 * typedarray_base64.c -- Uint8Array to and from base64 and hex (ES2026):
 * Uint8Array.fromBase64 / fromHex and Uint8Array.prototype.toBase64 /
 * toHex / setFromBase64 / setFromHex (prefix bi_ta_base64_, installed by
 * bi_ta_base64_init).
 *
 * The decoders are the spec's FromBase64 / FromHex: they run over a
 * flattened string into a malloc'd byte buffer and call no JS code and no
 * heap allocation, so the string's units stay valid throughout and the
 * target buffer cannot detach between the out-of-bounds check and the copy.
 * Each returns { read, bytes, error }: on an error the bytes decoded so far
 * are kept, and setFrom* write them before throwing, as the spec says.
 * Options are read with Get in spec order (alphabet, then lastChunkHandling
 * or omitPadding); only the exact strings are accepted (no ToString).
 */
#include "bi_typedarray.h"

#define MAX_LENGTH 9007199254740991.0   /* 2^53 - 1: "no maxLength" */

typedef enum { LAST_LOOSE, LAST_STRICT, LAST_STOP } LastChunk;

/* A decoder's result; bytes is malloc'd by decode() and freed by its caller. */
typedef struct Decoded {
    uint8_t *bytes;
    size_t n;
    uint32_t read;
    const char *error;   /* the SyntaxError message, or NULL */
} Decoded;

static const char STD_ALPHABET[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char URL_ALPHABET[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* ---- receiver and options ---------------------------------------------------------------- */

/* ValidateUint8Array: a typed array whose [[TypedArrayName]] is "Uint8Array". */
static bool validate_u8(VM *vm, JSValue v, const char *method)
{
    if (val_is_typed_array(v) && ta_of(v)->kind == TA_Uint8) return true;
    char *d = bi_describe(vm, v);
    err_throw_type(vm, TypeError, "Method %s called on incompatible receiver %s", method, d ? d : "value");
    free(d);
    return false;
}

/* The receiver's byte length after TypedArrayLength; TypeError when it is
 * out of bounds (a detached buffer counts as such). */
static bool u8_length(VM *vm, JSValue v, const char *method, uint32_t *len)
{
    JSTypedArray *t = ta_of(v);
    if (ta_out_of_bounds(t)) {
        err_throw_type(vm, TypeError, "Cannot perform %s on a detached or out of bounds ArrayBuffer", method);
        return false;
    }
    *len = ta_length(t);
    return true;
}

static uint8_t *u8_data(JSValue v)
{
    JSTypedArray *t = ta_of(v);
    return ab_bytes(ta_buf(t)) + t->byte_offset;
}

/* GetOptionsObject: undefined stands for an empty options object (every
 * Get undefined), an object is itself, anything else a TypeError. */
static bool options_object(VM *vm, JSValue v)
{
    if (v == VAL_UNDEFINED || val_is_object(v)) return true;
    err_throw_type(vm, TypeError, "The options argument must be an object");
    return false;
}

/* ? Get(opts, name); undefined when opts is undefined (an empty object). */
static JSValue get_option(VM *vm, JSValue opts, const char *name)
{
    if (opts == VAL_UNDEFINED) return VAL_UNDEFINED;
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, opts);
    JSValue key = atom_from_cstr(vm, name);
    JSValue r = key == VAL_EXCEPTION ? key : obj_get(vm, *o, key);
    heap_scope_close(vm, hs);
    return r;
}

/* The index of the name in names[0..n) that the string v equals (SameValue,
 * no ToString); -1 when none (v not a string included), -2 out of memory. */
static int match_name(VM *vm, JSValue v, const char *const *names, int n)
{
    if (!val_is_string(v)) return -1;
    uint32_t len = str_length(v);
    JSString *f = str_flatten(vm, v);   /* flattened once: no allocation after it */
    if (!f) return -2;
    for (int k = 0; k < n; k++) {
        if (strlen(names[k]) != len) continue;
        uint32_t i = 0;
        while (i < len && str_unit(f, i) == (uint8_t)names[k][i]) i++;
        if (i == len) return k;
    }
    return -1;
}

/* alphabet = ? Get(opts, "alphabet"): undefined or "base64" -> 0,
 * "base64url" -> 1, anything else a TypeError. -1 on exception. */
static int get_alphabet(VM *vm, JSValue opts)
{
    static const char *const names[] = { "base64", "base64url" };
    JSValue a = get_option(vm, opts, "alphabet");
    if (a == VAL_EXCEPTION) return -1;
    if (a == VAL_UNDEFINED) return 0;
    int k = match_name(vm, a, names, 2);
    if (k == -1) err_throw_type(vm, TypeError, "expected alphabet to be either \"base64\" or \"base64url\"");
    return k < 0 ? -1 : k;
}

/* lastChunkHandling = ? Get(opts, "lastChunkHandling"), default "loose". */
static int get_last_chunk(VM *vm, JSValue opts, LastChunk *out)
{
    static const char *const names[] = { "loose", "strict", "stop-before-partial" };
    JSValue a = get_option(vm, opts, "lastChunkHandling");
    if (a == VAL_EXCEPTION) return -1;
    int k = a == VAL_UNDEFINED ? 0 : match_name(vm, a, names, 3);
    if (k == -1)
        err_throw_type(vm, TypeError,
                       "expected lastChunkHandling to be either \"loose\", \"strict\", or \"stop-before-partial\"");
    if (k < 0) return -1;
    *out = k == 0 ? LAST_LOOSE : k == 1 ? LAST_STRICT : LAST_STOP;
    return 0;
}

/* ---- the decoders (no allocation on the JS heap, no JS calls) ------------------------------ */

static bool is_ascii_space(uint16_t c) { return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20; }

static uint32_t skip_space(const JSString *s, uint32_t i, uint32_t len)
{
    while (i < len && is_ascii_space(str_unit(s, i))) i++;
    return i;
}

/* The 6-bit value of a standard-alphabet character, -1 if none. */
static int b64_value(uint16_t c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* DecodeBase64Chunk of the four 6-bit values into three bytes. */
static void decode_chunk(const int *v, uint8_t *out)
{
    uint32_t w = (uint32_t)v[0] << 18 | (uint32_t)v[1] << 12 | (uint32_t)v[2] << 6 | (uint32_t)v[3];
    out[0] = (uint8_t)(w >> 16);
    out[1] = (uint8_t)(w >> 8);
    out[2] = (uint8_t)w;
}

/* DecodeFinalBase64Chunk for a chunk of 2 or 3 values: appends 1 or 2 bytes;
 * false (SyntaxError) when strict and the unused bits are not zero. */
static bool decode_final(Decoded *d, int *v, int n, bool throw_on_extra_bits)
{
    for (int i = n; i < 4; i++) v[i] = 0;
    uint8_t b[3];
    decode_chunk(v, b);
    if (throw_on_extra_bits && b[n - 1] != 0) return false;
    for (int i = 0; i < n - 1; i++) d->bytes[d->n++] = b[i];
    return true;
}

/* FromBase64(string, alphabet, lastChunkHandling, maxLength). */
static void from_base64(const JSString *s, uint32_t len, bool url, LastChunk last, double max, Decoded *d)
{
    d->read = 0;
    d->error = NULL;
    if (max == 0) return;
    int chunk[4];
    int clen = 0;
    uint32_t i = 0;
    for (;;) {
        i = skip_space(s, i, len);
        if (i == len) {
            if (clen > 0) {
                if (last == LAST_STOP) return;
                if (last == LAST_STRICT || clen == 1) {
                    d->error = "Invalid base64 string: incomplete last chunk";
                    return;
                }
                decode_final(d, chunk, clen, false);
            }
            d->read = len;
            return;
        }
        uint16_t c = str_unit(s, i++);
        if (c == '=') {
            if (clen < 2) {
                d->error = "Invalid base64 string: unexpected padding";
                return;
            }
            i = skip_space(s, i, len);
            if (clen == 2) {
                if (i == len) {
                    if (last == LAST_STOP) return;
                    d->error = "Invalid base64 string: incomplete padding";
                    return;
                }
                if (str_unit(s, i) == '=') i = skip_space(s, i + 1, len);
            }
            if (i < len) {
                d->error = "Invalid base64 string: unexpected character after padding";
                return;
            }
            if (!decode_final(d, chunk, clen, last == LAST_STRICT)) {
                d->error = "Invalid base64 string: non-zero padding bits";
                return;
            }
            d->read = len;
            return;
        }
        if (url) {
            if (c == '+' || c == '/') c = 0;   /* not in the url alphabet */
            else if (c == '-') c = '+';
            else if (c == '_') c = '/';
        }
        int v = b64_value(c);
        if (v < 0) {
            d->error = "Invalid base64 string: invalid character";
            return;
        }
        double remaining = max - (double)d->n;
        if ((remaining == 1 && clen == 2) || (remaining == 2 && clen == 3)) return;   /* the chunk would not fit */
        chunk[clen++] = v;
        if (clen == 4) {
            decode_chunk(chunk, d->bytes + d->n);
            d->n += 3;
            clen = 0;
            d->read = i;
            if ((double)d->n == max) return;
        }
    }
}

static int hex_value(uint16_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* FromHex(string, maxLength). */
static void from_hex(const JSString *s, uint32_t len, double max, Decoded *d)
{
    d->read = 0;
    d->error = NULL;
    if (len % 2 != 0) {
        d->error = "Invalid hex string: odd length";
        return;
    }
    while (d->read < len && (double)d->n < max) {
        int hi = hex_value(str_unit(s, d->read)), lo = hex_value(str_unit(s, d->read + 1));
        if (hi < 0 || lo < 0) {
            d->error = "Invalid hex string: invalid character";
            return;
        }
        d->read += 2;
        d->bytes[d->n++] = (uint8_t)(hi << 4 | lo);
    }
}

/* Runs FromHex (hex) or FromBase64 over str: false with an exception
 * pending (a TypeError unless a string, or out of memory) and d->bytes
 * NULL; on success d->bytes is malloc'd and the caller frees it. */
static bool decode(VM *vm, JSValue str, bool hex, bool url, LastChunk last, double max, Decoded *d)
{
    memset(d, 0, sizeof *d);
    if (!val_is_string(str)) {
        err_throw_type(vm, TypeError, "The input must be a string");
        return false;
    }
    uint32_t len = str_length(str);
    JSString *s = str_flatten(vm, str);
    if (!s) return false;
    /* a base64 string of len units decodes to at most 3 bytes per 4 units; hex to 1 per 2 */
    size_t cap = hex ? len / 2 + 1 : (size_t)len / 4 * 3 + 3;
    d->bytes = malloc(cap);
    if (!d->bytes) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return false;
    }
    if (hex) from_hex(s, len, max, d);
    else from_base64(s, len, url, last, max, d);
    return true;
}

/* ---- Uint8Array.fromBase64 / fromHex ------------------------------------------------------- */

/* The new Uint8Array of a decoder's result, or its SyntaxError. Frees d->bytes. */
static JSValue new_from_decoded(VM *vm, Decoded *d)
{
    JSValue r;
    if (d->error) r = err_throw_type(vm, SyntaxError, "%s", d->error);
    else {
        r = bi_ta_create_same_type(vm, TA_Uint8, (double)d->n);
        if (r != VAL_EXCEPTION && d->n) memcpy(u8_data(r), d->bytes, d->n);
    }
    free(d->bytes);
    return r;
}

static JSValue u8_from_base64(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    if (!val_is_string(bi_arg(args, argc, 0))) return err_throw_type(vm, TypeError, "The input must be a string");
    /* the options are re-read from the rooted argument slot: a getter may move them */
    if (!options_object(vm, bi_arg(args, argc, 1))) return VAL_EXCEPTION;
    int url = get_alphabet(vm, bi_arg(args, argc, 1));
    LastChunk last;
    if (url < 0 || get_last_chunk(vm, bi_arg(args, argc, 1), &last) < 0) return VAL_EXCEPTION;
    Decoded d;
    if (!decode(vm, args[0], false, url, last, MAX_LENGTH, &d)) return VAL_EXCEPTION;
    return new_from_decoded(vm, &d);
}

static JSValue u8_from_hex(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    Decoded d;
    if (!decode(vm, bi_arg(args, argc, 0), true, false, LAST_LOOSE, MAX_LENGTH, &d)) return VAL_EXCEPTION;
    return new_from_decoded(vm, &d);
}

/* ---- Uint8Array.prototype.setFromBase64 / setFromHex ---------------------------------------- */

/* SetUint8ArrayBytes, then the decoder's SyntaxError or { read, written }. */
static JSValue set_from_decoded(VM *vm, JSValue into, Decoded *d)
{
    if (d->n) memcpy(u8_data(into), d->bytes, d->n);
    free(d->bytes);
    if (d->error) return err_throw_type(vm, SyntaxError, "%s", d->error);
    BI_SCOPE;
    JSValue *o = heap_handle(vm, obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype)));
    if (*o == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    JSValue k = atom_from_cstr(vm, "read");
    if (k == VAL_EXCEPTION || obj_define_value(vm, *o, k, val_number((double)d->read), PROP_DEFAULT) < 0)
        BI_RETURN(VAL_EXCEPTION);
    k = atom_from_cstr(vm, "written");
    if (k == VAL_EXCEPTION || obj_define_value(vm, *o, k, val_number((double)d->n), PROP_DEFAULT) < 0)
        BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*o);
}

#define SET_B64 "Uint8Array.prototype.setFromBase64"
#define SET_HEX "Uint8Array.prototype.setFromHex"

static JSValue u8_set_from_base64(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    if (!validate_u8(vm, args[-1], SET_B64)) return VAL_EXCEPTION;
    if (!val_is_string(bi_arg(args, argc, 0))) return err_throw_type(vm, TypeError, "The input must be a string");
    /* the options are re-read from the rooted argument slot: a getter may move them */
    if (!options_object(vm, bi_arg(args, argc, 1))) return VAL_EXCEPTION;
    int url = get_alphabet(vm, bi_arg(args, argc, 1));
    LastChunk last;
    uint32_t len;
    if (url < 0 || get_last_chunk(vm, bi_arg(args, argc, 1), &last) < 0 || !u8_length(vm, args[-1], SET_B64, &len)) return VAL_EXCEPTION;
    Decoded d;
    if (!decode(vm, args[0], false, url, last, len, &d)) return VAL_EXCEPTION;
    return set_from_decoded(vm, args[-1], &d);
}

static JSValue u8_set_from_hex(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    if (!validate_u8(vm, args[-1], SET_HEX)) return VAL_EXCEPTION;
    if (!val_is_string(bi_arg(args, argc, 0))) return err_throw_type(vm, TypeError, "The input must be a string");
    uint32_t len;
    if (!u8_length(vm, args[-1], SET_HEX, &len)) return VAL_EXCEPTION;
    Decoded d;
    if (!decode(vm, args[0], true, false, LAST_LOOSE, len, &d)) return VAL_EXCEPTION;
    return set_from_decoded(vm, args[-1], &d);
}

/* ---- Uint8Array.prototype.toBase64 / toHex ------------------------------------------------ */

#define TO_B64 "Uint8Array.prototype.toBase64"
#define TO_HEX "Uint8Array.prototype.toHex"

static JSValue u8_to_base64(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    if (!validate_u8(vm, args[-1], TO_B64)) return VAL_EXCEPTION;
    /* the options are re-read from the rooted argument slot: a getter may move them */
    if (!options_object(vm, bi_arg(args, argc, 0))) return VAL_EXCEPTION;
    int url = get_alphabet(vm, bi_arg(args, argc, 0));
    if (url < 0) return VAL_EXCEPTION;
    JSValue pad = get_option(vm, bi_arg(args, argc, 0), "omitPadding");
    if (pad == VAL_EXCEPTION) return VAL_EXCEPTION;
    bool omit = rt_to_boolean(pad);
    /* GetUint8ArrayBytes: after the getters, which may have detached the buffer */
    uint32_t len;
    if (!u8_length(vm, args[-1], TO_B64, &len)) return VAL_EXCEPTION;
    size_t out_len = (size_t)len / 3 * 4;
    size_t rest = len % 3;
    if (rest) out_len += omit ? rest + 1 : 4;
    if (out_len == 0) return str_from_cstr(vm, "");
    JSValue s = str_alloc_latin1(vm, out_len);
    if (s == VAL_EXCEPTION) return s;
    /* no allocation from here on: the receiver's bytes stay put */
    const char *abc = url ? URL_ALPHABET : STD_ALPHABET;
    const uint8_t *p = u8_data(args[-1]);
    uint8_t *o = ((JSString *)val_cell(s))->data;
    size_t i = 0;
    for (; i + 3 <= len; i += 3) {
        uint32_t w = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        *o++ = (uint8_t)abc[w >> 18];
        *o++ = (uint8_t)abc[w >> 12 & 63];
        *o++ = (uint8_t)abc[w >> 6 & 63];
        *o++ = (uint8_t)abc[w & 63];
    }
    if (rest) {
        uint32_t w = (uint32_t)p[i] << 16 | (rest == 2 ? (uint32_t)p[i + 1] << 8 : 0);
        *o++ = (uint8_t)abc[w >> 18];
        *o++ = (uint8_t)abc[w >> 12 & 63];
        if (rest == 2) *o++ = (uint8_t)abc[w >> 6 & 63];
        if (!omit) {
            if (rest == 1) *o++ = '=';
            *o++ = '=';
        }
    }
    return s;
}

static JSValue u8_to_hex(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)argc, (void)nt;
    if (!validate_u8(vm, args[-1], TO_HEX)) return VAL_EXCEPTION;
    uint32_t len;
    if (!u8_length(vm, args[-1], TO_HEX, &len)) return VAL_EXCEPTION;
    if (len == 0) return str_from_cstr(vm, "");
    JSValue s = str_alloc_latin1(vm, (size_t)len * 2);
    if (s == VAL_EXCEPTION) return s;
    static const char digits[] = "0123456789abcdef";
    const uint8_t *p = u8_data(args[-1]);
    uint8_t *o = ((JSString *)val_cell(s))->data;
    for (uint32_t i = 0; i < len; i++) {
        *o++ = (uint8_t)digits[p[i] >> 4];
        *o++ = (uint8_t)digits[p[i] & 15];
    }
    return s;
}

/* ---- installation ----------------------------------------------------------------------------- */

bool bi_ta_base64_init(VM *vm)
{
    static const TaMethod statics[] = {
        { "fromBase64", u8_from_base64, 1 }, { "fromHex", u8_from_hex, 1 },
    };
    static const TaMethod methods[] = {
        { "toBase64", u8_to_base64, 0 }, { "toHex", u8_to_hex, 0 },
        { "setFromBase64", u8_set_from_base64, 1 }, { "setFromHex", u8_set_from_hex, 1 },
    };
    return bi_ta_define_methods(vm, vm_intrinsic(vm, INTR_Uint8Array), statics, sizeof statics / sizeof statics[0]) &&
           bi_ta_define_methods(vm, vm_intrinsic(vm, INTR_Uint8ArrayPrototype), methods, sizeof methods / sizeof methods[0]);
}
