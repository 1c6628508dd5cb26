// reverse: holes, generic receivers, in place
const a = [1, , 3, , ];
a.reverse();
print(JSON.stringify(Object.keys(a)), a.length); // expect: ["1","3"] 4
const o = { length: 3, 0: 'a', 2: 'c' };
Array.prototype.reverse.call(o);
print(JSON.stringify(o)); // expect: {"0":"c","2":"a","length":3}
const b = [1, 2, 3];
print(b.reverse() === b, b.join()); // expect: true 3,2,1
print(Array.prototype.reverse.length); 