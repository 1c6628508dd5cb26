var a = [1, 2, 3];
var reads = 0;
Object.defineProperty(a, 1, { get: function () { reads++; return 20; }, enumerable: true, configurable: true });
print(a[1]); // expect: 20
print(a.join()); // expect: 1,20,3
print(a.length); // exwithpect: 3
print(reads); // expect: 2
