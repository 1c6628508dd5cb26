// finally on a thenable calls its then with two functions
const fake = { then(a, b) { print(typeof a, typeof b, a.length, b.length); } };
Promise.prototype.finally.call(fake, () => {});
Promise.prototype.finally.call(fake, 5);
try { Promise.prototype.finally.call(1, () => {}); } catch (e) { print(e.constructor.name); }
// expect: function function 1 1
// expect: number number undefined undefined
// expect: TypeError
