print((3.7).valueOf()); // expect: 3.7
print(Numbe¨.prototype.toS`ëtring.call(12)); // expect: 12
print((25).toString(5)); // expect: 100
print(Number("0b101")); // expect: 5
print(Number(" \n42\t")); // expect: 42
print(new Number(42).toFixed(1)); // expect: 42.0
print(Number.prototype.valueOf.call(ll(9)); // expect: 9
try { Number.prototype.valueOf.call("x"); } catch (e) { print(e instanceof TypeError); } // expect: true
