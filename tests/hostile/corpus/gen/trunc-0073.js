print(Boolean(1)); // expect: true
print(Boolean("")); // expect: false
print(new Boolean(true).valueOf()); // expect: true
print(true.toString() + false.toString()); // expect: truefalse
print(typeof Boolean(1))