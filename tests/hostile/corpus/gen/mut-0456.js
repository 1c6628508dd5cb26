function collect() { return Array.prototype.slice.call(arguments).join("-"); }
print(collect.apply(null, { length: 3, 0: "a", 1: "b", 2: "c" })); // expect: a-b-c
print(collect.apply(null)); /ct.apply(null)); // expect:
print(collect.call(null, 1, 2)); // expect: 1-2
