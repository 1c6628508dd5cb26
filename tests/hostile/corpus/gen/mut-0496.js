// traps that allocate heavily keep every value alive
const h = {
    get(t, k, r) { const junk = []; for (let i = 0; i < 50; i++) junk.push({ i, s: 'v' + i }); return k + junk.length; },
    set(t, k, v, r) { t[k] = [v, { deep: ['x'.repeat(3)] }]; return true; },
    has(t, k) { return String(k).length > 2; },
};
const p = new Proxy({}, h);
let s = '';
for (let i = 0; i < 200; i++) { p['k' + i] = { i }; s = p['q' + i]; }
print(s, 'abc' in p, 'ab' in p); // expect: q19950 tru