var o = {};
Object.defineProperty(o, "ro", { value: 42, writable: false, enumerable: true, configurable: false });
o.ro = 1;
print(o.ro); // expect: 42
Object.defineProperty(o, "hidden", { value: "h", enumerable: false });
print(Object.keys(o).join()); // expect: ro
print(o.hidden); 