/* flags — parsing, help and JSON for the table in flags.def.
 *
 * The table is expanded into an array of descriptors (CLI name, kind, field
 * offset, help, default as text) so that parsing, --help and the JSON dump
 * walk one list instead of repeating every flag.
 */
#include "flags.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef enum FlagKind { KIND_BOOL, KIND_INT, KIND_SIZE, KIND_DOUBLE, KIND_STRING } FlagKind;

typedef struct FlagDesc {
    const char *field;   /* C name, e.g. gc_stress */
    FlagKind kind;
    size_t offset;       /* of the field in TlFlags */
    const char *help;
    const char *def_text;
    const char *bare;    /* value when given as a bare --name; NULL = needs '=' */
} FlagDesc;

static const FlagDesc flag_descs[] = {
#define FLAG(name, type, def, help) \
    { #name, KIND_##type, offsetof(TlFlags, name), help, #def, NULL },
#include "flags.def"
};
enum { FLAG_COUNT = sizeof flag_descs / sizeof flag_descs[0] };

typedef struct FlagBare { const char *field; const char *value; } FlagBare;
static const FlagBare flag_bares[] = {
#define FLAG(name, type, def, help)
#define FLAG_BARE(name, value) { #name, value },
#include "flags.def"
    { NULL, NULL }
};

/* ------------------------------------------------------------------------- */

void flags_init(TlFlags *flags)
{
#define FLAG(name, type, def, help) flags->name = def;
#include "flags.def"
}

/* Field name -> CLI spelling ("gc_stress" -> "gc-stress"). */
static void cli_name(const char *field, char *buf, size_t cap)
{
    size_t i = 0;
    for (; field[i] && i + 1 < cap; i++)
        buf[i] = field[i] == '_' ? '-' : field[i];
    buf[i] = '\0';
}

/* Compare a CLI name of length len against a field name, treating '-' in
 * the CLI text as '_' (both spellings are accepted). */
static bool name_matches(const char *cli, size_t len, const char *field)
{
    for (size_t i = 0; i < len; i++) {
        char c = cli[i] == '-' ? '_' : cli[i];
        if (field[i] != c)
            return false;
    }
    return field[len] == '\0';
}

static const FlagDesc *find_flag(const char *cli, size_t len)
{
    for (int i = 0; i < FLAG_COUNT; i++)
        if (name_matches(cli, len, flag_descs[i].field))
            return &flag_descs[i];
    return NULL;
}

static const char *bare_value(const FlagDesc *d)
{
    for (const FlagBare *b = flag_bares; b->field; b++)
        if (strcmp(b->field, d->field) == 0)
            return b->value;
    return NULL;
}

int flags_parse_size(const char *text, uint64_t *out)
{
    if (!isdigit((unsigned char)*text))
        return -1;
    errno = 0;
    char *end;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno)
        return -1;
    uint64_t mult = 1;
    switch (tolower((unsigned char)*end)) {
    case 'k': mult = 1ull << 10; end++; break;
    case 'm': mult = 1ull << 20; end++; break;
    case 'g': mult = 1ull << 30; end++; break;
    default: break;
    }
    if (tolower((unsigned char)*end) == 'b')
        end++;
    if (*end != '\0' || (mult > 1 && n > UINT64_MAX / mult))
        return -1;
    *out = (uint64_t)n * mult;
    return 0;
}

static int set_value(TlFlags *flags, const FlagDesc *d, const char *value)
{
    char *base = (char *)flags + d->offset;
    char *end;
    switch (d->kind) {
    case KIND_BOOL:
        if (!strcmp(value, "true") || !strcmp(value, "1") || !strcmp(value, "yes"))
            *(TlFlagBOOL *)base = true;
        else if (!strcmp(value, "false") || !strcmp(value, "0") || !strcmp(value, "no"))
            *(TlFlagBOOL *)base = false;
        else
            return -1;
        return 0;
    case KIND_INT: {
        errno = 0;
        long long n = strtoll(value, &end, 10);
        if (errno || end == value || *end)
            return -1;
        *(TlFlagINT *)base = n;
        return 0;
    }
    case KIND_SIZE: {
        uint64_t n;
        if (flags_parse_size(value, &n))
            return -1;
        *(TlFlagSIZE *)base = n;
        return 0;
    }
    case KIND_DOUBLE: {
        errno = 0;
        double x = strtod(value, &end);
        if (errno || end == value || *end || !isfinite(x))
            return -1;
        *(TlFlagDOUBLE *)base = x;
        return 0;
    }
    case KIND_STRING:
        *(TlFlagSTRING *)base = value;
        return 0;
    }
    return -1;
}

