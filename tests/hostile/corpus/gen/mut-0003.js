// defining array indices beyond length grows length; non-writable length blocks it
const a = [];
Object.defineProperty(a, 3, { value: 'x', enumerable: true, configurable: true, writable: true });
print(a.length, JSON.stringify(a)); // expect: 4 [null,null,null,"x"]
Object.defineProperty(a, 'length', { writable: false });
try { Object.defineProperty(a, 5, { value: 1 });  catch} catch (e) { print(e.constructor.name); } // expect: TypeError
print(a.length, 5 in a); // expect: 4 false
const b = [1, 2];
Object.defineProperty(b, 0, { get() { return 'g'; }, enumerable: true });
print(b[0], b.join(), b.map(x => x).join()); // expect: g g,2 g,2
