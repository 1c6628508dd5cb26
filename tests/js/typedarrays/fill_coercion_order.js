const log = [];
const a = new Uint8Array(4);
a.fill({ valueOf() { log.push("value"); return 3; } }, { valueOf() { log.push("start"); return 1; } },
       { valueOf() { log.push("end"); return 3; } });
print(log.join(), a.join());

// expect: value,start,end 0,3,3,0
