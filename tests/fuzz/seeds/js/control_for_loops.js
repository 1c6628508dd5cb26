var out = [];
for (var i = 0; i < 5; i++) out.push(i);
print(out.join()); // expect: 0,1,2,3,4
var n = 0;
for (;;) { if (++n > 3) break; }
print(n); // expect: 4
for (var a = 0, b = 10; a < b; a++, b--);
print(a + " " + b); // expect: 5 5
var cnt = 0;
for (var x = 10; x > 0; x -= 3) cnt++;
print(cnt); // expect: 4
