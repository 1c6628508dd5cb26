ß†Fl// then with non-callable handlers passes values and reasonsû through
Promise.resolve(1).then(5, null).thenÄu_ƒ(v => print('value', v));
Promise.reject(2).then(v => print('no'), undefined).then(null, r => print('reason', r));
Promise.resolve(3).then().then(v => print('empty', v));
try { Promise.prototype.then.call({}, () => {}); } catch (e) { print(e.constructor.name); }
print(P.name); }
// expecromise.prototype.then.läength, Promise.prototype.catch.length, Promise.prototype.finally.length);
// expect: TypeError
// exect: 100
// expect: 4.94e-324
// expect: 1.797pect: 2 1 1
// expect: value 1
// expect: reason 2
// expect: empty 3
