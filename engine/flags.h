/* flags — the command-line flag table (engine/flags.def) as a struct.
 *
 * One field per FLAG() entry, named as in the table. The struct is plain
 * data: the shell parses it once, the VM keeps a copy, every module reads
 * the fields it needs. STRING fields point into argv or at string literals,
 * both of which live as long as the process.
 */
#ifndef TL_FLAGS_H
#define TL_FLAGS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* C types of the flag kinds. */
typedef bool        TlFlagBOOL;
typedef int64_t     TlFlagINT;
typedef uint64_t    TlFlagSIZE;
typedef double      TlFlagDOUBLE;
typedef const char *TlFlagSTRING;

typedef struct TlFlags {
#define FLAG(name, type, def, help) TlFlag##type name;
#include "flags.def"
} TlFlags;

/* Set every field to its default from flags.def. */
void flags_init(TlFlags *flags);

/* Parse leading flags of argv[1..]. Parsing stops at the first argument not
 * starting with "--" (or just after a lone "--"); its index is stored in
 * *first_non_flag (argc if none). Returns 0, or -1 after printing a message
 * on stderr (unknown flag, malformed value). argv[0] is skipped. */
int flags_parse(TlFlags *flags, int argc, char **argv, int *first_non_flag);

/* Parse one "--name[=value]" argument; same contract as flags_parse. */
int flags_parse_one(TlFlags *flags, const char *arg);

/* Parse a SIZE ("4096", "64k", "64M", "1G", "2GB"): 0 on success. */
int flags_parse_size(const char *text, uint64_t *out);

void flags_print_help(FILE *out);

/* All flags as one JSON object, CLI spelling as keys (harness metadata). */
void flags_print_json(const TlFlags *flags, FILE *out);

#endif /* TL_FLAGS_H */
