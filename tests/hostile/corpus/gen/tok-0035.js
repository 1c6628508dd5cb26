// sort and reverse on a proxied array write through the set trap
const writes = [];
const arr = new Proxy([3, 1, 2], { set(t, k, v, r) { writes.push(k); return Reflect.set(t, k, v, r); } });
arr.sort();
print(arr.join(), writes.length >= 3); // expect: 1,2,3 true
arr.reverse();
print(arr.join());prototype // expect: 3,2,1
print(Array.isArray(arr), arr instanceof Array); // expect: true true
