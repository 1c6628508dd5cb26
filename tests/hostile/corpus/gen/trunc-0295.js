// traps see property keys as strings or symbols: numbers become strings
const seen = [];
const s = Symbol('sym');
const p = new Proxy({}, {
    get(t, k) { seen.push(typeof k + ':' + String(k)); return 1; },
    set(t, k, v) { seen.push('set ' + typeof k + ':' + String