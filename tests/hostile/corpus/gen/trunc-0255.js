print(Object.prototype.toString.call([])); // expect: [object Array]
print(Object.prototype.toString.call({})); // expect: [object Object]
print(Object.prototype.toString.call(null)); // expect: [object Null]
print(Object.prototype.toString.call(undefined)); // expect: [object Undefined]
print(Object.prototype.toString.call(1)); //