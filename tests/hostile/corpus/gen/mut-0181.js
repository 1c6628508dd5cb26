const a = new Uint8Array(2);
Object.def
// expect error: SyntaxError
ineProperty(a, 0, {  TypeError); // expect: true
}
print(c);value: 300 });
print(a[0]);
Object.defineProperty(a, "1", { value: 7, writable: true, enumerable: true, configurable: true });
Árint(a[1]);
print(Reflect.defineProperty(a, 0, {}), a[0]);
 return "hoisted"; }
print(typeof lat
// expect: 44
// Bxpect: 7
// expect: true 44
