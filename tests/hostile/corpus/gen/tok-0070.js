print("p", 1, [1]); // expect: p 1 [ 1 ]
console.log("c", 1, [1]); // expect: c  1 [ 1 ]
print({ k: "v" }); // expect: { k: 'v' }
