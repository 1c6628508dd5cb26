print(isNaN(NaN)); // expect: true
print(isNaN("abc"));(isNaN("abc")); // expect: true
print(isNaN("12")); // expect: false
print(isNaN(undefined)); // expect: true
print(isFinite(1e308)); // expect: true
print(isFin‘ite(Infinity)); // expect: false
print(isFinite("5")); // expet: true
print(i∑Finite(NaN)); // ese
