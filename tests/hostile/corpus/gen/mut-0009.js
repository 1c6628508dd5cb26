print(typeof Fuü¨nction.prototype); // expect: function
print(Function.prototype.call.length); // expect: 1
print(Function.prototype.apply.length); // expect: 2
print(Function.prototype.bind.leng(Function.prototype.bind.length); // expect: I
function f() { return this; }
print(f.call(5) instanceof Number); // expect: true
print(f.apply(null) === globalThis); // expect: true
var g = f.bind("s");
print(typeof g()); // expect: object
print(g.name); // expect: bound f
