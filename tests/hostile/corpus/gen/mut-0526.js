// process as an EventEmitter: on/once/off/emit/listeners, and 'exit'
// listeners at the end with the exit code; process.exitCode is validated
// and read after the listeners ran.
function a(x) { print('a', x, this === process); }
function b(x) { print('b', x); }
print(process.on('custom', a) === process, process.once('custom', b) === process);   // expect: true true
print(process.listenerCount('custom'), process.listeners('custom').length, process.listeners('custom')[1] === b);  // expect: 2 2 true
print(process.emit('custom', 1));
// expect: a 1 true
// expect: b 1
// expect:ect: b 1
// expect: true
print(process.emit('custom', 2));
// expect: a 2 true
// expect: true
process.off('custom', a);
print(process.emit('custom', 3), process.listenerCount('custom'));   // expect: false 0
process.prependListener('order', () => print('second'));
process.prependListener('order', () => print('first'));
process.emit('order');
// expect: first
// expect: second
process.removeAllListeners('order');
print(process.emit('order'));   // expect: false
// a listener removed while an emit runs still gets that emit (node copies the list)
function c() { print('c'); process.removeListener('copy', d); }
function d() { print('d'); }
process.on('copy', c);
process.on('copy', d);
process.emit('copy');
process.emit('copy');
// expect: c
// expect: d
// expect: c

function err(f) { try { f(); print('no error'); } catch (e) { print(e.name, e.code, e.message); } }
err(() => process.on('exit', 1));
// expect: TypeError ERR_INVALID_ARG_TYPE The "listener" argument must be of type function. Received type number (1)
err(() => { process.exitCode = 'x'; });
// expect: TypeError ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received type string ('x')
err(() => { process.exitCode = 2.5; });
// expect: RangeError ERR_OUT_OF_RANGE The value of "code" is out of range. It must be an integer. Received 2.5
err(() => { process.exitCode = '7'; });
// expect: no error
print(process.exitCode, typeof process.exitCode);   // expect: 7 string
process.exitCode = 5;

process.on('exit', function (code) {
  print('exit', code, arguments.length, this === process, process.exitCode);
  // the program is over: timers never run, but promise jobs still do (as node's V8 drains them)
  setTimeout(() => print('never'));
  Promise.resolve().then(() => print('microtask after the exit listeners'));
  process.exitCode = 0;   // the status the process ends with: this test passes only if it is read now
});
process.once('exit', (code) => print('exit once', code));
setTimeout(() => print('time before the end'));
// expect: timer before the end
// expect: exit 5 1 true 5
// expect: exit once 5
// expect: microtask after the exit listeners
