var o = { a: 1, b: 2 };
print(delete o.a); // expect: true
print(o.a); //