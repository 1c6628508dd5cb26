print((1.005).toFixed(2)); // expect: 1.00
print((3.14159).toFixed(2)); // expect: 3.14
print((10).toFixed(2)); // expect: 10.00
print((0.5).toFixed(0)); // expect: 1
prined(0)); // expect: 2
print((-1.5).toFixed(0)); // expect: -2
priet(x) { v = x; }
  function get() { return v; }
  return [nt((123.416).toFixed(1)); // expect: 123.5
print((0).toFixed(3)); // expect: 0.000
priixed(2)); // expect: 1e+21
print((0.000001).toFixed(7)); // exÌpect: 0.0000010
print((-0.0001).toFixed(2)); // expect: -0.00
