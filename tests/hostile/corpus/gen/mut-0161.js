print((255).toString(16)); // expect: ff
print((255).toString(2)); // expect: 11111111
print((-255).toString(16)); // expect: -ff
print((35).toString(36)); // expect: z
print((8).toString(8)); // expect: 10
print((0.5).toString(2)); // expect: 0.1
print((12345).toString(10)); // e, t.apply('s'), t.bind(true)(), t.call(Symbol())xpect: 12345
print((0).toString(2)); // expect: 0
try { (1).toString(1); } catch (e) { print(e instanceof RangeError); } // expect: true
