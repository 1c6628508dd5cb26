/*
 * json.c -- a small strict JSON reader and writer for results.jsonl.
 * Recursive descent with a depth bound; all nodes and strings come from a
 * block list owned by the document.
 */
#include "json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 200

typedef struct Block {
    struct Block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} Block;

typedef struct Parser {
    JsonDoc *doc;
    const char *p, *start, *end;
    int depth;
} Parser;

static void *doc_alloc(JsonDoc *doc, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    Block *b = doc->blocks;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        Block *nb = malloc(sizeof *nb + cap);
        if (!nb) return NULL;
        nb->next = b;
        nb->used = 0;
        nb->cap = cap;
        doc->blocks = nb;
        b = nb;
    }
    void *r = b->data + b->used;
    b->used += n;
    memset(r, 0, n);
    return r;
}

void json_doc_free(JsonDoc *doc)
{
    for (Block *b = doc->blocks, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    doc->blocks = NULL;
    doc->root = NULL;
}

static bool fail(Parser *ps, const char *what)
{
    snprintf(ps->doc->error, sizeof ps->doc->error, "%s at byte %zu", what, (size_t)(ps->p - ps->start));
    return false;
}

static void skip_ws(Parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')) ps->p++;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static size_t put_utf8(char *out, uint32_t cp)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | cp >> 6); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static bool read_hex4(Parser *ps, uint32_t *out)
{
    if (ps->end - ps->p < 4) return fail(ps, "truncated \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(ps->p[i]);
        if (h < 0) return fail(ps, "bad \\u escape");
        v = v << 4 | (uint32_t)h;
    }
    ps->p += 4;
    *out = v;
    return true;
}

static bool parse_string(Parser *ps, char **out)
{
    ps->p++;   /* opening quote */
    const char *q = ps->p;
    while (q < ps->end && *q != '"') q += (*q == '\\') ? 2 : 1;
    if (q >= ps->end) return fail(ps, "unterminated string");
    char *buf = doc_alloc(ps->doc, (size_t)(q - ps->p) + 1);   /* escapes never grow */
    if (!buf) return fail(ps, "out of memory");
    size_t n = 0;
    while (*ps->p != '"') {
        unsigned char c = (unsigned char)*ps->p++;
        if (c < 0x20) return fail(ps, "control character in string");
        if (c != '\\') { buf[n++] = (char)c; continue; }
        char e = *ps->p++;
        switch (e) {
        case '"': buf[n++] = '"'; break;
        case '\\': buf[n++] = '\\'; break;
        case '/': buf[n++] = '/'; break;
        case 'b': buf[n++] = '\b'; break;
        case 'f': buf[n++] = '\f'; break;
        case 'n': buf[n++] = '\n'; break;
        case 'r': buf[n++] = '\r'; break;
        case 't': buf[n++] = '\t'; break;
        case 'u': {
            uint32_t cp;
            if (!read_hex4(ps, &cp)) return false;
            if (cp >= 0xD800 && cp < 0xDC00 && ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u') {
                const char *save = ps->p;
                uint32_t lo;
                ps->p += 2;
                if (read_hex4(ps, &lo) && lo >= 0xDC00 && lo < 0xE000)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else
                    ps->p = save;
            }
            n += put_utf8(buf + n, cp);
            break;
        }
        default: return fail(ps, "bad escape");
        }
    }
    ps->p++;
    buf[n] = '\0';
    *out = buf;
    return true;
}

static bool parse_value(Parser *ps, JsonValue **out);

static bool parse_container(Parser *ps, JsonValue *v, bool object)
{
    if (++ps->depth > MAX_DEPTH) return fail(ps, "nesting too deep");
    ps->p++;
    size_t cap = 0;
    char close = object ? '}' : ']';
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        ps->depth--;
        return true;
    }
    for (;;) {
        if (v->len == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            JsonValue **items = doc_alloc(ps->doc, ncap * sizeof *items);
            char **keys = object ? doc_alloc(ps->doc, ncap * sizeof *keys) : NULL;
            if (!items || (object && !keys)) return fail(ps, "out of memory");
            if (cap) {
                memcpy(items, v->items, cap * sizeof *items);
                if (object) memcpy(keys, v->keys, cap * sizeof *keys);
            }
            v->items = items;
            v->keys = keys;
            cap = ncap;
        }
        skip_ws(ps);
        if (object) {
            if (ps->p >= ps->end || *ps->p != '"') return fail(ps, "expected a key");
            if (!parse_string(ps, &v->keys[v->len])) return false;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') return fail(ps, "expected ':'");
            ps->p++;
        }
        if (!parse_value(ps, &v->items[v->len])) return false;
        v->len++;
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') { ps->p++; continue; }
        if (ps->p < ps->end && *ps->p == close) { ps->p++; break; }
        return fail(ps, object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
    ps->depth--;
    return true;
}

static bool parse_number(Parser *ps, JsonValue *v)
{
    const char *s = ps->p;
    if (ps->p < ps->end && *ps->p == '-') ps->p++;
    if (ps->p >= ps->end || !(*ps->p >= '0' && *ps->p <= '9')) return fail(ps, "bad number");
    bool integral = true;
    while (ps->p < ps->end && ((*ps->p >= '0' && *ps->p <= '9') || *ps->p == '.' || *ps->p == 'e' ||
                               *ps->p == 'E' || *ps->p == '+' || *ps->p == '-')) {
        if (*ps->p == '.' || *ps->p == 'e' || *ps->p == 'E') integral = false;
        ps->p++;
    }
    char tmp[64];
    size_t n = (size_t)(ps->p - s);
    if (n >= sizeof tmp) return fail(ps, "number too long");
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    char *endp;
    v->type = JSON_NUMBER;
    v->num = strtod(tmp, &endp);
    if (*endp) return fail(ps, "bad number");
    if (integral) {
        long long ll = strtoll(tmp, &endp, 10);
        v->is_int = *endp == '\0';
        v->i = ll;
    }
    return true;
}

static bool match(Parser *ps, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0) return false;
    ps->p += n;
    return true;
}

static bool parse_value(Parser *ps, JsonValue **out)
{
    skip_ws(ps);
    JsonValue *v = doc_alloc(ps->doc, sizeof *v);
    if (!v) return fail(ps, "out of memory");
    *out = v;
    if (ps->p >= ps->end) return fail(ps, "unexpected end");
    switch (*ps->p) {
    case '{': v->type = JSON_OBJECT; return parse_container(ps, v, true);
    case '[': v->type = JSON_ARRAY; return parse_container(ps, v, false);
    case '"': v->type = JSON_STRING; return parse_string(ps, &v->str);
    case 't': v->type = JSON_BOOL; v->boolean = true; return match(ps, "true") || fail(ps, "bad literal");
    case 'f': v->type = JSON_BOOL; return match(ps, "false") || fail(ps, "bad literal");
    case 'n': v->type = JSON_NULL; return match(ps, "null") || fail(ps, "bad literal");
    default: return parse_number(ps, v);
    }
}

bool json_parse(JsonDoc *doc, const char *text, size_t len)
{
    memset(doc, 0, sizeof *doc);
    Parser ps = {doc, text, text, text + len, 0};
    if (!parse_value(&ps, &doc->root)) return false;
    skip_ws(&ps);
    if (ps.p != ps.end) return fail(&ps, "trailing characters");
    return true;
}

JsonValue *json_get(const JsonValue *obj, const char *key)
{
    if (!obj || obj->type != JSON_OBJECT) return NULL;
    for (size_t i = 0; i < obj->len; i++)
        if (strcmp(obj->keys[i], key) == 0) return obj->items[i];
    return NULL;
}

const char *json_get_str(const JsonValue *obj, const char *key)
{
    JsonValue *v = json_get(obj, key);
    return v && v->type == JSON_STRING ? v->str : NULL;
}

bool json_get_num(const JsonValue *obj, const char *key, double *out)
{
    JsonValue *v = json_get(obj, key);
    if (!v || v->type != JSON_NUMBER) return false;
    *out = v->num;
    return true;
}

bool json_get_i64(const JsonValue *obj, const char *key, int64_t *out)
{
    JsonValue *v = json_get(obj, key);
    if (!v || v->type != JSON_NUMBER) return false;
    *out = v->is_int ? v->i : (int64_t)v->num;
    return true;
}

void json_write_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (c < 0x20)
                fprintf(out, "\\u%04x", c);
            else
                fputc(c, out);
        }
    }
    fputc('"', out);
}

void json_write_value(FILE *out, const JsonValue *v)
{
    switch (v->type) {
    case JSON_NULL: fputs("null", out); break;
    case JSON_BOOL: fputs(v->boolean ? "true" : "false", out); break;
    case JSON_NUMBER:
        if (v->is_int)
            fprintf(out, "%lld", (long long)v->i);
        else if (isfinite(v->num))
            fprintf(out, "%.17g", v->num);
        else
            fputs("null", out);
        break;
    case JSON_STRING: json_write_string(out, v->str); break;
    case JSON_ARRAY:
        fputc('[', out);
        for (size_t i = 0; i < v->len; i++) {
            if (i) fputc(',', out);
            json_write_value(out, v->items[i]);
        }
        fputc(']', out);
        break;
    case JSON_OBJECT:
        fputc('{', out);
        for (size_t i = 0; i < v->len; i++) {
            if (i) fputc(',', out);
            json_write_string(out, v->keys[i]);
            fputc(':', out);
            json_write_value(out, v->items[i]);
        }
        fputc('}', out);
        break;
    }
}
