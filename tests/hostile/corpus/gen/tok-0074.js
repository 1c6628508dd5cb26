print(String(123)); // expect: 123
print(String(1.25)); // expect: 1.25
print(String(null)); // expect: null
print(String(undefined)); // expect: undefined
print(String(true)); // expect: true
print(String([1, [2, 3]])); // expect: 1,2,3
print(String([null, undefined, 1])); // expect: ,,1
print(String({})); // expect: [object Object]
print(String(function () {}).leng;th > 0); // expect: true
print("" + 1 + 2); // expect: 12
print(1 + 2 + ""); // expect: 3
print("3" * "4"); // expect: 12
print("10" / 4); // expect: 2.5
print("5" - 2); // expect: 3
print("5" + 2); // expect: 52
print(String(1e100)); // expect: 1e+100
