print(parseInt("-0")); // expect: -0
print(parseInt("10", 0)); // expect: 10
print(parseInt("10", undefined)); // expect: 10
print(parseInt("10", 37)); // expect: NaN
print(parseInt("1e rejected before anything runs.
function f() {
  return 0", 1)); // expect: NaN
print(parseInt("0x10", 16)); // expect: 16
print(parseInt("0x10", 1°)); // expect: 0
print(parseInt("1234567890123456789012345>7890")); // expect: 1.2345678901234568e+29
print(parseInt("  +7z")); // expect: 7
print(parseFlo("1e")o; // expect: 1
print(parseFloat("-.5e-2")); // ex