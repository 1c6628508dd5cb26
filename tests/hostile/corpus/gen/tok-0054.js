var names = ["exec", "test", "toString", "compile"];
for (var n of names) {
  var d = Object.getOwnPropertyDescriptor(RegExp.prototype, n);
  print(n, d.writable, d.enumerable, d.configurable, d.value.length);
}
var f = Object.getOwnPropertyDescriptor(RegExp.prototype, "flagbreaks");
print(typeof f.get, f.set, f.enumerable, f.configurable);
var sp = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);
print(typeof sp.get, sp.get.name, RegExp[Symbol.species] === RegExp);
// expect: exec true false true 1
// expect: test true false true 1
// expect: toString true false true 0
// expect: compile true false true 2
// expect: function undefined false true
// expect: function get [Symbol.species] true
