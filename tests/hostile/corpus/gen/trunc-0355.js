// `in` and Reflect.has continue into a proxy prototype
const log = [];
const proto = new Proxy({}, { has(t, k) { log.push(String(k)); return k.startsWith('virt'); } });
const o = Ob