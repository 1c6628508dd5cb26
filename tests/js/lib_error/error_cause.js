// the cause option: own non-enumerable property only when present
const e = new Error('m', { cause: 'why' });
print(e.cause, Object.hasOwn(e, 'cause')); // expect: why true
const d = Object.getOwnPropertyDescriptor(e, 'cause');
print(d.writable, d.enumerable, d.configurable); // expect: true false true
print(Object.hasOwn(new Error('m', {}), 'cause'), Object.hasOwn(new Error('m', { cause: undefined }), 'cause')); // expect: false true
print(Object.hasOwn(new Error('m', 'str'), 'cause'), Object.hasOwn(new Error('m', null), 'cause')); // expect: false false
const proto = Object.create({ cause: 'inherited' });
print(new Error('m', proto).cause); // expect: inherited
const log = [];
new Error({ toString() { log.push('msg'); return 'x'; } }, { get cause() { log.push('cause'); return 1; } });
print(log.join()); // expect: msg,cause
print(new TypeError('t', { cause: 0 }).cause, new AggregateError([], 'a', { cause: 'c' }).cause); // expect: 0 c
