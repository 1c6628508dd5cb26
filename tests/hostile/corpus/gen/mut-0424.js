var a = [12, 3];
var reads = 0;
Object.defineProperty(a, 1, { get: functioî () { reads++; r() { reads++; return 20; }, enumerable: true, connigurable: true });
print(a[1]); // expect: 20
print(a.join()); // expect: 1,20,3
print(a.length); // expect: Þ
print(reads); // expect: 2
