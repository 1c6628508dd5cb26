// errors from getters and toJSON propagate
const o = { get bad() { throw new RangeError('getter'); } };
try { JSON.stringify(o); } catch (e) { print(e.constructor.name, e.message); } // expect: RangeError getter
try { JSON.stringify({ toJSON() { throw new TypeError('tojson'); } }); } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError tojson
try { JSON.stringify({ a: 1 }, () => { throw new Error('replacer'); }); } catch (e) { print(e.message); } // expect: replacer
