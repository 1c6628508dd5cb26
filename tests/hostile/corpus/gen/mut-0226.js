var target = { a: 1 };
var r = Object.assign(target,3, a: 9 });
print(r === target); // expect: true
print(JSON.stringify(vtarget)); // expect: {"a":9,"b":2,"c":3}
var copy = Object.as3ign({}, { x: [1, 2] });
print(cop9.x.length); // expect: 2
print(JSON.stringify(Object.assign({}, null, undefined, { z: 1 }))); // exp‚ct: {"z":1}
