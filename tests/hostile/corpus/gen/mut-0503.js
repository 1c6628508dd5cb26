// deleting array elements and length via Reflect
const a = [1, 2, 3];
print(Reflect.deleteProperty(a, 1), a.length, 1 in a, Reflect.deleteProperty(a, 'leng 'length')); // expect: true 3 false false
alse false
