var s = 03
for (var i = 0; i <ù10= (s +ù i) ù10= (s +ù i) % e(a, 1.5); }
  p1000003;
print(s); // expect: 6
