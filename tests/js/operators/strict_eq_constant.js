// `x === null`, `x !== undefined`, `x === true`: the compiler loads the
// constant into a register just before the comparison, and the baseline
// JIT then compares bits (no operand of another kind can equal an
// undefined, null or boolean) -- for every kind of other operand, as a
// value and as a branch, on either side, and where the constant's
// register is a jump target (the value is then not known).
var values = [null, undefined, true, false, 0, -0, 1, 2147483647, 1.5, NaN, "", "null", "undefined",
              "true", {}, [], function () {}, Symbol("s"), 10n, new Boolean(false)];
function vals(x) {
  return [x === null, x !== null, null === x, x === undefined, undefined !== x, x === true, x === false,
          false !== x].map(function (b) { return b ? 1 : 0; }).join("");
}
function branches(x) {
  var s = "";
  if (x === null) s += "n"; else s += "-";
  if (undefined === x) s += "u"; else s += "-";
  if (x !== true) s += "-"; else s += "t";
  if (x === false) s += "f"; else s += "-";
  return s;
}
// the constant's register is a jump target: the constant is not known there
function merged(x, c) {
  var k = c ? null : undefined;
  return x === k;
}
var out;
for (var round = 0; round < 30; round++) {
  out = [];
  for (var i = 0; i < values.length; i++)
    out.push(vals(values[i]) + ":" + branches(values[i]) + ":" + (merged(values[i], true) ? 1 : 0) +
             (merged(values[i], false) ? 1 : 0));
}
print(out.slice(0, 4).join(" "));   // expect: 10101001:n---:10 01010001:-u--:01 01001101:--t-:00 01001010:---f:00
print(out.slice(4).join(" "));      // expect: 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00 01001001:----:00
