// Reflect.has with symbols and inherited keys
print(Reflect.has([], Symbol.iterator), Reflect.has({}, Symbol.iterator), Reflect.has(Reflect, 'apply')); // expect: true false true
