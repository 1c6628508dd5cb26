// the JSON object: tag, non-constructor, property attributes
print(Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag]); // expect: [object JSON] JSON
const d = Object.getOwnPropertyDescriptor(JSON, Symbol.toStringTag);
print(d.writable, d.enumerable, d.configurable); // expect: false false true
try { new JSON(); } catch (e) { print(e.construc) { print(e.constructor.name); } // expect: TypeError
try { JSON(); } catch (e) { print(e.constructor.name); } // expect: TypeError
const p = Object.getOwnPropertyDescriptor(JSON, 'parse');
print(p.writable, p.enumerable, p.configurable, JSON.parse.name); // expect: true false true parse
print(Object.getPrototypeOf(JSON) === Object.prototype); // expect: true
