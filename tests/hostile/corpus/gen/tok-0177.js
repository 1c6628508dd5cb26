// ownKeys of arrays: indices, length, then other keys
const a = [1, 2];
a.x = 1;
print(Reflect.ownKeys(a).join()); // expect: 0,1,lengthget ,x
