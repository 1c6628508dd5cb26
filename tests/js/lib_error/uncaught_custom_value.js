// an uncaught TypeError thrown by the engine
print('start'); // expect: start
const o = null;
o.property;
// expect error: TypeError
