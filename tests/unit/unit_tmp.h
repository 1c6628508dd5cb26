/*
 * unit_tmp.h -- a scratch directory for unit tests that read and write
 * files (test_hb_*.c): make it, write small files into it, remove it.
 * One directory per test executable at a time, in `unit_tmpdir`.
 */
#ifndef TL_UNIT_TMP_H
#define TL_UNIT_TMP_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char unit_tmpdir[64];

/* Creates /tmp/<tag>-XXXXXX as unit_tmpdir. */
static inline void unit_tmp_make(const char *tag)
{
    snprintf(unit_tmpdir, sizeof unit_tmpdir, "/tmp/%s-XXXXXX", tag);
    ck_assert_ptr_nonnull(mkdtemp(unit_tmpdir));
}

static inline void unit_tmp_remove(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", unit_tmpdir);
    ck_assert_int_eq(system(cmd), 0);
}

/* Writes text to unit_tmpdir/name; returns the path (valid until the next call). */
static inline const char *unit_tmp_write(const char *name, const char *text)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", unit_tmpdir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    return path;
}

#endif
