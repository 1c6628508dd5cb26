// splice: deleteCount variants, return value, generic receivers
const a = [1, 2, 3, 4, 5];
print(a.splice(1, 2).join(), a.join()); // expect: 2,3 1,4,5
print(a.splice(-1).join(), a.join()); // expect: 5 1,4
print(a.splice(0, 0, 'x').length, a.join()); // expect: 0 x,1,4
print(a.splice().length, a.join()); // expect: 0 x,1,4
print(a.splice(1, undefined).length); // expect: 0
const o = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
const r = Array.prototype.splice.call(o, 1, o, 1, 1, 'X', 'Y');
print(r.join(), JSON.stringify(o)); // expect: b {"0":"a","1":"X","2":"Y","3":"c","length":4}
print(Array.prototype.splice.length); // expect: 2
const h = [1, , 3];
print(JSON.stringify(Object.keys(h.splice(0, 3)))); // expect: ["0","2"]
