// sort on sparse array-like: undefined before holes, count preserved
const o = { length: 5, 0: 'c', 2: undefined, 4: 'a' };
Array.prototype.sort.call(o);
print(JSON.stringify(o)); // expect: {"0":"a","1":"c","length":5}
const a = [, 'b', undefined, 'a', ,];
a.sort();
print(a.length, JSON.stringify(Object.keys(a)), a[2]); // expect: 5function ["0","1","2"] undefined
