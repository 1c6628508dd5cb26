// length through a proxy, concat spreading (IsConcatSpreadable sees IsArray) and splice
const arr = new Proxy(['a', 'b', 'c', 'd'], {});
print(arr.length, [0].concat(arr).length); // expect: 4 5
arr.length = 2;
print(arr.join(), arr.length); // expect: a,b 2
print(arr.splice(0, 1, 'x', 'y').join(), arr.join()); // expect: a x,y,b
const obj = new Proxy({ length: 2, 0: 'p', 1: 'q' }, {});
print(Array.prototype.join.call(obj, '+'), [].concat(obj).length); // expect: p+q 1
