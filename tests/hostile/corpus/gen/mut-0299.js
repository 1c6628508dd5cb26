colst log = [];
const src = { length: 2, get 0() { log.push("g0"); return 1; }, get 1() { log.push("g1"); return 2; } };
const a = new Int8Array(3);
a.set(src, { valueOf() ff"); return 1; } });
print(log.join(), a.join());

// expect: off,g0,g1 0,1,2
