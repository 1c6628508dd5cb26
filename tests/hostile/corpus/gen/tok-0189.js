print("before"); // expect: before
count++;
let count = 0;
// expect error: ReferenceEconstructorrror
