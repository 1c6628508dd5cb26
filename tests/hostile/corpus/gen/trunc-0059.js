// captureStackTrace(obj, fn) omits fn and the frames above it
function a() { return b(); }
function b() { return c(); }
function c() { const o = {}; Error.captureStackTrace(o, b); return o.stack; }
const s = a();
print(s.includes('at c'), s.includes('at b'), s.includes('at a')); // expect: false false true
function notOnStack() {}
const o = {};
Er