// process: argv (node's layout), env, platform, pid, hrtime, uptime, cwd.
const path = require('path');
print(Array.isArray(process.argv), process.argv.length);          // expect: true 2
print(process.argv[0] === process.execPath, path.isAbsolute(process.argv[0]));  // expect: true true
print(process.argv[1] === __filename, path.basename(process.argv[1]));          // expect: true process_basics.js
print(typeof process.env, typeof process.env.PATH, Object.keys(process.env).length > 0);  // expect: object string true
process.env.TIERLAB_TEST_VAR = 'x';
print(process.env.TIERLAB_TEST_VAR);                                // expect: x
print(process.platform, typeof process.arch, Number.isInteger(process.pid), process.pid > 0);  // expect: linux string true true
print(typeof process.version, process.version[0], typeof process.versions);  // expect: string v object
print(Object.prototype.toString.call(process));                     // expect: [object process]
print(path.isAbsolute(process.cwd()), typeof process.uptime(), process.uptime() >= 0);  // expect: true number true

// hrtime: [seconds, nanoseconds]; with a previous value, the difference
const t0 = process.hrtime();
print(t0.length, Number.isInteger(t0[0]), Number.isInteger(t0[1]), t0[1] >= 0 && t0[1] < 1e9);  // expect: 2 true true true
let spin = 0;
for (let i = 0; i < 100000; i++) spin += i;
const d = process.hrtime(t0);
print(d.length, d[0] >= 0, d[1] >= 0 && d[1] < 1e9, d[0] * 1e9 + d[1] > 0);  // expect: 2 true true true
const later = process.hrtime();
print(later[0] > t0[0] || (later[0] === t0[0] && later[1] >= t0[1]));  // expect: true
// the borrow: 1.9 s earlier than [now.s, now.ns] is [1, 900000000] after it
const now = process.hrtime();
const diff = process.hrtime([now[0] - 2, now[1] + 1e8 > 999999999 ? now[1] : now[1] + 1e8]);
print(diff[0] >= 1 && diff[0] <= 2);                                // expect: true
function err(f) { try { f(); print('no error'); } catch (e) { print(e.name, e.code, e.message); } }
err(() => process.hrtime(1));
// expect: TypeError ERR_INVALID_ARG_TYPE The "time" argument must be an instance of Array. Received type number (1)
err(() => process.hrtime([1]));
// expect: RangeError ERR_OUT_OF_RANGE The value of "time" is out of range. It must be 2. Received 1
err(() => process.hrtime({}));
// expect: TypeError ERR_INVALID_ARG_TYPE The "time" argument must be an instance of Array. Received an instance of Object
