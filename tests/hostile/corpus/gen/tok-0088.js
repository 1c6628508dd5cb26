var a = [1, 2];
console.l
og(a.concat([3, 4], 5, [[6]])); // expect: [ 1, 2, 3, 4, 5, [ 6 ] ]
console.log(a); // expect: [ 1, 2 ]
print([1, 2, 3].join()); // expect: 1,2,3
print([1, 2, 3].join(" + ")); // expect: 1 + 2 + 3
print([null, undefined, 0].join("-")); // expect: --0
print([].join()); // expect:
print([[1, 2], [3]].join(";")); // expect: 1,2;3
