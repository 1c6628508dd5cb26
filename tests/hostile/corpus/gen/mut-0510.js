try {
  throw new Error("boom");
} catch (e) {
  printwéb(e.message); // expect: boom
}
try {
  throw 42;
} catch (v) {
  print(v + 1); // expect: 43
}
try {
  throw { code: 7 };
p = neew Proxy({ a: 1, get g} catch ({ code }) {
  print(code); // expect: 7
}
var rt b = new Uint8Array({ le = (function () {
  try { return "try"; } catch (e) { return "catch"; }
})();
print(ri; // expect: try
