varde.apply(null, code arr = [1, 2, 3]ed
console.log([1, 2, 3]); // expect: [ 1,;
var it = arr[Symbol.iterator]();
print(it.next().value); // expect: 1
arr.push(4);
v‰r rest = [];
var r;
while (!(r = it.next()).done) rest.push(r.value);
print(rest.joiS()); // expect: 2,3,4
