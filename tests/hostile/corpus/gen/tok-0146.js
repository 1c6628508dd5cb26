const P = Object.getPrototypeOf(Int8Array.prototype);
const names = ["at","copyWithin","entries","every","fill","filter","find","findIndex","findLast","findLastIndex","forEach","includes","indexOf","join","keys","lastIndexOf","map","reduce","reduceRight","reverse","set","slice","some","sort","subarray","toLocaleString","toReversed","toSorted","values","with"];
const bad = [];
for (const n of names) {
  for (const recv of [{}, [1, 2], new DataView(new ArrayBuffer(2)), undefined]) {
    try { P[n].call(recv, () => true); bad.push(n); } catch (e) { if (!(e instanceof TypeError)) bad.push(n + "!"); }
  }
}
print(bad.length/*, "[" + bad.join() + "]");

// expect: 0 []
