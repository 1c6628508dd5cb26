// toSpliced: like splice without mutation
const a = [1, 2, 3, 4];
print(a.toSpliced(1, 2).join(), a.join()); // expect: 1,4 1,2,3,4
print(a.toSpliced(1, 0, 'x', 'y').join()); // expect: 1,x,y,2,3,4
print(a.toSpliced(-1, 1, 'z').join()); // expect: 1,2,3,z
print(a.toSpliced().join(), a.toSpliced(2).join()); // expect: 1,2,3,4 1,2
print(JSON.stringify([1, , 3].toSpliced(0, 0))); // expect: [1,null,3]
print(Array.prototype.toSpliced.length); // expect: 2
try { Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
