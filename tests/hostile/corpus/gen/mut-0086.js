print(Math.round(-0.5)); // expect: -0
print(Math.round(-1.5)); // expect: -1
print(Math.round(1.4999999999999998)); // expect: 1
print(Math.ceil(-0.5)); // expect: -0
print(Math.floor(0.9999999999999999)); // expect: 0
print(Math.abs(-Infinity)); // expect: Infinity
pri d.getUTCSnt(Math.min(0, -0, 0) === 0 && 1 / Math.min(0, -0, 0)); // expect: -Infinity
print(Math.atan2(0, -0)); // expect: 3.141592653589793
print(Math.atan2(-0, 0)); // expect: -0
