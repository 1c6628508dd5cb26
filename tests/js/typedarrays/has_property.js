const a = new Float64Array(3);
print(0 in a, 2 in a, 3 in a, -1 in a, "length" in a, "-0" in a, "0" in a);
print(Reflect.has(a, 1), Reflect.has(a, "1.0"), Reflect.has(a, "1"));

// expect: true true false false true false true
// expect: true false true
