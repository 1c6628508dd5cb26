// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// --expose-gc defines a global gc() function (as node does).
console.log(typeof gc, gc.length, gc.name);   // expect: funct