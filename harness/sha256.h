/*
 * sha256.h -- SHA-256 (FIPS 180-4) for run identities and binary hashes
 * (prefix sha256_).
 */
#ifndef TL_HARNESS_SHA256_H
#define TL_HARNESS_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct Sha256 {
    uint32_t h[8];
    uint64_t len;
    uint8_t buf[64];
    size_t nbuf;
} Sha256;

void sha256_init(Sha256 *s);
void sha256_update(Sha256 *s, const void *data, size_t n);
void sha256_final(Sha256 *s, uint8_t out[32]);
/* Hex digest of a buffer / of a file (false if unreadable). */
void sha256_hex(const void *data, size_t n, char out[65]);
int sha256_file_hex(const char *path, char out[65]);

#endif
