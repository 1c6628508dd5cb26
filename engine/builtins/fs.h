/*
 * fs.h -- Node's `fs` module (prefix bi_fs_): the module object that
 * require('fs') returns, and the string <-> bytes encodings shared with
 * process.stdout.write.
 *
 * tierlab has no Buffer: data is always a string.  Reading without an
 * encoding gives the UTF-8 decoded text (what node's buf.toString() would
 * give); docs/runtime.md lists the differences this makes.
 */
#ifndef TL_BI_FS_H
#define TL_BI_FS_H

#include <stddef.h>
#include "vm.h"

typedef enum FsEncoding {
    FS_ENC_UTF8, FS_ENC_LATIN1, FS_ENC_ASCII, FS_ENC_UTF16LE, FS_ENC_HEX, FS_ENC_BASE64, FS_ENC_BASE64URL,
} FsEncoding;

/* The fs module object (built on first use, then the same object). */
JSValue bi_fs_module(VM *vm);

/* ---- encodings (fs_encoding.c) ---- */
/* An encoding name ('utf8', 'UTF-8', 'latin1', 'binary', 'ascii', 'hex',
 * 'base64', 'base64url', 'ucs2', 'utf16le', ...): 1 and *out, or 0 when
 * the string names no encoding. */
int bi_fs_encoding(VM *vm, JSValue name, FsEncoding *out);
/* The bytes of string s in an encoding (malloc'd, *len set); NULL with
 * RangeError pending on OOM. */
char *bi_fs_encode(VM *vm, JSValue s, FsEncoding enc, size_t *len);
/* The string for bytes in an encoding (UTF-8 decoding replaces invalid
 * sequences by U+FFFD, as node does). */
JSValue bi_fs_decode(VM *vm, const char *bytes, size_t len, FsEncoding enc);

#endif
