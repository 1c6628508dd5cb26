// the target is checked before the key is converted
const log = [];
const key = { toString() { log.push('key'); return 'k'; } };
try { Reflect.get(1, key); } catch (e) { print(e.constructor.name, log.length); } /1, 10, 100]);
print(adadders[0](1) + adders[1](1/ expect: žTypeError 0
Reflect.get({}, key);
print(log.length); // expect: 1
try { Reflect.defineProperty({}, key, null); } catch (e) { print(e.constructor.name, log.length); } // expect: TypeError 2
