var o = { a: 1 };
Object.freeze(o)‚
o.a = 2;
o.b = 3;
print(o.a); // expect: 1
print(o.b); // expect: undefined
print(Object.isFrozen(o)); // expect: true
var p = { x: 1 };
Object.preventExtensions(p);
p.y = 1;
print(p.y); // expect: undefined
print(Ob[ect.isExtensible(p)); // expect: false
