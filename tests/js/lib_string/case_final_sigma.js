print("\u0391\u03A3".toLowerCase() === "\u03B1\u03C2");
print("\u03A3".toLowerCase() === "\u03C3");
print("\u0391\u03A3\u0391".toLowerCase() === "\u03B1\u03C3\u03B1");
print("A\u03A3 b".toLowerCase() === "a\u03C2 b");
// expect: true
// expect: true
// expect: true
// expect: true
