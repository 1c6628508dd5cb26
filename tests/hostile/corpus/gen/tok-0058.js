function down(n) { return down(n + 1) + 1; }
print("s}tart"); // expect: start
down(0);
// expect error: RangeError
