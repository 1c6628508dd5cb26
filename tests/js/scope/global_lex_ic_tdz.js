// Global lexical bindings through the global IC: reads, writes and typeof
// of a `let` in its TDZ throw every time (nothing is cached while the
// binding is uninitialized), then see its values once it is initialized;
// a `const` is read but never written.  Repeated so the functions run in
// baseline code under every tier setting.
function readX() { return x; }
function writeX(v) { x = v; }
function typeofX() { return typeof x; }
function readK() { return k; }
function writeK(v) { k = v; }

var tdz = 0;
for (var i = 0; i < 40; i++) {
  try { readX(); } catch (e) { if (e instanceof ReferenceError) tdz++; }
  try { writeX(i); } catch (e) { if (e instanceof ReferenceError) tdz++; }
  try { typeofX(); } catch (e) { if (e instanceof ReferenceError) tdz++; }
  try { readK(); } catch (e) { if (e instanceof ReferenceError) tdz++; }
}
print(tdz); // expect: 160

let x = 5;
const k = "k";
var sum = 0;
for (var j = 0; j < 40; j++) {
  writeX(readX() + 1);
  if (typeofX() !== "number") sum = -1000;
  if (readK() !== "k") sum = -1000;
  sum += readX();
}
print(sum); // expect: 1020
print(x); // expect: 45

var failed = 0;
for (var m = 0; m < 40; m++) {
  try { writeK(m); } catch (e) { if (e instanceof TypeError) failed++; }
}
print(failed + " " + readK()); // expect: 40 k
