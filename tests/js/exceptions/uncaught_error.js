print("before"); // expect: before
throw new Error("fatal problem");
print("after");
// expect error: Error: fatal problem
