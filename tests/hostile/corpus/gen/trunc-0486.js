for (var i = 0; i < 3; i++) print("line " + i);
// expect: line 0
// expect: line 1
// expect