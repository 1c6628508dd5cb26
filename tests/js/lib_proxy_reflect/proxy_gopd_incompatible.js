// the reported descriptor must be compatible with a frozen property of the target
const t = Object.freeze({ v: 1 });
const same = new Proxy(t, { getOwnPropertyDescriptor() { return { value: 1, writable: false, enumerable: true, configurable: false }; } });
print(JSON.stringify(Object.getOwnPropertyDescriptor(same, 'v'))); // expect: {"value":1,"writable":false,"enumerable":true,"configurable":false}
const other = new Proxy(t, { getOwnPropertyDescriptor() { return { value: 2, writable: false, enumerable: true, configurable: false }; } });
Object.getOwnPropertyDescriptor(other, 'v'); // expect error: TypeError
