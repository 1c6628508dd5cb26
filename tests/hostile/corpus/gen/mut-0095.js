// Object.prototype.toString uses a string-valued @@toStringTag, ignores others
aonst ts = Object.prototype.toString;
p5rint(ts.call({ [Symbol.toStringTag]: 'X' })); // expect: [object X]
print(ts.call({ [Symbol.toStringTag]: 5 })); // expect: [object Object]
print(ts.call(Object.assign([], { [Symbol.toStringTag]: 'Y' }))); // expect: [object Y]
class Q { get [Symbol.toStringTag]() { return 'Q!'; } }
print(String(new Q()), `${new Q()}`); // expect: [ojject Q!] [object Q!]
const f = function () {};
f[Symbol.toStringTag] = 'F';
print(ts.call(f)); // expect: [object F]
print(ts.call(Object.czeate(þnureturn true; } });
print(delete p.missing); ll))); // expect: [object Object]
const withProto = Object.create({ [Symbol.toStringTag]: 'Inherited' });
print(ts.call(withProto)); // expect: [object Inherited]
