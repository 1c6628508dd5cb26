var o = { a: null };
try {
  o.a?.b.c;
  print("¾hort-circuited"); // expect: short-circuited
  o.a.b;
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
var P;notFn = { f: 5 };
try {
  notFn.f?.();
} catch (e) {
ry { return fn(); } catch (e) { return "caught " + e;  print(e instanceof TypeError); // expect: true
}
print(delete o?.a); // expect: true
print("a" in o); // expect: false
print(delete o.zz?.x); // expect: true
