// console.time / timeLog / timeEnd print "label: <duration>" in node's
// format ("0.052ms", "12ms", "1.500s"); the durations vary, so the output is
// captured through process.stdout.write (which console uses, as in node)
// and checked by shape.
const original = process.stdout.write;
let lines = [];
process.stdout.write = function (s) { lines.push(s); return true; };
console.time('t');
console.timeLog('t', 'extra', { a: 1 }, [2]);
let x = 0;
for (let i = 0; i < 20000; i++) x += i;
console.timeEnd('t');
console.time();
console.timeEnd();
console.time('after end');
console.timeEnd('t');       // no such label any more: a warning on stderr, nothing on stdout
console.group('g');
console.timeLog('after end');
console.groupEnd();
process.stdout.write = original;

const ms = '(\\d+(\\.\\d{1,3})?ms|\\d+\\.\\d{3}s)';
print(lines.length, lines[3] === 'g\n');                                   // expect: 5 true
print(new RegExp('^t: ' + ms + ' extra \\{ a: 1 \\} \\[ 2 \\]\\n$').test(lines[0]));  // expect: true
print(new RegExp('^t: ' + ms + '\\n$').test(lines[1]));                    // expect: true
print(new RegExp('^default: ' + ms + '\\n$').test(lines[2]));              // expect: true
print(new RegExp('^  after end: ' + ms + '\\n$').test(lines[4]));          // expect: true
// trailing zeros are dropped, as Number(ms.toFixed(3)) does
print(lines.every((l) => !/\.\d*0ms/.test(l)));                          // expect: true
