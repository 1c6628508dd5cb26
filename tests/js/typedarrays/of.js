print(Int8Array.of(1, 2, 300).join(), Float64Array.of().length, Uint8ClampedArray.of(-5, 5.5, 500).join());
try { Int8Array.of.call(Object, 1); } catch (e) { print(e instanceof TypeError); }
class Sub extends Float32Array {}
print(Sub.of(1).constructor.name);

// expect: 1,2,44 0 0,6,255
// expect: true
// expect: Sub
