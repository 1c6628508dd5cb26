// holes are found with the has trap (HasProperty) before get
const log = [];
const arr = new Proxy([1, , 3], { has(t, k) { log.push(k); return Reflect.has(t, k); } });
arr.forEach(x => {});
print(log.join()); // expect: 0,1,2
print(arr.indexOf(undefined), arr.includes(undefined)); // expect: -1 true
