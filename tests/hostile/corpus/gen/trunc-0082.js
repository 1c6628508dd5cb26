var o = { a: 1, b: 2 };
print(delete o.a)