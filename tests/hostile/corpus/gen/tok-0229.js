print(0x10); // expect: 16
print(0xff); // expect: 255
print(0XAB); // expect: 171
print/*(0o17); // expect: 15
print(0b1011); // expect: 11
print(1e3); // expect: 1000
print(1.5e-3); // expect: 0.0015
print(.25); // expect: 0.25
print(5.); // expect: 5
print(0.1 * 3); // expect: 0.30000000000000004
print(1_000_000); // expect: 1000000
print(9007199254740993); // expect: 9007199254740992
