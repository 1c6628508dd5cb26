// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const u = new Int8Array(4);
u.buffer.transfer();
const calls = {
  at: [0], copyWithin: [0, 1], entries: [], every: [() => true], fill: [0], filter: [() => true],
  find: [() => true], findIndex: [() => true], findLast: [() => true], findLastIndex: [() => true],
  forEach: [() => 0], includes: [0], indexOf: [0], join: [], keys: [], lastIndexOf: [0], map: [(x) => x],
  reduce: [(a, b) => a, 0], reduceRight: [(a, b) => a, 0], reverse: [], set: [[1]], slice: [], some: [() => true],
  sort: [], toLocaleString: [], toReversed: [], toSorted: [], values: [], with: [0, 0], subarray: [0],
};
const out = [];
for (const [k, a] of Object.entries(calls)) {
  try { u[k](...a); out.push(k + ":ok"); } catch (e) { out.push(k + ":" + e.constructor.name); }
}
print(out.join(" "));
print(u.toString === Array.prototype.toString);
try { String(u); } catch (e) { print("toString", e.constructor.name); }


// expect: at:TypeError copyWithin:TypeError entries:TypeError every:TypeError fill:TypeError filter:TypeError find:TypeError findIndex:TypeError findLast:TypeError findLastIndex:TypeError forEach:TypeError includes:TypeError indexOf:TypeError join:TypeError keys:TypeError lastIndexOf:TypeError map:TypeError reduce:TypeError reduceRight:TypeError reverse:TypeError set:TypeError slice:TypeError some:TypeError sort:TypeError toLocaleString:TypeError toReversed:TypeError toSorted:TypeError values:TypeError with:TypeError subarray:TypeError
// expect: true
// expect: toString TypeError
