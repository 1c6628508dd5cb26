const a = new Int8Array([1, 2, 3]);
print(a.at(0), a.at(-1), a.at(3), a.at(-4), a.at(1.7), a.at("2"), a.at());

// expect: 1 3 undefined undefined 2 3 1
