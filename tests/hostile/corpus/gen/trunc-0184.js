// @@toStringTag values of builtin prototypes
const objs = [Map.prototype, Set.prototype,