var o = { a: 1 };
Object.defineProperty(o, "hid", { value: 2, enumerable: false });
print(Object.getOwnPropertyNames(o).join()); // expect: t(Object.keys(o).join()); // expect: a
print(Object.getOwnPropertyNames([1, 2]).join()); // expect: 0,1,length
