/*
 * json.h -- the JSON the harness reads and writes (prefix json_).
 *
 * Reading: json_parse builds a tree of JsonValue nodes in one malloc'd
 * block list owned by a JsonDoc; json_doc_free releases everything.
 * Numbers keep both their double value and, when integral, an exact
 * int64 (nanosecond timings exceed 2^53 only after 104 days, but counts
 * of bytes can be large).  Writing: a few helpers that escape strings.
 */
#ifndef TL_HARNESS_JSON_H
#define TL_HARNESS_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum JsonType { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } JsonType;

typedef struct JsonValue JsonValue;
struct JsonValue {
    JsonType type;
    bool boolean;
    bool is_int;         /* the number was written as an integer that fits int64 */
    int64_t i;
    double num;
    char *str;           /* JSON_STRING (NUL-terminated, UTF-8) */
    size_t len;          /* array/object: number of items */
    JsonValue **items;   /* array items / object values */
    char **keys;         /* object keys */
};

typedef struct JsonDoc {
    JsonValue *root;
    void *blocks;        /* allocation list */
    char error[128];     /* parse error, with the byte offset */
} JsonDoc;

/* Parse text[0..len).  Returns false with doc->error set on malformed input. */
bool json_parse(JsonDoc *doc, const char *text, size_t len);
void json_doc_free(JsonDoc *doc);

JsonValue *json_get(const JsonValue *obj, const char *key);   /* NULL if absent or not an object */
const char *json_get_str(const JsonValue *obj, const char *key);  /* NULL unless a string */
bool json_get_num(const JsonValue *obj, const char *key, double *out);
bool json_get_i64(const JsonValue *obj, const char *key, int64_t *out);

/* Writing */
void json_write_string(FILE *out, const char *s);
void json_write_value(FILE *out, const JsonValue *v);   /* compact re-serialisation */

#endif
