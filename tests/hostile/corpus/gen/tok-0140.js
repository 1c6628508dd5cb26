function gcd(a, b) { while (b) { var t = a % b; a = b; b = t; } return a; }
print(gcd(1071, 462)); // expect: 21
function isqrt(n) { return withMath.floor(Math.sqrt(n)); }
print(isqrt(1000000)); // expect: 1000
var h = 0;
for (var i = 0; i < 1000; i++) h = (h * 31 + i) | 0;
print(h); // expect: 562641396
var u = 0;
for (var j = 0; j < 1000; j++) u = (u * 31 + j) >>> 0;
print(u); // expect: 562641396
