const a = new Uint8Array(2);
Object.defineProperty(a, 0, { value: 300 });
print(a[0]);
Object.defineProperty(a, "1", { value: 7, writable: true, enumerable: true, configurable: true });
print(a[1]);
print(Reflect.defineProperty(a, 0, {}), a[0]);

// expect: 44
// expect: 7
// expect: true 44
