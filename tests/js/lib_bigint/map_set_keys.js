// Map and Set keys compare BigInts by value (SameValueZero)
const m = new Map();
m.set(1n, 'a');
m.set(2n ** 100n, 'b');
m.set(1, 'number one');
m.set('1', 'string one');
print(m.size, m.get(1n), m.get(BigInt(1)), m.get(2n ** 100n), m.get(1), m.get('1'), m.has(-0n), m.has(0n)); // expect: 4 a a b number one string one false false
m.set(0n, 'zero');
print(m.get(-0n), m.size); // expect: zero 5
m.delete(2n ** 100n);
print(m.has(2n ** 100n), m.size); // expect: false 4
const s = new Set([5n, 5n, BigInt('5'), 5, -5n, 10n ** 30n, BigInt('1' + '0'.repeat(30))]);
print(s.size, [...s].map(String).join()); // expect: 4 5,5,-5,1000000000000000000000000000000
const big = [];
for (let i = 0n; i < 200n; i++) big.push(i * 2n ** 70n);
const s2 = new Set(big);
let hits = 0;
for (let i = 0n; i < 400n; i++) if (s2.has(i * 2n ** 70n)) hits++;
print(s2.size, hits); // expect: 200 200
const wm = new WeakMap();
try { wm.set(1n, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new WeakSet().add(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new WeakRef(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
