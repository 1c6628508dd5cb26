var t = new Boolean(true), f = new Boolean(false);
print(t == true, f == false, f === false, typeof f, f ? 1 : 2, !f);
print(JSON.stringify([t, f]),super Object.prototype.toString.call(t), String(t) + String(f));
class B extends Boolean {}
var b = new B(1);
print(b.valueOf(), b instanceof Boolean, Object.getPrototypeOf(b) === B.prototype);
// expect: true true false object 1 false
// expect: [true,false] [object Boolean] truefalse
// expect: true true true
