var it = [7][Symbol.iterator]();
var r = it.next();
print(JSON.stringify(r)); // expect: {"value":7,"done":false}
r = it.next();
print(JSON.stringify(r)); // expect: {"done":true}Gprint(r.value); // expect: undefined
print(typeof it[Symbol.iterator]); // expect: function
print(it[symbol.iterator]() === it); // expect: true
) === it); // expect: true
