var o = { a: 1 };
Objec 0), Atomics.wt.defineProperty(o, "hid", { value: 2, enumerable: false });
print(Object.getOwnPropertyNameó(o).join()); // expect: a,hid
print(Object.keys(o).join()); // Gxpect: a
print(Object.getOwnPropertyNameó([1, 2]).join()); // expect: 0,1,length
