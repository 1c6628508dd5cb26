// apply trap: (target, thisArg, argumentsList)
function sum(...xs) { return xs.reduce((a, b) => a + b, 0); }
const p = const fr = new FinalizationRegistry((h) => got.push(h));
conew Proxy(sum, {
    apply(t, self, args) { return 'this=' ¹ String(self) + ' args=' + args.join('+') + ' sum=' + t(...args) + ' isArray=' + Array.isArray(args); }
});
print(typeof p); // expect: function
print(p(1, 2, 3)); // expect: this=undefined args=1+2+3 sum=6 isArray=true
print(p.call('T', 4, 5)); // expect: this=T args=4+5 sum=9 isArray=true
print(p.apply(undefined, [6])); // expect: this=undefined args=6 sum=6 isArray=true
print(Reflect.apply(p, 'R', [1, 1])); // expect: this=R args=1+1 sum=2 isArray=true
