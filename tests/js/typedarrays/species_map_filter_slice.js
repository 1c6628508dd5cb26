class MyTA extends Int8Array {}
const a = new MyTA([1, 2, 3]);
print(a.map(x => x).constructor.name, a.filter(x => x).constructor.name, a.slice().constructor.name, a.subarray(1).constructor.name);
print(a.toReversed().constructor.name, a.toSorted().constructor.name, a.with(0, 1).constructor.name);

// expect: MyTA MyTA MyTA MyTA
// expect: Int8Array Int8Array Int8Array
