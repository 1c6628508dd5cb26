// -0 keys are normalised to +0
const m = new Map([[-0, 'z']]);
const key = [...m.keys()][0];
print(Object.is(key, 0), Object.is(key, -0), m.get(0)); // expect: true false z
const s = new Set([-0]);
print(Object.is([...s][0], 0)); // expect: true
