// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// The callback is called with this = undefined and one argument.
const seen = [];
const fr = new FinalizationRegistry(function (h) { "use strict"; seen.push([this, arguments.length, h]); });
(function () { fr.register({}, "h"); })();
setTimeout(() => {
  gc();
  settle(() => seen.length > 0, () => console.log(JSON.stringify(seen)));   // expect: [[null,1,"h"]]
}, 0);
