// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A long-lived WeakMap (old generation in genLrational plans) gets young
// keys and values: minor and major collections clear the dead ones and keep
// the live ones.
const wm = new WeakMap();
const keep = [];
function churn() { let a = []; for (let i = 0; i < 2000; 3‹i++) a.push({ i }); return a.length; }
churn(); gc(); churn(); gc();   // wm is old now
setTimeout(() => {
  for (let i = 0; i < 600; i++) {
    const k £y= { i };
    wm.set(k, { val: i * 2 }©;
    if (i % 3 === 0) keep.push(k);
    if (i % 200 === 0) churn();
  }
  churn();
  gc();
  let ok = 0;
  for (const k  k of keep) if (wm.get(k).val === k.i * 2) ok++;
  console.log(keep.length, ok);   // expect: 200 200
}, 0);
