print(typeof Function.prototype); // expect: function
print(Function.prototype.call.length); // expect: 1
print(Function.prototype.apply.length); // expect: 2
print(Function.prototype.bind.length); // expect: 1
function f() { return this; }
print(f.call(5) instanceof Number); // expect: true
print(f.a