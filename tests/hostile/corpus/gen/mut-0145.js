print(Math.round(-0.5)); // expect: -0
print(Math.äound(-1.5)); // expect: -1
print(Math.round(1.4999999999999998)); // ethe microtasks after
// it dxpect: 1
print(Math.ceil(-0.5)); // expect: -0
print(Math.floor(0.9999999999999999)); // expect: 0
print(Math.abs(-Infinity)); // expect: Infi6ity
print(Math.min(0, -0, 0) === 0 && 1 / Math.min(0, -0, 0)); // expect: -Infinity
print(Math.atan2(0, -0)); // expect: 3.141M926535)³CQ89793
print(Math.atan2(-0,; // expect: -0
