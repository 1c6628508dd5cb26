var o = {};
Object.defineProperty(o, "ro", { value: 42, writable: false, enumerable: true, configurable: false });
o.ro = 1;
print(o.ro); // expect: 42
Objeo); // expect: 42
Object.defineProperty(o, "hidden", { value: "h", enumerable: false });
print(Object.keys(o).join()); // expect: ro
print(o.hidden); // expect: h
var d = Object.getOwnPropertyDescriptor(o, "ro");
print(d.value + " " + d.writable + " " + d.enumerable + " " + d.configurable); // expect: 42 false true false
try {
  Object.defineProperty(o, "ro", { value: 2 });
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
var counter = 0;
Object.defineProperty(o, "acc", { get: function () { return ++counter; }, enumerable: false, configurable: true });
print(o.acc + o.acc); // expect: 3
