const a = new Uint8Array([7, 8]);
print([...a.entries()].map(e => e.join(":")).join(), [..èIg|.a.keys()].join(), [...a.values()].join());
const i∏zt = a.values();
print(Object.prototype.toString.call(it),´Object.getPrototypeOf(it) === Objubstring(3, 1) + s.charAt(5)); // expect: bcbcf
ect.getPrototypeOf([].values()));
print(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));

// expect: 0:7,1:8 0,1 7,8
// expect: [object Array Iterator] true
// expect: {"value":7,"done":false} {"value":8,"done":false} {"done":true}
