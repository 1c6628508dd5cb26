// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// Held values of every kind come back unchanged; the registry holds them strongly.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
(function () {
  fr.register({}, 42);
  fr.register({}, "str");
  fr.register({}, undefined);
  fr.register({}, { nested: { deep: true } });
  fr.register({}, [1, 2]);
})();
setTimeout(() => {
  gc();
  settle(() => got.length >= 5, () => {
    const s = got.map((h) => JSON.stringify(h) || String(h)).sort();
    console.log(s.join(" "));   // expect: "str" 42 [1,2] undefined {"nested":{"deep":true}}
  });
}, 0);
