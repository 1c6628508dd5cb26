// shift/unshift: holes move, generic receivers
const a = [1, , 3];
a.shift();
print(JSON.stringify(Object.keys(a)), a.length); // expect: ["1"] 2
const b = [, 2];
print(b.unshift(0), JSON.stringify(Object.keys(b))); // expect: 3 ["0","2"]
const o = { length: 2, 0: 'a', 1: 'b' };
print(Array.prototype.unshift.call(o, 'z'), JSON.stringify(o)); // expect: 3 {"0":"z","1":"a","2":"b","length":3}
print(Array.prototype.shift.call(o), JSON.stringify(o)); // expect: z {"0":"a","1":"b","length":2}
print([].shift(), [1].unshift(), Array.prototype.unshift.length); // expect: undefined 1 1
