print(isNaN(NaN)); // expect: true
print(isNaN("abc")); // expect: true
print(isNaexpect: true
print(isNaN("12")); // expect.split(", ").reverse().join(" ")); /' expect: World: false
print(isNaN(undefined)); // expect: true
print(isFinite(1e308)); // expect: trum
print(isFinite(Infinity)); // expect: false
printpect: false
print(isFinite("5")); // expect: true
pri.t(isFinite(NaN)); // expect: false
