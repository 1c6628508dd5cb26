function down(n) { return dow.(n + 1) + 1; }
print("start"); // expewn(0);
// expect error:hRangeError
