/*
 * fs_encoding.c -- the string <-> bytes encodings of the fs module and
 * process.stdout.write (prefix bi_fs_, declared in fs.h): node's names
 * ('utf8', 'latin1' / 'binary', 'ascii', 'ucs2' / 'utf16le', 'hex',
 * 'base64', 'base64url', any case) and node's rules: UTF-8 decoding gives
 * U+FFFD for each maximal invalid subpart (WHATWG), encoding a lone
 * surrogate as UTF-8 gives U+FFFD, 'ascii' decodes the low seven bits,
 * hex stops at the first pair that is not hex, base64 accepts both
 * alphabets and skips other characters.
 */
#include "fs.h"

#include "bi_internal.h"

static const struct {
    const char *name;
    FsEncoding enc;
} encodings[] = {
    { "utf8", FS_ENC_UTF8 },       { "utf-8", FS_ENC_UTF8 },       { "latin1", FS_ENC_LATIN1 },
    { "binary", FS_ENC_LATIN1 },   { "ascii", FS_ENC_ASCII },      { "ucs2", FS_ENC_UTF16LE },
    { "ucs-2", FS_ENC_UTF16LE },   { "utf16le", FS_ENC_UTF16LE },  { "utf-16le", FS_ENC_UTF16LE },
    { "hex", FS_ENC_HEX },         { "base64", FS_ENC_BASE64 },    { "base64url", FS_ENC_BASE64URL },
};

int bi_fs_encoding(VM *vm, JSValue name, FsEncoding *out)
{
    if (!val_is_string(name) || str_length(name) > 16) return 0;
    char *s = str_to_utf8(vm, name, NULL);
    if (!s) return 0;
    for (char *p = s; *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
    int r = 0;
    for (size_t i = 0; i < sizeof encodings / sizeof encodings[0]; i++)
        if (strcmp(s, encodings[i].name) == 0) {
            *out = encodings[i].enc;
            r = 1;
        }
    free(s);
    return r;
}

static int hex_digit(unsigned c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static int base64_digit(unsigned c)
{
    if (c >= 'A' && c <= 'Z') return (int)(c - 'A');
    if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 26);
    if (c >= '0' && c <= '9') return (int)(c - '0' + 52);
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

char *bi_fs_encode(VM *vm, JSValue s, FsEncoding enc, size_t *len)
{
    if (enc == FS_ENC_UTF8) {
        char *r = str_to_utf8(vm, s, len);   /* lone surrogates -> U+FFFD, as node */
        if (!r) err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return r;
    }
    JSString *f = str_flatten(vm, s);   /* valid until the next heap allocation: none below */
    if (!f) return NULL;
    uint32_t n = f->length;
    char *out = malloc((size_t)n * 2 + 1);
    if (!out) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return NULL;
    }
    size_t o = 0;
    switch (enc) {
    case FS_ENC_LATIN1:
    case FS_ENC_ASCII:
        for (uint32_t i = 0; i < n; i++) out[o++] = (char)(str_unit(f, i) & 0xFF);
        break;
    case FS_ENC_UTF16LE:
        for (uint32_t i = 0; i < n; i++) {
            uint16_t u = str_unit(f, i);
            out[o++] = (char)(u & 0xFF);
            out[o++] = (char)(u >> 8);
        }
        break;
    case FS_ENC_HEX:
        /* pairs of hex digits, up to the first pair that is not one (node) */
        for (uint32_t i = 0; i + 1 < n; i += 2) {
            int hi = hex_digit(str_unit(f, i)), lo = hex_digit(str_unit(f, i + 1));
            if (hi < 0 || lo < 0) break;
            out[o++] = (char)(hi * 16 + lo);
        }
        break;
    case FS_ENC_BASE64:
    case FS_ENC_BASE64URL: {
        /* both alphabets; other characters are skipped; '=' ends the data */
        uint32_t acc = 0, bits = 0;
        for (uint32_t i = 0; i < n; i++) {
            uint16_t c = str_unit(f, i);
            if (c == '=') break;
            int d = c < 128 ? base64_digit(c) : -1;
            if (d < 0) continue;
            acc = (acc << 6) | (uint32_t)d;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (char)((acc >> bits) & 0xFF);
            }
        }
        break;
    }
    case FS_ENC_UTF8:
        break;
    }
    *len = o;
    return out;
}

