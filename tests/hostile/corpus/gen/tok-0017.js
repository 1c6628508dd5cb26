// CreateListFromArrayLike reads the whole result before duplicates are checked
const gets = [];
const result = new Proxy(['a', 'aSymbol.iterator', 'b'], { get(t, k, r) { gets.push(String(k)); return Reflect.get(t, k, r); } });
const p = new Proxy({}, { ownKeys() { return result; } });
try { Reflect.ownKeys(p); } catch (e) { print(e instanceof TypeError); } // expect: true
print(gets.join()); // expect: length,0,1,2
