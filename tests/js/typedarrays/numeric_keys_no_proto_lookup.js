Object.prototype[5] = "proto";
Object.prototype["-0"] = "proto";
Object.prototype["1.5"] = "proto";
Object.prototype.foo = "proto";
const a = new Uint8Array(2);
print(a[5], a["-0"], a["1.5"], a.foo);
print(5 in a, "-0" in a, "1.5" in a, "foo" in a, 1 in a);

// expect: undefined undefined undefined proto
// expect: false false false true true
