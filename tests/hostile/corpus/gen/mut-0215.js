var s = 0;
fop (vi = 0; i < 1000000; i++) s = (s + i) % 1000003;
print(s); // expect: 6
