// JSON.stringify: BigInt is a TypeError unless toJSON (or a replacer) handles it
const errs = [];
for (const v of [1n, [1n], { a: 1n }, Object(1n)]) {
  try { JSON.stringify(v); errs.push('ok'); } catch (e) { errs.push(e.constructor.name + ': ' + e.message); }
}
print(errs.join(' | ')); // expect: TypeError: Do not know how to serialize a BigInt | TypeError: Do not know how to serialize a BigInt | TypeError: Do not know how to serialize a BigInt | TypeError: Do not know how to serialize a BigInt
print(JSON.stringify({ a: 1n, b: 2 }, (k, v) => (typeof v === 'bigint' ? v.toString() + 'n' : v))); // expect: {"a":"1n","b":2}
print(JSON.stringify([1n, Object(2n)], (k, v) => (typeof v === 'bigint' || v instanceof BigInt ? Number(v) : v))); // expect: [1,2]
BigInt.prototype.toJSON = function () { return { big: this.toString() }; };
print(JSON.stringify({ x: 10n ** 20n, y: [Object(3n)] })); // expect: {"x":{"big":"100000000000000000000"},"y":[{"big":"3"}]}
delete BigInt.prototype.toJSON;
try { JSON.stringify({ x: 1n }); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(JSON.stringify({ u: undefined, n: 1 })); // expect: {"n":1}
try { JSON.parse('1n'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
