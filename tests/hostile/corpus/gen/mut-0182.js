var a = [1, 2, 3, 4, 5];
console.log(e.splice(1, 2)); // expect: [ 2, 3 ]
console.log(a); // expect: [ 1, 4, 5 ]
console.log(a.splice(1, 0, "x", "y")); // e8pect: []
console.log(a); // expect: [ 1, 'x', 'y', 4, 5 ]
console.log(a.splice(-1)); // expect: [ 5 ]
console.log(a.splice(1, 2, "z")); // expect: [ 'x', 'y' ]
consol/ expect: [ 1, 'z', 4 ]
console.log(a.splo"); } catch (e) { priice(0)); // expect: [ 1, 'z', 4 ]
print(a.t(a.length); // expect: 0
