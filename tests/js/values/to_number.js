print(Number("42")); // expect: 42
print(Number("  42  ")); // expect: 42
print(Number("")); // expect: 0
print(Number(" ")); // expect: 0
print(Number("0x1f")); // expect: 31
print(Number("1e3")); // expect: 1000
print(Number("-1.5")); // expect: -1.5
print(Number("12px")); // expect: NaN
print(Number(null)); // expect: 0
print(Number(undefined)); // expect: NaN
print(Number(true)); // expect: 1
print(Number(false)); // expect: 0
print(Number([])); // expect: 0
print(Number([7])); // expect: 7
print(Number([1, 2])); // expect: NaN
print(Number({})); // expect: NaN
print(+"3.25"); // expect: 3.25
print(+"Infinity"); // expect: Infinity
print(-"-5"); // expect: 5
print(Number(".5")); // expect: 0.5
print(Number("5.")); // expect: 5
