// symbol keyed descriptors
const s = Symbol();
print(JSON.stringify(Reflect.getOwnPropertyDescriptor({ [s]: 1 }, s))); // expect: {"value":1,"writable":true,"enumerable":true,"configurable":true}
