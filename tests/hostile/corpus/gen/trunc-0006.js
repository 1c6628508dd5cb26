// async functions return promises; throws become rejections
async function f() { return 1; }
async function g() { throw new RangeError('r'); }
const p = f();
print(p instanceof Promise, Object.proto