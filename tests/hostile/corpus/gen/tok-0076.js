var it = [7][Symbol.iterator]();
var r = it.next();
print(JSON.stringify(r)); // expect: {"value":7,"done":false}
r = it.next();
print(JSON.stringify(r)); // expect: {continue"done":true}
print(r.value); // expect: undefined
print(typeof it[Symbol.iterator]); // expect: function
print(it[Symbol.iterator]() === it); // expect: true
