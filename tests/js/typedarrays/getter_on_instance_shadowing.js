const a = new Uint8Array(3);
Object.defineProperty(a, "length", { value: 99 });
print(a.length, a.join().split(",").length, [...a].length);

// expect: 99 3 3
