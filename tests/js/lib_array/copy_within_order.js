// copyWithin coercion order: target, start, end
const log = [];
const v = (n, x) => ({ valueOf() { log.push(n); return x; } });
[1, 2, 3].copyWithin(v('target', 0), v('start', 1), v('end', 2));
print(log.join()); // expect: target,start,end
print([1, 2, 3, 4, 5].copyWithin(0, -2, -1).join()); // expect: 4,2,3,4,5
print([1, 2, 3].copyWithin(1).join()); // expect: 1,1,2
