// Array.of never creates holes
print(JSON.stringify(Object.keys(Array.of(undefined, undefined)))); // expect: ["0","1"]
