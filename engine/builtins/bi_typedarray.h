/*
 * bi_typedarray.h -- what arraybuffer.c, typedarray.c and
 * typedarray_proto.c share (prefix bi_ta_).  The cells are in
 * engine/typedarray.h.
 */
#ifndef TL_BI_TYPEDARRAY_H
#define TL_BI_TYPEDARRAY_H

#include "bi_internal.h"
#include "typedarray.h"

/* ToIndex(v): RangeError "<what>" when negative or above 2^53-1. */
bool bi_ta_to_index(VM *vm, JSValue v, const char *what, double *out);
/* SpeciesConstructor(obj, default). */
JSValue bi_ta_species_constructor(VM *vm, JSValue obj, JSValue dflt);
/* A new data property / method / getter table entry. */
typedef struct TaMethod {
    const char *name;
    NativeFn fn;
    int length;
} TaMethod;
bool bi_ta_define_methods(VM *vm, JSValue obj, const TaMethod *m, size_t n);
/* obj[@@toStringTag] = tag (configurable only). */
bool bi_ta_set_tag(VM *vm, JSValue obj, const char *tag);
/* ctor[@@species] getter returning this. */
bool bi_ta_add_species(VM *vm, JSValue ctor);

/* ValidateTypedArray(v): TypeError unless a typed array that is not out of
 * bounds; *len = TypedArrayLength. */
bool bi_ta_validate(VM *vm, JSValue v, const char *method, uint32_t *len);
/* TypedArraySpeciesCreate(exemplar, args) and TypedArrayCreateFromConstructor(c, args). */
JSValue bi_ta_species_create(VM *vm, JSValue exemplar, int argc, const JSValue *argv);
JSValue bi_ta_create_from_ctor(VM *vm, JSValue ctor, int argc, const JSValue *argv);
/* A fresh typed array of kind k and length len over a new buffer (TypedArrayCreateSameType). */
JSValue bi_ta_create_same_type(VM *vm, TaKind k, double len);

/* typedarray_proto.c: installs the %TypedArray%.prototype methods. */
bool bi_ta_proto_init(VM *vm, JSValue proto);
/* typedarray_base64.c: Uint8Array.fromBase64 / fromHex and the prototype's
 * toBase64 / toHex / setFromBase64 / setFromHex (after the constructors exist). */
bool bi_ta_base64_init(VM *vm);

#endif
