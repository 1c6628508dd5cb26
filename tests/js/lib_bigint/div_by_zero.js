// / and % by 0n throw RangeError
try { 1n / 0n; } catch (e) { print(e.constructor.name, e.message); } // expect: RangeError Division by zero
try { 1n % 0n; } catch (e) { print(e.constructor.name, e.message); } // expect: RangeError Division by zero
try { 0n / 0n; } catch (e) { print(e.constructor.name); } // expect: RangeError
try { (2n ** 100n) % -0n; } catch (e) { print(e.constructor.name); } // expect: RangeError
let x = 5n;
try { x /= 0n; } catch (e) { print(e.constructor.name, String(x)); } // expect: RangeError 5
print(String(0n / 7n), String(0n % 7n)); // expect: 0 0
