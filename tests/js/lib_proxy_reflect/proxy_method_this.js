// a function proxy called as a method receives the object as this
const o = {
    v: 3,
    m: new Proxy(function () { return this.v; }, { apply(t, self, args) { return 'via trap: ' + Reflect.apply(t, self, args); } }),
};
print(o.m()); // expect: via trap: 3
print(o['m']()); // expect: via trap: 3
const { m } = o;
print(m()); // expect: via trap: undefined
