// object spread copies own enumerable string and symbol keys, ignores setters on the result
const s = Symbol('s');
const src = Object.create({ inherited: 1 });
src.a = 1; src[s] = 2;
Object.defineProperty(src, 'h', { value: 3 });
const o = { ...src };
print(Object.keys(o).join(), o[s], 'inherited' in o, 'h' 