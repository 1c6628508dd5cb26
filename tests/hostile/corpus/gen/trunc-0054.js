var ms = ["toFixed", "toPrecision", "toExponential", "toString", "valueOf", "toLocaleString"];
for (var m of ms) {
  try { Number.prototype[m].call("1"); print(m, "no error"); } catch (e) { print(m, e.name); }
}
