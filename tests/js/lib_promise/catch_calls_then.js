// catch is then(undefined, f) looked up dynamically, works on thenables
const fake = { then(a, b) { print('then called', a, typeof b); return 'ret'; } }; // expect: then called undefined function
print(Promise.prototype.catch.call(fake, () => {})); // expect: ret
const p = Promise.reject(1);
p.then = function (a, b) { print('own then'); return Promise.prototype.then.call(this, a, b); }; // expect: own then
p.catch(v => print('caught', v)); // expect: caught 1