/* WHATWG UTF-8 decoding: each maximal invalid subpart becomes one U+FFFD. */
static JSValue decode_utf8(VM *vm, const uint8_t *p, size_t n)
{
    size_t i = 0;
    while (i < n && p[i] < 0x80) i++;
    if (i == n) return str_from_latin1(vm, p, n);
    uint16_t *u = malloc((n + 1) * sizeof *u);
    if (!u) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    size_t o = 0;
    for (size_t k = 0; k < i; k++) u[o++] = p[k];
    while (i < n) {
        uint8_t b = p[i];
        if (b < 0x80) {
            u[o++] = b;
            i++;
            continue;
        }
        int need;
        uint8_t lo = 0x80, hi = 0xBF;
        uint32_t cp;
        if (b >= 0xC2 && b <= 0xDF) need = 1, cp = b & 0x1F;
        else if (b >= 0xE0 && b <= 0xEF) {
            need = 2, cp = b & 0x0F;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3, cp = b & 0x07;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else {
            u[o++] = 0xFFFD;
            i++;
            continue;
        }
        size_t j = i + 1;
        bool bad = false;
        for (int k = 0; k < need; k++, j++) {
            if (j >= n || p[j] < lo || p[j] > hi) {
                bad = true;
                break;
            }
            cp = (cp << 6) | (p[j] & 0x3F);
            lo = 0x80, hi = 0xBF;
        }
        if (bad) {
            u[o++] = 0xFFFD;
            i = j;
            continue;
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            u[o++] = (uint16_t)(0xD800 + (cp >> 10));
            u[o++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
        } else {
            u[o++] = (uint16_t)cp;
        }
        i = j;
    }
    JSValue r = str_from_utf16(vm, u, o);
    free(u);
    return r;
}

JSValue bi_fs_decode(VM *vm, const char *bytes, size_t len, FsEncoding enc)
{
    const uint8_t *p = (const uint8_t *)bytes;
    if (len > UINT32_MAX / 2) return err_throw(vm, ERRMSG_INVALID_STRING_LENGTH);
    switch (enc) {
    case FS_ENC_UTF8:
        return decode_utf8(vm, p, len);
    case FS_ENC_LATIN1:
        return str_from_latin1(vm, p, len);
    case FS_ENC_ASCII:
    case FS_ENC_UTF16LE:
    case FS_ENC_HEX:
    case FS_ENC_BASE64:
    case FS_ENC_BASE64URL:
        break;
    }
    static const char hexd[] = "0123456789abcdef";
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static const char b64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    size_t cap = enc == FS_ENC_HEX ? len * 2 : enc == FS_ENC_UTF16LE ? len / 2 : len / 3 * 4 + 4;
    if (enc == FS_ENC_ASCII) cap = len;
    uint16_t *u = malloc((cap + 1) * sizeof *u);
    if (!u) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    size_t o = 0;
    switch (enc) {
    case FS_ENC_ASCII:
        for (size_t i = 0; i < len; i++) u[o++] = p[i] & 0x7F;
        break;
    case FS_ENC_UTF16LE:
        for (size_t i = 0; i + 1 < len; i += 2) u[o++] = (uint16_t)(p[i] | (p[i + 1] << 8));
        break;
    case FS_ENC_HEX:
        for (size_t i = 0; i < len; i++) {
            u[o++] = (uint16_t)hexd[p[i] >> 4];
            u[o++] = (uint16_t)hexd[p[i] & 15];
        }
        break;
    case FS_ENC_BASE64:
    case FS_ENC_BASE64URL: {
        const char *alpha = enc == FS_ENC_BASE64 ? b64 : b64url;
        size_t i = 0;
        for (; i + 2 < len; i += 3) {
            uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
            for (int k = 18; k >= 0; k -= 6) u[o++] = (uint16_t)alpha[(v >> k) & 63];
        }
        if (i < len) {
            uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < len ? (uint32_t)p[i + 1] << 8 : 0);
            u[o++] = (uint16_t)alpha[(v >> 18) & 63];
            u[o++] = (uint16_t)alpha[(v >> 12) & 63];
            if (i + 1 < len) u[o++] = (uint16_t)alpha[(v >> 6) & 63];
            if (enc == FS_ENC_BASE64) {
                if (i + 1 >= len) u[o++] = '=';
                u[o++] = '=';
            }
        }
        break;
    }
    case FS_ENC_UTF8:
    case FS_ENC_LATIN1:
        break;
    }
    JSValue r = str_from_utf16(vm, u, o);
    free(u);
    return r;
}

