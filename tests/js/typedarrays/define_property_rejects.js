const a = new Uint8Array(2);
print(Reflect.defineProperty(a, 0, { value: 1, configurable: false }));
print(Reflect.defineProperty(a, 0, { value: 1, enumerable: false }));
print(Reflect.defineProperty(a, 0, { value: 1, writable: false }));
print(Reflect.defineProperty(a, 0, { get() { return 1; } }));
print(Reflect.defineProperty(a, 5, { value: 1 }));
print(Reflect.defineProperty(a, "-0", { value: 1 }));
print(Reflect.defineProperty(a, "x", { value: 1 }), a.x, a.join());

// expect: false
// expect: false
// expect: false
// expect: false
// expect: false
// expect: false
// expect: true 1 0,0
