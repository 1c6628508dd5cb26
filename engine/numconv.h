/*
 * numconv.h -- numbers <-> text (prefix num_), independent of the heap.
 *
 * Number::toString (shortest round-trip digits, ECMA-262 formatting), radix
 * conversion, the toFixed / toExponential / toPrecision formatters (exact
 * decimal rounding, ties away from zero as the spec asks), and the string
 * parsers StringToNumber, parseInt and parseFloat.  The parsers take flat
 * strings (str_flatten first) and never allocate on the GC heap.
 */
#ifndef TL_NUMCONV_H
#define TL_NUMCONV_H

#include <stdbool.h>
#include <stdint.h>
#include "str.h"

/* Enough for any radix-10 Number::toString result plus the NUL. */
#define NUM_BUF_SIZE 32

/* ECMA-262 Number::toString(d) with radix 10 into buf; returns the length. */
int num_to_cstr(double d, char *buf);
/* Decimal text of an int32 into buf (>= 12 bytes); returns the length. */
int num_int_to_cstr(int32_t i, char *buf);
/* Number::toString(d, radix) for radix 2..36 (fractions included); malloc'd. */
char *num_to_radix(double d, int radix);
/* Number.prototype.toFixed / toExponential / toPrecision on the number value
 * (argument range checks are the caller's); malloc'd results.
 * num_to_exponential with digits < 0 uses as many digits as needed. */
char *num_to_fixed(double d, int digits);
char *num_to_exponential(double d, int digits);
char *num_to_precision(double d, int precision);

/* WhiteSpace or LineTerminator (for trimming and StringToNumber). */
bool num_is_space(uint32_t unit);
/* StringToNumber: NaN when the whole (trimmed) string is not a numeric literal. */
double num_string_to_number(const JSString *s);
/* parseInt(s, radix): radix 0 means absent (10, or 16 with a 0x prefix). */
double num_parse_int(const JSString *s, int radix);
/* parseFloat(s): the longest prefix that is a decimal literal. */
double num_parse_float(const JSString *s);

#endif
