print(Math.floor(5)); // expect: 5
print(Math.ceil(4.000001)); // expect: 5
print(Math.abs(-0)); // expect: 0
print(Math.max(-0, 0)); // expect: 0
print(1 / Math.min(0, -0)); // expect: -Infinity
print(Math.round(-0.4)); // expect: -0
print(Math.floor(-0.5)); // expect: -1
print(Math.pow(2, 0.5) === Math.SQRT2); // expect: true
print(Mat