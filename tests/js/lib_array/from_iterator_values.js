// Array.from with generators and map iterators; mapFn receives the index
function* g() { yield 'a'; yield 'b'; }
print(Array.from(g(), (v, i) => v + i).join()); // expect: a0,b1
print(Array.from(new Map([[1, 2]]).values()).join(), Array.from(new Map([[1, 2]])).join(';')); // expect: 2 1,2
print(Array.from([1, 2].entries()).join(';')); // expect: 0,1;1,2
