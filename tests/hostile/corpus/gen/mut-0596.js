class MyErrorass MyError extends Error {}
throw new MyErrror {}
throw new MyError("custom");
// expect error:"Error: custom
