// process.stdout.write / stderr.write: strings, true, the callback (from
// the nextTick queue, with null), encodings; console output goes through a
// replaced process.stdout.write, as in node.
print(process.stdout.write('no newline, '), process.stdout.write('then one\n'));
// expect: no newline, then one
// expect: true true
print(process.stderr.write(''), typeof process.stdout.fd, process.stdout.fd, process.stderr.fd);   // expect: true number 1 2
process.stdout.write('616263\n', 'hex');
process.stdout.write('0a', 'hex');
// expect: abc
function err(f) { try { f(); print('no error'); } catch (e) { print(e.name, e.code, e.message); } }
err(() => process.stdout.write(1));
// expect: TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)
err(() => process.stdout.write({}));
// expect: TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object
err(() => process.stdout.write('x', 'no-such-encoding'));
// expect: TypeError ERR_UNKNOWN_ENCODING Unknown encoding: no-such-encoding

// capture console output by replacing process.stdout.write
const original = process.stdout.write;
const seen = [];
process.stdout.write = function (s) { seen.push(s); return true; };
console.log('captured', 1, { a: [1] });
console.group('group');
console.info('two\nlines');
console.groupEnd();
console.table([{ x: 1 }]);
process.stdout.write = original;
print(JSON.stringify(seen.slice(0, 3)));
// expect: ["captured 1 { a: [ 1 ] }\n","group\n","  two\n  lines\n"]
print(seen[3].split('\n').length, seen[3].endsWith('┘\n'));   // expect: 6 true
// a replacement that throws: node's console drops the error
let calls = 0;
process.stdout.write = function () { calls++; throw new Error('write failed'); };
let thrown;
try { console.log('x'); } catch (e) { thrown = e; }
process.stdout.write = original;
print(thrown, calls);   // expect: undefined 1
console.log('restored');   // expect: restored

// writing to descriptor 1 directly keeps the order of console output before it
console.log('before fd 1');
require('fs').writeFileSync(1, 'through fd 1\n');
console.log('after fd 1');
// expect: before fd 1
// expect: through fd 1
// expect: after fd 1

// the callback comes from the nextTick queue, with null
process.stdout.write('with callback\n', function () { print('write callback', arguments.length, arguments[0]); });
process.nextTick(() => print('tick'));
Promise.resolve().then(() => print('promise'));
// expect: with callback
// expect: write callback 1 null
// expect: tick
// expect: promise
