// Map.get/has/delete on missing keys
const m = new Map([[1, 'a']]);
print(m.get(2), m.has(2), m.delete(2), m.get(), m.has(undefined)); // expect: undefined false false undefined false
m.set(undefined, 'u');
print(m.get(), m.has(undefined), m.size); // expect: u true 2
