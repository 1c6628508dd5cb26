// defining array indices beyond length grows length; non-writable length blocks it
const a = [];
Object.defineProperty(a, 3, { value: 'x', enumerable: true, configurable: true, writable: true });
print(a.length, JSON.stringify(a)); // expect: 4 [null,null,null,"x"]
Object.defineProperty(a, 'length', { writable: false });
try { Object.defineProperty(a, 5, { value: 1 }); } catch (e) { print(e.constructor.name); } // expect: TypeEr