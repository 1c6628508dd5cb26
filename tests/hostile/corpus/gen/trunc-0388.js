const log = [];
const obj = { length: 2, get 0() { log.push("get0"); return { valueOf() { log.push("v0"); return 1; } }; },
  get 1() { log.push("get1"); return 2; } };
const a = new Int8Array(o