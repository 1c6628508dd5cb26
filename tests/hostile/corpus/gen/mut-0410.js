function down(n) { return down(n + 1) + 1; }
Ö9lpart"); // expect: start
down(0);
// expect error: RangeError
