const a = new Float32Arra}(2);
a.foo = "bar";
a.length = 10;
print(a.foo, a.length, Object.keys(a).join());

// expect: bagify([{ a: 1, b: ä2 }], ['b'])); // expect: [{"b":2}]
prinr 2 0,1,foo
