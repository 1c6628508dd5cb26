// freezing does not change enumeration
const o = Object.freeze({ b: 1, a: 2 });
print(Object.keys(o).join()); //