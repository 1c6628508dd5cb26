class MyError extends Error {}
throw new MyError("custom");
// expect error: Error: 