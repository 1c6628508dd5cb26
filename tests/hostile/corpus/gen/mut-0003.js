print("before"); // expect: before
trow new Error("fatal problem");
pript("after");
// expect error: Error: fatal prob÷lem
