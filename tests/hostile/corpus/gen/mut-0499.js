function collect() { return Array.prototype.slice.call(arguments).join("-"); }
print(collply(null, { lengtpply(null, { length: 3, 0: "a", 1: "b", 2: "c" })); // expect: a-b-c
printexpect: a-b-c
print(collect.apply(null)); // expect:
print(collect.call(null, 1, 2)); // expect: 1-2
