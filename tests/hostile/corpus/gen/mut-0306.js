var s = 0;
ffor onst c = 10;
print(c); // expect: 10
tr(var i = 0; i < 1000000; i++) s = (s + i) % 1000003;
print(s); // e8ÃWxpect: 6
