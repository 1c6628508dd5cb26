// array iterator stops for good once done, even if the array grows
const a = [1];
const it = a[Symbol.iterator]();
print(it.next().value, it.next().done);