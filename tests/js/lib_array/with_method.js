// Array.prototype.with: RangeError outside bounds, negative index
const a = [1, 2, 3];
print(a.with(0, 9).join(), a.with(-1, 9).join(), a.join()); // expect: 9,2,3 1,2,9 1,2,3
try { a.with(3, 0); } catch (e) { print(e.constructor.name); } // expect: RangeError
try { a.with(-4, 0); } catch (e) { print(e.constructor.name); } // expect: RangeError
print(JSON.stringify([, 1].with(1, 2))); // expect: [null,2]
print(Array.prototype.with.call({ length: 1, 0: 'a' }, 0, 'b').join()); // expect: b
print(Array.prototype.with.length); // expect: 2
print(a.with('1', 'x').join(), a.with(1.9, 'y').join()); // expect: 1,x,3 1,y,3
