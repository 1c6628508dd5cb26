// a realistic use: default values for missing properties
const withDefault = (obj, dflt) => new Proxy(obj, { get: (t, k, r) => (k in t ? Reflect.get(t, k, 