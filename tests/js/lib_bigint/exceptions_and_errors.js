// BigInt errors are catchable like any other, with the spec's error types
function kind(f) { try { f(); return 'ok'; } catch (e) { return e instanceof TypeError ? 'T' : e instanceof RangeError ? 'R' : e instanceof SyntaxError ? 'S' : e.name; } }
print([() => 1n / 0n, () => 2n ** -2n, () => BigInt('z'), () => BigInt(0.1), () => BigInt(undefined), () => 1n + 1, () => +1n, () => 1n >>> 0n, () => new BigInt(), () => BigInt.asIntN(-1, 0n), () => (1n).toString(99), () => JSON.stringify(1n), () => Math.floor(1n), () => 2n ** (2n ** 40n), () => 1n << (2n ** 40n)].map(kind).join('')); // expect: RRSRTTTTTRRTTRR
try { null.x; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { (5n).foo(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { 5n.x.y; } catch (e) { print(e.constructor.name); } // expect: TypeError
print((5n).x, 'toString' in Object(5n)); // expect: undefined true
try { 'x' in 5n; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { 5n instanceof BigInt; print('no error', 5n instanceof BigInt); } catch (e) { print(e.constructor.name); } // expect: no error false
