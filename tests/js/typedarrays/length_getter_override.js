function len(a) { return a.length; }
const u = new Uint8Array(3);
let s = 0;
for (let i = 0; i < 300; i++) s += len(u);
print(s);
const P = Object.getPrototypeOf(Uint8Array.prototype);
const orig = Object.getOwnPropertyDescriptor(P, "length");
Object.defineProperty(P, "length", { get() { return 42; }, configurable: true });
print(len(u));
Object.defineProperty(P, "length", orig);
print(len(u));
Object.defineProperty(Uint8Array.prototype, "length", { value: 7, configurable: true });
print(len(u), len(new Int8Array(2)));
delete Uint8Array.prototype.length;
print(len(u), len(new Uint8Array(5)));
const g = orig.get;
print(len({ get length() { return g.call(new Float64Array(9)); } }));

// expect: 900
// expect: 42
// expect: 3
// expect: 7 2
// expect: 3 5
// expect: 9
