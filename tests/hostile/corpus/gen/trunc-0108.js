// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) d