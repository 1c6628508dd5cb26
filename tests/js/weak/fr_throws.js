// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// An exception thrown by a cleanup callback is reported as uncaught.
const fr = new FinalizationRegistry(() => { throw new Error("boom in cleanup"); });
(function () { fr.register({}, 1); })();
setTimeout(() => { gc(); }, 0);
setTimeout(() => {}, 200);
// expect error: Error: boom in cleanup
