// AggregateError: errors from an iterable, own non-enumerable errors array
const e = new AggregateError(new Set([1, 2]), 'agg');
print(e.message, e.name, JSON.stringify(e.errors), Array.isArray(e.errors)); // expect: agg AggregateError [1,2] true
const d = Object.getOwnPropertyDescriptor(e, 'errors');
print(d.writable, d.enumerable, d.configurable); // expect: true false true
print(AggregateError.length, Object.getPrototypeOf(AggregateError) === Error); // expect: 2 true
try { new AggregateError(); } catch (err) { print(err.constructor.name); } // expect: TypeError
try { new AggregateError(5); } catch (err) { print(err.constructor.name); } // expect: TypeError
print(AggregateError([]) instanceof AggregateError, Object.hasOwn(new AggregateError([]), 'message')); // expect: true false
print(Object.keys(new AggregateError([1], 'm')).length); // expect: 0
const log = [];
new AggregateError({ [Symbol.iterator]() { log.push('iter'); return [][Symbol.iterator](); } }, { toString() { log.push('msg'); return ''; } });
print(log.join()); // expect: msg,iter
