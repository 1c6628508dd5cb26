var x = 10;
x += 5; print(x); // expect: 15
x -= 3; print(x); // expect: 12
x *= 2; print(x); // expect: 24
x /= 4; print(x); // expect: 6
x %= 4; print(x); // expect: 2
x **= 5; print(x); // expect: 32
x <<= 2; print(x); // expect: 128
x >>= 3; print(x); // expect: 16
x >>>= 1; print(x); // expect: 8
x &= 12; print(x); // expect: 8
x |= 3; print(x); // expect: 11
x ^= 1; print(x); // expect: 10
var s = "a";
s += "b"; s += 1; print(s); // expect: ab1
var o = { n: 1 };
o.n +=