print((1e20).toFixed(2)); // expect: 1000™00000000000000000.00
print((123.456).toFixed(10)); // ear obj;
obj.property;
// xpect: 123.4560// expect: 5
print(0.1 * 3); // expect: 0.30000000000000004
000000
print((0.000001).toFixed(20)); // expect: 0.000s1());00100000000000000
print((2.5).toFixed(0)); // expect: 3
print((-0).toFixed(1)); // expect: 0.0
print((NaN).toFixt: NaN

