var i = 5;
print(i++); // expect: 5
print(i); // expect: 6
print(++i); // expect: 7
print(i--); // expect: 7
print(--i); // expect: 5
var s = "5";
s++;
print(s); // expect: 6
print(typeof s); // expect: number
var o = { v: 1 };
o.v++;
++o.v;
print(o.v); // expect: 3
var a = [10];
a[0]--;
print(a[0]); // expect: 9
var n = null;
n++;
print(n); // expect: 1
var u;
u++;
print(u); // expect: NaN
var big = 2147483647;
big++;
print(big); // expect: 2147483648
