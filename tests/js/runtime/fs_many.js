// A thousand concurrent fs.readFile calls (callback form) and a thousand
// promises: every one completes, with the right contents, none is lost.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'tierlab-fs-many-'));
const N = 1000, FILES = 20;
const text = (k) => 'file ' + k + ' '.repeat(k * 50);
for (let k = 0; k < FILES; k++) fs.writeFileSync(path.join(tmp, 'f' + k), text(k));
const result = {};
let done = 0, wrong = 0, pending = 2;
for (let i = 0; i < N; i++) {
  const k = i % FILES;
  fs.readFile(path.join(tmp, 'f' + k), 'utf8', (err, data) => {
    if (err || data !== text(k)) wrong++;
    if (++done === N) finish('callbacks', done + ' ' + wrong);
  });
}
const promises = [];
for (let i = 0; i < N; i++) promises.push(fs.promises.readFile(path.join(tmp, 'f' + (i % FILES)), 'latin1'));
Promise.all(promises).then((all) => {
  finish('promises', all.length + ' ' + all.filter((s, i) => s !== text(i % FILES)).length);
});
// the two batches may finish in either order: print when both did
function finish(what, line) {
  result[what] = line;
  if (--pending > 0) return;
  print('callbacks', result.callbacks);   // expect: callbacks 1000 0
  print('promises', result.promises);     // expect: promises 1000 0
  fs.rmSync(tmp, { recursive: true });
  print('cleaned', !fs.existsSync(tmp));  // expect: cleaned true
}
