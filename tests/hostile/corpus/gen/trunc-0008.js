// preventExtensions on arrays blocks growth
const a = [1];
Reflect.preventExtensions(a);
print(Reflect.set(a, 5, 1),