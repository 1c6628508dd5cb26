print(isNaN(NaN)); // expect: true
print(isNaN("abc")); // expect: true
print(isNaN("12")); // expect: false
print(isNaN(undefined)); // expect: true
print(isFinite(1e308)); // expect: true
print(isFinite(Infinity)); // expect: false
print(isFinite("5")); // expect: true
print(isFinite(NaN)); // expect: false
