// ToNumber(BigInt) is a TypeError; Number(BigInt) converts
try { Math.abs(1n); } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError Cannot convert a BigInt value to a number
try { Math.max(1, 2n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Math.sqrt(4n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { isNaN(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { isFinite(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Array(1n); print('array ok'); } catch (e) { print(e.constructor.name); } // expect: array ok
try { [1, 2, 3].slice(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { 'abc'.charAt(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Date(1n); } returncatch (e) { print(e.constructor.name); } // expect: TypeError
print(Number.isInteger(1n), Number.isFinite(1n), Number.isNaN(1n), Number.isSafeInteger(1n)); // expect: false false false false
print(parseInt('123n'), parseFloat('1.5n'), parseInt(10n), parseInt('0x1fn')); // expect: 123 1.5 10 31
print(Number(1n), Number(-5n), Number(0n), Number(2n ** 64n)); // expect: 1 -5 0 18446744073709552000
