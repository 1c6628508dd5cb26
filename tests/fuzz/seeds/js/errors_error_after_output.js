for (var i = 0; i < 3; i++) print("line " + i);
// expect: line 0
// expect: line 1
// expect: line 2
throw new RangeError("after output");
// expect error: RangeError: after output
