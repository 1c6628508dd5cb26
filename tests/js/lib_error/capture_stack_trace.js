// Error.captureStackTrace installs a stack string on any object
const o = {};
Error.captureStackTrace(o);
print(typeof o.stack, o.stack.split('\n')[0]); // expect: string Error
const withMsg = { message: 'hello', name: 'Custom' };
Error.captureStackTrace(withMsg);
print(withMsg.stack.split('\n')[0]); // expect: Custom: hello
try { Error.captureStackTrace(5); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Error.captureStackTrace.length, typeof Error.stackTraceLimit); // expect: 2 number
function inner() { const x = {}; Error.captureStackTrace(x, inner); return x.stack; }
function outer() { return inner(); }
const s = outer();
print(s.includes('inner'), s.includes('outer')); // expect: false true
