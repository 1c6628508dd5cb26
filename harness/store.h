/*
 * store.h -- results.jsonl, the source of truth of a run (prefix store_).
 *
 * Records are appended and flushed one at a time, so a killed run keeps
 * everything up to its last complete record.  A run is resumed by finding
 * the newest results/<name>-TIMESTAMP/ whose header carries the same run identity;
 * a torn last line is cut off, and every (cell, execution) that already has
 * its exec record is skipped (and every callgrind execution that has its
 * callgrind record).
 */
#ifndef TL_HARNESS_STORE_H
#define TL_HARNESS_STORE_H

#include <stdbool.h>
#include <stdio.h>

#include "experiment.h"

typedef struct Store {
    char dir[1400];
    char path[1500];
    FILE *f;
    char **done;           /* "cell\texec" keys with an exec record, "cell\tcallgrind N" with a callgrind record */
    size_t ndone, cap;
    char **notes;          /* min-heap notes: "key\tbytes" */
    size_t nnotes, cap_notes;
    bool resumed;
} Store;

/* root: usually "results".  out_dir (optional) forces the directory. */
bool store_open(Store *st, const char *root, const char *out_dir, const Experiment *exp, const Matrix *m,
                bool resume, char *err, size_t errlen);
bool store_is_done(const Store *st, const char *cell, int exec);
bool store_callgrind_done(const Store *st, const char *cell, int exec);
/* Append one complete JSON object (no newline) and flush. */
void store_append(Store *st, const char *json);
/* min-heap notes: {"type":"note","kind":"min_heap","key":KEY,"bytes":N,FIELDS}
 * (fields: more members, without the leading comma, or NULL) */
bool store_find_note(const Store *st, const char *key, unsigned long long *bytes);
void store_add_note(Store *st, const char *key, unsigned long long bytes, const char *fields);
void store_close(Store *st);

#endif
