// join converts the separator before reading elements
const log = [];
const o = { length: 2, get 0() { log.push('e0'); return 'a'; }, get 1() { log.push('e1'); return 'b'; } };
Array.prototype.join.call(o, { toString() { log.push('sep'); return '-'; } });
print(log.join()); // expect: sep,e0,e1
print([1, 2, 3].join(''), [1, 2, 3].join(0), Array(3).join('ab')); // expect: 123 10203 abab
