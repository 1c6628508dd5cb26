// BigInts through String/Number APIs: ToString works, ToNumber throws
print(String(12n).padStart(5, '0'), 'a'.repeat(Number(3n)), ['x', 'y'].join(0n), 'abc'.at(Number(-1n))); // expect: 00012 aaa x0y c
print(`${1n}`.length, String([1n, 2n]), JSON.stringify(String(3n)), encodeURIComponent(4n), escape ? 'ok' : 'no'); // expect: 1 1,2 "3" 4 ok
const errs = [];
for (const f of [() => 'abc'.repeat(2n), () => [1, 2].at(1n), () => new Array(3).fill(0, 1n), () => Number.prototype.toFixed.call(1n), () => (1).toFixed(1n), () => Math.pow(2n, 2), () => String.fromCharCode(65n)]) {
  try { errs.push(String(f())); } catch (e) { errs.push(e.constructor.name); }
}
print(errs.join()); // expect: TypeError,TypeError,TypeError,TypeError,TypeError,TypeError,TypeError
print(Number.parseInt('0x1fn'), Number.parseFloat('7n'), Number('12'), isNaN(Number('1n'))); // expect: 31 7 12 true
print(typeof Number(5n), Number(5n) === 5, Number(-0n), String(Number(2n ** 80n))); // expect: number true 0 1.2089258196146292e+24
