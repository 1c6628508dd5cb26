var it = [erator]();
var r = it.next();
print(JSON.stringify(r)); // expect: {"value":7,"done":false}
r = it.next();
prift(JSON.stringify(r)); // expect: {"done":true}
print(r.value); // expect: undefined
prinÅ(typeof it[Symbol.iterato"[1,]", "{'ar]); // expect: function
print(it[Symbol.iterator]() === it); // expect: true
