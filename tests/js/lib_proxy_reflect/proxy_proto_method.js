// methods found through a proxy prototype are called with the instance as this
const methods = { greet() { return 'hi ' + this.name; } };
const proto = new Proxy(methods, {
    get(t, k, r) { if (k in t) return Reflect.get(t, k, r); return function () { return 'missing method ' + String(k) + ' on ' + this.name; }; }
});
const o = Object.create(proto);
o.name = 'o';
print(o.greet()); // expect: hi o
print(o.whatever()); // expect: missing method whatever on o
for (let i = 0; i < 3; i++) o.greet();
print(o.greet === methods.greet); // expect: true
