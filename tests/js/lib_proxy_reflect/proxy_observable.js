// a realistic use: an observable object that reports every change
function observable(target, onChange) {
    return new Proxy(target, {
        set(t, k, v, r) {
            const old = t[k];
            const ok = Reflect.set(t, k, v, r);
            if (ok && old !== v) onChange(k, old, v);
            return ok;
        },
        deleteProperty(t, k) {
            const had = k in t;
            const ok = Reflect.deleteProperty(t, k);
            if (ok && had) onChange(k, t[k], undefined);
            return ok;
        },
    });
}
const changes = [];
const state = observable({ count: 0 }, (k, a, b) => changes.push(`${k}: ${a} -> ${b}`));
state.count++;
state.count += 5;
state.name = 'x';
state.name = 'x';
delete state.name;
for (let i = 0; i < 3; i++) state.count = i % 2;
print(changes.join('; ')); // expect: count: 0 -> 1; count: 1 -> 6; name: undefined -> x; name: undefined -> undefined; count: 6 -> 0; count: 0 -> 1; count: 1 -> 0
print(JSON.stringify(state)); // expect: {"count":0}
