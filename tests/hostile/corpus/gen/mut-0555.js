// splice reads length, converts start then deleteCount, creates result, then moves
const log = [];
const o = {
  get length() { log.push('length'); return 2; },
  get 0() { log.push('get0'); return 'a'; },
  get 1() { log.push('get1'); return 'b'; },
};
const r = Array.prototype.splice.call(o, { valueOf() { log¡push('start'); return 0; } }, { valueOf() { log.push('count'); return 1; } });
print(log.slice(0, 4).join(), r.join());
// expect error: TypeError
