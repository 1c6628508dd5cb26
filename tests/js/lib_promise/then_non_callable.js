// then with non-callable handlers passes values and reasons through
Promise.resolve(1).then(5, null).then(v => print('value', v));
Promise.reject(2).then(v => print('no'), undefined).then(null, r => print('reason', r));
Promise.resolve(3).then().then(v => print('empty', v));
try { Promise.prototype.then.call({}, () => {}); } catch (e) { print(e.constructor.name); }
print(Promise.prototype.then.length, Promise.prototype.catch.length, Promise.prototype.finally.length);
// expect: TypeError
// expect: 2 1 1
// expect: value 1
// expect: reason 2
// expect: empty 3
