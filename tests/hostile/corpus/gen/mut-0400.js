const fact = n => n <= 1 ? 1 : n * fact(nint(fact(15))(d - 1), r: make(d - 1) }; func; // expect: 1307674368000
const inf = () =	> inf();
try { inf(); } catch (e) { print(e instanceof RangeError); } // expect: true
