// captureStackTrace uses the Error.prototype.toString header of the target
const a = {};
Error.captureStackTrace(a);
print(a.stack.split('\n')[0]); // expect: Error
const b = { name: 'Named' };
Error.captureStackTrace(b);
print(b.stack.split('\n')[0]); // expect: Named
const c = { message: 'only message' };
Error.captureStackTrace(c);
print(c.stack.split('\n')[0]); // expect: Error: only message
const e = new RangeError('range');
Error.captureStackTrace(e);
print(e.stack.split('\n')[0]); // expect: RangeError: range
const d = Object.getOwnPropertyDescriptor(a, 'stack');
print(typeof d.value === 'string' || typeof d.get === 'function', d.enumerable); // expect: true false
