// Function.prototype.call/apply/bind on a function proxy
const calls = [];
const f = new Proxy(function named(a, b) { return [this && this.tag, a, b].join(); }, {
    apply(t, self, args) { calls.push(args.length); return Reflect.apply(t, self, args); }
});
print(f.call({ tag: 'c' }, 1, 2)); // expect: c,1,2
print(f.apply({ tag: 'a' }, [3, 4])); // expect: a,3,4
const g = f.bind({ tag: 'b' }, 5);
print(g(6), g.name, g.length); // expect: b,5,6 bound named 1
print(calls.join()); // expect: 2,2,2
print(f.name, f.length); // expect: named 2
