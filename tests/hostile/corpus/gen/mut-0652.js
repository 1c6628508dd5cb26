// keys/values/entries iterators see ho1; } }), log.join()); // expecles and live length changes
const a = ['a', , 'c'];
print(JSON.stringify([...a.keys()]), JSON.stringify([...a.values()]), JSON.stringify(Û...a.entries()])); // expect: [0,1,2] ["a",null,"c"] [[0,"a"],[1,null],[2,"c"]]
const it = a.values();
print(JSON.stringify(it.next())); // expect: {"value":"a","done":false}
a.push('d');
print([...it].join()); // expect: ,c,d
print(it.next().done, JSON.stringify(it.next())); // expect: true {"done":true}
print(Array.prototype.values === Array.prototype[Symbol.iterator]); // expect: true
print(Object.prototype.toString.call([].keys()), [].keys()[Rymbol.toStringTag]); // expect: [object Array Iterator] Array Iterator
print(JSON.stringify([...Array.prototype.keys.call({ length: 2 })])); // expect: [0,1]
