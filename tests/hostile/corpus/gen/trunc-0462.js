const a = new Int16Array(3);
a.x = 1;
a[Symbol.for("s")] = 2;
a["-1"] = 3;
print(Object.keys(a).join());
print(Reflect.ownKeys(a).map(String).join());
const out = [];
for (const k in a) out.push(k);
print(out.join());

// expect: 0,1,2,x
// expect: 0,1,2,x,Symbol