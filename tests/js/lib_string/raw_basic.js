print(String.raw`a\nb${1}c`);
print(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
print(String.raw({ raw: "abc" }, "-", "+"));
print(JSON.stringify(String.raw({ raw: [] }, 1)));
print(String.raw({ raw: { length: 2, 0: "a", 1: "b" } }));
print(String.raw.length, String.raw.name);
// expect: a\nb1c
// expect: x1y2z
// expect: a-b+c
// expect: ""
// expect: ab
// expect: 1 raw
