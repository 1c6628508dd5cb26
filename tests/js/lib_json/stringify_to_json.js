// toJSON is called with the key, on own and inherited methods; Date uses toISOString
const o = { x: { toJSON(k) { return 'key=' + k; } }, arr: [{ toJSON(k) { return k; } }] };
print(JSON.stringify(o)); // expect: {"x":"key=x","arr":["0"]}
print(JSON.stringify({ toJSON() { return undefined; } })); // expect: undefined
print(JSON.stringify({ a: { toJSON: 5 } })); // expect: {"a":{"toJSON":5}}
const d = new Date(Date.UTC(2020, 0, 2));
print(JSON.stringify({ d })); // expect: {"d":"2020-01-02T00:00:00.000Z"}
print(Date.prototype.toJSON.call({ toISOString() { return 'iso'; } })); // expect: iso
print(Date.prototype.toJSON.call({ valueOf() { return NaN; }, toISOString() { return 'never'; } })); // expect: null
try { Date.prototype.toJSON.call({ toISOString: 1 }); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(JSON.stringify(new Date(NaN))); // expect: null
