print("p", 1, [1]); // expect: p 1 [ 1 ]
console.log("c", 1, [1]); // expe