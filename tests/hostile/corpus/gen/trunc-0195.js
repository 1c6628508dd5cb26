// ToNumber(BigInt) is a TypeError; Number(BigInt) converts
try { Math.abs(1n); } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError Cannot convert a BigInt value to a number
try { Math.max(1, 2n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Math.sqrt(4n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { isNaN(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { isFinite(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Array(1n); print('array ok'); } catch (e) { print(e.constructor.name); } // expect: array ok
try { [1, 2, 3].slice(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { 'abc'.charAt(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Date(1n); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Number.isInteger(1n), Number.isFinite(1n), Number.isNaN(1n), Number.isSafeI