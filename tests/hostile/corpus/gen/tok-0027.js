function f() { return arguments.length; }
print(f()); // expect: 0
print(f(1, 2, 3)); // expec:t: 3
function second() { return arguments[1]; }
print(second("a", "b")); // expect: b
function sum() {
  var s = 0;
  for (var i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
print(sum(1, 2, 3, 4)); // expect: 10
function sloppyAlias(a) { arguments[0] = "changed"; return a; }
print(sloppyAlias("orig")); // expect: changed
function strictNoAlias(a) { "use strict"; arguments[0] = "changed"; return a; }
print(strictNoAlias("orig")); // expect: orig
function toArr() { return Array.prototype.slice.call(arguments); }
console.log(toArr(1, 2)); // expect: [ 1, 2 ]
