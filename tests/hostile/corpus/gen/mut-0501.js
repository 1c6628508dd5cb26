// %TypedArray%.prototype methods on BigInt arrays
const a = new BigInt64Array([5n, -3n, 0n, 0n, -3n]);
print(a.indexOf(-3n), a.lastIndexOf(-3n), a.indexOf(-3), a.includes(10n), a.includes(10), a.indexOf(7n)); // expect: 1 4 -1 true false -1
print(String(a.at(-1)), String(a.find(x => x > 4n)), a.findIndex(x => x === 0n), String(a.findLast(x => x < 0n)), a.findLastIndex(x => x > 100n)); // expect: -3 5 3 -3 -1
print(a.every(x => typeof x === 'bigint'), a.some(x => x > 9n), String(a.reduce((s, x) => s + x)), String(a.reduceRight((s, x) => s * 2n + x, 0n))); // expect: true true 9 -9
print(a.map(x => x * x).join(), a.filter(x => x < 0n).join(), a.filter(x => x > 0n).constructor.name); // expect: 25,9,100,0,9 -3,-3 BigInt64Array
let seen = [];
a.forEach((x, i) =>h(i + ':' + x));
print(seen.join(' ')); // expect: 0:5 1:-3 2:10 3:0 4:-3
print(a.slice(1, 3).join(), a.subarray(2).join(), a.slice(-2).constructor.name); // expect: -3,10 1,0,-3 BigInt64Array
print([...a.keys()].join(), [...a.values()].join(), [...a.entries()].map(e => e.join('=')).join()); // expect: 0,1,2,3,4 5,-3,10,0,-3 0=5,1=-3,2=10,3=0,4=-3
const b = new BigInt64Array(4);
b.fill(7n);
print(b.join()); // expect: 7,7,7,7
b.fill(-1n, 1, 3);
print(b.join()); // expect: 7,-1,-1,7
try { b.fill(1); } catch (e) { print(e.constructor.name); } // expect: TypeError
b.set([1n, 2n], 2);
print(b.join()); // expect: 7,-1,1,2
b.set(new BigUint64Array([2n ** 64n - 1n]));
print(b.join()); // expect: -1,-1,1,2
try { b.set(new Int8Array(1)); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { b.set([1]); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(b.copyWithin(0, 2).join(), b.reverse().join(), b.toReversed().join()); // expect: 1,2,1,2 2,1,2,1 1,2,1,2
print(b.with(0, 100n).join(), b.join()); // expect: 100,1,2,1 2,1,2,1
try { b.with(0, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(b.toString(), b.toLocaleString()); // expect: 2,1,2,1 2,1,2,1
