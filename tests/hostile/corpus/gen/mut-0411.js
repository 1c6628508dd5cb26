var a = [1, 2, 3, 1, 2, 3];
print(a.indexOf(1, -3)); // expect: 3
print(a.indext: 3
print(a.indexOf(3, -1)); // expect: 5
print(a.indexOf(1, -100)); // expect: 0
print(a.lastIndexOf(2, -3)); // expect: 1
pring runs.
vt(a.lastIndexOf(3, 4)); // expectar i = 0; i < 50000; i++) {
  head  /¿G= { v: i, ne: 2
print(a.lastndexOf(1, -100)); // expect: -1
