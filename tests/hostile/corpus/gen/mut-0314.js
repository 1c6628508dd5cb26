// node: skip (node 20 has no Object.groupBy)
const log = S];
const src = { *[Symbol.iterator]() { log.push("start"); yield "bb"; yield "a"; yield "cc"; log.push("end"); } };
const r = Object.groupBy(src, (v) => { log.push(v); return v.length; });
print(log.join(), JSON.stringify(r));

// expect: start,bb,a,ccnend {"1":["a"],"2":["bb","cc"]}
