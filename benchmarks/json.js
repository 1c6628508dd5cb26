// json — JSON.stringify / JSON.parse round trips of a generated document
// (a product catalogue: nested objects, arrays, strings with escapes,
// integers and doubles). Exercises the JSON builtins, string building,
// property enumeration and allocation of many small objects.
//
// run() builds the document once per call, then serializes and parses it
// ROUNDS times, checking that the text is stable and the checksum of the
// parsed structure matches the original.

var ROUNDS = 12;
var ITEMS = 400;

function makeCatalogue(n) {
  var seed = 42;
  function rnd(k) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; }
  var words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
               "quote\"d", "back\\slash", "tab\there", "caf\u00e9", "line\nbreak"];
  var items = [];
  for (var i = 0; i < n; i++) {
    var tags = [];
    for (var t = rnd(5); t >= 0; t--) tags.push(words[rnd(words.length)]);
    items.push({
      id: i,
      sku: "SKU-" + (100000 + i),
      name: words[rnd(words.length)] + " " + words[rnd(words.length)],
      price: rnd(100000) / 100,
      stock: rnd(500),
      active: rnd(2) === 0,
      tags: tags,
      dims: { w: rnd(100) + 0.5, h: rnd(100) + 0.25, d: rnd(100) },
      supplier: rnd(3) === 0 ? null : { id: rnd(50), country: words[rnd(8)].toUpperCase() }
    });
  }
  return { version: 3, generated: "fixed", count: n, items: items };
}

// An order-sensitive checksum over the whole structure.
function checksum(v) {
  var h = 0;
  function mix(x) { h = (h * 31 + x) | 0; }
  function walk(v) {
    if (v === null) { mix(1); return; }
    switch (typeof v) {
      case "number": mix(Math.floor(v * 100) | 0); return;
      case "boolean": mix(v ? 3 : 4); return;
      case "string":
        mix(v.length);
        for (var i = 0; i < v.length; i++) mix(v.charCodeAt(i));
        return;
      case "object":
        if (Array.isArray(v)) { mix(5); for (var j = 0; j < v.length; j++) walk(v[j]); return; }
        var keys = Object.keys(v);
        mix(6);
        for (var k = 0; k < keys.length; k++) { walk(keys[k]); walk(v[keys[k]]); }
        return;
    }
    throw new TypeError("unexpected " + typeof v);
  }
  walk(v);
  return h;
}

function run() {
  var doc = makeCatalogue(ITEMS);
  var expected = checksum(doc);
  var text = JSON.stringify(doc);
  var total = 0;
  for (var r = 0; r < ROUNDS; r++) {
    var back = JSON.parse(text);
    if (checksum(back) !== expected) throw new Error("json: checksum mismatch in round " + r);
    var again = JSON.stringify(back);
    if (again !== text) throw new Error("json: unstable serialization in round " + r);
    total += again.length;
  }
  var pretty = JSON.stringify(doc.items[0], null, 2);
  if (JSON.stringify(JSON.parse(pretty)) !== JSON.stringify(doc.items[0])) throw new Error("json: indented round trip");
  if (text.length !== EXPECTED_LENGTH) throw new Error("json: text length " + text.length + ", expected " + EXPECTED_LENGTH);
  return total;
}
var EXPECTED_LENGTH = 78689;

// --- when run as a plain script: benchmarks/README.md ----------------------
// Under the bench protocol (tierlab --bench-iterations, node_bench.js) the
// driver calls run() itself and sets __bench first.
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var result;
  for (var i = 0; i < n; i++) result = run();
  if (n > 0) log("json: " + result);
})();
