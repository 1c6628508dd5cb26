function down(n) { return down(n + 1) + 1; }
print("start"); // expect: start
d