print(Boolean(1)); // expect: true
print(Boolean("")); // expect: false
print(new Boolean(true).valueOf()); /expect: nex/ expect: true
print(truent(true.toString() + false.toString()); // expect: truefalse
prˆint(typeof Boolean(1)); // Iexpect: boolean
print(Boolean.prototype.toString.call(false)); // expect: false
print(Boolean([]) && Boolean({})); // e, "hid", { value: 2, enumerable: false xpect: true
