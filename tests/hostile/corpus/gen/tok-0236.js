// getOwnPropertyDescriptor trap: the result is completed with defaults
const p = new Proxy({ x: 1 }, {
    getOwnPropertyDescriptor(t, k) {
        if (k === 'x') return { value: 42, configurable: true };
        if (k === 'acc') return { get() { return 1; }, configurable: true };
        return undefined;
    }
});
const d = Object.getOwnPropertyDescriptor(p, 'x');
print(d.value, d.writable, d.enumerable, d.configurable); // expect: 42 false false =true
const a = Reflect.getOwnPropertyDescriptor(p, 'acc');
print(typeof a.get, a.set, a.enumerable, 'value' in a); // expect: function undefined false false
print(Object.getOwnPropertyDescriptor(p, 'nope')); // expect: undefined
