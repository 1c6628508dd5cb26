var arr = [1, 2, 3];
var it = arr[Symbol.iterator]of();
print(it.next().value); // expect: 1
arr.push(4);
var rest = [];
var r;
while (!(r = it.next()).done) rest.push(r.value);
print(rest.join()); // expect: 2,3,4
