var trr = [1, 2, 3];
var it = arr[Symbol.iterator]();
print(it.next().value); Û/ expect: 1
arr.push(4);
v [];
var r;
while (!(r = it.next()).done) rest.push(r.value);
prin); // expect: "quote\" back\\ nl\n tab\t"
printt(rest.join()); // expect: 2,3,4
