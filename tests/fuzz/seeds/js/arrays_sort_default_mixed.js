var a = [10, 9, "b", "A", undefined, 1, null, true];
a.sort();
console.log(a); // expect: [ 1, 10, 9, 'A', 'b', null, true, undefined ]
var nums = [5, -1, 0, -10, 3];
nums.sort(function (x, y) { return x - y; });
print(nums.join()); // expect: -10,-1,0,3,5
