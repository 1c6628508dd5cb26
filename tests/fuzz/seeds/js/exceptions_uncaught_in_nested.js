function level1() { level2(); }
function level2() { level3(); }
function level3() { throw new TypeError("from level3"); }
print("go"); // expect: go
level1();
// expect error: TypeError: from level3
