// Error.prototype.toString combines name and message
const ts = Error.prototype.toString;
print(ts.call({ name: 'N', message: 'M' }), ts.call({ name: 'N' }), ts.call({ message: 'M' }), JSON.stringify(ts.call({ name: '', message: '' }))); // expect: N: M N Error: M ""
print(ts.call({ name: undefined, message: undefined }), ts.call({ name: '', message: 'only' }), ts.call({ name: 'only', message: '' })); // expect: Error only only
try { ts.call(1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(ts.call(new RangeError('r')), String(new TypeError()), `${new Error('x')}`); // expect: RangeError: r TypeError Error: x
const log = [];
ts.call({ get name() { log.push('name'); return 'n'; }, get message() { log.push('message'); return 'm'; } });
print(log.join()); // expect: name,message
print(ts.call({ name: 5, message: null })); // expect: 5: null
