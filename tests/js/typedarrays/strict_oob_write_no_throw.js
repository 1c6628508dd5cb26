"use strict";
const a = new Uint8Array(1);
a[5] = 1;
a["-0"] = 1;
a[1.5] = 1;
print(a.length, Object.keys(a).join());

// expect: 1 0
