const a = new Float32Array(2);
a.foo = "bar";
a.length = 10;
print(a.foo, a.length, Object.keys(a).join());

// expect: bar 2 0,1,foo
