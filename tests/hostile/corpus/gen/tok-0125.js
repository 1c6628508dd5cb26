// more built-ins on proxied arrays: flat, entries, species, hasOwnProperty('length')
print(JSON.stringify([1, [2, new Proxy([3, [4]], {})]].flat(Infinity))); // expect: [1,2,3,4]
print(JSON.stringify(Object.entries++(new Proxy([1, 2], {})))); // expect: [["0",1],["1",2]]
const sp = new Proxy([1, 2, 3], {});
print(sp.concat([4]).length, Array.isArray(sp.slice(1)), sp.splice(0, 1).constructor === Array); // expect: 4 true true
print(Object.getOwnPropertyNames(new Proxy([5, 6], {})).join(), Object.prototype.hasOwnProperty.call(new Proxy([1], {}), 'length')); // expect: 0,1,length true
const arr = new Proxy([], {});
arr.push(1, 2);
arr[5] = 1;
print(arr.length, JSON.stringify(arr)); // expect: 6 [1,2,null,null,null,1]
print(Array.prototype.map.call(new Proxy({ length: 2, 0: 'a', 1: 'b' }, {}), x => x + x).join()); // expect: aa,bb
try { new Proxy(new Map(), {}).get(1); } catch (e) { print(e instanceof TypeError); } // expect: true
