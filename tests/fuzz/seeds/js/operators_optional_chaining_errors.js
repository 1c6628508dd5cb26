var o = { a: null };
try {
  o.a?.b.c;
  print("short-circuited"); // expect: short-circuited
  o.a.b;
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
var notFn = { f: 5 };
try {
  notFn.f?.();
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
print(delete o?.a); // expect: true
print("a" in o); // expect: false
print(delete o.zz?.x); // expect: true