static const char *kind_name(FlagKind k)
{
    switch (k) {
    case KIND_BOOL:   return "bool";
    case KIND_INT:    return "int";
    case KIND_SIZE:   return "size";
    case KIND_DOUBLE: return "number";
    case KIND_STRING: return "string";
    }
    return "?";
}

int flags_parse_one(TlFlags *flags, const char *arg)
{
    if (strncmp(arg, "--", 2) != 0) {
        fprintf(stderr, "tierlab: not a flag: '%s'\n", arg);
        return -1;
    }
    const char *name = arg + 2;
    const char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);

    const FlagDesc *d = find_flag(name, len);
    /* --no-NAME for booleans */
    if (!d && !eq && len > 3 && strncmp(name, "no-", 3) == 0) {
        const FlagDesc *neg = find_flag(name + 3, len - 3);
        if (neg && neg->kind == KIND_BOOL) {
            *(TlFlagBOOL *)((char *)flags + neg->offset) = false;
            return 0;
        }
    }
    if (!d) {
        fprintf(stderr, "tierlab: unknown flag '--%.*s' (see --help)\n", (int)len, name);
        return -1;
    }
    const char *value = eq ? eq + 1 : NULL;
    if (!value) {
        if (d->kind == KIND_BOOL)
            value = "true";
        else if (!(value = bare_value(d))) {
            fprintf(stderr, "tierlab: flag '--%.*s' needs a value (--%.*s=%s)\n",
                    (int)len, name, (int)len, name, kind_name(d->kind));
            return -1;
        }
    }
    if (set_value(flags, d, value)) {
        fprintf(stderr, "tierlab: bad value '%s' for flag '--%.*s' (expected %s)\n",
                value, (int)len, name, kind_name(d->kind));
        return -1;
    }
    return 0;
}

int flags_parse(TlFlags *flags, int argc, char **argv, int *first_non_flag)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strncmp(a, "--", 2) != 0)
            break;
        if (flags_parse_one(flags, a))
            return -1;
    }
    if (first_non_flag)
        *first_non_flag = i;
    return 0;
}

/* ------------------------------------------------------------------------- */

void flags_print_help(FILE *out)
{
    char name[64];
    fprintf(out, "Flags (--name=value; booleans also --name / --no-name):\n");
    for (int i = 0; i < FLAG_COUNT; i++) {
        const FlagDesc *d = &flag_descs[i];
        cli_name(d->field, name, sizeof name);
        char left[96];
        snprintf(left, sizeof left, "--%s=%s", name, kind_name(d->kind));
        fprintf(out, "  %-30s %s (default %s)\n", left, d->help, d->def_text);
    }
}

static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

void flags_print_json(const TlFlags *flags, FILE *out)
{
    char name[64];
    fputc('{', out);
    for (int i = 0; i < FLAG_COUNT; i++) {
        const FlagDesc *d = &flag_descs[i];
        const char *base = (const char *)flags + d->offset;
        cli_name(d->field, name, sizeof name);
        fprintf(out, "%s\"%s\": ", i ? ", " : "", name);
        switch (d->kind) {
        case KIND_BOOL:   fputs(*(const TlFlagBOOL *)base ? "true" : "false", out); break;
        case KIND_INT:    fprintf(out, "%" PRId64, *(const TlFlagINT *)base); break;
        case KIND_SIZE:   fprintf(out, "%" PRIu64, *(const TlFlagSIZE *)base); break;
        case KIND_DOUBLE: fprintf(out, "%.17g", *(const TlFlagDOUBLE *)base); break;
        case KIND_STRING: json_string(out, *(const TlFlagSTRING *)base); break;
        }
    }
    fputs("}\n", out);
}
