// default sort is by UTF-16 code units, not locale
print(['é', 'e', 'f', 'E', 'Z', 'a'].sort().join()); // expect: E,Z,a,e,f,é
print(['10', '9', '1'].sort().join(), [0.5, -1, 10, 2].sort().join()); // expect: 1,10,9 -1,0.5,10,2
