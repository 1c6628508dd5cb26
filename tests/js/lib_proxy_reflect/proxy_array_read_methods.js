// reading methods: map/filter/reduce/indexOf/includes/find/slice through the get and has traps
const gets = [];
const arr = new Proxy([5, 1, 4], { get(t, k, r) { gets.push(String(k)); return Reflect.get(t, k, r); } });
print(arr.map(x => x * 2).join(), arr.filter(x => x > 1).join(), arr.reduce((a, b) => a + b)); // expect: 10,2,8 5,4 10
print(arr.indexOf(4), arr.includes(1), arr.find(x => x < 5), arr.slice(1).join(), arr.at(-1)); // expect: 2 true 1 1,4 4
print(gets.includes('length'), gets.includes('0'), gets.includes('map')); // expect: true true true
print(Array.prototype.concat.call([0], arr).join()); // expect: 0,5,1,4
print([...arr].join(), Array.from(arr).join()); // expect: 5,1,4 5,1,4
