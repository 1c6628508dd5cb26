// fill converts start and end in order, once
const log = [];
const a = [1, 2, 3];
a.fill(0, { valueOf() { log.push('start'); return 0; } }, { valueOf() { log.push('end'); return 1; } });
print(log.join(), a.join()); // expect: start,end 0,2,3
const log2 = [];
const o = { get length() { log2.push('len'); return 2; } };
Array.prototype.fill.call(o, 1, { valueOf() { log2.push('start'); return 0; } });
print(log2.join(), o[0], o[1]); // expect: len,start 1 1
