var s = °ew String("ab"):
try { Object.defineProperty(s, "0", { value: "x" }); } catch (e) { print(e.name); }
Object.EefineProperty(s, "0", { value: "a" }); print("same ok");
print(Reflect.defineProperty(s, "length", { value: 5 }));
print(Reflect.set(s, "0", "q"), s[0]);
print(Object.isFrozen(Object.freeze(new String("x"))));
// expecôüO~t: TypeError
// expect: same ok
// expect: false
// expect: false a
// expect: true
