// appending to an array whose prototype is a proxy goes through the set trap
const log = [];
const proto = new Proxy(Array.prototype, { set(t, k, v, r) { log.push(k); return Reflect.set(t, k, v, r); } });
const a = [];
for (let i = 0; i < 8; i++) a.push(i);
a.length = 4;
Object.setPrototypeOf(a, proto);
function put(arr, i, v) { arr[i] = v; }
for (let i = 4; i < 7; i++) put(a, i, i * 10);
put(a, 0, 'first'); // an existing element: no trap
print(log.join(), a.join(), a.length); // expect: 4,5,6 first,1,2,3,40,50,60 7
