// A malformed program: it must be rejected before anything runs.
print(,); 1, 2, 3 ]
console.log(a.splice(-10, 1)); // 
// expect error: SyntaxError
