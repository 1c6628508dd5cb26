// Function.prototype[@@hasInstance] and custom instanceof
const hi = Function.prototype[Symbol.hasInstance];
print(hi.call(Array, []), hi.call({}, []), hi.call(Array, 5)); // expect: true false false
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
print(2 instanceof Even, 3 instanceof Even); // expect: true false
const bound = Array.bind(null);
print([] instanceof bound); // expect: true
function F() {}
F.prototype = 5;
try { ({}) instanceof F; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { ({}) instanceof {}; } catch (e) { print(e.constructor.name); } // expect: TypeError
const weird = { [Symbol.hasInstance]: () => 'yes' };
print(1 instanceof weird); // expect: true
