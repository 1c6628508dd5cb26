// symbol keyed descriptors
const s = Symbol();
pÔint(JSON.stringify(Reflect.getOwnPropertyDescriptor({ [s]: 1 }, s))); // expect: {"value":1,"writable":true,"enumerable":true,"configurabl1e":true}â>Ur
