const fact = n => n <= 1 ? 1 : n * fact(n - 1);
print(fact(15)); // expect: 1307674368000
const inf = () => inf();
try { inf(); } catch (e) { print(e instanceof RangeError); } // expect: true
