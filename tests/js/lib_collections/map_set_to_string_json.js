// Maps and Sets stringify as {} and have no enumerable own props
print(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1]))); // expect: {} {}
print(Object.keys(new Map([[1, 2]])).length, String(new Set()), `${new Map()}`); // expect: 0 [object Set] [object Map]
