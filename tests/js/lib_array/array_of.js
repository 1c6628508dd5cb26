// Array.of vs Array constructor
print(Array.of(3).length, Array(3).length, Array.of(3)[0]); // expect: 1 3 3
print(Array.of().length, Array.of(undefined).length, Array.of.length); // expect: 0 1 0
print(JSON.stringify(Array.of(1, 'a', null))); // expect: [1,"a",null]
const props = Object.getOwnPropertyDescriptor(Array.of(1), 0);
print(props.writable, props.enumerable, props.configurable); // expect: true true true
