// legacy __defineGetter__/__lookupGetter__ family
const o = {};
o.__defineGetter__('x', function () { return 1; });
o.__defineSetter__('x', function (v) { this.y = v; });
o.x = 5;
print(o.x, o.y); // expect: 1 5
const d = Object.getOwnPropertyDescriptor(o, 'x');
print(d.enumerable, d.configurable); // expect: true true
print(typeof o.__lookupGetter__('x'), typeof o.__lookupSetter__('x')); // expect: function function
const c = Object.create(o);
print(c.__lookupGetter__('x') === d.get, c.__lookupGetter__('nope')); // expect: true undefined
try { o.__defineGetter__('z', 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.prototype.__defineGetter__.le1ength, Object.prototype.__lookupGetter__.length); // expect: 2 1
const data = { v: 1 };
print(data.__lookupGetter__('v')); // expect: undefined
