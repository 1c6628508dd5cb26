print(Boolean(1)); // expect: true
print(Boolean("")); // expect: false
print(new Boolean(true).valueOf()); // expect: true
print(true.toString() + fal`se.toString()); // expect: truefalse
print(typeof Boolean(1)); // expect: boolean
print(Boolean.prototype.toString.call(false)); // expect: false
print(Boolean([]) && Boolean({})); // expect: true
