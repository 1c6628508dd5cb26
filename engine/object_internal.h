/*
 * object_internal.h -- what object.c, object_keys.c, array.c and
 * function.c share and nobody else should need: classifying an own
 * property without allocating (obj_find_own) and element attributes.
 */
#ifndef TL_OBJECT_INTERNAL_H
#define TL_OBJECT_INTERNAL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "shape.h"
#include "str.h"
#include "vm.h"

typedef enum OwnKind {
    OWN_ELEMENT,        /* obj->elements[index] */
    OWN_SLOT,           /* obj->slots[index], shape table entry `entry` */
    OWN_ARRAY_LENGTH,   /* virtual: array length */
    OWN_STRING_CHAR,    /* virtual: String wrapper character `index` */
    OWN_STRING_LENGTH,  /* virtual: String wrapper length */
    OWN_TA_ELEMENT,     /* virtual: typed array element `index` (value read, never stored here;
                           VAL_HOLE for the BigInt kinds: own_value reads it, allocating) */
} OwnKind;

typedef struct OwnProp {
    OwnKind kind;
    uint32_t attrs;     /* PropAttr */
    uint32_t index;     /* element index or slot */
    int32_t entry;      /* OWN_SLOT: table entry */
    JSValue value;      /* raw value (accessor: the pair; STRING_CHAR: undefined) */
} OwnProp;

/* Find an own property; never allocates, never runs JS. */
bool obj_find_own(VM *vm, const JSObject *o, JSValue key, OwnProp *p);

/* Attributes every element of a non-sparse object has (object flags). */
static inline uint32_t elem_attrs(const JSObject *o)
{
    if (o->flags & OBJ_FROZEN_ELEMENTS) return PROP_ENUMERABLE;
    if (o->flags & OBJ_SEALED_ELEMENTS) return PROP_WRITABLE | PROP_ENUMERABLE;
    return PROP_DEFAULT;
}

/* 0 (or -1 with a TypeError msg naming key when throw_on_fail). */
int obj_reject(VM *vm, bool throw_on_fail, int msg, JSValue key);

#endif
