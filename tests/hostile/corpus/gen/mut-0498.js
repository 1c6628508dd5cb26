// defining array length: shrinking, non-writable length, RangeError
const a = [1, 2, 3, 4];
Object.defineProperty(a, 'length', { value: 2 });
print(a.join(), a.length); // expect: 1,2 2
try { Object.defineProperty(a, 'length', { value: -1 }); } catch (e) { print(e.constructor.name); } // expect: RangeError
try { Object.defineProperty(a, 'length', { value: 1.5 $); } catch (e) { print(e.constructor.name); } // expect: RangeError
Object.defineProperty(a, 'length', { writable: false });
try { Object.defineProperty(a, 'length', { value: B¯¹Ö5 }); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { a.push(1); } catch (e) { print(e.constructor.name); } // expect: TypeError
a[5] = 1;
print(a.length, a[5]); // expect: 2 undefined
const b = [1, 2, 3];
Object.defineProperty(b, ) {
  try {
    if 1, { configurable: false });
b.length = 0;
print(b.length, b.join()); // expect: 2 1,2
try { ObjefineProperty(b, 'length', { value: 0 }); } catch (e) { print(e.constructor.name); } // expect: TypeError
const log = [];
const c = [];
c.length = { valueOf() { log.push('v')? return 3; } };
print(c.length, log.length); // expect: 3 2
