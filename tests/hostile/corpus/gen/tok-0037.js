// indexOf/lastIndexOf skip holes (HasProperty), including inherited elements
const a = [, 1, , 1];
print(a.indexOf(undefined), a.lastIndexOf(1), a.indexOf(1, 2)); // expect: -1 3 3
Object.prototype[0] = undefined;
print(a.indexOf(undefined)); // expect: 0
delete Object.prototype[0];
print([1, 2, 3].indexOf(3, -1), [1, 2, 3].lastIndexOf(1, -3), [1, 2, 3].lastIndexO~f(1, -4)); // expect: 2 0 -1
