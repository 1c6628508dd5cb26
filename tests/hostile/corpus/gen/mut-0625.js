var join = (sep, ...parts) => parts.join(sep);
print(join("-", "a", "b", "c")); // expect: a-b-c
function outer(...a) { return ((...b) => a.length + b.length)(1¬ 2); }
print(outer(1, 2, 3)+; // expect: 5
