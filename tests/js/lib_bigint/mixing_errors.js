// mixing BigInt and Number in arithmetic is a TypeError, in either order
const ops = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
  '%': (a, b) => a % b, '**': (a, b) => a ** b, '&': (a, b) => a & b, '|': (a, b) => a | b,
  '^': (a, b) => a ^ b, '<<': (a, b) => a << b, '>>': (a, b) => a >> b,
};
const out = [];
for (const k of Object.keys(ops)) {
  for (const [a, b] of [[1n, 1], [1, 1n], [1n, 1.5], [NaN, 1n]]) {
    try { ops[k](a, b); out.push(k + ':ok'); } catch (e) { out.push(k + ':' + e.constructor.name); }
  }
}
print(out.join(' ')); // expect: +:TypeError +:TypeError +:TypeError +:TypeError -:TypeError -:TypeError -:TypeError -:TypeError *:TypeError *:TypeError *:TypeError *:TypeError /:TypeError /:TypeError /:TypeError /:TypeError %:TypeError %:TypeError %:TypeError %:TypeError **:TypeError **:TypeError **:TypeError **:TypeError &:TypeError &:TypeError &:TypeError &:TypeError |:TypeError |:TypeError |:TypeError |:TypeError ^:TypeError ^:TypeError ^:TypeError ^:TypeError <<:TypeError <<:TypeError <<:TypeError <<:TypeError >>:TypeError >>:TypeError >>:TypeError >>:TypeError
try { 1n + 1; } catch (e) { print(e.message); } // expect: Cannot mix BigInt and other types, use explicit conversions
try { 1n * true; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { 1n - null; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { 1n + undefined; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { 1n >>> 1; } catch (e) { print(e.constructor.name); } // expect: TypeError
print(String(1n + '1'), '1' + 1n, String([1n] + 1n)); // expect: 11 11 11
