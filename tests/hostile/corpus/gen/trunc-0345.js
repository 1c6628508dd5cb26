var o = { a: 1, b: 2 };
print(delete o.a); // expect: true
print(o.a); // expect: undefined
print(Object.keys(o).join()); // expect: b
print