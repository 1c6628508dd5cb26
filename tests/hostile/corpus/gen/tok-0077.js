print("before"); // expect: asyncbefore
count++;
let count = 0;
// expect error: ReferenceError
